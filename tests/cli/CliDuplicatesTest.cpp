#include "CliRunner.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

const QByteArray twice = "signaal_id;signaalpartner;partner_naam;signaaldatum;ontstaansdatum;bedrag;crisissignaal;"
                         "warme_overdracht;bsn;voorletters;voornaam;voorvoegsel;achternaam;geboortedatum;straat;"
                         "huisnummer;toevoeging;postcode;plaats\n"
                         "DUB-1;Huur;Woonstichting Oost;2026-11-02;2026-10-01;812.40;nee;nee;;Q.;Quirina;;Zwartveen;"
                         "1961-02-28;Dubbelsteeg;3;;9999 XY;Vangstad\n"
                         "DUB-2;Water;Waterbedrijf;2026-11-05;2026-09-15;96.10;nee;nee;;Q.;Quirina;;Zwarteveen;"
                         "1961-02-28;Dubbelsteeg;3;;9999 XY;Vangstad\n";

/// The pair of the two Zwartveen households in `household duplicates --json`.
QJsonObject zwartveenPair(const QJsonObject &list)
{
    for (const QJsonValue &v : list.value(QStringLiteral("pairs")).toArray())
        if (v.toObject().value(QStringLiteral("a_name")).toString().contains(QStringLiteral("Zwart")))
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("vangnet-cli household duplicates, merge and unmerge", "[cli][duplicates]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString user = QStringLiteral("consulent");
    const QString file = writeFile(home, QStringLiteral("signalen.csv"), twice);
    const Run imported
        = as(home, db, user, {QStringLiteral("import"), QStringLiteral("signals"), file, QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(jsonOf(imported).value(QStringLiteral("new_households")).toInt() == 2);

    const QStringList list{QStringLiteral("household"), QStringLiteral("duplicates"), QStringLiteral("--json")};
    const Run listed = as(home, db, user, list);
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonObject pair = zwartveenPair(jsonOf(listed));
    REQUIRE_FALSE(pair.isEmpty());
    for (const char *key : {"a", "b", "score", "reasons"})
        CHECK(pair.contains(QLatin1String(key)));
    QStringList keys;
    for (const QJsonValue &r : pair.value(QStringLiteral("reasons")).toArray())
        keys << r.toObject().value(QStringLiteral("key")).toString();
    CHECK(keys == QStringList{QStringLiteral("similar_name"), QStringLiteral("same_address")});
    CHECK(pair.value(QStringLiteral("score")).toInt() == 80);
    const QString a = QString::number(pair.value(QStringLiteral("a")).toInteger());
    const QString b = QString::number(pair.value(QStringLiteral("b")).toInteger());

    // Refused, nothing changed: with itself, a stale version, or by the administrator.
    const QStringList merge{QStringLiteral("household"), QStringLiteral("merge")};
    CHECK(as(home, db, user, merge + QStringList{a, a}).exitCode == 2);
    const Run stale
        = as(home, db, user, merge + QStringList{a, b, QStringLiteral("--other-version"), QStringLiteral("99")});
    CHECK(stale.exitCode == 2);
    CHECK(stale.err.contains(QStringLiteral("changed since")));
    CHECK(as(home, db, QStringLiteral("beheerder"), merge + QStringList{a, b}).exitCode == 2);
    CHECK_FALSE(zwartveenPair(jsonOf(as(home, db, user, list))).isEmpty());

    const Run merged = as(home, db, user, merge + QStringList{a, b, QStringLiteral("--json")});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    const QJsonObject m = jsonOf(merged);
    CHECK(m.value(QStringLiteral("persons_joined")).toInt() == 1);
    CHECK(m.value(QStringLiteral("moved")).toObject().value(QStringLiteral("signals")).toInt() == 1);
    CHECK(zwartveenPair(jsonOf(as(home, db, user, list))).isEmpty());
    CHECK(as(home, db, user, {QStringLiteral("household"), QStringLiteral("show"), b}).exitCode == 2);

    const QString mergeId = QString::number(m.value(QStringLiteral("merge")).toInteger());
    const Run undone = as(home, db, user, {QStringLiteral("household"), QStringLiteral("unmerge"), mergeId});
    INFO(undone.err.toStdString());
    CHECK(undone.exitCode == 0);
    CHECK(as(home, db, user, {QStringLiteral("household"), QStringLiteral("show"), b}).exitCode == 0);
    CHECK_FALSE(zwartveenPair(jsonOf(as(home, db, user, list))).isEmpty());
    CHECK(as(home, db, user, {QStringLiteral("household"), QStringLiteral("unmerge"), mergeId}).exitCode == 2);
}

TEST_CASE("vangnet-cli household merge-undo-days shows the period and only the beheerder sets it", "[cli][duplicates]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QStringList days{QStringLiteral("household"), QStringLiteral("merge-undo-days")};
    const Run shown = as(home, db, QStringLiteral("consulent"), days);
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains("for 30 day"));
    CHECK(as(home, db, QStringLiteral("consulent"), days + QStringList{QStringLiteral("7")}).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("beheerder"), days + QStringList{QStringLiteral("0")}).exitCode == 2);
    const Run set = as(home, db, QStringLiteral("beheerder"), days + QStringList{QStringLiteral("7")});
    INFO(set.err.toStdString());
    CHECK(set.exitCode == 0);
    CHECK(as(home, db, QStringLiteral("consulent"), days).out.contains("for 7 day"));
}
