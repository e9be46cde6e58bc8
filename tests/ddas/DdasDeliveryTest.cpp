// What CBS reads in a DDAS delivery: the matching date, stable IDs, the address as delivered,
// one levering per municipality, the model's field lengths, and every delivery kept.
#include "DdasFixture.h"

#include "audit/AuditLog.h"
#include "ddas/DdasDeliveries.h"
#include "ddas/DdasDeliveryRepository.h"
#include "ddas/DdasExport.h"
#include "ddas/MunicipalityService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using importing::PartnerType;

namespace {

DdasRequest month(int m, QStringList codes = {QStringLiteral("0518")})
{
    DdasRequest r;
    r.from = QDate(2025, m, 1);
    r.to = r.from.addMonths(1).addDays(-1);
    r.gemeentecodes = std::move(codes);
    return r;
}

QHash<QString, QJsonObject> byId(const QJsonObject &levering)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : levering.value(QStringLiteral("vroegsignalen")).toArray())
        out.insert(v.toObject().value(QStringLiteral("ID")).toString(), v.toObject());
    return out;
}

QJsonArray leveringen(const QString &file)
{
    return DdasFixture::readJson(file).value(QStringLiteral("leveringen")).toArray();
}

QList<AuditEvent> audit(DdasFixture &f, const QString &objectType)
{
    AuditQuery q;
    q.objectType = objectType;
    auto events = AuditLog(*f.db, f.clock).find(f.users.admin(), q);
    REQUIRE(events.ok());
    return *events;
}

void requireValid(const QString &file)
{
    const SchemaCheck check = checkAgainstSchema(file);
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);
}

} // namespace

TEST_CASE_METHOD(DdasFixture, "The matchingsdatum is the day the case's first signal came in, not the case's opening",
    "[ddas]")
{
    const Resident r = resident(teamA, QStringLiteral("Jansen"), 12);
    clock.set(QDateTime(QDate(2025, 1, 9), QTime(10, 0), Qt::UTC));
    const qint64 first = signal(teamA, r, PartnerType::Energie, QStringLiteral("EN-1"), QDate(2025, 1, 6), 10000);
    clock.set(QDateTime(QDate(2025, 1, 14), QTime(10, 0), Qt::UTC));
    const qint64 second = signal(teamA, r, PartnerType::Water, QStringLiteral("W-1"), QDate(2025, 1, 13), 5000);
    clock.set(QDateTime(QDate(2025, 2, 5), QTime(10, 30), Qt::UTC));
    const qint64 c = addCase(r, QDate(2025, 1, 20), QStringLiteral("in_behandeling"));
    link(c, second);
    link(c, first);

    const QString file = out.filePath(QStringLiteral("ddas.json"));
    auto counts = DdasExport(*db, clock, leadA).write(month(1), file);
    INFO((counts ? std::string() : counts.error().message.toStdString()));
    REQUIRE(counts.ok());
    const QJsonObject zaak
        = leveringen(file)[0].toObject().value(QStringLiteral("vroegsignaalzaken")).toArray()[0].toObject();
    CHECK(zaak.value(QStringLiteral("matchingsdatum")).toString() == QStringLiteral("2025-01-09"));
    CHECK(zaak.value(QStringLiteral("startdatum_matchtingperiode")).toString() == QStringLiteral("2025-01-06"));
    CHECK(zaak.value(QStringLiteral("einddatum_matchingperiode")).toString() == QStringLiteral("2025-01-31"));
    requireValid(file);
}

TEST_CASE_METHOD(DdasFixture, "A signal has the same ID in every monthly delivery, even when partners' ids clash", "[ddas]")
{
    const Resident r = resident(teamA, QStringLiteral("Jansen"), 12);
    const Resident s = resident(teamA, QStringLiteral("Vries"), 14);
    clock.set(QDateTime(QDate(2025, 1, 25), QTime(10, 0), Qt::UTC));
    const qint64 january = signal(teamA, r, PartnerType::Energie, QStringLiteral("X-1"), QDate(2025, 1, 20), 10000,
        false, QStringLiteral("Stroom BV"));
    const qint64 c = addCase(r, QDate(2025, 1, 22), QStringLiteral("in_behandeling"));
    link(c, january);
    clock.set(QDateTime(QDate(2025, 2, 20), QTime(10, 0), Qt::UTC));
    // February: another partner delivers a signal with the same id of its own.
    const qint64 clash = signal(teamA, s, PartnerType::Water, QStringLiteral("X-1"), QDate(2025, 2, 10), 5000, false,
        QStringLiteral("Waterbedrijf"));
    clock.set(QDateTime(QDate(2025, 3, 5), QTime(10, 0), Qt::UTC));

    const QString jan = out.filePath(QStringLiteral("jan.json"));
    const QString feb = out.filePath(QStringLiteral("feb.json"));
    REQUIRE(DdasExport(*db, clock, leadA).write(month(1), jan).ok());
    REQUIRE(DdasExport(*db, clock, leadA).write(month(2), feb).ok());
    const auto inJanuary = byId(leveringen(jan)[0].toObject());
    const auto inFebruary = byId(leveringen(feb)[0].toObject());
    const QString id = QStringLiteral("VN-%1").arg(january);
    CHECK(inJanuary.keys() == QStringList{id});
    // February: the January signal again (its case is still active), under the same ID, and the
    // clashing one under its own.
    CHECK(inFebruary.contains(id));
    CHECK(inFebruary.contains(QStringLiteral("VN-%1").arg(clash)));
    CHECK(inFebruary.size() == 2);
    requireValid(jan);
    requireValid(feb);
}

TEST_CASE_METHOD(DdasFixture, "A team that serves two municipalities delivers one levering for each", "[ddas]")
{
    const Resident here = resident(teamA, QStringLiteral("Jansen"), 12);
    const Resident there = resident(teamA, QStringLiteral("Vries"), 40, {}, {}, {}, QStringLiteral("Oost"));
    const Resident otherTeam = resident(teamB, QStringLiteral("Bos"), 42, {}, {}, {}, QStringLiteral("Oost"));
    const qint64 a = signal(teamA, here, PartnerType::Energie, {}, QDate(2025, 1, 6), 10000);
    const qint64 b = signal(teamA, there, PartnerType::Huur, {}, QDate(2025, 1, 7), 20000);
    const qint64 c = signal(teamB, otherTeam, PartnerType::Water, {}, QDate(2025, 1, 8), 3000);
    link(addCase(there, QDate(2025, 1, 9), QStringLiteral("in_behandeling")), b);

    const QString file = out.filePath(QStringLiteral("ddas.json"));
    auto counts = DdasExport(*db, clock, leadA)
                      .write(month(1, {QStringLiteral("0518"), QStringLiteral("0307")}), file);
    INFO((counts ? std::string() : counts.error().message.toStdString()));
    REQUIRE(counts.ok());
    CHECK(counts->leveringen == 2);
    CHECK(counts->signals == 3);
    CHECK(counts->cases == 1);
    const QJsonArray all = leveringen(file);
    REQUIRE(all.size() == 2);
    CHECK(all[0].toObject().value(QStringLiteral("teller")).toInt() == 1);
    CHECK(all[0].toObject().value(QStringLiteral("gemeentecode")).toString() == QStringLiteral("0518"));
    CHECK(all[1].toObject().value(QStringLiteral("teller")).toInt() == 2);
    CHECK(all[1].toObject().value(QStringLiteral("gemeentecode")).toString() == QStringLiteral("0307"));
    CHECK(byId(all[0].toObject()).keys() == QStringList{QStringLiteral("VN-%1").arg(a)});
    // Municipality-wide: team B's household in Oost is in 0307's levering too.
    QStringList oost = byId(all[1].toObject()).keys();
    oost.sort();
    QStringList expected{QStringLiteral("VN-%1").arg(b), QStringLiteral("VN-%1").arg(c)};
    expected.sort();
    CHECK(oost == expected);
    CHECK(all[1].toObject().value(QStringLiteral("vroegsignaalzaken")).toArray().size() == 1);
    CHECK(all[1].toObject().value(QStringLiteral("aanleverende_organisatie")).toObject().value(QStringLiteral("naam"))
        == QJsonValue(QStringLiteral("Gemeente 0307")));
    requireValid(file);
}

TEST_CASE_METHOD(DdasFixture, "The delivery shows the address a signal came with, after the household moved", "[ddas]")
{
    const Resident r = resident(teamA, QStringLiteral("Jansen"), 12, {}, QStringLiteral("B"));
    const qint64 id = signal(teamA, r, PartnerType::Energie, {}, QDate(2025, 1, 6), 10000);
    auto household = teamA.get(r.household);
    REQUIRE(household.ok());
    household->address.straat = QStringLiteral("Beukenlaan");
    household->address.huisnummer = 3;
    household->address.toevoeging.clear();
    household->address.postcode = QStringLiteral("7412 CD");
    auto moved = teamA.save(*household);
    INFO((moved ? std::string() : moved.error().message.toStdString()));
    REQUIRE(moved.ok());
    REQUIRE(moved->address.straat == QStringLiteral("Beukenlaan"));

    const QString file = out.filePath(QStringLiteral("ddas.json"));
    REQUIRE(DdasExport(*db, clock, leadA).write(month(1), file).ok());
    const QJsonObject client
        = byId(leveringen(file)[0].toObject()).value(QStringLiteral("VN-%1").arg(id)).value(QStringLiteral("client")).toObject();
    CHECK(client.value(QStringLiteral("Straatnaam")).toString() == QStringLiteral("Lindelaan"));
    CHECK(client.value(QStringLiteral("Huisnummer")).toString() == QStringLiteral("12"));
    CHECK(client.value(QStringLiteral("Huisnummertoevoeging")).toString() == QStringLiteral("B"));
    CHECK(client.value(QStringLiteral("Postcode")).toString() == QStringLiteral("7411AB"));
    requireValid(file);
}

TEST_CASE_METHOD(DdasFixture, "A value longer than the DDAS model allows is refused by name and nothing is written",
    "[ddas]")
{
    const Resident r = resident(teamA, QStringLiteral("Jansen"), 12);
    const qint64 id = signal(teamA, r, PartnerType::Energie, {}, QDate(2025, 1, 6), 10000);
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    SECTION("voorletters of 21 characters")
    {
        sql(QStringLiteral("UPDATE persons SET voorletters = ?"), {QString(21, QLatin1Char('A'))});
        auto refused = DdasExport(*db, clock, leadA).write(month(1), file);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
        const QString why = refused.error().fields.value(0).message;
        CHECK(why.contains(QStringLiteral("Signal VN-%1").arg(id)));
        CHECK(why.contains(QLatin1String("Voorletters is 21 characters long")));
        CHECK(why.contains(QLatin1String("at most 20")));
        CHECK_FALSE(why.contains(QString(21, QLatin1Char('A')))); // never the value itself
    }
    SECTION("a postcode not of the form 1234AB")
    {
        sql(QStringLiteral("UPDATE addresses SET postcode = '741 AB'"), {});
        auto refused = DdasExport(*db, clock, leadA).write(month(1), file);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().fields.value(0).message.contains(QLatin1String("Postcode (5 characters) is not in the form")));
    }
    CHECK_FALSE(QFile::exists(file));
    CHECK(QDir(out.path()).isEmpty());
    CHECK(DdasDeliveryRepository(db->connection()).list()->isEmpty());
    CHECK(audit(*this, QStringLiteral("ddas")).isEmpty());
}

TEST_CASE_METHOD(DdasFixture, "A toevoeging longer than 4 characters is left out with a warning, never shortened", "[ddas]")
{
    const Resident r = resident(teamA, QStringLiteral("Jansen"), 12, {}, QStringLiteral("2-hoog"));
    const qint64 id = signal(teamA, r, PartnerType::Energie, {}, QDate(2025, 1, 6), 10000);
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    auto counts = DdasExport(*db, clock, leadA).write(month(1), file);
    INFO((counts ? std::string() : counts.error().message.toStdString()));
    REQUIRE(counts.ok());
    REQUIRE(counts->warnings.size() == 1);
    CHECK(counts->warnings.first().contains(QStringLiteral("Signal VN-%1: Huisnummertoevoeging is 6 characters long").arg(id)));
    CHECK_FALSE(counts->warnings.first().contains(QLatin1String("2-hoog")));
    const QJsonObject client
        = byId(leveringen(file)[0].toObject()).value(QStringLiteral("VN-%1").arg(id)).value(QStringLiteral("client")).toObject();
    CHECK_FALSE(client.contains(QStringLiteral("Huisnummertoevoeging")));
    CHECK(client.value(QStringLiteral("Huisnummer")).toString() == QStringLiteral("12"));
    requireValid(file);
}

TEST_CASE_METHOD(DdasFixture, "An unknown gemeentecode or a wijk without one is refused and nothing is written", "[ddas]")
{
    const Resident r = resident(teamA, QStringLiteral("Jansen"), 12);
    signal(teamA, r, PartnerType::Energie, {}, QDate(2025, 1, 6), 10000);
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    auto unknown = DdasExport(*db, clock, leadA).write(month(1, {QStringLiteral("9999")}), file);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::Invalid);
    CHECK(unknown.error().fields.value(0).message.contains(QLatin1String("9999")));

    const Resident south = resident(teamA, QStringLiteral("Vries"), 50, {}, {}, {}, QStringLiteral("Zuid"));
    signal(teamA, south, PartnerType::Huur, {}, QDate(2025, 1, 7), 10000);
    auto unmapped = DdasExport(*db, clock, leadA).write(month(1), file);
    REQUIRE_FALSE(unmapped.ok());
    CHECK(unmapped.error().fields.value(0).message.contains(QLatin1String("Zuid (1)")));
    CHECK_FALSE(QFile::exists(file));

    REQUIRE(MunicipalityService(*db, clock, leadA).set(QStringLiteral("Zuid"), QStringLiteral("0518")).ok());
    auto delivered = DdasExport(*db, clock, leadA).write(month(1), file);
    REQUIRE(delivered.ok());
    CHECK(delivered->signals == 2);
}

TEST_CASE_METHOD(DdasFixture, "Each delivery is kept with the hash of the file written and can be written back",
    "[ddas]")
{
    const Resident r = resident(teamA, QStringLiteral("Jansen"), 12, QStringLiteral("999990019"));
    signal(teamA, r, PartnerType::Energie, {}, QDate(2025, 1, 6), 10000);
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    auto counts = DdasExport(*db, clock, leadA).write(month(1), file);
    REQUIRE(counts.ok());
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    CHECK(counts->sha256 == sha);

    const DdasDeliveries kept(*db, clock, leadA);
    auto list = kept.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    const DdasDelivery &d = list->first();
    CHECK(d.id == counts->deliveryId);
    CHECK(d.sha256 == sha);
    CHECK(d.from == QDate(2025, 1, 1));
    CHECK(d.to == QDate(2025, 1, 31));
    CHECK(d.gemeentecodes == QStringList{QStringLiteral("0518")});
    CHECK(d.signals == 1);
    CHECK(d.createdBy == leadA.user().displayName);

    const QString copy = out.filePath(QStringLiteral("kopie.json"));
    REQUIRE(kept.writeCopy(d.id, copy).ok());
    QFile back(copy);
    REQUIRE(back.open(QIODevice::ReadOnly));
    CHECK(back.readAll() == bytes);
    const QList<AuditEvent> copies = audit(*this, QStringLiteral("ddas_delivery"));
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().action == AuditAction::Export);
    CHECK(kept.writeCopy(d.id + 1, out.filePath(QStringLiteral("geen.json"))).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(DdasFixture, "Caseworkers may not deliver, see kept deliveries or map wijken, and are audited", "[ddas]")
{
    const Session &caseworker = users.caseworkerA();
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    CHECK(DdasExport(*db, clock, caseworker).write(month(1), file).error().code == ErrorCode::PermissionDenied);
    CHECK(DdasDeliveries(*db, clock, caseworker).list().error().code == ErrorCode::PermissionDenied);
    CHECK(DdasDeliveries(*db, clock, caseworker).writeCopy(1, file).error().code == ErrorCode::PermissionDenied);
    CHECK(MunicipalityService(*db, clock, caseworker).set(QStringLiteral("Noord"), QStringLiteral("0518")).error().code
        == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(file));
    CHECK(audit(*this, QStringLiteral("ddas")).size() == 1);
    CHECK(audit(*this, QStringLiteral("ddas_delivery")).size() == 2);
    CHECK(audit(*this, QStringLiteral("wijk_municipality")).size() == 1);
    for (const QString &type : {QStringLiteral("ddas"), QStringLiteral("ddas_delivery"), QStringLiteral("wijk_municipality")})
        for (const AuditEvent &e : audit(*this, type))
            CHECK(e.result == AuditResult::Denied);

    // A lead may deliver only for a municipality their team works in.
    const Session leadB = users.add(QStringLiteral("teamleider-b"), Role::Teamleider, users.teamB().id);
    resident(teamA, QStringLiteral("Jansen"), 12);
    auto refused = DdasExport(*db, clock, leadB).write(month(1), file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(audit(*this, QStringLiteral("ddas")).size() == 2);
}
