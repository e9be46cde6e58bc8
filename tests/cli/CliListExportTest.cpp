#include "CliRunner.h"
#include "exports/XlsxContent.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

/// Runs SQL on a copy of the demo database (test set-up and checks only); the first column
/// of every row it returns.
QStringList onDemo(const QString &db, const QString &sql, const QVariantList &values = {})
{
    auto opened = vangnet::Database::open(vangnet::DatabaseLocation::sqliteFile(db));
    REQUIRE(opened.ok());
    auto q = vangnet::runSql((*opened)->connection(), sql, values);
    REQUIRE(q.ok());
    QStringList column;
    while (q->isSelect() && q->next())
        column << q->value(0).toString();
    return column;
}

QStringList exportArgs(const QString &list, const QString &format, const QString &out)
{
    return {QStringLiteral("export"), QStringLiteral("list"), list, QStringLiteral("--format"), format,
            QStringLiteral("--out"), out, QStringLiteral("--json")};
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("vangnet-cli export list writes the user's own households, neutralised, and audits it", "[cli][exports]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    // The first household of the caseworker's team gets a name a spreadsheet would run.
    const QStringList first = onDemo(db, QStringLiteral("SELECT MIN(h.id) FROM households h WHERE h.team_id = "
                                                        "(SELECT team_id FROM users WHERE username = 'consulent')"));
    REQUIRE(first.size() == 1);
    onDemo(db, QStringLiteral("UPDATE households SET display_name = '=2+3' WHERE id = ?"), {first.first().toLongLong()});
    const Run listed = as(home, db, QStringLiteral("consulent"),
                          {QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const qint64 total = jsonOf(listed).value(QStringLiteral("total")).toInteger();
    REQUIRE(total > 0);
    REQUIRE(total < demoHouseholds); // the demo has a second team

    const QString csv = home.filePath(QStringLiteral("huishoudens.csv"));
    const Run wrote = as(home, db, QStringLiteral("consulent"), exportArgs(QStringLiteral("households"), QStringLiteral("csv"), csv));
    INFO(wrote.err.toStdString());
    REQUIRE(wrote.exitCode == 0);
    const QJsonObject result = jsonOf(wrote);
    CHECK(result.value(QStringLiteral("rows")).toInteger() == total);
    CHECK(result.value(QStringLiteral("list")).toString() == QStringLiteral("households"));
    CHECK(result.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    CHECK(result.value(QStringLiteral("file")).toString() == csv);
    const QStringList lines = csvLines(csv);
    CHECK(lines.size() == total + 1);
    CHECK(lines.first() == QStringLiteral("Name;Address;Postcode;Town;District;Members;Priority"));
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^'=2\\+3;"))).size() == 1);

    const QString xlsx = home.filePath(QStringLiteral("huishoudens.xlsx"));
    REQUIRE(as(home, db, QStringLiteral("consulent"), exportArgs(QStringLiteral("households"), QStringLiteral("xlsx"), xlsx))
                .exitCode == 0);
    const QString sheet = vangnet::test::xlsxSheet(xlsx);
    CHECK(sheet.contains(QStringLiteral("<t>'=2+3</t>")));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>")));
    CHECK(vangnet::test::xlsxCell(xlsx, QStringLiteral("A%1").arg(total + 1)).size() > 0);
    CHECK(vangnet::test::xlsxCell(xlsx, QStringLiteral("A%1").arg(total + 2)).isEmpty());

    const QStringList details = onDemo(db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'export' AND "
                                                          "object_type = 'list' ORDER BY id"));
    INFO(details.join(QLatin1Char('\n')).toStdString());
    CHECK(details == QStringList{QStringLiteral("list:households rows:%1 format:csv").arg(total),
                                 QStringLiteral("list:households rows:%1 format:xlsx").arg(total)});

    SECTION("the work queue and the signals list are written too, the format taken from the name when not given")
    {
        const QString queue = home.filePath(QStringLiteral("werkvoorraad.xlsx"));
        const Run q = as(home, db, QStringLiteral("teamleider"),
                         {QStringLiteral("export"), QStringLiteral("list"), QStringLiteral("queue"), QStringLiteral("--out"),
                          queue, QStringLiteral("--json")});
        INFO(q.err.toStdString());
        REQUIRE(q.exitCode == 0);
        CHECK(jsonOf(q).value(QStringLiteral("format")).toString() == QStringLiteral("xlsx"));
        CHECK(vangnet::test::xlsxCell(queue, QStringLiteral("A1")) == QStringLiteral("Priority"));
        const QString signals = home.filePath(QStringLiteral("signalen.csv"));
        const Run s = as(home, db, QStringLiteral("consulent"),
                         exportArgs(QStringLiteral("signals"), QStringLiteral("csv"), signals) +
                             QStringList{QStringLiteral("--from"), QStringLiteral("2020-01-01")});
        REQUIRE(s.exitCode == 0);
        CHECK(csvLines(signals).first() == QStringLiteral("Signal date;Partner;Amount;Household;District;Status;Marks"));
        CHECK(csvLines(signals).size() == jsonOf(s).value(QStringLiteral("rows")).toInteger() + 1);
    }
    SECTION("the administrator sees no household data and exports none")
    {
        const QString theirs = home.filePath(QStringLiteral("beheer.csv"));
        const Run refused = as(home, db, QStringLiteral("beheerder"),
                               exportArgs(QStringLiteral("households"), QStringLiteral("csv"), theirs));
        CHECK(refused.exitCode == 2);
        CHECK_FALSE(QFile::exists(theirs));
    }
}

TEST_CASE("vangnet-cli export list refuses an unknown list, format or unusable file with exit status 2", "[cli][exports]")
{
    QTemporaryDir home;
    const QString db = demoDatabase();
    const QString out = home.filePath(QStringLiteral("lijst.csv"));
    const Run unknownList = as(home, db, QStringLiteral("consulent"), exportArgs(QStringLiteral("cases"), QStringLiteral("csv"), out));
    CHECK(unknownList.exitCode == 2);
    CHECK(unknownList.err.contains(QStringLiteral("unknown list 'cases'")));
    const Run unknownFormat = as(home, db, QStringLiteral("consulent"), exportArgs(QStringLiteral("queue"), QStringLiteral("xls"), out));
    CHECK(unknownFormat.exitCode == 2);
    CHECK(unknownFormat.err.contains(QStringLiteral("unknown format 'xls'")));
    const Run wrongOption = as(home, db, QStringLiteral("consulent"),
                               exportArgs(QStringLiteral("households"), QStringLiteral("csv"), out) +
                                   QStringList{QStringLiteral("--from"), QStringLiteral("2025-01-01")});
    CHECK(wrongOption.exitCode == 2);
    CHECK(wrongOption.err.contains(QStringLiteral("--from is an option of the signals list")));

    // The file is checked before the login: no password is needed to hear it cannot be written.
    const QString missing = home.filePath(QStringLiteral("geen-map/lijst.xlsx"));
    const Run noFolder = cli(home, {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("consulent"),
                                    QStringLiteral("export"), QStringLiteral("list"), QStringLiteral("queue"),
                                    QStringLiteral("--out"), missing});
    CHECK(noFolder.exitCode == 2);
    CHECK(noFolder.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));
    CHECK(QDir(home.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("lijst")).isEmpty());
}
