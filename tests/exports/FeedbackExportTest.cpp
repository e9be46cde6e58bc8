#include "exports/ListExportFixture.h"
#include "exports/XlsxContent.h"

#include "cases/CaseVocabulary.h"

#include <QFile>

using namespace vangnet;
using namespace vangnet::exports;
using namespace vangnet::test;

namespace {

const QString repeated = QStringLiteral("Niet opgepakt: herhaalde melding");

ListExportRequest feedback(ListFormat format, QDate from, QDate to, const QString &partner = QStringLiteral("Woonstichting"))
{
    ListExportRequest r;
    r.kind = ListKind::Feedback;
    r.format = format;
    r.feedback.partnerName = partner;
    r.feedback.from = from;
    r.feedback.to = to;
    return r;
}

/// Team A: "=1+1" has a case with two signals of Woonstichting, the later one decided on its own
/// as a repeated signal, the case closed as taken up; Visser has one signal nobody took up.
/// Team B has an Energie signal.
struct FeedbackFixture : ListExportFixture {
    qint64 first = signal(formula, QStringLiteral("W-1"), QDate(2026, 11, 2));
    qint64 again = signal(formula, QStringLiteral("W-2"), QDate(2026, 11, 10));
    qint64 untouched = signal(visser, QStringLiteral("W-3"), QDate(2026, 11, 20));

    FeedbackFixture()
    {
        importing::SignalRow other;
        other.signalId = QStringLiteral("E-9");
        other.partnerType = importing::PartnerType::Energie;
        other.partnerName = QStringLiteral("Woonstichting");
        other.signalDate = QDate(2026, 11, 12);
        require(HouseholdService(*db, clock, users.caseworkerB()).addSignal(anders.first, anders.second, other));
        cases::Case c = require(service.openFromSignal(first));
        REQUIRE(service.setSignalStatus(c.id, again, repeated, QStringLiteral("al_in_schuldhulp"), QDate(2026, 11, 24)).ok());
        cases::ContactAttempt talk;
        talk.kind = QStringLiteral("Telefoon");
        talk.reached = true;
        talk.date = QDate(2026, 11, 24);
        require(service.addAttempt(c.id, talk));
        c = require(service.get(c.id));
        require(service.close(c.id, c.version, cases::Closing{QStringLiteral("Vervolghulp en/of verwijzing financieel"),
                                                              QDate(2026, 11, 24), {}, {}, false}));
    }
};

} // namespace

TEST_CASE_METHOD(FeedbackFixture, "The feedback holds each signal's status for its partner and nothing internal", "[exports]")
{
    const QString csv = exported(teamLeadA, feedback(ListFormat::Csv, QDate(2026, 11, 1), QDate(2026, 11, 30)), QStringLiteral("f.csv"));
    const QStringList lines = csvLines(csv);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral("Partner type;Partner;Partner's signal id;Signal date;Signal status;Decided on;Taken up;Taken up on"));
    CHECK(lines.at(1) == QStringLiteral("Huur;Woonstichting;W-1;02-11-2026;Nog niet opgepakt;24-11-2026;yes;24-11-2026"));
    CHECK(lines.at(2) == QStringLiteral("Huur;Woonstichting;W-2;10-11-2026;Niet opgepakt: herhaalde melding;24-11-2026;no;"));
    CHECK(lines.at(3) == QStringLiteral("Huur;Woonstichting;W-3;20-11-2026;Nog niet opgepakt;;no;"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    for (const char *internal : {"al_in_schuldhulp", "Visser", "1+1", "Lindelaan"})
        CHECK_FALSE(all.contains(internal));
    const QList<AuditEvent> records = exportRecords();
    REQUIRE(records.size() == 1);
    CHECK(records.first().detail == QStringLiteral("list:feedback rows:3 format:csv"));

    SECTION("the same as a workbook")
    {
        const QString xlsx = exported(teamLeadA, feedback(ListFormat::Xlsx, QDate(2026, 11, 1), QDate(2026, 11, 30)),
                                      QStringLiteral("f.xlsx"));
        CHECK(xlsxCell(xlsx, QStringLiteral("A1")) == QStringLiteral("Partner type"));
        CHECK(xlsxCell(xlsx, QStringLiteral("C3")) == QStringLiteral("W-2"));
        CHECK(xlsxCell(xlsx, QStringLiteral("E3")) == repeated);
        CHECK(xlsxCell(xlsx, QStringLiteral("D2")) == QString::number(excelSerial(2026, 11, 2)));
        CHECK(xlsxCell(xlsx, QStringLiteral("H2")) == QString::number(excelSerial(2026, 11, 24)));
        CHECK(xlsxCell(xlsx, QStringLiteral("A5")).isEmpty());
        CHECK(exportRecords().last().detail == QStringLiteral("list:feedback rows:3 format:xlsx"));
    }
    SECTION("filtered by period and partner type, within the own team")
    {
        const QStringList late = csvLines(exported(teamLeadA, feedback(ListFormat::Csv, QDate(2026, 11, 15), QDate(2026, 11, 30)),
                                                   QStringLiteral("late.csv")));
        REQUIRE(late.size() == 2);
        CHECK(late.at(1).contains(QStringLiteral(";W-3;")));
        ListExportRequest energie = feedback(ListFormat::Csv, QDate(2026, 11, 1), QDate(2026, 11, 30), {});
        energie.feedback.partnerType = QStringLiteral("Energie");
        CHECK(csvLines(exported(teamLeadA, energie, QStringLiteral("e.csv"))).size() == 1); // team B's signal is not ours
    }
}

TEST_CASE_METHOD(FeedbackFixture, "Only the team lead exports the feedback, and a refusal is audited", "[exports]")
{
    const QString path = out.filePath(QStringLiteral("f.csv"));
    auto refused = ListExport(*db, clock, users.caseworkerA()).write(feedback(ListFormat::Csv, {}, {}), path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(path));
    const QList<AuditEvent> denied = exportRecords(AuditAction::PermissionDenied);
    REQUIRE(denied.size() == 1);
    CHECK(denied.first().detail == QStringLiteral("list:feedback"));
}
