#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

const QByteArray everySignalRule = R"(
rule elk_signaal {
  title "Elk open signaal"
  severity laag
  score 1
  let open_signals = signals where open
  when count(open_signals) >= 1
  explain "{count(open_signals)} open signaal"
}
)";

/// A demo municipality of 300 households in `home`, "gemeente.sqlite", and a file of `rows` signals
/// about its people, "signalen.csv".
void demoWithSignalFile(const QTemporaryDir &home, int rows)
{
    REQUIRE(cli(home, {QStringLiteral("demo"), QStringLiteral("--db"), home.filePath(QStringLiteral("gemeente.sqlite")),
                       QStringLiteral("--households"), QStringLiteral("300"), QStringLiteral("--signals-csv"),
                       home.filePath(QStringLiteral("signalen.csv")), QStringLiteral("--rows"), QString::number(rows)})
                .exitCode == 0);
}

} // namespace

TEST_CASE("vangnet-cli rules: test a file, activate it, evaluate and list", "[cli][rules]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("gemeente.sqlite"));
    const QString signalFile = home.filePath(QStringLiteral("signalen.csv"));
    demoWithSignalFile(home, 900);
    const QString good = home.filePath(QStringLiteral("regels.txt"));
    const QString bad = home.filePath(QStringLiteral("fout.txt"));
    writeText(good, everySignalRule);
    writeText(bad, QByteArray(everySignalRule).replace("count(open_signals) >= 1", "count(sigals) >= 1"));

    const Run checked = cli(home, {QStringLiteral("rules"), QStringLiteral("test"), good, QStringLiteral("--json")});
    INFO(checked.err.toStdString());
    REQUIRE(checked.exitCode == 0);
    CHECK(jsonOf(checked).value(QStringLiteral("ok")).toBool());
    CHECK(jsonOf(checked).value(QStringLiteral("rules")).toArray() == QJsonArray{QStringLiteral("elk_signaal")});

    const Run refused = cli(home, {QStringLiteral("rules"), QStringLiteral("test"), bad});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(bad + QStringLiteral(":7:")));

    // An import evaluates the households it touched: the shipped rules flag some of them.
    const Run imported = as(home, db, QStringLiteral("consulent"), {QStringLiteral("import"), QStringLiteral("signals"),
                                                                    signalFile, QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(jsonOf(imported).value(QStringLiteral("flags_raised")).toInt() > 0);

    // A full evaluation finds nothing new, and lists every flag with household, rule, version, severity and why.
    const Run first = as(home, db, QStringLiteral("consulent"), {QStringLiteral("rules"), QStringLiteral("evaluate"), QStringLiteral("--json")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject run = jsonOf(first);
    CHECK(run.value(QStringLiteral("evaluated")).toInt() > 0);
    CHECK(run.value(QStringLiteral("stored")).toBool());
    CHECK(run.value(QStringLiteral("raised")).toInt() == 0);
    CHECK(run.value(QStringLiteral("version")).toInt() == 1);
    const QJsonArray flags = run.value(QStringLiteral("flags")).toArray();
    REQUIRE_FALSE(flags.isEmpty());
    for (const char *key : {"household", "rule", "version", "severity", "explanation"})
        CHECK(flags.at(0).toObject().contains(QLatin1String(key)));
    // Streamed: each flag is written whole on a line of its own as it is evaluated.
    int flagLines = 0;
    for (const QString &line : QString::fromUtf8(first.out).split(QLatin1Char('\n'))) {
        const QString element = line.trimmed().chopped(line.trimmed().endsWith(QLatin1Char(',')) ? 1 : 0);
        if (!element.startsWith(QLatin1String("{\"")))
            continue;
        CHECK(QJsonDocument::fromJson(element.toUtf8()).object().contains(QLatin1String("rule")));
        ++flagLines;
    }
    CHECK(flagLines == flags.size());
    // The household ids are those `household list` shows to the same user.
    const Run listed = as(home, db, QStringLiteral("consulent"), {QStringLiteral("household"), QStringLiteral("list"),
                                                                  QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QSet<qint64> visible = householdIds(jsonOf(listed));
    for (const QJsonValue &f : flags)
        CHECK(visible.contains(f.toObject().value(QStringLiteral("household")).toInteger()));

    // The household list narrows to flagged households, most urgent first.
    const QString someRule = flags.at(0).toObject().value(QStringLiteral("rule")).toString();
    const Run byRule = as(home, db, QStringLiteral("consulent"), {QStringLiteral("household"), QStringLiteral("list"),
                                                                  QStringLiteral("--rule"), someRule, QStringLiteral("--by-priority"),
                                                                  QStringLiteral("--json")});
    INFO(byRule.err.toStdString());
    REQUIRE(byRule.exitCode == 0);
    const QJsonArray flagged = jsonOf(byRule).value(QStringLiteral("households")).toArray();
    REQUIRE_FALSE(flagged.isEmpty());
    CHECK(flagged.size() < static_cast<qsizetype>(visible.size()));
    for (const QJsonValue &h : flagged)
        CHECK_FALSE(h.toObject().value(QStringLiteral("priority")).isNull());
    const Run critical = as(home, db, QStringLiteral("consulent"), {QStringLiteral("household"), QStringLiteral("list"),
                                                                    QStringLiteral("--severity"), QStringLiteral("kritiek"),
                                                                    QStringLiteral("--json")});
    for (const QJsonValue &h : jsonOf(critical).value(QStringLiteral("households")).toArray())
        CHECK(h.toObject().value(QStringLiteral("priority")).toString() == QStringLiteral("kritiek"));
    CHECK(as(home, db, QStringLiteral("consulent"), {QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--severity"),
                                                     QStringLiteral("heel hoog")}).exitCode == 2);

    // Only the team lead saves a version; a caseworker is refused and nothing changes.
    const QStringList activate{QStringLiteral("rules"), QStringLiteral("activate"), good, QStringLiteral("--note"),
                               QStringLiteral("alleen elk signaal")};
    CHECK(as(home, db, QStringLiteral("consulent"), activate).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("teamleider"), {QStringLiteral("rules"), QStringLiteral("activate"), bad}).exitCode == 2);
    const Run saved = as(home, db, QStringLiteral("teamleider"), activate);
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);

    const Run versions = as(home, db, QStringLiteral("teamleider"), {QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(versions.exitCode == 0);
    const QJsonObject v = jsonOf(versions);
    CHECK(v.value(QStringLiteral("active_version")).toInt() == 2);
    CHECK(v.value(QStringLiteral("versions")).toArray().size() == 2);
    CHECK(v.value(QStringLiteral("rules")).toArray().size() == 1);

    const Run second = as(home, db, QStringLiteral("consulent"), {QStringLiteral("rules"), QStringLiteral("evaluate"), QStringLiteral("--json")});
    const QJsonObject after = jsonOf(second);
    CHECK(after.value(QStringLiteral("version")).toInt() == 2);
    CHECK(after.value(QStringLiteral("resolved")).toInt() > 0); // the default rules' flags no longer hold
    for (const QJsonValue &f : after.value(QStringLiteral("flags")).toArray())
        CHECK(f.toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("elk_signaal"));

    const Run past = as(home, db, QStringLiteral("consulent"), {QStringLiteral("rules"), QStringLiteral("evaluate"),
                                                                QStringLiteral("--as-of"), QStringLiteral("2020-01-01"),
                                                                QStringLiteral("--json")});
    CHECK_FALSE(jsonOf(past).value(QStringLiteral("stored")).toBool());
    CHECK(as(home, db, QStringLiteral("consulent"), {QStringLiteral("rules"), QStringLiteral("evaluate"), QStringLiteral("--as-of"),
                                                     QStringLiteral("gisteren")}).exitCode == 2);
}

TEST_CASE("vangnet-cli rules preview: a rule file as of today or an earlier day, and where the history stops",
          "[cli][rules][history]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("gemeente.sqlite"));
    const QString signalFile = home.filePath(QStringLiteral("signalen.csv"));
    demoWithSignalFile(home, 600);
    REQUIRE(as(home, db, QStringLiteral("consulent"), {QStringLiteral("import"), QStringLiteral("signals"), signalFile}).exitCode
            == 0);
    const QString good = home.filePath(QStringLiteral("regels.txt"));
    writeText(good, everySignalRule);
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    const Run now = as(home, db, QStringLiteral("teamleider"), {QStringLiteral("rules"), QStringLiteral("preview"), good,
                                                                QStringLiteral("--json")});
    INFO(now.err.toStdString());
    REQUIRE(now.exitCode == 0);
    const QJsonObject p = jsonOf(now);
    CHECK(p.value(QStringLiteral("as_of")).toString() == today);
    CHECK(p.value(QStringLiteral("active_version")).toInt() == 1);
    CHECK(p.value(QStringLiteral("history_complete")).toBool());
    CHECK(p.value(QStringLiteral("history_since")).isNull());
    const int active = p.value(QStringLiteral("flagged_by_active")).toInt();
    const int file = p.value(QStringLiteral("flagged_by_file")).toInt();
    CHECK(file > 0);
    CHECK(file == active - p.value(QStringLiteral("dropped")).toArray().size() + p.value(QStringLiteral("added")).toArray().size());

    // Long before the first signal nothing is flagged, by either set.
    const Run ancient = as(home, db, QStringLiteral("teamleider"), {QStringLiteral("rules"), QStringLiteral("preview"), good,
                                                                    QStringLiteral("--as-of"), QStringLiteral("2000-01-01"),
                                                                    QStringLiteral("--json")});
    REQUIRE(ancient.exitCode == 0);
    CHECK(jsonOf(ancient).value(QStringLiteral("flagged_by_active")).toInt() == 0);
    CHECK(jsonOf(ancient).value(QStringLiteral("flagged_by_file")).toInt() == 0);

    // A database whose history began ten days ago (it held data before migration 17) says so.
    const QDate began = QDate::currentDate().addDays(-10);
    {
        auto opened = vangnet::Database::open(vangnet::DatabaseLocation::sqliteFile(db));
        REQUIRE(opened.ok());
        REQUIRE(vangnet::runSql((*opened)->connection(),
                                QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('status_history_since', ?)"),
                                {vangnet::timestampToSql(QDateTime(began, QTime(12, 0)))})
                    .ok());
    }
    const QString earlier = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
    const Run early = as(home, db, QStringLiteral("teamleider"), {QStringLiteral("rules"), QStringLiteral("preview"), good,
                                                                  QStringLiteral("--as-of"), earlier});
    REQUIRE(early.exitCode == 0);
    CHECK(early.out.contains(QStringLiteral("Status history is kept since %1").arg(began.toString(Qt::ISODate)).toUtf8()));
    const Run evaluated = as(home, db, QStringLiteral("consulent"), {QStringLiteral("rules"), QStringLiteral("evaluate"),
                                                                     QStringLiteral("--as-of"), earlier, QStringLiteral("--json")});
    CHECK_FALSE(jsonOf(evaluated).value(QStringLiteral("history_complete")).toBool());
    CHECK(jsonOf(evaluated).value(QStringLiteral("history_since")).toString() == began.toString(Qt::ISODate));

    // Team leads only; a wrong date is refused.
    CHECK(as(home, db, QStringLiteral("consulent"), {QStringLiteral("rules"), QStringLiteral("preview"), good}).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("teamleider"), {QStringLiteral("rules"), QStringLiteral("preview"), good,
                                                      QStringLiteral("--as-of"), QStringLiteral("vorige maand")})
              .exitCode == 2);
}
