#include "CliRunner.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

QJsonObject showCase(const QTemporaryDir &home, const QString &db, qint64 caseId)
{
    const Run run = as(home, db, QStringLiteral("consulent"),
                       {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseId), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return jsonOf(run);
}

Run onCase(const QTemporaryDir &home, const QString &db, const QStringList &args)
{
    return as(home, db, QStringLiteral("consulent"), QStringList{QStringLiteral("case")} + args);
}

} // namespace

TEST_CASE("vangnet-cli case request, conversation and decision record a request for help", "[cli][cases][wgs]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("werkdag.sqlite"));
    REQUIRE(cli(home, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                       QStringLiteral("300"), QStringLiteral("--workday")}).exitCode == 0);
    // An early-signal case of the caseworker.
    const QJsonObject queue = jsonOf(as(home, db, QStringLiteral("consulent"),
                                        {QStringLiteral("queue"), QStringLiteral("--user"), QStringLiteral("consulent"),
                                         QStringLiteral("--json")}));
    qint64 caseId = 0;
    for (const QJsonValue &v : queue.value(QStringLiteral("items")).toArray()) {
        const QJsonValue id = v.toObject().value(QStringLiteral("case_id"));
        if (!id.isNull() && showCase(home, db, id.toInteger()).value(QStringLiteral("type")) == QStringLiteral("vroegsignaal")) {
            caseId = id.toInteger();
            break;
        }
    }
    REQUIRE(caseId > 0);
    CHECK(showCase(home, db, caseId).value(QStringLiteral("request")).isNull());
    const QString id = QString::number(caseId);
    const QDate today = QDate::currentDate();
    const QString yesterday = today.addDays(-1).toString(Qt::ISODate);
    const QString twoDaysAgo = today.addDays(-2).toString(Qt::ISODate);

    // Request data on a case that is not a request, and bad input, change nothing.
    const Run early = onCase(home, db, {QStringLiteral("conversation"), id, QStringLiteral("--on"), yesterday});
    CHECK(early.exitCode == 2);
    CHECK_FALSE(early.err.isEmpty());
    CHECK(onCase(home, db, {QStringLiteral("request"), id, QStringLiteral("--on"), yesterday, QStringLiteral("--crisis"),
                            QStringLiteral("brand")}).exitCode == 2);
    CHECK(onCase(home, db, {QStringLiteral("request"), id}).exitCode == 2); // --on is required
    CHECK(showCase(home, db, caseId).value(QStringLiteral("type")) == QStringLiteral("vroegsignaal"));

    const Run request = onCase(home, db, {QStringLiteral("request"), id, QStringLiteral("--on"), twoDaysAgo,
                                          QStringLiteral("--crisis"), QStringLiteral("opzegging_zorgverzekering")});
    INFO(request.err.toStdString());
    REQUIRE(request.exitCode == 0);
    QJsonObject c = showCase(home, db, caseId);
    CHECK(c.value(QStringLiteral("type")) == QStringLiteral("hulpvraag"));
    QJsonObject r = c.value(QStringLiteral("request")).toObject();
    CHECK(r.value(QStringLiteral("registered_on")) == twoDaysAgo);
    CHECK(r.value(QStringLiteral("crisis")).toBool());
    CHECK(r.value(QStringLiteral("crisis_kind")) == QStringLiteral("opzegging_zorgverzekering"));
    CHECK(r.value(QStringLiteral("first_conversation_on")).isNull());
    bool threatening = false;
    for (const QJsonValue &d : c.value(QStringLiteral("deadlines")).toArray())
        if (d.toObject().value(QStringLiteral("clock")) == QStringLiteral("threatening_debt")) {
            threatening = true;
            CHECK(d.toObject().value(QStringLiteral("starts")) == twoDaysAgo);
            CHECK(d.toObject().value(QStringLiteral("met")).isNull());
        }
    CHECK(threatening);

    CHECK(onCase(home, db, {QStringLiteral("decision"), id, QStringLiteral("--on"), yesterday, QStringLiteral("--decision"),
                            QStringLiteral("toelating")}).exitCode == 2); // no first conversation yet
    CHECK(onCase(home, db, {QStringLiteral("conversation"), id, QStringLiteral("--on"),
                            today.addDays(-3).toString(Qt::ISODate)}).exitCode == 2); // before the request
    REQUIRE(onCase(home, db, {QStringLiteral("conversation"), id, QStringLiteral("--on"), yesterday}).exitCode == 0);
    CHECK(onCase(home, db, {QStringLiteral("decision"), id, QStringLiteral("--on"), yesterday}).exitCode == 2); // no --decision
    REQUIRE(onCase(home, db, {QStringLiteral("decision"), id, QStringLiteral("--on"), yesterday, QStringLiteral("--decision"),
                              QStringLiteral("afwijzing")}).exitCode == 0);
    r = showCase(home, db, caseId).value(QStringLiteral("request")).toObject();
    CHECK(r.value(QStringLiteral("first_conversation_on")) == yesterday);
    CHECK(r.value(QStringLiteral("decision_on")) == yesterday);
    CHECK(r.value(QStringLiteral("decision")) == QStringLiteral("afwijzing"));
}
