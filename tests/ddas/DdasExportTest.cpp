#include "DdasFixture.h"

#include "audit/AuditLog.h"
#include "ddas/DdasExport.h"
#include "storage/SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using importing::PartnerType;

namespace {

const QDate from(2025, 1, 1);
const QDate to(2025, 1, 31);

DdasRequest january()
{
    DdasRequest r;
    r.from = from;
    r.to = to;
    r.gemeentecodes = {QStringLiteral("0518")};
    return r;
}

/// January 2025 in team A, with everything around its edges; the ids the tests look for.
struct Period : DdasFixture {
    Period()
    {
        jansen = resident(teamA, QStringLiteral("Jansen"), 12, QStringLiteral("999990019"), QStringLiteral("A"));
        vries = resident(teamA, QStringLiteral("Vries"), 14, {}, {}, QStringLiteral("de"));
        const Resident early = resident(teamA, QStringLiteral("Bakker"), 16);
        const Resident late = resident(teamA, QStringLiteral("Visser"), 18);
        const Resident manual = resident(teamA, QStringLiteral("Smit"), 20);
        const Resident edges = resident(teamA, QStringLiteral("Mulder"), 22);
        const Resident other = resident(teamB, QStringLiteral("Bos"), 30, {}, {}, {}, QStringLiteral("Oost"));

        // Open case, three attempts recorded out of date order.
        energy = signal(teamA, jansen, PartnerType::Energie, QStringLiteral("EN-1"), QDate(2025, 1, 5), 45049);
        open = addCase(jansen, QDate(2025, 1, 6), QStringLiteral("in_behandeling"), QDate(2025, 1, 10));
        link(open, energy);
        attempt(open, jansen, QStringLiteral("Telefoon"), false, QDate(2025, 1, 15), QStringLiteral("Ochtend"));
        attempt(open, jansen, QStringLiteral("Huisbezoek"), true, QDate(2025, 1, 10), QStringLiteral("Middag"));
        attempt(open, jansen, QStringLiteral("Brief"), false, QDate(2025, 1, 12));

        // Closed in the period with an outcome; one of its signals is from before the period.
        rentBefore = signal(teamA, vries, PartnerType::Huur, {}, QDate(2024, 12, 20), 120000, true);
        water = signal(teamA, vries, PartnerType::Water, QStringLiteral("W-7"), QDate(2025, 1, 8), 12350);
        closed = addCase(vries, QDate(2024, 12, 22), {}, QDate(2024, 12, 23), QDate(2025, 1, 20),
            QStringLiteral("Vervolghulp en/of verwijzing financieel"));
        link(closed, rentBefore);
        link(closed, water);
        attempt(closed, vries, QStringLiteral("SMS/Whatsapp"), true, QDate(2024, 12, 23), QStringLiteral("Avond"));

        // Closed before the period, and opened after it: neither is delivered, nor their signals.
        const qint64 oldSignal
            = signal(teamA, early, PartnerType::Zorg, QStringLiteral("Z-OLD"), QDate(2024, 10, 30), 5000);
        const qint64 oldCase = addCase(early, QDate(2024, 11, 1), {}, {}, QDate(2024, 12, 15),
            QStringLiteral("Inwoner hoeft geen hulp vanuit vroegsignalering"));
        link(oldCase, oldSignal);
        const qint64 lateSignal
            = signal(teamA, late, PartnerType::Duo, QStringLiteral("DUO-LATE"), QDate(2025, 2, 1), 9900);
        const qint64 lateCase = addCase(late, QDate(2025, 2, 2), QStringLiteral("nieuw"));
        link(lateCase, lateSignal);

        // Active in the period but without signals (a case opened by hand): not part of DDAS.
        addCase(manual, QDate(2025, 1, 3), QStringLiteral("in_behandeling"));

        // The edges: a signal on the last day without a case, and one on the first day; a case
        // closed on the first day; a reopened case whose old closing date lies before the period.
        lastDay = signal(teamA, edges, PartnerType::Belastingdienst, {}, to);
        sql(QStringLiteral("UPDATE signals SET ddas_status = 'Niet opgepakt: onterecht signaal', warm_handover = 1 "
                           "WHERE id = ?"),
            {lastDay});
        firstDay = signal(teamA, edges, PartnerType::CakZorgverzekeringen, QStringLiteral("CAK-1"), from, 30000);
        december
            = signal(teamA, edges, PartnerType::Hypotheek, QStringLiteral("H-12"), QDate(2024, 12, 27));
        closedOnFirstDay = addCase(edges, QDate(2024, 12, 28), {}, {}, from,
            QStringLiteral("Inwoner hoeft geen hulp vanuit vroegsignalering"));
        link(closedOnFirstDay, december);
        november = signal(teamA, edges, PartnerType::Overige, QStringLiteral("O-11"), QDate(2024, 11, 15));
        reopened = addCase(edges, QDate(2024, 11, 20), QStringLiteral("in_behandeling"), {}, {});
        sql(QStringLiteral("UPDATE cases SET closed_on = '2024-12-01', outcome = 'Geen reactie na eerder contact' "
                           "WHERE id = ?"),
            {reopened});
        link(reopened, november);

        // Two partners that use the same id for their own signals.
        sameIdFirst = signal(teamA, edges, PartnerType::Energie, QStringLiteral("DUP-1"), QDate(2025, 1, 20), {}, false,
            QStringLiteral("Stroom BV"));
        sameIdSecond = signal(teamA, edges, PartnerType::Water, QStringLiteral("DUP-1"), QDate(2025, 1, 21), {}, false,
            QStringLiteral("Waterbedrijf"));

        // Another municipality's household (team B), in the period with a case: not in 0518's levering.
        const qint64 otherSignal
            = signal(teamB, other, PartnerType::Huur, QStringLiteral("B-1"), QDate(2025, 1, 10), 70000);
        const qint64 otherCase = addCase(other, QDate(2025, 1, 11), QStringLiteral("in_behandeling"));
        link(otherCase, otherSignal);
    }

    Resident jansen, vries;
    qint64 energy = 0, rentBefore = 0, water = 0, lastDay = 0, firstDay = 0, sameIdFirst = 0, sameIdSecond = 0;
    qint64 december = 0, november = 0;
    qint64 open = 0, closed = 0, closedOnFirstDay = 0, reopened = 0;
};

QJsonObject levering(const QJsonObject &doc)
{
    const QJsonArray all = doc.value(QStringLiteral("leveringen")).toArray();
    REQUIRE(all.size() == 1);
    return all.first().toObject();
}

/// Signals of the delivery by ID.
QHash<QString, QJsonObject> signalsById(const QJsonObject &delivery)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : delivery.value(QStringLiteral("vroegsignalen")).toArray())
        out.insert(v.toObject().value(QStringLiteral("ID")).toString(), v.toObject());
    return out;
}

/// Cases of the delivery by startdatum_matchtingperiode, their first signal's date (unique in the scenario).
QHash<QString, QJsonObject> casesByFirstSignal(const QJsonObject &delivery)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : delivery.value(QStringLiteral("vroegsignaalzaken")).toArray())
        out.insert(v.toObject().value(QStringLiteral("startdatum_matchtingperiode")).toString(), v.toObject());
    return out;
}

QString vn(qint64 id)
{
    return QStringLiteral("VN-%1").arg(id);
}

QStringList referencedIds(const QJsonObject &zaak)
{
    QStringList out;
    for (const QJsonValue &v : zaak.value(QStringLiteral("vroegsignalen")).toArray())
        out << v.toObject().value(QStringLiteral("ID")).toString();
    return out;
}

QList<AuditEvent> ddasAudit(DdasFixture &f)
{
    AuditQuery q;
    q.objectType = QStringLiteral("ddas");
    auto events = AuditLog(*f.db, f.clock).find(f.users.admin(), q);
    REQUIRE(events.ok());
    return *events;
}

} // namespace

TEST_CASE_METHOD(Period, "The DDAS delivery holds every case and signal of the period, and only those", "[ddas]")
{
    const QString file = out.filePath(QStringLiteral("ddas-2025-01.json"));
    auto counts = DdasExport(*db, clock, leadA).write(january(), file);
    INFO((counts ? std::string() : counts.error().message.toStdString()));
    REQUIRE(counts.ok());
    CHECK(counts->signals == 9);
    CHECK(counts->cases == 4);
    CHECK(counts->casesWithoutSignals == 1);
    CHECK_FALSE(counts->cancelled);

    const QJsonObject doc = readJson(file);
    CHECK(doc.value(QStringLiteral("codeGegevensleverancier")).toString() == QStringLiteral("VANGNET"));
    CHECK(doc.value(QStringLiteral("startdatumLevering")).toString() == QStringLiteral("2025-01-01"));
    CHECK(doc.value(QStringLiteral("einddatumLevering")).toString() == QStringLiteral("2025-01-31"));
    CHECK(doc.value(QStringLiteral("aanleverdatumEnTijd")).toString() == QStringLiteral("2025-02-05T10:30:00Z"));
    const QJsonObject delivery = levering(doc);
    CHECK(delivery.value(QStringLiteral("teller")).toInt() == 1);
    CHECK(delivery.value(QStringLiteral("gemeentecode")).toString() == QStringLiteral("0518"));
    const QJsonObject organisation = delivery.value(QStringLiteral("aanleverende_organisatie")).toObject();
    CHECK(organisation.value(QStringLiteral("naam")).toString() == QStringLiteral("Gemeente 0518"));
    CHECK_FALSE(organisation.contains(QStringLiteral("contactpersoonen")));
    CHECK_FALSE(organisation.contains(QStringLiteral("kvk-nummer")));

    const auto byId = signalsById(delivery);
    const QSet<QString> ids(byId.keyBegin(), byId.keyEnd());
    // Always VN-<signal number>, whatever the partner's own id (EN-1, W-7, DUP-1 twice, …).
    const QSet<QString> expected{vn(energy), vn(rentBefore), vn(water), vn(lastDay), vn(firstDay), vn(december),
        vn(november), vn(sameIdFirst), vn(sameIdSecond)};
    CHECK(ids == expected); // not Z-OLD, DUO-LATE (outside, no active case) nor B-1 (municipality 0307)

    const QJsonObject energySignal = byId.value(vn(energy));
    CHECK(energySignal.value(QStringLiteral("bedrag")).toInteger() == 450);
    CHECK(energySignal.value(QStringLiteral("signaaldatum")).toString() == QStringLiteral("2025-01-05"));
    CHECK(energySignal.value(QStringLiteral("ontstaansdatum")).toString() == QStringLiteral("2024-12-06"));
    // In a taken-up case: the case's datum_opgepakt says so, not a "Nog niet opgepakt" status.
    CHECK_FALSE(energySignal.contains(QStringLiteral("status")));
    CHECK(byId.value(vn(firstDay)).value(QStringLiteral("status")).toString()
          == QStringLiteral("Nog niet opgepakt")); // no case
    CHECK(energySignal.value(QStringLiteral("crisissignaal")) == QJsonValue(false));
    CHECK(energySignal.value(QStringLiteral("signaalpartner")).toObject().value(QStringLiteral("type")).toString()
        == QStringLiteral("Energie"));
    const QJsonObject client = energySignal.value(QStringLiteral("client")).toObject();
    CHECK(client.value(QStringLiteral("Burgerservicenummer")).toString() == QStringLiteral("999990019"));
    CHECK(client.value(QStringLiteral("Voorletters")).toString() == QStringLiteral("A."));
    CHECK(client.value(QStringLiteral("Achternaam")).toString() == QStringLiteral("Jansen"));
    CHECK(client.value(QStringLiteral("Geboortedatum")).toString() == QStringLiteral("1980-03-14"));
    CHECK(client.value(QStringLiteral("Straatnaam")).toString() == QStringLiteral("Lindelaan"));
    CHECK(client.value(QStringLiteral("Postcode")).toString() == QStringLiteral("7411AB"));
    CHECK(client.value(QStringLiteral("Huisnummer")).toString() == QStringLiteral("12"));
    CHECK(client.value(QStringLiteral("Huisnummertoevoeging")).toString() == QStringLiteral("A"));
    CHECK(client.value(QStringLiteral("Plaatsnaam")).toString() == QStringLiteral("Vangstad"));
    CHECK_FALSE(client.contains(QStringLiteral("Voorvoegsel")));

    const QJsonObject rent = byId.value(QStringLiteral("VN-%1").arg(rentBefore));
    CHECK(rent.value(QStringLiteral("crisissignaal")) == QJsonValue(true));
    CHECK(rent.value(QStringLiteral("bedrag")).toInteger() == 1200);
    CHECK(rent.value(QStringLiteral("signaalpartner")).toObject().value(QStringLiteral("type")).toString()
        == QStringLiteral("Huur"));
    const QJsonObject vriesClient = rent.value(QStringLiteral("client")).toObject();
    CHECK(vriesClient.value(QStringLiteral("Voorvoegsel")).toString() == QStringLiteral("de"));
    CHECK_FALSE(vriesClient.contains(QStringLiteral("Burgerservicenummer"))); // none known
    CHECK_FALSE(vriesClient.contains(QStringLiteral("Huisnummertoevoeging")));
    CHECK(byId.value(vn(water)).value(QStringLiteral("bedrag")).toInteger() == 124); // € 123,50 rounds up
    const QJsonObject last = byId.value(QStringLiteral("VN-%1").arg(lastDay));
    CHECK_FALSE(last.contains(QStringLiteral("bedrag")));
    CHECK_FALSE(last.contains(QStringLiteral("ontstaansdatum")));
    CHECK(last.value(QStringLiteral("status")).toString() == QStringLiteral("Niet opgepakt: onterecht signaal"));
    CHECK(last.value(QStringLiteral("warmeOverdracht")) == QJsonValue(true));
    CHECK(byId.value(vn(firstDay))
              .value(QStringLiteral("signaalpartner"))
              .toObject()
              .value(QStringLiteral("type"))
        == QJsonValue(QStringLiteral("CAK Zorgverzekeringen")));
    // Two partners' signals with the same partner id are two signals, each with its own ID.
    CHECK(byId.value(vn(sameIdFirst)).value(QStringLiteral("signaaldatum")).toString() == QStringLiteral("2025-01-20"));
    CHECK(byId.value(vn(sameIdSecond)).value(QStringLiteral("signaaldatum")).toString() == QStringLiteral("2025-01-21"));

    const auto byOpening = casesByFirstSignal(delivery);
    const QStringList openings = [&] {
        QStringList keys = byOpening.keys();
        keys.sort();
        return keys;
    }();
    CHECK(openings
        == QStringList{QStringLiteral("2024-11-15"), QStringLiteral("2024-12-20"), QStringLiteral("2024-12-27"),
            QStringLiteral("2025-01-05")});
    // Matched when the first signal came in: every signal here was added on 5 February.
    for (const QJsonObject &zaak : byOpening)
        CHECK(zaak.value(QStringLiteral("matchingsdatum")).toString() == QStringLiteral("2025-02-05"));

    const QJsonObject openCase = byOpening.value(QStringLiteral("2025-01-05"));
    CHECK(referencedIds(openCase) == QStringList{vn(energy)});
    CHECK(openCase.value(QStringLiteral("datum_opgepakt")).toString() == QStringLiteral("2025-01-10"));
    CHECK_FALSE(openCase.contains(QStringLiteral("resultaat")));
    // Still open: the matching period runs to the end of the delivered period.
    CHECK(openCase.value(QStringLiteral("einddatum_matchingperiode")).toString() == QStringLiteral("2025-01-31"));
    const QJsonArray attempts = openCase.value(QStringLiteral("contactpogingen")).toArray();
    REQUIRE(attempts.size() == 3);
    CHECK(attempts[0].toObject()
        == QJsonObject{{QStringLiteral("soort"), QStringLiteral("Huisbezoek")}, {QStringLiteral("bereikt"), true},
            {QStringLiteral("datum"), QStringLiteral("2025-01-10")},
            {QStringLiteral("dagdeel"), QStringLiteral("Middag")}});
    CHECK(attempts[1].toObject()
        == QJsonObject{{QStringLiteral("soort"), QStringLiteral("Brief")}, {QStringLiteral("bereikt"), false},
            {QStringLiteral("datum"), QStringLiteral("2025-01-12")}});
    CHECK(attempts[2].toObject().value(QStringLiteral("datum")).toString() == QStringLiteral("2025-01-15"));

    const QJsonObject closedCase = byOpening.value(QStringLiteral("2024-12-20"));
    CHECK(referencedIds(closedCase) == QStringList{vn(rentBefore), vn(water)});
    CHECK(closedCase.value(QStringLiteral("resultaat")).toString()
        == QStringLiteral("Vervolghulp en/of verwijzing financieel"));
    CHECK(closedCase.value(QStringLiteral("einddatum_matchingperiode")).toString() == QStringLiteral("2025-01-20"));
    CHECK(closedCase.value(QStringLiteral("startdatum_matchtingperiode")).toString() == QStringLiteral("2024-12-20"));
    CHECK(byOpening.value(QStringLiteral("2024-12-27")).value(QStringLiteral("einddatum_matchingperiode")).toString()
        == QStringLiteral("2025-01-01"));
    // Reopened: open again, so no outcome and the period's end, whatever the old closing left behind.
    const QJsonObject reopenedCase = byOpening.value(QStringLiteral("2024-11-15"));
    CHECK_FALSE(reopenedCase.contains(QStringLiteral("resultaat")));
    CHECK(reopenedCase.value(QStringLiteral("einddatum_matchingperiode")).toString() == QStringLiteral("2025-01-31"));
    CHECK(reopenedCase.value(QStringLiteral("contactpogingen")).toArray().isEmpty());

    // Every case reference is a signal of the file.
    for (const QJsonObject &zaak : byOpening)
        for (const QString &id : referencedIds(zaak))
            CHECK(ids.contains(id));

    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    CHECK_FALSE(text.contains("Interne reden")); // the internal reason is never exported
    CHECK_FALSE(text.contains("v2:")); // nor anything sealed

    const SchemaCheck check = checkAgainstSchema(file);
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);

    const QList<AuditEvent> audit = ddasAudit(*this);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == AuditAction::Export);
    CHECK(audit.first().actorName == QStringLiteral("teamleider-a"));
    CHECK(audit.first().detail
        == QStringLiteral("ddas:2025-01-01..2025-01-31 gemeentecodes:0518 signals:9 cases:4 delivery:%1 sha256:%2")
               .arg(counts->deliveryId)
               .arg(counts->sha256));
}

TEST_CASE_METHOD(Period, "The DDAS delivery carries the organisation, KvK number and contact persons given", "[ddas]")
{
    DdasRequest request = january();
    request.leverancier = QStringLiteral("SOFT-123");
    request.organisatie = QStringLiteral("Gemeente Vangstad");
    request.kvk = QStringLiteral("12345678");
    request.contacts << DdasContact{QStringLiteral("J. de Vries"), QStringLiteral("010-1234567"),
        QStringLiteral("j.devries@vangstad.example"), QStringLiteral("Beleidsmedewerker")}
                     << DdasContact{QStringLiteral("P. Smit"), {}, {}, {}};
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    REQUIRE(DdasExport(*db, clock, leadA).write(request, file).ok());
    const QJsonObject doc = readJson(file);
    CHECK(doc.value(QStringLiteral("codeGegevensleverancier")).toString() == QStringLiteral("SOFT-123"));
    const QJsonObject organisation = levering(doc).value(QStringLiteral("aanleverende_organisatie")).toObject();
    CHECK(organisation.value(QStringLiteral("naam")).toString() == QStringLiteral("Gemeente Vangstad"));
    CHECK(organisation.value(QStringLiteral("kvk-nummer")).toString() == QStringLiteral("12345678"));
    const QJsonArray contacts = organisation.value(QStringLiteral("contactpersoonen")).toArray();
    REQUIRE(contacts.size() == 2);
    CHECK(
        contacts[0].toObject().value(QStringLiteral("functietitel")).toString() == QStringLiteral("Beleidsmedewerker"));
    CHECK(contacts[1].toObject() == QJsonObject{{QStringLiteral("naam"), QStringLiteral("P. Smit")}});
    const SchemaCheck check = checkAgainstSchema(file);
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE_METHOD(DdasFixture, "An empty period gives a valid delivery with empty lists", "[ddas]")
{
    resident(teamA, QStringLiteral("Leeg"), 2); // the team works in 0518, but nothing happened there
    const QString file = out.filePath(QStringLiteral("leeg.json"));
    auto counts = DdasExport(*db, clock, leadA).write(january(), file);
    REQUIRE(counts.ok());
    CHECK(counts->signals == 0);
    CHECK(counts->cases == 0);
    const QJsonObject delivery = levering(readJson(file));
    CHECK(delivery.value(QStringLiteral("vroegsignalen")).toArray().isEmpty());
    CHECK(delivery.value(QStringLiteral("vroegsignaalzaken")).toArray().isEmpty());
    CHECK(checkAgainstSchema(file).exitCode == 0);
}

TEST_CASE_METHOD(Period, "Only a team lead of a team may deliver, and refusals are audited and write nothing", "[ddas]")
{
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    // A lead whose team was taken away (teams are required when a lead is created).
    users.add(QStringLiteral("teamleider-x"), Role::Teamleider, users.teamB().id);
    sql(QStringLiteral("UPDATE users SET team_id = NULL WHERE username = 'teamleider-x'"), {});
    auto relogged = users.auth().login(
        QStringLiteral("teamleider-x"), test::TestUsers::passwordOf(QStringLiteral("teamleider-x")));
    REQUIRE(relogged.ok());
    const Session leadWithoutTeam = *relogged;
    REQUIRE(leadWithoutTeam.user().teamId == 0);
    for (const Session *who : {&users.caseworkerA(), &users.admin(), &leadWithoutTeam}) {
        INFO(who->user().username.toStdString());
        auto refused = DdasExport(*db, clock, *who).write(january(), file);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    CHECK_FALSE(QFile::exists(file));
    const QList<AuditEvent> audit = ddasAudit(*this);
    REQUIRE(audit.size() == 3);
    for (const AuditEvent &e : audit) {
        CHECK(e.action == AuditAction::PermissionDenied);
        CHECK(e.result == AuditResult::Denied);
    }
}

TEST_CASE_METHOD(DdasFixture, "A DDAS request with unusable options is refused with every problem", "[ddas]")
{
    DdasRequest request = january();
    request.from = QDate(2025, 2, 1);
    request.gemeentecodes = {QStringLiteral("518")};
    request.kvk = QStringLiteral("1234");
    request.contacts << DdasContact{{}, {}, QStringLiteral("geen-adres"), {}};
    const QString file = out.filePath(QStringLiteral("no-such-folder/ddas.json"));
    auto refused = DdasExport(*db, clock, leadA).write(request, file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    QStringList fields;
    for (const FieldError &e : refused.error().fields)
        fields << e.field;
    fields.removeDuplicates();
    fields.sort();
    CHECK(fields
        == QStringList{QStringLiteral("contact"), QStringLiteral("gemeentecode"), QStringLiteral("kvk"),
            QStringLiteral("out"), QStringLiteral("to")});
    CHECK(ddasAudit(*this).isEmpty());

    CHECK_FALSE(checkDdasTarget(out.path()).isEmpty()); // a folder, not a file
    CHECK(checkDdasTarget(out.filePath(QStringLiteral("nieuw.json"))).isEmpty());
}

TEST_CASE_METHOD(Period, "A cancelled DDAS export leaves no file and no record", "[ddas]")
{
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    qint64 calls = 0;
    auto counts = DdasExport(*db, clock, leadA).write(january(), file, [&](qint64 done, qint64 total) {
        ++calls;
        CHECK(done <= total);
        return done < 2;
    });
    REQUIRE(counts.ok());
    CHECK(counts->cancelled);
    CHECK(calls == 2);
    CHECK(QDir(out.path()).isEmpty());
    CHECK(ddasAudit(*this).isEmpty());
}

TEST_CASE_METHOD(Period, "A failed DDAS export keeps the file that was there", "[ddas]")
{
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    {
        QFile existing(file);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("vorige levering");
    }
    // The audit record cannot be written (the table is gone): the export stops before the move.
    sql(QStringLiteral("DROP TABLE audit_log"), {});
    REQUIRE_FALSE(DdasExport(*db, clock, leadA).write(january(), file).ok());
    QFile kept(file);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "vorige levering");
    CHECK(QDir(out.path()).entryList(QDir::Files) == QStringList{QStringLiteral("ddas.json")});
}
