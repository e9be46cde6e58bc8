#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

const QByteArray header = "huishouden_id;aanvrager_id;personen;rolstoel;huisdier;begeleiding;woonvormen;wijken;vanaf\n";

} // namespace

TEST_CASE("vangnet-cli household show --json names the members with masked BSNs and the need import uses its ids",
          "[cli][needs]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString user = QStringLiteral("consulent");
    const QJsonArray households
        = jsonOf(as(home, db, user, {QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--limit"), QStringLiteral("20")}))
              .value(QStringLiteral("households")).toArray();
    REQUIRE_FALSE(households.isEmpty());
    const QString id = QString::number(households.at(0).toObject().value(QStringLiteral("id")).toInteger());

    const Run shown = as(home, db, user, {QStringLiteral("household"), QStringLiteral("show"), id, QStringLiteral("--json")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    const QJsonObject h = jsonOf(shown);
    for (const char *key : {"id", "name", "straat", "huisnummer", "postcode", "plaats", "wijk", "members", "need"})
        CHECK(h.contains(QLatin1String(key)));
    CHECK(h.value(QStringLiteral("need")).isNull());
    const QJsonArray members = h.value(QStringLiteral("members")).toArray();
    REQUIRE_FALSE(members.isEmpty());
    const QRegularExpression masked(QStringLiteral("^\\*{5}\\d{4}$"));
    int withBsn = 0;
    for (const QJsonValue &m : members) {
        const QJsonObject member = m.toObject();
        for (const char *key : {"id", "role", "geboortedatum", "bsn", "name"})
            CHECK(member.contains(QLatin1String(key)));
        const QString bsn = member.value(QStringLiteral("bsn")).toString();
        if (!bsn.isEmpty()) {
            CHECK(masked.match(bsn).hasMatch());
            ++withBsn;
        }
    }
    CHECK(withBsn > 0);

    const QByteArray applicant = QByteArray::number(members.at(0).toObject().value(QStringLiteral("id")).toInteger());
    const QString file = writeFile(home, QStringLiteral("woonvragen.csv"),
                                   header + id.toLatin1() + ';' + applicant + ";2;nee;ja;midden;housing_first;;2026-12-01\n"
                                       + id.toLatin1() + ';' + applicant + ";1;nee;ja;midden;;;2026-12-01\n");
    const QStringList import{QStringLiteral("need"), QStringLiteral("import"), file, QStringLiteral("--json")};
    const Run first = as(home, db, user, import);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 1); // the second row names the household again
    const QJsonObject s = jsonOf(first);
    CHECK(s.value(QStringLiteral("read")).toInt() == 2);
    CHECK(s.value(QStringLiteral("inserted")).toInt() == 1);
    CHECK(s.value(QStringLiteral("rejected")).toInt() == 1);
    const QJsonArray rejects = s.value(QStringLiteral("rejects")).toArray();
    REQUIRE(rejects.size() == 1);
    CHECK(rejects.at(0).toObject().value(QStringLiteral("line")).toInt() == 3);
    CHECK(rejects.at(0).toObject().value(QStringLiteral("column")).toString() == QStringLiteral("huishouden_id"));
    CHECK(jsonOf(as(home, db, user, import)).value(QStringLiteral("unchanged")).toInt() == 1);

    const QJsonObject need = jsonOf(as(home, db, user, {QStringLiteral("need"), QStringLiteral("show"), id, QStringLiteral("--json")}))
                                 .value(QStringLiteral("need")).toObject();
    CHECK(need.value(QStringLiteral("personen")).toInt() == 2);
    CHECK(need.value(QStringLiteral("begeleiding")).toString() == QStringLiteral("midden"));
    CHECK(jsonOf(as(home, db, user, {QStringLiteral("household"), QStringLiteral("show"), id, QStringLiteral("--json")}))
              .value(QStringLiteral("need")).isObject());

    // The beheerder has no access to households, so none to their needs either; nothing stored.
    CHECK(as(home, db, QStringLiteral("beheerder"), import).exitCode == 2);
    const QString wrong = writeFile(home, QStringLiteral("fout.csv"), "huishouden;aanvrager\n1;2\n");
    CHECK(as(home, db, user, {QStringLiteral("need"), QStringLiteral("import"), wrong}).exitCode == 2);
}
