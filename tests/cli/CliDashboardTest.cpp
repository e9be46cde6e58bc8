#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

qint64 total(const QJsonObject &counts)
{
    qint64 n = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        n += it.value().toInteger();
    return n;
}

} // namespace

TEST_CASE("vangnet-cli dashboard --json prints the week's figures under their documented keys", "[cli][dashboard]")
{
    QTemporaryDir home;
    const Run run = as(home, demoDatabase(), QStringLiteral("teamleider"), {QStringLiteral("dashboard"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject d = jsonOf(run);
    for (const char *key : {"week", "from", "to", "signals_by_partner", "new_flags_by_rule", "new_flags_by_severity",
                            "open_cases", "overdue_by_caseworker", "first_contact", "request_first_conversation", "outcomes",
                            "discharges_next",
                            "resignal_share", "trend"})
        CHECK(d.contains(QLatin1String(key)));
    // The last complete week by default.
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek() - 7);
    CHECK(d.value(QStringLiteral("from")).toString() == monday.toString(Qt::ISODate));
    CHECK(d.value(QStringLiteral("to")).toString() == monday.addDays(6).toString(Qt::ISODate));
    CHECK(d.value(QStringLiteral("first_contact")).toObject().contains(QStringLiteral("median_days")));
    CHECK(d.value(QStringLiteral("first_contact")).toObject().contains(QStringLiteral("within_norm_share")));
    const QJsonObject ahead = d.value(QStringLiteral("discharges_next")).toObject();
    CHECK(ahead.keys() == QStringList{QStringLiteral("30"), QStringLiteral("60"), QStringLiteral("90")});
    CHECK(d.value(QStringLiteral("resignal_share")).toObject().keys() == QStringList{QStringLiteral("12m"), QStringLiteral("6m")});
    const QJsonArray trend = d.value(QStringLiteral("trend")).toArray();
    REQUIRE(trend.size() == 12);
    CHECK(trend.last().toObject().value(QStringLiteral("week")).toString() == d.value(QStringLiteral("week")).toString());
    CHECK(trend.last().toObject().value(QStringLiteral("signals")).toInteger() == total(d.value(QStringLiteral("signals_by_partner")).toObject()));

    // The list behind a figure has as many rows as the figure counts.
    const Run listed = as(home, demoDatabase(), QStringLiteral("teamleider"),
                          {QStringLiteral("dashboard"), QStringLiteral("--list"), QStringLiteral("open_cases"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonObject rows = jsonOf(listed);
    CHECK(rows.value(QStringLiteral("count")).toInteger() == d.value(QStringLiteral("open_cases")).toInteger());
    CHECK(rows.value(QStringLiteral("households")).toArray().size() == rows.value(QStringLiteral("count")).toInteger());
}

TEST_CASE("vangnet-cli dashboard refuses a bad week, an unwritable PDF and the beheerder", "[cli][dashboard]")
{
    QTemporaryDir home;
    const QStringList dashboard{QStringLiteral("dashboard"), QStringLiteral("--week")};
    const Run w54 = as(home, demoDatabase(), QStringLiteral("teamleider"), dashboard + QStringList{QStringLiteral("2026-W54")});
    CHECK(w54.exitCode == 2);
    CHECK(w54.err.contains(QStringLiteral("2026-W54")));
    const QString future = QStringLiteral("%1-W%2").arg(QDate::currentDate().year() + 1).arg(10, 2, 10, QLatin1Char('0'));
    const Run ahead = as(home, demoDatabase(), QStringLiteral("teamleider"), dashboard + QStringList{future});
    CHECK(ahead.exitCode == 2);
    CHECK(ahead.err.contains(QStringLiteral("has not begun")));
    const Run malformed = as(home, demoDatabase(), QStringLiteral("teamleider"), dashboard + QStringList{QStringLiteral("week 47")});
    CHECK(malformed.exitCode == 2);

    const QString missing = home.filePath(QStringLiteral("nowhere/week.pdf"));
    const Run unwritable = as(home, demoDatabase(), QStringLiteral("teamleider"),
                              {QStringLiteral("dashboard"), QStringLiteral("--pdf"), missing});
    CHECK(unwritable.exitCode == 2);
    CHECK_FALSE(QFile::exists(missing));

    const Run admin = as(home, demoDatabase(), QStringLiteral("beheerder"), {QStringLiteral("dashboard")});
    CHECK(admin.exitCode == 2);
    CHECK(admin.err.contains(QStringLiteral("does not allow")));
}

TEST_CASE("vangnet-cli dashboard --pdf writes the week with the municipality set by the beheerder", "[cli][dashboard]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const Run named = as(home, db, QStringLiteral("beheerder"),
                         {QStringLiteral("organisation"), QStringLiteral("--name"), QStringLiteral("Gemeente Proefstad"),
                          QStringLiteral("--json")});
    INFO(named.err.toStdString());
    REQUIRE(named.exitCode == 0);
    CHECK(jsonOf(named).value(QStringLiteral("municipality")).toString() == QStringLiteral("Gemeente Proefstad"));
    // A caseworker may read the settings but not change them; a logo must be an image.
    CHECK(as(home, db, QStringLiteral("consulent"), {QStringLiteral("organisation"), QStringLiteral("--name"), QStringLiteral("X")})
              .exitCode == 2);
    const QString notImage = writeFile(home, QStringLiteral("logo.png"), "not an image");
    const Run badLogo = as(home, db, QStringLiteral("beheerder"), {QStringLiteral("organisation"), QStringLiteral("--logo"), notImage});
    CHECK(badLogo.exitCode == 2);
    CHECK(badLogo.err.contains(QStringLiteral("PNG or JPEG")));

    const QString pdf = home.filePath(QStringLiteral("week.pdf"));
    const Run run = as(home, db, QStringLiteral("teamleider"),
                       {QStringLiteral("dashboard"), QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).value(QStringLiteral("pdf")).toString() == pdf);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
}
