#include "subjectaccess/SubjectAccessFixture.h"

#include "cases/CaseService.h"
#include "zrm/ZrmService.h"
#include "subjectaccess/SubjectAccessJsonWriter.h"
#include "subjectaccess/SubjectAccessService.h"
#include "support/Logging.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <spdlog/spdlog.h>

using namespace vangnet;
using vangnet::test::SubjectAccessFixture;

namespace {

const QString reference = QStringLiteral("INZ-2026-0042");

bool hasAction(const QList<AuditEvent> &events, AuditAction action, qint64 actorId, AuditResult result)
{
    for (const AuditEvent &e : events)
        if (e.action == action && e.actorId == actorId && e.result == result)
            return true;
    return false;
}

/// A writer that fails halfway, as a full disk would.
class FailingWriter final : public SubjectAccessWriter {
public:
    QString formatKey() const override { return QStringLiteral("json"); }
    Result<void> write(const SubjectAccessReport &, QIODevice &out) const override
    {
        out.write("{\"half\":");
        return Error(ErrorCode::Io, QStringLiteral("disk full"));
    }
};

} // namespace

TEST_CASE_METHOD(SubjectAccessFixture, "The report holds the person, the household, the notes and the access log",
                 "[subjectaccess]")
{
    auto report = SubjectAccessService(*db, clock, leadA).gather(personId, QStringLiteral("  ") + reference);
    INFO((report ? std::string() : report.error().message.toStdString()));
    REQUIRE(report.ok());
    CHECK(report->requestReference == reference);
    CHECK(report->generatedBy == QStringLiteral("teamleider-a"));
    CHECK(report->generatedAt == clock.now().toUTC());

    const Person &p = report->person;
    CHECK(p.id == personId);
    CHECK(p.bsn == QStringLiteral("999990019")); // the subject's own BSN, in full
    CHECK(p.voornaam == QStringLiteral("Jan"));
    CHECK(p.achternaam == QStringLiteral("Jansen"));
    CHECK(p.geboortedatum == QDate(1980, 3, 14));
    CHECK(p.telefoon == QStringLiteral("06-12345678"));
    CHECK(p.email == QStringLiteral("jan.jansen@example.org"));
    CHECK(p.role == MemberRole::Hoofdbewoner);

    CHECK(report->householdId == household.id);
    CHECK(report->address.postcode == QStringLiteral("7411 AB"));
    CHECK(report->address.huisnummer == 12);
    REQUIRE(report->housemates.size() == 1); // the partner: role and name only
    CHECK(report->housemates.first().role == MemberRole::Partner);
    CHECK(report->housemates.first().name == QStringLiteral("Maria de Vries"));

    REQUIRE(report->notes.size() == 2);
    QStringList texts;
    for (const Note &n : report->notes) {
        texts << n.text;
        CHECK(n.author == QStringLiteral("consulent-a"));
    }
    CHECK(texts.contains(QStringLiteral("Afspraak gemaakt")));
    CHECK(texts.contains(QStringLiteral("Huurachterstand besproken")));

    // Who looked: the caseworker created and opened the household; oldest first; no workstation.
    const QList<AuditEvent> &log = report->accessLog;
    REQUIRE(log.size() >= 2);
    CHECK(log.first().action == AuditAction::CreateHousehold);
    CHECK(log.first().actorName == QStringLiteral("consulent-a"));
    CHECK(hasAction(log, AuditAction::OpenHousehold, users.caseworkerA().user().id, AuditResult::Success));
    for (qsizetype i = 1; i < log.size(); ++i)
        CHECK(log.at(i - 1).id < log.at(i).id);
    for (const AuditEvent &e : log) {
        CHECK(e.origin.host.isEmpty());
        CHECK(e.origin.osUser.isEmpty());
        CHECK((e.objectType == QLatin1String("household") || e.objectType == QLatin1String("person")));
    }
}

TEST_CASE_METHOD(SubjectAccessFixture, "Earlier exports and refusals show in the next report's access log", "[subjectaccess]")
{
    const SubjectAccessService lead(*db, clock, leadA);
    auto first = lead.gather(personId, reference);
    REQUIRE(first.ok());
    REQUIRE(lead.save(*first, SubjectAccessJsonWriter(), out.filePath(QStringLiteral("a.json"))).ok());
    REQUIRE_FALSE(SubjectAccessService(*db, clock, users.caseworkerA()).gather(personId, reference).ok());

    auto second = lead.gather(personId, QStringLiteral("INZ-2026-0043"));
    REQUIRE(second.ok());
    bool exported = false;
    for (const AuditEvent &e : second->accessLog)
        exported = exported || (e.action == AuditAction::Export && e.objectType == QLatin1String("person")
                                && e.objectId == personId && e.reason == reference);
    CHECK(exported);
    CHECK(hasAction(second->accessLog, AuditAction::PermissionDenied, users.caseworkerA().user().id, AuditResult::Denied));
}

TEST_CASE_METHOD(SubjectAccessFixture, "Only the team lead of the person's team may export, and refusals are audited",
                 "[subjectaccess][permissions]")
{
    const Session leadB = users.add(QStringLiteral("teamleider-b"), Role::Teamleider, users.teamB().id);
    CHECK(leadA.can(Permission::SubjectAccess));
    CHECK_FALSE(users.caseworkerA().can(Permission::SubjectAccess));
    CHECK_FALSE(users.admin().can(Permission::SubjectAccess));

    struct Refused {
        const char *who;
        const Session *session;
    };
    const Refused refused[] = {{"the caseworker of the team", &users.caseworkerA()},
                               {"the administrator", &users.admin()},
                               {"the team lead of another team", &leadB}};
    for (const Refused &r : refused) {
        INFO(r.who);
        const SubjectAccessService service(*db, clock, *r.session);
        auto report = service.gather(personId, reference);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(report.error().message.isEmpty());
        CHECK(hasAction(auditOf(QStringLiteral("person"), personId), AuditAction::PermissionDenied,
                        r.session->user().id, AuditResult::Denied));
        // Refused before the input is even looked at.
        CHECK(service.gather(personId, QString()).error().code == ErrorCode::PermissionDenied);
    }

    SECTION("a report gathered by the lead cannot be saved by someone else")
    {
        auto report = SubjectAccessService(*db, clock, leadA).gather(personId, reference);
        REQUIRE(report.ok());
        const QString file = out.filePath(QStringLiteral("b.json"));
        auto saved = SubjectAccessService(*db, clock, leadB).save(*report, SubjectAccessJsonWriter(), file);
        CHECK(saved.error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(QFile::exists(file));
    }
}

TEST_CASE_METHOD(SubjectAccessFixture, "A request needs a reference and an existing person", "[subjectaccess]")
{
    const SubjectAccessService service(*db, clock, leadA);
    auto blank = service.gather(personId, QStringLiteral("   "));
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().code == ErrorCode::Invalid);
    REQUIRE(blank.error().fields.size() == 1);
    CHECK(blank.error().fields.first().field == QStringLiteral("reference"));
    CHECK(service.gather(personId, QString(SubjectAccessService::maxReferenceLength + 1, QLatin1Char('x'))).error().code ==
          ErrorCode::Invalid);
    CHECK(service.gather(987654, reference).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(SubjectAccessFixture, "A saved export is audited with its reference and format, without personal data",
                 "[subjectaccess][audit]")
{
    const SubjectAccessService service(*db, clock, leadA);
    auto report = service.gather(personId, reference);
    REQUIRE(report.ok());
    const QString file = out.filePath(QStringLiteral("inzage.json"));
    REQUIRE(service.save(*report, SubjectAccessJsonWriter(), file).ok());
    REQUIRE(QFile::exists(file));

    const QList<AuditEvent> events = auditOf(QStringLiteral("person"), personId);
    REQUIRE_FALSE(events.isEmpty());
    const AuditEvent &e = events.first(); // newest
    CHECK(e.action == AuditAction::Export);
    CHECK(e.result == AuditResult::Success);
    CHECK(e.actorId == leadA.user().id);
    CHECK(e.reason == reference);
    CHECK(e.detail == QStringLiteral("json"));
    CHECK(AuditLog(*db, clock).verify(users.admin())->intact());
}

TEST_CASE_METHOD(SubjectAccessFixture, "A failed write leaves no file and no export record", "[subjectaccess][audit]")
{
    const SubjectAccessService service(*db, clock, leadA);
    auto report = service.gather(personId, reference);
    REQUIRE(report.ok());
    const qsizetype before = auditOf(QStringLiteral("person"), personId).size();

    SECTION("the writer fails")
    {
        const QString file = out.filePath(QStringLiteral("half.json"));
        CHECK(service.save(*report, FailingWriter(), file).error().code == ErrorCode::Io);
        CHECK_FALSE(QFile::exists(file));
    }
    SECTION("the folder does not exist")
    {
        const QString file = out.filePath(QStringLiteral("missing/inzage.json"));
        CHECK(service.save(*report, SubjectAccessJsonWriter(), file).error().code == ErrorCode::Io);
        CHECK_FALSE(QFile::exists(file));
    }
    CHECK(auditOf(QStringLiteral("person"), personId).size() == before);
    CHECK(QDir(out.path()).entryList(QDir::Files).isEmpty()); // no temporary file left behind either
}

TEST_CASE_METHOD(SubjectAccessFixture, "The JSON export has stable keys and the subject's data", "[subjectaccess][json]")
{
    const SubjectAccessService service(*db, clock, leadA);
    auto report = service.gather(personId, reference);
    REQUIRE(report.ok());
    const QString file = out.filePath(QStringLiteral("inzage.json"));
    REQUIRE(service.save(*report, SubjectAccessJsonWriter(), file).ok());
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(f.readAll(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);

    CHECK(json.keys() == QStringList{QStringLiteral("access_log"), QStringLiteral("cases"), QStringLiteral("discharge_notices"), QStringLiteral("flags"),
                                     QStringLiteral("format"), QStringLiteral("format_version"),
                                     QStringLiteral("generated_at"), QStringLiteral("generated_by"), QStringLiteral("household"),
                                     QStringLiteral("notes"), QStringLiteral("person"), QStringLiteral("request_reference"),
                                     QStringLiteral("signals"), QStringLiteral("zrm_assessments")});
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("vangnet-subject-access"));
    CHECK(json.value(QStringLiteral("format_version")).toInt() == 1);
    CHECK(json.value(QStringLiteral("generated_at")).toString() == QStringLiteral("2026-11-25T09:30:00Z"));
    CHECK(json.value(QStringLiteral("request_reference")).toString() == reference);
    CHECK(json.value(QStringLiteral("generated_by")).toObject().value(QStringLiteral("username")).toString() ==
          QStringLiteral("teamleider-a"));

    const QJsonObject person = json.value(QStringLiteral("person")).toObject();
    CHECK(person.keys() == QStringList{QStringLiteral("achternaam"), QStringLiteral("bsn"), QStringLiteral("email"),
                                       QStringLiteral("geboortedatum"), QStringLiteral("household_role"), QStringLiteral("id"),
                                       QStringLiteral("telefoon"), QStringLiteral("voorletters"), QStringLiteral("voornaam"),
                                       QStringLiteral("voorvoegsel")});
    CHECK(person.value(QStringLiteral("bsn")).toString() == QStringLiteral("999990019"));
    CHECK(person.value(QStringLiteral("geboortedatum")).toString() == QStringLiteral("1980-03-14"));
    CHECK(person.value(QStringLiteral("household_role")).toString() == QStringLiteral("hoofdbewoner"));

    const QJsonObject home = json.value(QStringLiteral("household")).toObject();
    CHECK(home.value(QStringLiteral("address")).toObject().value(QStringLiteral("postcode")).toString() ==
          QStringLiteral("7411 AB"));
    const QJsonArray others = home.value(QStringLiteral("other_members")).toArray();
    REQUIRE(others.size() == 1);
    CHECK(others.at(0).toObject().keys() == QStringList{QStringLiteral("name"), QStringLiteral("role")});
    CHECK(others.at(0).toObject().value(QStringLiteral("role")).toString() == QStringLiteral("partner"));

    const QJsonArray notes = json.value(QStringLiteral("notes")).toArray();
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0).toObject().keys() == QStringList{QStringLiteral("author"), QStringLiteral("created_at"), QStringLiteral("text")});
    const QJsonArray log = json.value(QStringLiteral("access_log")).toArray();
    REQUIRE_FALSE(log.isEmpty());
    CHECK(log.at(0).toObject().keys() == QStringList{QStringLiteral("action"), QStringLiteral("at"), QStringLiteral("object_id"),
                                                     QStringLiteral("object_type"), QStringLiteral("reason"),
                                                     QStringLiteral("result"), QStringLiteral("user")});

    // Data of the other member stays out: only their name and role are in the file.
    const QByteArray bytes = QJsonDocument(json).toJson();
    CHECK_FALSE(bytes.contains("999990020"));
    CHECK_FALSE(bytes.contains("maria.devries@example.org"));
    CHECK_FALSE(bytes.contains("1982-07-01"));
}

TEST_CASE_METHOD(SubjectAccessFixture, "The export logs ids and counts, no personal data", "[subjectaccess][logging][privacy]")
{
    QTemporaryDir logDir;
    initLogging(LogOptions{logDir.path(), QStringLiteral("trace"), false});
    const SubjectAccessService service(*db, clock, leadA);
    auto report = service.gather(personId, reference);
    REQUIRE(report.ok());
    REQUIRE(service.save(*report, SubjectAccessJsonWriter(), out.filePath(QStringLiteral("inzage.json"))).ok());
    REQUIRE_FALSE(service.save(*report, SubjectAccessJsonWriter(), out.filePath(QStringLiteral("missing/x.json"))).ok());
    REQUIRE_FALSE(SubjectAccessService(*db, clock, users.caseworkerA()).gather(personId, reference).ok());
    spdlog::default_logger()->flush();

    QFile log(logFilePath(logDir.path()));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    CHECK(text.contains(QStringLiteral("subject access export for person %1").arg(personId)));
    for (const char *secret : {"Jansen", "Maria", "Vries", "999990019", "999990020", "Lindelaan", "7411", "06-12345678",
                               "example.org", "Huurachterstand", "Afspraak", "INZ-2026"}) {
        INFO(secret);
        CHECK_FALSE(text.contains(QString::fromLatin1(secret), Qt::CaseInsensitive));
    }
}

TEST_CASE_METHOD(SubjectAccessFixture, "The export holds the signals about the subject and the flags they raised, not the housemate's",
                 "[subjectaccess][signals]")
{
    auto add = [this](qint64 person, importing::PartnerType type, const QString &id, QDate arisen) {
        importing::SignalRow row;
        row.signalId = id;
        row.partnerType = type;
        row.partnerName = QStringLiteral("Partner %1").arg(id);
        row.signalDate = arisen.addDays(20);
        row.arisenDate = arisen;
        row.amountCents = 50000;
        auto added = caseworkerA.addSignal(household.id, person, row);
        REQUIRE(added.ok());
        return *added;
    };
    const qint64 rent = add(personId, importing::PartnerType::Huur, QStringLiteral("H-1"), QDate(2026, 9, 1));
    add(personId, importing::PartnerType::Energie, QStringLiteral("E-1"), QDate(2026, 9, 15)); // a stacked-arrears flag
    const qint64 theirs = add(partnerId, importing::PartnerType::Water, QStringLiteral("W-1"), QDate(2026, 10, 1));

    const SubjectAccessService service(*db, clock, leadA);
    auto report = service.gather(personId, reference);
    REQUIRE(report.ok());
    REQUIRE(report->earlySignals.size() == 2);
    for (const SignalRecord &r : report->earlySignals)
        CHECK(r.id != theirs);
    REQUIRE_FALSE(report->flags.isEmpty());
    CHECK(report->flags.front().flag.signalIds.contains(rent));

    const QJsonObject json = SubjectAccessJsonWriter::toJson(*report);
    CHECK(json.value(QStringLiteral("signals")).toArray().size() == 2);
    CHECK(json.value(QStringLiteral("signals")).toArray().at(0).toObject().contains(QStringLiteral("partner_type")));
    CHECK(json.value(QStringLiteral("flags")).toArray().at(0).toObject().contains(QStringLiteral("explanation")));
}

TEST_CASE_METHOD(SubjectAccessFixture, "The export holds the cases about the subject, not one about a housemate alone",
                 "[subjectaccess][cases]")
{
    auto add = [this](qint64 person, const QString &id) {
        importing::SignalRow row;
        row.signalId = id;
        row.partnerType = importing::PartnerType::Huur;
        row.signalDate = QDate(2026, 11, 1);
        row.amountCents = 50000;
        auto added = caseworkerA.addSignal(household.id, person, row);
        REQUIRE(added.ok());
        return *added;
    };
    cases::CaseService work(*db, clock, users.caseworkerA());
    const qint64 theirs = add(partnerId, QStringLiteral("W-1"));
    auto housemateCase = work.openFromSignal(theirs);
    REQUIRE(housemateCase.ok());
    REQUIRE(work.close(housemateCase->id, housemateCase->version, QStringLiteral("Niet opgepakt: andere reden"),
                       clock.today(), QStringLiteral("Loopt via bewindvoerder")).ok());
    const qint64 own = add(personId, QStringLiteral("H-1"));
    auto ownCase = work.openFromSignal(own);
    REQUIRE(ownCase.ok());
    cases::ContactAttempt attempt;
    attempt.kind = QStringLiteral("Huisbezoek");
    attempt.reached = true;
    attempt.date = clock.today();
    attempt.note = QStringLiteral("Gesprek aan de keukentafel");
    REQUIRE(work.addAttempt(ownCase->id, attempt).ok());

    const SubjectAccessService service(*db, clock, leadA);
    auto report = service.gather(personId, reference);
    REQUIRE(report.ok());
    REQUIRE(report->cases.size() == 1);
    CHECK(report->cases.first().record.id == ownCase->id);
    REQUIRE(report->cases.first().attempts.size() == 1);
    CHECK(report->cases.first().attempts.first().note == QStringLiteral("Gesprek aan de keukentafel"));
    CHECK(std::any_of(report->accessLog.cbegin(), report->accessLog.cend(), [&](const AuditEvent &e) {
        return e.objectType == QStringLiteral("case") && e.objectId == ownCase->id && e.action == AuditAction::ChangeCase;
    }));

    const QJsonObject json = SubjectAccessJsonWriter::toJson(*report);
    const QJsonArray list = json.value(QStringLiteral("cases")).toArray();
    REQUIRE(list.size() == 1);
    const QJsonObject c = list.first().toObject();
    CHECK(c.value(QStringLiteral("status")).toString() == QStringLiteral("in_behandeling"));
    CHECK(c.value(QStringLiteral("attempts")).toArray().size() == 1);
    CHECK_FALSE(c.contains(QStringLiteral("deadlines")));
    CHECK_FALSE(QJsonDocument(json).toJson().contains("bewindvoerder"));
}

TEST_CASE_METHOD(SubjectAccessFixture, "The export holds the ZRM scores of the subject and of the household, not the housemate's",
                 "[subjectaccess][zrm]")
{
    ZrmService zrmWork(*db, clock, users.caseworkerA());
    auto score = [&](qint64 person, const QString &domain, int value, const QDate &on) {
        ZrmAssessment a;
        a.householdId = household.id;
        a.personId = person;
        a.assessedOn = on;
        a.scores.insert(domain, value);
        auto recorded = zrmWork.record(a);
        REQUIRE(recorded.ok());
    };
    score(personId, QStringLiteral("huisvesting"), 2, QDate(2026, 11, 20));
    score(0, QStringLiteral("financien"), 1, QDate(2026, 11, 21));
    score(partnerId, QStringLiteral("justitie"), 3, QDate(2026, 11, 22));

    const SubjectAccessService service(*db, clock, leadA);
    auto report = service.gather(personId, reference);
    REQUIRE(report.ok());
    REQUIRE(report->zrmAssessments.size() == 2);
    CHECK(report->zrmAssessments.at(0).personId == 0); // newest first
    CHECK(report->zrmAssessments.at(1).scores.value(QStringLiteral("huisvesting")) == 2);

    const QJsonArray list = SubjectAccessJsonWriter::toJson(*report).value(QStringLiteral("zrm_assessments")).toArray();
    REQUIRE(list.size() == 2);
    const QJsonObject own = list.at(1).toObject();
    CHECK(own.value(QStringLiteral("assessed_on")).toString() == QStringLiteral("2026-11-20"));
    CHECK(own.value(QStringLiteral("person")).toBool());
    CHECK(own.value(QStringLiteral("scores")).toObject().value(QStringLiteral("huisvesting")).toInt() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("person")).toBool() == false);
    CHECK_FALSE(QJsonDocument(SubjectAccessJsonWriter::toJson(*report)).toJson().contains("justitie"));
}
