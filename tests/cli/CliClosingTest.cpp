#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

TEST_CASE("vangnet-cli closes a case after the closing rules, decides a signal alone, counts reasons and exports feedback",
          "[cli][cases][closing]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("werkdag.sqlite"));
    const Run made = cli(home, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                QStringLiteral("300"), QStringLiteral("--workday")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    // An open case of the team with signals where nobody was reached yet.
    const QJsonObject queue = jsonOf(as(home, db, QStringLiteral("consulent"), args({"queue", "--json"})));
    QString caseId;
    QJsonArray signalIds;
    for (const QJsonValue &v : queue.value(QStringLiteral("items")).toArray()) {
        const QJsonValue id = v.toObject().value(QStringLiteral("case_id"));
        if (id.isNull())
            continue;
        const QJsonObject c = jsonOf(as(home, db, QStringLiteral("consulent"),
                                        {QStringLiteral("case"), QStringLiteral("show"), QString::number(id.toInteger()), QStringLiteral("--json")}));
        const QJsonArray attempts = c.value(QStringLiteral("attempts")).toArray();
        const bool reached = std::any_of(attempts.begin(), attempts.end(), [](const QJsonValue &a) {
            return a.toObject().value(QStringLiteral("reached")).toBool();
        });
        if (!reached && !c.value(QStringLiteral("signal_ids")).toArray().isEmpty()
            && c.value(QStringLiteral("status")).toString() != QLatin1String("afgesloten")) {
            caseId = QString::number(id.toInteger());
            signalIds = c.value(QStringLiteral("signal_ids")).toArray();
            break;
        }
    }
    REQUIRE_FALSE(caseId.isEmpty());

    // Advice without a conversation is refused, and nothing changes.
    const Run advice = as(home, db, QStringLiteral("consulent"),
                          {QStringLiteral("case"), QStringLiteral("close"), caseId, QStringLiteral("(Budget)advies en/of quick fix")});
    CHECK(advice.exitCode == 2);
    CHECK(advice.err.contains(QStringLiteral("reached contact attempt")));

    // One signal decided alone, with a reason; the case goes on.
    const QString signal = QString::number(signalIds.first().toInteger());
    const Run decided = as(home, db, QStringLiteral("consulent"),
                           {QStringLiteral("case"), QStringLiteral("close-signal"), caseId, signal, QStringLiteral("--status"),
                            QStringLiteral("Niet opgepakt: herhaalde melding"), QStringLiteral("--reason"), QStringLiteral("al_in_schuldhulp")});
    INFO(decided.err.toStdString());
    CHECK(decided.exitCode == 0);
    CHECK(as(home, db, QStringLiteral("consulent"),
             {QStringLiteral("case"), QStringLiteral("close-signal"), caseId, signal, QStringLiteral("--reason"),
              QStringLiteral("detentie")}).exitCode == 2); // a reason goes with --status
    // case show --json says what the signal's partner hears back, and why (the plain key).
    const QJsonObject shown = jsonOf(as(home, db, QStringLiteral("consulent"), {QStringLiteral("case"), QStringLiteral("show"), caseId,
                                                                               QStringLiteral("--json")}));
    bool listed = false;
    for (const QJsonValue &v : shown.value(QStringLiteral("signals")).toArray()) {
        const QJsonObject s = v.toObject();
        if (QString::number(s.value(QStringLiteral("id")).toInteger()) != signal)
            continue;
        listed = true;
        CHECK(s.value(QStringLiteral("status")).toString() == QStringLiteral("Niet opgepakt: herhaalde melding"));
        CHECK(s.value(QStringLiteral("decided_alone")).toBool());
        CHECK(s.value(QStringLiteral("reason_key")).toString() == QStringLiteral("al_in_schuldhulp"));
    }
    CHECK(listed);
    CHECK(shown.value(QStringLiteral("reason_key")).isNull()); // the case itself is still open

    // The other signals decided alone too; then a referral closes the case, which is a warning
    // (nothing of it was taken up), closed only with --confirm.
    for (qsizetype i = 1; i < signalIds.size(); ++i)
        REQUIRE(as(home, db, QStringLiteral("consulent"),
                   {QStringLiteral("case"), QStringLiteral("close-signal"), caseId, QString::number(signalIds.at(i).toInteger()),
                    QStringLiteral("--status"), QStringLiteral("Niet opgepakt: onterecht signaal")}).exitCode == 0);
    const QStringList close{QStringLiteral("case"), QStringLiteral("close"), caseId, QStringLiteral("Verwijzing zonder contact"),
                            QStringLiteral("--json")};
    const Run asked = as(home, db, QStringLiteral("consulent"), close);
    CHECK(asked.exitCode == 2);
    const QJsonObject warned = jsonOf(asked);
    CHECK_FALSE(warned.value(QStringLiteral("closed")).toBool());
    CHECK(warned.value(QStringLiteral("warnings")).toArray().size() == 1);
    const Run confirmed = as(home, db, QStringLiteral("consulent"), close + QStringList{QStringLiteral("--confirm")});
    INFO(confirmed.err.toStdString());
    REQUIRE(confirmed.exitCode == 0);
    const QJsonObject closed = jsonOf(confirmed);
    CHECK(closed.value(QStringLiteral("closed")).toBool());
    CHECK_FALSE(closed.value(QStringLiteral("taken_up_on")).isNull());

    // The team lead counts the reasons; a caseworker may not.
    const Run reasons = as(home, db, QStringLiteral("teamleider"), args({"case", "reasons", "--json"}));
    INFO(reasons.err.toStdString());
    REQUIRE(reasons.exitCode == 0);
    QStringList counted;
    for (const QJsonValue &v : jsonOf(reasons).value(QStringLiteral("reasons")).toArray()) {
        const QJsonObject r = v.toObject();
        CHECK_FALSE(r.value(QStringLiteral("label")).toString().isEmpty());
        if (r.value(QStringLiteral("count")).toInt() >= 1)
            counted << r.value(QStringLiteral("reason")).toString();
    }
    CHECK(counted.contains(QStringLiteral("al_in_schuldhulp")));
    CHECK(as(home, db, QStringLiteral("consulent"), args({"case", "reasons"})).exitCode == 2);

    // The feedback file for one partner type, all dates.
    const QString out = home.filePath(QStringLiteral("terugkoppeling.csv"));
    const QStringList feedback{QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--partner-type"), QStringLiteral("Huur"),
                               QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                               QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--out"), out, QStringLiteral("--json")};
    const Run exported = as(home, db, QStringLiteral("teamleider"), feedback);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    CHECK(lines.size() - 1 == jsonOf(exported).value(QStringLiteral("rows")).toInt());
    CHECK(lines.first().contains("Partner type;Partner;"));
    CHECK(as(home, db, QStringLiteral("consulent"), feedback).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("teamleider"), args({"export", "feedback", "--from", "2026-01-01", "--to", "2026-02-01", "--out", "x.csv"})).exitCode == 2);
}
