#include "CliRunner.h"
#include "storage/Database.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "users/AuthService.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::clitest;

namespace {

/// One person's BSN and postcode in a household of Team Noord (consulent's team), read
/// straight from the database the CLI wrote.
std::pair<QString, QString> someBsnAndPostcode(const QString &path, qint64 &householdId)
{
    auto db = Database::open(DatabaseLocation::sqliteFile(path), Database::Options{false, false, {}});
    REQUIRE(db.ok());
    // The BSN is sealed: only a logged-in user's team key opens it (the first login seals the
    // demo's fields under the team keys, so the row is read after it).
    SystemClock clock;
    auto session = AuthService(**db, clock).login(QStringLiteral("consulent"), QStringLiteral("demo"));
    REQUIRE(session.ok());
    auto q = runSql((*db)->connection(), QStringLiteral(
        "SELECT p.bsn_enc, a.postcode, h.id, p.id FROM persons p JOIN households h ON h.id = p.household_id "
        "JOIN addresses a ON a.id = h.address_id JOIN teams t ON t.id = h.team_id "
        "WHERE p.bsn_enc IS NOT NULL AND t.name = 'Team Noord' ORDER BY p.id DESC LIMIT 1"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    householdId = q->value(2).toLongLong();
    auto bsn = session->fields().open(q->value(0).toString(), sealed::personBsn.at(q->value(3).toLongLong()));
    REQUIRE(bsn.ok());
    return {*bsn, q->value(1).toString()};
}

/// How many households of `team` the database holds, counted straight from the file.
int householdsOf(const QString &path, const QString &team)
{
    auto db = Database::open(DatabaseLocation::sqliteFile(path), Database::Options{false, false, {}});
    REQUIRE(db.ok());
    auto q = runSql((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM households h JOIN teams t ON t.id = h.team_id "
                                                        "WHERE t.name = ?"),
                    {team});
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toInt();
}

} // namespace

TEST_CASE("vangnet-cli demo creates a database that info and household list read", "[cli]")
{
    QTemporaryDir home;
    const QString db = demoDatabase();

    qint64 householdId = 0;
    const auto [bsn, postcode] = someBsnAndPostcode(db, householdId);
    const QString consulent = QStringLiteral("consulent");
    const QStringList list{QStringLiteral("household"), QStringLiteral("list")};

    SECTION("info counts the own team only, and nothing for the administrator")
    {
        QHash<QString, QJsonObject> seen;
        for (const char *user : {"consulent", "consulent2", "beheerder"}) {
            const Run info = as(home, db, QLatin1String(user), {QStringLiteral("info"), QStringLiteral("--json")});
            INFO(user << info.err.toStdString());
            REQUIRE(info.exitCode == 0);
            seen.insert(QLatin1String(user), jsonOf(info));
        }
        const QJsonObject noord = seen.value(QStringLiteral("consulent"));
        const QJsonObject zuid = seen.value(QStringLiteral("consulent2"));
        for (const char *key : {"engine", "location", "schema_version", "households", "people", "signals",
                                "discharge_notices", "open_cases"})
            CHECK(noord.contains(QLatin1String(key)));
        CHECK(noord.value(QStringLiteral("engine")).toString() == QLatin1String("sqlite"));
        CHECK(noord.value(QStringLiteral("schema_version")).toInt() >= 2);
        CHECK(noord.value(QStringLiteral("location")).toString().endsWith(QLatin1String("demo.sqlite")));
        // Each team sees its own households: fewer than the whole database, together all of it.
        const int ownNoord = noord.value(QStringLiteral("households")).toInt();
        const int ownZuid = zuid.value(QStringLiteral("households")).toInt();
        CHECK(ownNoord == householdsOf(db, QStringLiteral("Team Noord")));
        CHECK(ownZuid == householdsOf(db, QStringLiteral("Team Zuid")));
        CHECK(ownNoord < demoHouseholds);
        CHECK(ownNoord + ownZuid == demoHouseholds);
        CHECK(noord.value(QStringLiteral("people")).toInt() > ownNoord);
        // The administrator sees the database, not the households in it.
        const QJsonObject admin = seen.value(QStringLiteral("beheerder"));
        CHECK(admin.contains(QStringLiteral("schema_version")));
        for (const char *key : {"households", "people", "signals", "discharge_notices", "open_cases"})
            CHECK_FALSE(admin.contains(QLatin1String(key)));
    }
    SECTION("search by BSN finds that household only")
    {
        const Run run = as(home, db, consulent, list + QStringList{QStringLiteral("--search"), bsn, QStringLiteral("--json")});
        REQUIRE(run.exitCode == 0);
        const QJsonObject result = jsonOf(run);
        const QJsonArray rows = result.value(QStringLiteral("households")).toArray();
        REQUIRE(rows.size() == 1);
        CHECK(result.value(QStringLiteral("count")).toInt() == 1);
        const QJsonObject row = rows.first().toObject();
        CHECK(row.value(QStringLiteral("id")).toInteger() == householdId);
        for (const char *key : {"id", "name", "address", "postcode", "plaats", "wijk", "members"})
            CHECK(row.contains(QLatin1String(key)));
        CHECK(row.value(QStringLiteral("postcode")).toString() == postcode);
        CHECK(row.value(QStringLiteral("members")).toInt() >= 1);
    }
    SECTION("search by postcode finds every household there, and only those")
    {
        const Run run = as(home, db, consulent, list + QStringList{QStringLiteral("--search"), postcode, QStringLiteral("--json")});
        REQUIRE(run.exitCode == 0);
        const QJsonArray rows = jsonOf(run).value(QStringLiteral("households")).toArray();
        REQUIRE_FALSE(rows.isEmpty());
        bool found = false;
        for (const auto &row : rows) {
            CHECK(row.toObject().value(QStringLiteral("postcode")).toString() == postcode);
            found = found || row.toObject().value(QStringLiteral("id")).toInteger() == householdId;
        }
        CHECK(found);
    }
    SECTION("text output is a table and --limit limits it")
    {
        const Run run = as(home, db, consulent, list + QStringList{QStringLiteral("--limit"), QStringLiteral("7")});
        REQUIRE(run.exitCode == 0);
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 2 + 7 + 1); // header, rule, rows, footer
        CHECK(lines[0].contains(QLatin1String("Postcode")));
        CHECK(lines.last().contains(QLatin1String("7 of ")));
        // Aligned: the postcode column starts at the same place on every row.
        const qsizetype column = lines[0].indexOf(QLatin1String("Postcode"));
        for (qsizetype i = 2; i < 9; ++i)
            CHECK(QStringView(lines[i]).mid(column, 4).toInt() >= 7411);
    }
    SECTION("a bad --limit is refused")
    {
        const Run run = as(home, db, consulent, list + QStringList{QStringLiteral("--limit"), QStringLiteral("-3")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("--limit")));
    }
    SECTION("every role may ask for info")
    {
        for (const char *user : {"teamleider", "consulent2", "beheerder"}) {
            INFO(user);
            CHECK(as(home, db, QLatin1String(user), {QStringLiteral("info")}).exitCode == 0);
        }
    }
}

TEST_CASE("vangnet-cli never writes demo data into an existing file", "[cli]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QByteArray before = fileHash(db);

    const Run again = cli(home, {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("5")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QLatin1String("exists already")));
    CHECK(again.err.contains(db));
    CHECK(fileHash(db) == before);
}

TEST_CASE("vangnet-cli refuses unusable input with exit code 2", "[cli]")
{
    QTemporaryDir home;
    const QStringList user{QStringLiteral("--user"), QStringLiteral("consulent")};

    SECTION("a text file given as database stays byte for byte as it was")
    {
        const QString text = home.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("Dit is geen database.\n");
        }
        const QByteArray before = fileHash(text);
        for (const QStringList &command : {QStringList{QStringLiteral("info")},
                                           QStringList{QStringLiteral("household"), QStringLiteral("list")}}) {
            const Run run = cli(home, QStringList{QStringLiteral("--db"), text} + user + command, demoPassword);
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(text));
            CHECK(run.out.isEmpty());
        }
        CHECK(fileHash(text) == before);
        CHECK_FALSE(QFile::exists(text + QStringLiteral("-wal")));
    }
    SECTION("an unknown command")
    {
        const Run run = cli(home, {QStringLiteral("frobnicate")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("frobnicate")));
    }
    SECTION("an unknown option")
    {
        const Run run = cli(home, user + QStringList{QStringLiteral("info"), QStringLiteral("--colour")}, demoPassword);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("--colour")));
    }
    SECTION("an empty --user")
    {
        const Run run = cli(home, {QStringLiteral("--user"), QStringLiteral(" "), QStringLiteral("info")}, demoPassword);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("--user")));
    }
    SECTION("a household count that is not a positive whole number")
    {
        const QString db = home.filePath(QStringLiteral("never.sqlite"));
        for (const char *n : {"abc", "0", "-4", "12x"}) {
            const Run run = cli(home, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                       QString::fromLatin1(n)});
            INFO(n);
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(QLatin1String("--households")));
        }
        CHECK_FALSE(QFile::exists(db));
    }
    SECTION("a bad database URL")
    {
        const Run run = cli(home, QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://user:secret@/")} + user
                                      + QStringList{QStringLiteral("info")}, demoPassword);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.contains(QLatin1String("secret")));
    }
    SECTION("a missing database file is not created by a reading command")
    {
        const QString db = home.filePath(QStringLiteral("missing.sqlite"));
        const Run run = cli(home, QStringList{QStringLiteral("--db"), db} + user + QStringList{QStringLiteral("info")}, demoPassword);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(QFile::exists(db));
    }
}

TEST_CASE("vangnet-cli refuses a database written by a newer Vangnet, untouched", "[cli]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    {
        auto open = Database::open(DatabaseLocation::sqliteFile(db));
        REQUIRE(open.ok());
        REQUIRE(runSql((*open)->connection(), QStringLiteral("UPDATE schema_meta SET value = '999' WHERE key = 'schema_version'")).ok());
        REQUIRE(runSql((*open)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    const QByteArray before = fileHash(db);
    const Run run = as(home, db, QStringLiteral("consulent"), {QStringLiteral("info"), QStringLiteral("--json")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QLatin1String("999")));
    CHECK(run.out.isEmpty());
    CHECK(fileHash(db) == before);
}

TEST_CASE("vangnet-cli explains itself", "[cli]")
{
    QTemporaryDir home;
    const Run overall = cli(home, {QStringLiteral("--help")});
    CHECK(overall.exitCode == 0);
    for (const char *text : {"demo", "info", "household list", "user list", "user add", "team list", "team add", "--user",
                             "VANGNET_PASSWORD"})
        CHECK(QString::fromUtf8(overall.out).contains(QLatin1String(text)));
    // Every command's summary starts in the same column, apart from its name.
    qsizetype column = -1;
    for (const QString &line : QString::fromUtf8(overall.out).split(QLatin1Char('\n'))) {
        for (const char *command : {"demo", "import profile list", "import profile save", "user add"}) {
            if (!line.startsWith(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')))
                continue;
            qsizetype at = 2 + qsizetype(qstrlen(command));
            while (at < line.size() && line.at(at) == QLatin1Char(' '))
                ++at;
            INFO(line.toStdString());
            CHECK(at >= 2 + qsizetype(qstrlen(command)) + 2);
            if (column < 0)
                column = at;
            CHECK(at == column);
        }
    }
    CHECK(column > 0);
    const Run demoHelp = cli(home, {QStringLiteral("demo"), QStringLiteral("--help")});
    CHECK(demoHelp.exitCode == 0);
    CHECK(QString::fromUtf8(demoHelp.out).contains(QLatin1String("--households")));
    const Run addHelp = cli(home, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(addHelp.exitCode == 0);
    CHECK(QString::fromUtf8(addHelp.out).contains(QLatin1String("--password-env")));
    const Run none = cli(home, {});
    CHECK(none.exitCode == 2);
}

TEST_CASE("vangnet-cli demo stands on the day --as-of gives, and a working day's demo on today", "[cli]")
{
    QTemporaryDir home;
    const QString signalFile = home.filePath(QStringLiteral("signalen.csv"));
    const Run dated = cli(home, {QStringLiteral("demo"), QStringLiteral("--db"), home.filePath(QStringLiteral("a.sqlite")),
                                 QStringLiteral("--households"), QStringLiteral("20"), QStringLiteral("--as-of"),
                                 QStringLiteral("2025-06-30"), QStringLiteral("--signals-csv"), signalFile,
                                 QStringLiteral("--rows"), QStringLiteral("50"), QStringLiteral("--json")});
    INFO(dated.err.toStdString());
    REQUIRE(dated.exitCode == 0);
    CHECK(jsonOf(dated).value(QStringLiteral("as_of")).toString() == QStringLiteral("2025-06-30"));
    // Every signal of the file lies in the year before that day (signaldatum is the fourth column).
    QFile csv(signalFile);
    REQUIRE(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    csv.readLine(); // header
    int rows = 0;
    while (!csv.atEnd()) {
        const QList<QByteArray> fields = csv.readLine().split(';');
        REQUIRE(fields.size() > 3);
        const QDate signalled = QDate::fromString(QString::fromLatin1(fields.at(3)), Qt::ISODate);
        INFO(fields.at(3).toStdString());
        CHECK(signalled <= QDate(2025, 6, 30));
        CHECK(signalled > QDate(2024, 6, 30));
        ++rows;
    }
    CHECK(rows == 50);

    const Run workday = cli(home, {QStringLiteral("demo"), QStringLiteral("--db"), home.filePath(QStringLiteral("b.sqlite")),
                                   QStringLiteral("--households"), QStringLiteral("20"), QStringLiteral("--workday"),
                                   QStringLiteral("--json")});
    REQUIRE(workday.exitCode == 0);
    CHECK(jsonOf(workday).value(QStringLiteral("as_of")).toString() == QDate::currentDate().toString(Qt::ISODate));

    const Run wrong = cli(home, {QStringLiteral("demo"), QStringLiteral("--db"), home.filePath(QStringLiteral("c.sqlite")),
                                 QStringLiteral("--households"), QStringLiteral("20"), QStringLiteral("--as-of"),
                                 QStringLiteral("30-06-2025")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("30-06-2025")));
    CHECK_FALSE(QFile::exists(home.filePath(QStringLiteral("c.sqlite"))));
}
