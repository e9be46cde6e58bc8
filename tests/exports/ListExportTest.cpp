#include "exports/ListExportFixture.h"
#include "exports/XlsxContent.h"

#include "audit/AuditLog.h"
#include "cases/WorkQueue.h"
#include "exports/CsvListWriter.h"
#include "exports/XlsxListWriter.h"

#include <QDir>
#include <QFile>

using namespace vangnet;
using namespace vangnet::exports;
using namespace vangnet::test;

namespace {

ListExportRequest request(ListKind kind, ListFormat format)
{
    ListExportRequest r;
    r.kind = kind;
    r.format = format;
    return r;
}

/// Two signals of team A (a negative amount on "=1+1", a crisis on Visser) and one of team B.
void addSignals(ListExportFixture &f)
{
    const qint64 refund = f.signal(f.formula, QStringLiteral("S-1"), QDate(2026, 11, 2));
    REQUIRE(runSql(f.db->connection(), QStringLiteral("UPDATE signals SET amount_cents = -1250 WHERE id = ?"), {refund}).ok());
    f.signal(f.visser, QStringLiteral("S-2"), QDate(2026, 11, 20), true);
    importing::SignalRow other;
    other.signalId = QStringLiteral("S-3");
    other.partnerType = importing::PartnerType::Energie;
    other.signalDate = QDate(2026, 11, 21);
    other.amountCents = 100;
    ListExportFixture::require(HouseholdService(*f.db, f.clock, f.users.caseworkerB()).addSignal(f.anders.first, f.anders.second, other));
}

} // namespace

TEST_CASE("A cell a spreadsheet would run as a formula gets an apostrophe, and no other cell does", "[exports]")
{
    for (const QString &risky : {QStringLiteral("=1+1"), QStringLiteral("+31 6 12345678"), QStringLiteral("-2+3"),
                                 QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx")})
        CHECK(neutralisedCell(risky) == QLatin1Char('\'') + risky);
    for (const QString &plain : {QString(), QStringLiteral("Noord"), QStringLiteral("1-2"), QStringLiteral(" =1"),
                                 QStringLiteral("'=1")})
        CHECK(neutralisedCell(plain) == plain);

    SECTION("numbers the program writes are never neutralised: a negative amount stays a number")
    {
        CHECK(CsvListWriter::cellText(CellType::Amount, qint64(-1250)) == QStringLiteral("-12,50"));
        CHECK(CsvListWriter::cellText(CellType::Amount, qint64(-5)) == QStringLiteral("-0,05"));
        CHECK(CsvListWriter::cellText(CellType::Amount, qint64(123456789)) == QStringLiteral("1234567,89"));
        CHECK(CsvListWriter::cellText(CellType::Integer, qint64(-3)) == QStringLiteral("-3"));
        CHECK(CsvListWriter::cellText(CellType::Date, QDate(2026, 2, 3)) == QStringLiteral("03-02-2026"));
        CHECK(CsvListWriter::cellText(CellType::Text, QStringLiteral("-3")) == QStringLiteral("'-3"));
        CHECK(CsvListWriter::cellText(CellType::Amount, QVariant()).isEmpty());
    }
}

TEST_CASE("The list kinds and formats have the words the CLI takes", "[exports]")
{
    CHECK(listKindFromKey(QStringLiteral("queue")) == ListKind::Queue);
    CHECK(listKindFromKey(QStringLiteral("signals")) == ListKind::Signals);
    CHECK(listKindFromKey(QStringLiteral("households")) == ListKind::Households);
    CHECK_FALSE(listKindFromKey(QStringLiteral("cases")));
    CHECK(listFormatFromKey(QStringLiteral("xlsx")) == ListFormat::Xlsx);
    CHECK_FALSE(listFormatFromKey(QStringLiteral("xls")));
    CHECK(listFormatForFile(QStringLiteral("/tmp/Lijst.XLSX")) == ListFormat::Xlsx);
    CHECK(listFormatForFile(QStringLiteral("lijst.csv")) == ListFormat::Csv);
    CHECK_FALSE(listFormatForFile(QStringLiteral("lijst")));
}

TEST_CASE_METHOD(ListExportFixture, "The household list as CSV has the screen's columns and only the own team's households",
                 "[exports]")
{
    const QString file = exported(users.caseworkerA(), request(ListKind::Households, ListFormat::Csv), QStringLiteral("h.csv"));
    CHECK(startsWithBom(file));
    CHECK(csvLines(file) == QStringList{QStringLiteral("Name;Address;Postcode;Town;District;Members;Priority"),
                                        QStringLiteral("'=1+1, A.;Lindelaan 1;7411 AB;Vangstad;Noord;1;"),
                                        QStringLiteral("Visser, A.;Lindelaan 2;7411 AB;Vangstad;'+Centrum;1;")});

    const QList<AuditEvent> records = exportRecords();
    REQUIRE(records.size() == 1);
    CHECK(records.first().actorName == QStringLiteral("consulent-a"));
    CHECK(records.first().result == AuditResult::Success);
    CHECK(records.first().detail == QStringLiteral("list:households rows:2 format:csv"));

    SECTION("another team's caseworker exports only that team's households")
    {
        const QString theirs = exported(users.caseworkerB(), request(ListKind::Households, ListFormat::Csv), QStringLiteral("b.csv"));
        CHECK(csvLines(theirs) == QStringList{QStringLiteral("Name;Address;Postcode;Town;District;Members;Priority"),
                                              QStringLiteral("Anders, B.;Beukenlaan 3;7412 CD;Vangstad;Zuid;1;")});
    }
    SECTION("the screen's filters and sort apply")
    {
        REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE households SET priority_rank = 3000020 WHERE id = ?"),
                       {visser.first}).ok());
        ListExportRequest byPriority = request(ListKind::Households, ListFormat::Csv);
        byPriority.households.sort = HouseholdSort::Priority;
        byPriority.households.descending = true;
        const QStringList lines = csvLines(exported(users.caseworkerA(), byPriority, QStringLiteral("p.csv")));
        REQUIRE(lines.size() == 3);
        CHECK(lines[1] == QStringLiteral("Visser, A.;Lindelaan 2;7411 AB;Vangstad;'+Centrum;1;High"));

        ListExportRequest noord = request(ListKind::Households, ListFormat::Csv);
        noord.households.wijk = QStringLiteral("Noord");
        CHECK(csvLines(exported(users.caseworkerA(), noord, QStringLiteral("n.csv"))).size() == 2);
    }
}

TEST_CASE_METHOD(ListExportFixture, "The household list as xlsx writes strings, never formulas, and counts as numbers",
                 "[exports]")
{
    const QString file = exported(users.caseworkerA(), request(ListKind::Households, ListFormat::Xlsx), QStringLiteral("h.xlsx"));
    CHECK(xlsxEntries(file).contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(QString::fromUtf8(xlsxEntry(file, QStringLiteral("xl/workbook.xml"))).contains(QStringLiteral("<sheet name=\"Households\"")));
    const QString sheet = xlsxSheet(file);
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>")));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f ")));
    CHECK(xlsxCell(file, QStringLiteral("A1")) == QStringLiteral("Name"));
    CHECK(xlsxCell(file, QStringLiteral("G1")) == QStringLiteral("Priority"));
    CHECK(xlsxCell(file, QStringLiteral("A2")) == QStringLiteral("'=1+1, A."));
    CHECK(xlsxCell(file, QStringLiteral("E3")) == QStringLiteral("'+Centrum"));
    CHECK(sheet.contains(QStringLiteral("<c r=\"F2\"><v>1</v></c>"))); // a number, not text
    CHECK(xlsxCell(file, QStringLiteral("A4")).isEmpty());            // team B's household is not there
    CHECK_FALSE(sheet.contains(QStringLiteral("Anders")));
    // Only the export is left in the folder: no temporary workbook, no QSaveFile leftovers.
    CHECK(filesInFolder() == QStringList{QStringLiteral("h.xlsx")});
    REQUIRE(exportRecords().size() == 1);
    CHECK(exportRecords().first().detail == QStringLiteral("list:households rows:2 format:xlsx"));
}

TEST_CASE_METHOD(ListExportFixture, "The signals list: dates, amounts (negative ones too) and the team's signals only",
                 "[exports]")
{
    addSignals(*this);
    const QString header = QStringLiteral("Signal date;Partner;Amount;Household;District;Status;Marks");
    const QString csv = exported(users.caseworkerA(), request(ListKind::Signals, ListFormat::Csv), QStringLiteral("s.csv"));
    CHECK(csvLines(csv) == QStringList{header,
                                       QStringLiteral("20-11-2026;Huur · Woonstichting;950,00;Visser, A.;'+Centrum;New;crisis"),
                                       QStringLiteral("02-11-2026;Huur · Woonstichting;-12,50;'=1+1, A.;Noord;New;")});

    const QString xlsx = exported(users.caseworkerA(), request(ListKind::Signals, ListFormat::Xlsx), QStringLiteral("s.xlsx"));
    CHECK(xlsxCell(xlsx, QStringLiteral("A2")) == QString::number(test::excelSerial(2026, 11, 20)));
    CHECK(xlsxNumberFormat(xlsx, QStringLiteral("A2")) == QStringLiteral("dd-mm-yyyy"));
    CHECK(xlsxCell(xlsx, QStringLiteral("C2")) == QStringLiteral("950"));
    CHECK(xlsxCell(xlsx, QStringLiteral("C3")) == QStringLiteral("-12.5"));
    CHECK(xlsxNumberFormat(xlsx, QStringLiteral("C3")) == QStringLiteral("#,##0.00"));
    CHECK(xlsxCell(xlsx, QStringLiteral("D3")) == QStringLiteral("'=1+1, A."));
    CHECK(xlsxCell(xlsx, QStringLiteral("G2")) == QStringLiteral("crisis"));
    CHECK_FALSE(xlsxSheet(xlsx).contains(QStringLiteral("<f>")));
    CHECK(xlsxCell(xlsx, QStringLiteral("A4")).isEmpty());

    SECTION("the page's period filter applies")
    {
        ListExportRequest late = request(ListKind::Signals, ListFormat::Csv);
        late.signalFilter.from = QDate(2026, 11, 10);
        late.signalFilter.limit = 1; // the screen's limit does not cut an export short
        CHECK(csvLines(exported(users.caseworkerA(), late, QStringLiteral("late.csv"))).size() == 2);
        ListExportRequest all = request(ListKind::Signals, ListFormat::Csv);
        all.signalFilter.limit = 1;
        CHECK(csvLines(exported(users.caseworkerA(), all, QStringLiteral("all.csv"))).size() == 3);
    }
}

TEST_CASE_METHOD(ListExportFixture, "The work queue: the screen's wording, the next deadline as a date, the page's scope",
                 "[exports]")
{
    signal(formula, QStringLiteral("Q-1"), today().addDays(-20)); // the contact offer is overdue
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE households SET priority_rank = 3000020 WHERE id = ?"),
                   {formula.first}).ok());
    require(service.claim(visser.first));
    const QList<cases::QueueItem> items = require(cases::WorkQueue(*db, clock, users.caseworkerA()).load());
    REQUIRE(items.size() == 2);
    REQUIRE(items.first().householdId == formula.first);
    REQUIRE(items.first().next.has_value());
    const clocks::Deadline due = *items.first().next;

    const QString csv = exported(users.caseworkerA(), request(ListKind::Queue, ListFormat::Csv), QStringLiteral("q.csv"));
    const QStringList lines = csvLines(csv);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("Priority;Household;District;Most severe flag;Case status;Assigned to;Next deadline;"
                                     "Deadline state;Deadline;Open signals"));
    // The priority is the household's priority_rank (set by hand here, without a flag behind it):
    // the same number the queue is ordered and filtered by.
    CHECK(lines[1] == QStringLiteral("High;'=1+1, A.;Noord;Signal not taken up yet (no rule flags it);No case yet;Unassigned;"
                                     "%1;Overdue;%2;1")
                          .arg(due.dueOn.toString(QStringLiteral("dd-MM-yyyy")), due.label));
    CHECK(lines[2].startsWith(QStringLiteral("No flag;Visser, A.;'+Centrum;;")));

    const QString xlsx = exported(users.caseworkerA(), request(ListKind::Queue, ListFormat::Xlsx), QStringLiteral("q.xlsx"));
    CHECK(xlsxCell(xlsx, QStringLiteral("G2")) == QString::number(test::excelSerial(due.dueOn.year(), due.dueOn.month(), due.dueOn.day())));
    CHECK(xlsxNumberFormat(xlsx, QStringLiteral("G2")) == QStringLiteral("dd-mm-yyyy"));
    CHECK(xlsxCell(xlsx, QStringLiteral("B2")) == QStringLiteral("'=1+1, A."));
    CHECK(xlsxCell(xlsx, QStringLiteral("J2")) == QStringLiteral("1"));

    ListExportRequest unassigned = request(ListKind::Queue, ListFormat::Csv);
    unassigned.queue.scope = cases::QueueFilter::Scope::Unassigned;
    CHECK(csvLines(exported(users.caseworkerA(), unassigned, QStringLiteral("u.csv"))).size() == 2);
    CHECK(exportRecords().last().detail == QStringLiteral("list:queue rows:1 format:csv"));
}

TEST_CASE_METHOD(ListExportFixture, "A role that may not see the list is refused, and the refusal audited", "[exports]")
{
    const QString path = out.filePath(QStringLiteral("h.csv"));
    for (const ListKind kind : {ListKind::Households, ListKind::Queue, ListKind::Signals}) {
        auto refused = ListExport(*db, clock, users.admin()).write(request(kind, ListFormat::Csv), path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(exportRecords().isEmpty());
    const QList<AuditEvent> denied = exportRecords(AuditAction::PermissionDenied);
    REQUIRE(denied.size() == 3);
    CHECK(denied.first().result == AuditResult::Denied);
    CHECK(denied.first().detail == QStringLiteral("list:households"));
}

TEST_CASE_METHOD(ListExportFixture, "A file that cannot be written is refused and nothing is left under its name",
                 "[exports]")
{
    const ListExport exporter(*db, clock, users.caseworkerA());
    for (const ListFormat format : {ListFormat::Csv, ListFormat::Xlsx}) {
        const QString missing = out.filePath(QStringLiteral("geen-map/h.") + listFormatKey(format));
        auto refused = exporter.write(request(ListKind::Households, format), missing);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
        CHECK(refused.error().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(missing));

        auto folder = exporter.write(request(ListKind::Households, format), out.path());
        REQUIRE_FALSE(folder.ok());
        CHECK(folder.error().message.contains(QStringLiteral("is a folder")));
    }
    auto unnamed = exporter.write(request(ListKind::Households, ListFormat::Csv), QStringLiteral(" "));
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().fields.value(0).field == QStringLiteral("out"));
    CHECK(filesInFolder().isEmpty());
    CHECK(exportRecords().isEmpty());

    SECTION("a cancelled export writes and records nothing, and an existing file keeps its content")
    {
        for (const ListFormat format : {ListFormat::Csv, ListFormat::Xlsx}) {
            const QString path = out.filePath(QStringLiteral("h.") + listFormatKey(format));
            QFile previous(path);
            REQUIRE(previous.open(QIODevice::WriteOnly));
            previous.write("vorige export");
            previous.close();
            int calls = 0;
            auto cancelled = exporter.write(request(ListKind::Households, format), path,
                                            [&calls](qint64, qint64) { return ++calls < 2; });
            REQUIRE(cancelled.ok());
            CHECK(cancelled->cancelled);
            QFile kept(path);
            REQUIRE(kept.open(QIODevice::ReadOnly));
            CHECK(kept.readAll() == QByteArrayLiteral("vorige export"));
        }
        CHECK(filesInFolder() == QStringList{QStringLiteral("h.csv"), QStringLiteral("h.xlsx")});
        CHECK(exportRecords().isEmpty());
    }
}

TEST_CASE("An xlsx sheet refuses more rows than Excel holds", "[exports]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("x.xlsx")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    XlsxListWriter writer(dir.path());
    REQUIRE(writer.begin(file, file.fileName(), ListSheet{QStringLiteral("T"), {{QStringLiteral("N"), CellType::Integer, 5}}, 0}).ok());
    Result<void> last;
    qint64 rows = 0;
    while ((last = writer.row({rows})).ok() && rows < XlsxListWriter::MaxRows)
        ++rows;
    CHECK(rows == XlsxListWriter::MaxRows - 1);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().message.contains(QStringLiteral("at most 1048575 rows")));
}
