#include "ZrmFixture.h"

#include "rules/FactsLoader.h"
#include "zrm/ZrmScale.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::ZrmFixture;

namespace {

QMap<QString, int> scores(std::initializer_list<std::pair<const char *, int>> list)
{
    QMap<QString, int> out;
    for (const auto &[domain, score] : list)
        out.insert(QLatin1String(domain), score);
    return out;
}

/// What the rules read as the household's ZRM scores: from the full load or the household's own.
QMap<QString, int> rulesScores(const Database &db, qint64 householdId, bool all)
{
    const rules::FactsLoader loader(db.connection());
    auto loaded = all ? loader.loadAll() : loader.load({householdId});
    REQUIRE(loaded.ok());
    QMap<QString, int> out;
    for (const rules::HouseholdFacts &f : *loaded)
        if (f.householdId == householdId)
            for (auto it = f.zrmScores.cbegin(); it != f.zrmScores.cend(); ++it)
                out.insert(it.key(), it.value());
    return out;
}

QStringList fieldsOf(const Error &error)
{
    QStringList out;
    for (const FieldError &f : error.fields)
        out << f.field;
    return out;
}

} // namespace

TEST_CASE_METHOD(ZrmFixture, "An assessment is stored with its assessor and version, and the latest score per domain wins",
                 "[zrm]")
{
    const auto jansen = household(QStringLiteral("Jansen"), 1, 2);
    const qint64 first = assess(jansen.first, today().addDays(-60), scores({{"huisvesting", 2}, {"financien", 3}}));
    const qint64 second = assess(jansen.first, today(), scores({{"huisvesting", 4}}), jansen.second);

    auto history = zrm.history(jansen.first);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    const ZrmAssessment &newest = history->at(0);
    CHECK(newest.id == second);
    CHECK(newest.assessedOn == today());
    CHECK(newest.personId == jansen.second);
    CHECK(newest.personName == QStringLiteral("Anna0 Jansen"));
    CHECK(newest.assessorName == users.caseworkerA().user().displayName);
    CHECK(newest.zrmVersion == QStringLiteral("ZRM 2017"));
    CHECK(newest.scores == scores({{"huisvesting", 4}}));
    CHECK(newest.createdAt == clock.now());
    const ZrmAssessment &older = history->at(1);
    CHECK(older.id == first);
    CHECK(older.personId == 0);
    CHECK(older.personName.isEmpty());
    CHECK(older.caseId == 0);
    CHECK(older.scores == scores({{"financien", 3}, {"huisvesting", 2}}));

    // Financiën was not scored again: it keeps its earlier score.
    CHECK(*zrm.latest(jansen.first) == scores({{"financien", 3}, {"huisvesting", 4}}));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'record_zrm' AND object_type = 'household' "
                               "AND object_id = ? AND detail = 'zrm:2 domains'"),
                {jansen.first}) == 1);

    SECTION("an assessment entered later about an earlier day does not replace newer scores")
    {
        assess(jansen.first, today().addDays(-90), scores({{"huisvesting", 1}, {"justitie", 5}}));
        CHECK(*zrm.latest(jansen.first) == scores({{"financien", 3}, {"huisvesting", 4}, {"justitie", 5}}));
        CHECK(zrm.history(jansen.first)->last().scores.value(QStringLiteral("justitie")) == 5);
    }
    SECTION("of two assessments on one day, the one recorded last counts")
    {
        assess(jansen.first, today(), scores({{"huisvesting", 3}}));
        CHECK(zrm.latest(jansen.first)->value(QStringLiteral("huisvesting")) == 3);
    }
    SECTION("an assessment may belong to a case of the household")
    {
        ZrmAssessment a;
        a.householdId = jansen.first;
        a.caseId = openCase(jansen.first);
        a.assessedOn = today();
        a.scores = scores({{"sociaal_netwerk", 2}});
        auto id = zrm.record(a);
        REQUIRE(id.ok());
        CHECK(zrm.history(jansen.first)->first().caseId == a.caseId);
    }
    SECTION("another household has its own history")
    {
        const auto visser = household(QStringLiteral("Visser"), 2);
        CHECK(zrm.history(visser.first)->isEmpty());
        CHECK(zrm.latest(visser.first)->isEmpty());
        CHECK(rulesScores(*db, visser.first, true).isEmpty());
    }
    // The rules read the same latest scores, in bulk and for the household alone.
    const QMap<QString, int> latest = *zrm.latest(jansen.first);
    CHECK(rulesScores(*db, jansen.first, true) == latest);
    CHECK(rulesScores(*db, jansen.first, false) == latest);
}

TEST_CASE_METHOD(ZrmFixture, "An assessment with a mistake is refused whole, with a message per problem", "[zrm]")
{
    const auto jansen = household(QStringLiteral("Jansen"), 1);
    const auto visser = household(QStringLiteral("Visser"), 2);
    ZrmAssessment a;
    a.householdId = jansen.first;
    a.assessedOn = today();
    a.scores = scores({{"huisvesting", 3}});

    SECTION("nothing scored")
    {
        a.scores.clear();
        auto refused = zrm.record(a);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
        CHECK(fieldsOf(refused.error()) == QStringList{QStringLiteral("scores")});
    }
    SECTION("an unknown domain and scores outside 1..5")
    {
        a.scores = scores({{"wonen", 3}, {"financien", 0}, {"justitie", 6}, {"huisvesting", 5}});
        auto refused = zrm.record(a);
        REQUIRE_FALSE(refused.ok());
        CHECK(fieldsOf(refused.error()) == QStringList{QStringLiteral("scores.financien"), QStringLiteral("scores.justitie"),
                                                       QStringLiteral("scores.wonen")});
        CHECK(refused.error().message.contains(QStringLiteral("'wonen'")));
        CHECK(refused.error().message.contains(zrm::domainLabel(u"justitie")));
    }
    SECTION("no date, or a date after today")
    {
        a.assessedOn = QDate();
        CHECK(fieldsOf(zrm.record(a).error()) == QStringList{QStringLiteral("assessedOn")});
        a.assessedOn = today().addDays(1);
        auto refused = zrm.record(a);
        CHECK(fieldsOf(refused.error()) == QStringList{QStringLiteral("assessedOn")});
        CHECK(refused.error().message.contains(QStringLiteral("25-11-2026")));
    }
    SECTION("a person or a case of another household")
    {
        a.personId = visser.second;
        a.caseId = openCase(visser.first);
        auto refused = zrm.record(a);
        CHECK(fieldsOf(refused.error()) == QStringList{QStringLiteral("personId"), QStringLiteral("caseId")});
        a.personId = 987654;
        a.caseId = 987654;
        CHECK(fieldsOf(zrm.record(a).error()) == QStringList{QStringLiteral("personId"), QStringLiteral("caseId")});
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM zrm_assessments")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM zrm_scores")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_case'")) == 0);
}

TEST_CASE_METHOD(ZrmFixture, "Only the household's own team may score or read its ZRM", "[zrm]")
{
    const auto jansen = household(QStringLiteral("Jansen"), 1);
    assess(jansen.first, today(), scores({{"huisvesting", 2}}));
    ZrmAssessment a;
    a.householdId = jansen.first;
    a.assessedOn = today();
    a.scores = scores({{"huisvesting", 3}});
    const qint64 deniedBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied'"));

    SECTION("a caseworker of another team")
    {
        ZrmService other(*db, clock, users.caseworkerB());
        CHECK(other.record(a).error().code == ErrorCode::PermissionDenied);
        CHECK(other.history(jansen.first).error().code == ErrorCode::PermissionDenied);
        CHECK(other.latest(jansen.first).error().code == ErrorCode::PermissionDenied);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied'")) == deniedBefore + 3);
    }
    SECTION("an administrator, who works no cases")
    {
        ZrmService admin(*db, clock, users.admin());
        CHECK(admin.record(a).error().code == ErrorCode::PermissionDenied);
        CHECK(admin.history(jansen.first).error().code == ErrorCode::PermissionDenied);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied'")) == deniedBefore + 2);
    }
    SECTION("a household that does not exist")
    {
        a.householdId = 987654;
        CHECK(zrm.record(a).error().code == ErrorCode::NotFound);
        CHECK(zrm.history(987654).error().code == ErrorCode::NotFound);
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM zrm_assessments")) == 1);
}
