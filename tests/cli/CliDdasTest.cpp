#include "CliRunner.h"
#include "ddas/DdasSchemaCheck.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

/// Gives a household of the demo team lead's team two January 2025 signals, one of them in a
/// case with a contact attempt, and a case without signals (opened by hand).
void addJanuary(const QString &db)
{
    auto opened = vangnet::Database::open(vangnet::DatabaseLocation::sqliteFile(db));
    REQUIRE(opened.ok());
    const QSqlDatabase c = (*opened)->connection();
    auto run = [&c](const QString &sql, const QVariantList &values = {}) {
        auto q = vangnet::runSql(c, sql, values);
        INFO((q ? std::string() : q.error().message.toStdString()));
        REQUIRE(q.ok());
        return std::move(*q);
    };
    QSqlQuery who
        = run(QStringLiteral("SELECT h.id, MIN(p.id) FROM households h JOIN persons p ON p.household_id = h.id "
                             "WHERE h.team_id = (SELECT team_id FROM users WHERE username = 'teamleider') "
                             "GROUP BY h.id ORDER BY h.id LIMIT 1"));
    REQUIRE(who.next());
    const qint64 household = who.value(0).toLongLong();
    const qint64 person = who.value(1).toLongLong();
    const QString signalSql = QStringLiteral(
        "INSERT INTO signals (household_id, person_id, partner_type, partner_signal_id, signal_date, amount_cents, "
        "crisis, fact_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2025-01-02T09:00:00Z') RETURNING id");
    QSqlQuery first = run(signalSql,
        {household, person, QStringLiteral("Huur"), QStringLiteral("CLI-1"), QStringLiteral("2025-01-02"), 85000, 1,
            QStringLiteral("cli-test-1")});
    REQUIRE(first.next());
    const qint64 signal = first.value(0).toLongLong();
    run(signalSql,
        {household, person, QStringLiteral("Energie"), QString(), QStringLiteral("2025-01-20"), 12345, 0,
            QStringLiteral("cli-test-2")});
    const QString caseSql = QStringLiteral(
        "INSERT INTO cases (household_id, status, origin, opened_on, opened_at, opened_by, updated_at, updated_by) "
        "VALUES (?, 'in_behandeling', ?, '2025-01-03', '2025-01-03T09:00:00Z', 'consulent', '2025-01-03T09:00:00Z', "
        "'consulent') RETURNING id");
    QSqlQuery withSignal = run(caseSql, {household, QStringLiteral("signal")});
    REQUIRE(withSignal.next());
    const qint64 caseId = withSignal.value(0).toLongLong();
    run(QStringLiteral("INSERT INTO case_signals (case_id, signal_id) VALUES (?, ?)"), {caseId, signal});
    run(QStringLiteral("INSERT INTO contact_attempts (case_id, household_id, kind, reached, attempt_date, day_part, "
                       "author_name, created_at) VALUES (?, ?, 'Telefoon', 1, '2025-01-04', 'Ochtend', 'consulent', "
                       "'2025-01-04T10:00:00Z')"),
        {caseId, household});
    run(caseSql, {household, QStringLiteral("manual")});
}

QStringList ddasArgs(const QString &out, const QStringList &more = {})
{
    return QStringList{QStringLiteral("export"), QStringLiteral("ddas"), QStringLiteral("--from"),
               QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-01-31"),
               QStringLiteral("--gemeentecode"), QStringLiteral("0518"), QStringLiteral("--out"), out}
    + more;
}

} // namespace

TEST_CASE("vangnet-cli export ddas writes a delivery valid against the DDAS schema", "[cli][ddas]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    addJanuary(db);
    const QString out = home.filePath(QStringLiteral("ddas-januari.json"));

    const Run run = as(home, db, QStringLiteral("teamleider"),
        ddasArgs(out,
            {QStringLiteral("--json"), QStringLiteral("--organisatie"), QStringLiteral("Gemeente Vangstad"),
                QStringLiteral("--kvk"), QStringLiteral("12345678"), QStringLiteral("--contact"),
                QStringLiteral("J. de Vries;010-1234567;j.devries@vangstad.example;Beleid"),
                QStringLiteral("--contact"), QStringLiteral("P. Smit"), QStringLiteral("--leverancier"),
                QStringLiteral("SOFT-123")}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject summary = jsonOf(run);
    QStringList keys = summary.keys();
    keys.sort();
    CHECK(keys
        == QStringList{QStringLiteral("cases"), QStringLiteral("cases_without_signals"), QStringLiteral("delivery"),
            QStringLiteral("file"), QStringLiteral("leveringen"), QStringLiteral("sha256"), QStringLiteral("signals"),
            QStringLiteral("warnings")});
    CHECK(summary.value(QStringLiteral("leveringen")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("file")).toString() == QFileInfo(out).absoluteFilePath());
    CHECK(summary.value(QStringLiteral("signals")).toInt() == 2);
    CHECK(summary.value(QStringLiteral("cases")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("cases_without_signals")).toInt() == 1);

    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(doc.value(QStringLiteral("codeGegevensleverancier")).toString() == QStringLiteral("SOFT-123"));
    const QJsonObject levering = doc.value(QStringLiteral("leveringen")).toArray().at(0).toObject();
    const QJsonObject organisation = levering.value(QStringLiteral("aanleverende_organisatie")).toObject();
    CHECK(organisation.value(QStringLiteral("naam")).toString() == QStringLiteral("Gemeente Vangstad"));
    CHECK(organisation.value(QStringLiteral("contactpersoonen")).toArray().size() == 2);
    const QJsonObject first = levering.value(QStringLiteral("vroegsignalen")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("ID")).toString().startsWith(QLatin1String("VN-"))); // not the partner's CLI-1
    // Matched the day the signal came in (created_at 2025-01-02), not the day the case opened.
    const QJsonObject zaak = levering.value(QStringLiteral("vroegsignaalzaken")).toArray().at(0).toObject();
    CHECK(zaak.value(QStringLiteral("matchingsdatum")).toString() == QStringLiteral("2025-01-02"));
    // The demo's BSNs pass the 11-proef, so the resident's BSN is delivered in full.
    CHECK(
        first.value(QStringLiteral("client")).toObject().value(QStringLiteral("Burgerservicenummer")).toString().size()
        == 9);

    const vangnet::test::SchemaCheck check = vangnet::test::checkAgainstSchema(out);
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);

    // Without --json: the counts in words, and why a case was left out.
    const QString again = home.filePath(QStringLiteral("ddas-opnieuw.json"));
    const Run text = as(home, db, QStringLiteral("teamleider"), ddasArgs(again));
    REQUIRE(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(QLatin1String("2 signal(s), 1 case(s)")));
    CHECK(QString::fromUtf8(text.out).contains(QLatin1String("not part of DDAS")));

    const Run audit = as(home, db, QStringLiteral("beheerder"),
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    int exports = 0;
    for (const QJsonValue &row : jsonOf(audit).value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = row.toObject();
        if (r.value(QStringLiteral("action")).toString() == QLatin1String("export")
            && r.value(QStringLiteral("object_type")).toString() == QLatin1String("ddas")) {
            ++exports;
            CHECK(r.value(QStringLiteral("detail")).toString().startsWith(
                QLatin1String("ddas:2025-01-01..2025-01-31 gemeentecodes:0518 signals:2 cases:1 delivery:")));
        }
    }
    CHECK(exports == 2);
}

TEST_CASE("vangnet-cli export ddas refuses unusable options and caseworkers", "[cli][ddas]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString out = home.filePath(QStringLiteral("ddas.json"));
    const QString lead = QStringLiteral("teamleider");

    auto refused = [&](const QStringList &args, const char *expected) {
        const Run run = as(home, db, lead, args);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String(expected)));
        CHECK(run.out.isEmpty());
    };
    refused({QStringLiteral("export"), QStringLiteral("ddas"), QStringLiteral("--from"), QStringLiteral("2025-01-01")},
        "needs --to");
    refused(ddasArgs(out, {QStringLiteral("--from"), QStringLiteral("2025-1-1")}), "YYYY-MM-DD");
    refused(ddasArgs(out, {QStringLiteral("--to"), QStringLiteral("2024-12-31")}), "before it starts");
    refused(ddasArgs(out, {QStringLiteral("--gemeentecode"), QStringLiteral("518")}), "four digits");
    refused(ddasArgs(out, {QStringLiteral("--kvk"), QStringLiteral("KVK")}), "eight digits");
    refused(
        ddasArgs(out, {QStringLiteral("--contact"), QStringLiteral("J. Jansen;;geen-adres")}), "not an e-mail address");
    refused(ddasArgs(home.filePath(QStringLiteral("no-such-folder/ddas.json"))), "does not exist");
    refused(ddasArgs(home.path()), "is a folder");
    refused(ddasArgs(out, {QStringLiteral("--format"), QStringLiteral("xml")}), "unknown option");
    CHECK_FALSE(QFile::exists(out));

    const Run caseworker = as(home, db, QStringLiteral("consulent"), ddasArgs(out, {QStringLiteral("--json")}));
    CHECK(caseworker.exitCode == 2);
    CHECK(caseworker.err.contains(QLatin1String("does not allow")));
    CHECK(caseworker.out.isEmpty());
    CHECK_FALSE(QFile::exists(out));

    const Run help = cli(home, {QStringLiteral("export"), QStringLiteral("ddas"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(QString::fromUtf8(help.out).contains(QLatin1String("--gemeentecode CODE")));
}

TEST_CASE("vangnet-cli lists the kept DDAS deliveries, writes one back and maps wijken to municipalities",
    "[cli][ddas]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    addJanuary(db);
    const QString lead = QStringLiteral("teamleider");
    const QString out = home.filePath(QStringLiteral("ddas.json"));
    const Run written = as(home, db, lead, ddasArgs(out, {QStringLiteral("--json")}));
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QJsonObject summary = jsonOf(written);

    const Run listed = as(home, db, lead,
        {QStringLiteral("export"), QStringLiteral("ddas-deliveries"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray deliveries = jsonOf(listed).value(QStringLiteral("deliveries")).toArray();
    REQUIRE(deliveries.size() == 1);
    const QJsonObject kept = deliveries.first().toObject();
    QStringList keys = kept.keys();
    keys.sort();
    CHECK(keys
        == QStringList{QStringLiteral("cases"), QStringLiteral("created_at"), QStringLiteral("created_by"),
            QStringLiteral("from"), QStringLiteral("gemeentecodes"), QStringLiteral("id"), QStringLiteral("sha256"),
            QStringLiteral("signals"), QStringLiteral("to")});
    CHECK(kept.value(QStringLiteral("id")).toInteger() == summary.value(QStringLiteral("delivery")).toInteger());
    CHECK(kept.value(QStringLiteral("gemeentecodes")).toArray() == QJsonArray{QStringLiteral("0518")});
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    CHECK(kept.value(QStringLiteral("sha256")).toString() == sha);

    const QString copy = home.filePath(QStringLiteral("kopie.json"));
    const Run back = as(home, db, lead,
        {QStringLiteral("export"), QStringLiteral("ddas-delivery"), QString::number(kept.value(QStringLiteral("id")).toInteger()),
            QStringLiteral("--out"), copy});
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    QFile copied(copy);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == bytes);
    const Run refused = as(home, db, QStringLiteral("consulent"),
        {QStringLiteral("export"), QStringLiteral("ddas-deliveries")});
    CHECK(refused.exitCode == 2);

    // The demo: Vangstad's wijken are 0518, Het Hoge Veld is 0307.
    const Run mapped = as(home, db, lead,
        {QStringLiteral("ddas"), QStringLiteral("municipalities"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(mapped.exitCode == 0);
    QHash<QString, QString> codes;
    for (const QJsonValue &v : jsonOf(mapped).value(QStringLiteral("municipalities")).toArray())
        codes.insert(v.toObject().value(QStringLiteral("wijk")).toString(),
            v.toObject().value(QStringLiteral("gemeentecode")).toString());
    CHECK(codes.value(QStringLiteral("Het Hoge Veld")) == QStringLiteral("0307"));
    CHECK(codes.value(QStringLiteral("Bomenwijk")) == QStringLiteral("0518"));
    CHECK(codes.value(QString()) == QStringLiteral("0518"));
    const Run set = as(home, db, lead,
        {QStringLiteral("ddas"), QStringLiteral("municipalities"), QStringLiteral("set"), QStringLiteral("--wijk"),
            QStringLiteral("Bomenwijk"), QStringLiteral("--gemeentecode"), QStringLiteral("518")});
    CHECK(set.exitCode == 2);
    CHECK(set.err.contains(QLatin1String("four digits")));
    const Run unknown = as(home, db, lead, ddasArgs(home.filePath(QStringLiteral("x.json")),
        {QStringLiteral("--gemeentecode"), QStringLiteral("9999")}));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QLatin1String("9999")));
    CHECK_FALSE(QFile::exists(home.filePath(QStringLiteral("x.json"))));
}
