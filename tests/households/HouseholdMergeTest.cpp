#include "MergeFixture.h"

#include "audit/AuditLog.h"
#include "households/DuplicateService.h"
#include "households/HouseholdMergeService.h"
#include "rules/RulesService.h"
#include "settings/OrganisationRepository.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::households;
using vangnet::test::MergeFixture;
using vangnet::test::required;

namespace {

struct Fixture : MergeFixture {
    HouseholdMergeService merges{*db, clock, users.caseworkerA()};

    QStringList openFlags(qint64 household) const
    {
        QStringList rules;
        auto q = runSql(db->connection(),
            QStringLiteral("SELECT rule_id FROM flags WHERE household_id = ? AND resolved_on IS NULL "
                           "ORDER BY rule_id"),
            {household});
        REQUIRE(q.ok());
        while (q->next())
            rules << q->value(0).toString();
        return rules;
    }

    QList<AuditEvent> audit(AuditAction action) const
    {
        AuditQuery query;
        query.action = action;
        return required(AuditLog(*db, clock).find(users.admin(), query));
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "A merge moves every kind of record to the household that stays and loses none", "[merge]")
{
    fillEveryTable(jansen, QStringLiteral("a"));
    fillEveryTable(janssen, QStringLiteral("b"));
    const auto allBefore = counts();
    const auto keepBefore = counts(jansen.id);
    const auto otherBefore = counts(janssen.id);

    const MergeOutcome done = required(merges.merge(jansen.id, janssen.id, jansen.version, janssen.version));
    CHECK(done.personsJoined == 1); // Anna Janssen is Anna Jansen
    // Removed: the second Anna, and the need, pin, exclusion (same place) and plan entry (same
    // run) Jansen had already.
    const QMap<QString, int> removed{{QStringLiteral("persons"), 1}, {QStringLiteral("housing_needs"), 1},
        {QStringLiteral("plan_pins"), 1}, {QStringLiteral("plan_exclusions"), 1}, {QStringLiteral("plan_entries"), 1}};
    CHECK(done.removed == removed);

    const auto allAfter = counts();
    const auto keepAfter = counts(jansen.id);
    for (const QString &table : MergeFixture::tables()) {
        INFO(table.toStdString());
        const qint64 gone = removed.value(table);
        if (table == QLatin1String("flags")) { // the rules raise new ones on the merged household at once
            CHECK(keepAfter.value(table) >= keepBefore.value(table) + otherBefore.value(table));
            CHECK(done.moved.value(table) == otherBefore.value(table));
            continue;
        }
        CHECK(allAfter.value(table) == allBefore.value(table) - gone);
        CHECK(keepAfter.value(table) == keepBefore.value(table) + otherBefore.value(table) - gone);
        CHECK(done.moved.value(table) == otherBefore.value(table) - gone);
    }
    CHECK(counts(janssen.id)
        == QMap<QString, qint64>{{QStringLiteral("persons"), 0}, {QStringLiteral("notes"), 0},
            {QStringLiteral("signals"), 0}, {QStringLiteral("discharge_notices"), 0}, {QStringLiteral("flags"), 0},
            {QStringLiteral("cases"), 0}, {QStringLiteral("contact_attempts"), 0},
            {QStringLiteral("zrm_assessments"), 0}, {QStringLiteral("housing_needs"), 0},
            {QStringLiteral("plan_entries"), 0}, {QStringLiteral("plan_pins"), 0},
            {QStringLiteral("plan_exclusions"), 0}, {QStringLiteral("place_placements"), 0}});
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM households WHERE id = ?"), {janssen.id}) == 0);

    // The second Anna's signal now names the first; her sealed BSN was sealed again for her row,
    // and the notes of both read (sealed values are bound to their row, which moved whole).
    const qint64 anna = jansen.members.at(0).id;
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM signals WHERE person_id = ?"), {anna}) == 2);
    CHECK(required(households.revealBsn(anna, QStringLiteral("controle na samenvoegen"))) == annasBsn());
    const Household merged = required(households.get(jansen.id));
    CHECK(merged.members.size() == 3);
    CHECK(merged.version == jansen.version + 1);
    CHECK(required(households.notes(jansen.id)).size() == 2);

    const auto recorded = audit(AuditAction::MergeHousehold);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].objectId == jansen.id);
    CHECK(recorded[0].detail.contains(QStringLiteral("household %1 into %2").arg(janssen.id).arg(jansen.id)));
}

TEST_CASE_METHOD(Fixture, "Undo puts both households back as they were", "[merge]")
{
    fillEveryTable(jansen, QStringLiteral("a"));
    fillEveryTable(janssen, QStringLiteral("b"));
    required(rules::RulesService(*db, clock, users.caseworkerA()).evaluateHouseholds({jansen.id, janssen.id}));
    auto keepBefore = counts(jansen.id);
    auto otherBefore = counts(janssen.id);
    const QStringList keepFlags = openFlags(jansen.id);
    const QStringList otherFlags = openFlags(janssen.id);
    REQUIRE_FALSE(keepFlags.isEmpty());
    REQUIRE(keepFlags == otherFlags); // the same rules fire on both
    const MergeOutcome done = required(merges.merge(jansen.id, janssen.id));
    CHECK(openFlags(jansen.id) == keepFlags); // one open flag per rule, not two

    required(merges.undo(done.mergeId));
    // Flags the merged household raised stay on it, resolved: the open ones are as before.
    auto keepAfter = counts(jansen.id);
    auto otherAfter = counts(janssen.id);
    for (auto *c : {&keepBefore, &otherBefore, &keepAfter, &otherAfter})
        c->remove(QStringLiteral("flags"));
    CHECK(keepAfter == keepBefore);
    CHECK(otherAfter == otherBefore);
    CHECK(openFlags(jansen.id) == keepFlags);
    CHECK(openFlags(janssen.id) == otherFlags);
    const Household back = required(households.get(janssen.id));
    CHECK(back.members.size() == 2);
    const qint64 secondAnna = janssen.members.at(0).id;
    CHECK(required(households.revealBsn(secondAnna, QStringLiteral("controle na terugdraaien"))) == annasBsn());
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM persons WHERE id = ? AND bsn_hash IS NULL"),
              {jansen.members.at(0).id})
        == 1);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM signals WHERE person_id = ?"), {secondAnna}) == 1);
    CHECK(required(households.notes(janssen.id)).size() == 1);
    CHECK(audit(AuditAction::UnmergeHousehold).size() == 1);

    // Once undone, it cannot be undone again.
    const auto again = merges.undo(done.mergeId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
}

TEST_CASE_METHOD(Fixture, "Undo is refused after the period and when a case now holds signals of both", "[merge]")
{
    fillEveryTable(jansen, QStringLiteral("a"));
    fillEveryTable(janssen, QStringLiteral("b"));
    const MergeOutcome done = required(merges.merge(jansen.id, janssen.id));

    SECTION("a case of the staying household took on a signal that came with the merge")
    {
        const qint64 caseId = scalar(QStringLiteral("SELECT MIN(id) FROM cases WHERE household_id = ?"), {jansen.id});
        const qint64 movedSignal = scalar(QStringLiteral("SELECT MAX(id) FROM signals"));
        REQUIRE(runSql(db->connection(), QStringLiteral("INSERT INTO case_signals (case_id, signal_id) VALUES (?, ?)"),
            {caseId, movedSignal})
                    .ok());
        const auto refused = merges.undo(done.mergeId);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(QString::number(caseId)));
        CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM households WHERE id = ?"), {janssen.id}) == 0);
    }
    SECTION("a signal about a member who would go back was added since")
    {
        const qint64 piet = janssen.members.at(1).id;
        REQUIRE(runSql(db->connection(),
            QStringLiteral("INSERT INTO signals (household_id, person_id, partner_type, signal_date, fact_key, "
                           "created_at) VALUES (?, ?, 'Water', '2026-11-23', 'fact-new', '2026-11-24T10:00:00Z')"),
            {jansen.id, piet})
                    .ok());
        const auto refused = merges.undo(done.mergeId);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(QStringLiteral("signals")));
    }
    SECTION("the period is the organisation's setting")
    {
        required(
            settings::OrganisationRepository(db->connection())
                .put(HouseholdMergeService::undoDaysKey(), QStringLiteral("7"), clock.now(), QStringLiteral("test")));
        CHECK(required(merges.undoDays()) == 7);
        FixedClock later{clock.now().addDays(8)};
        const auto refused = HouseholdMergeService(*db, later, users.caseworkerA()).undo(done.mergeId);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("7")));
        required(
            HouseholdMergeService(*db, FixedClock{clock.now().addDays(6)}, users.caseworkerA()).undo(done.mergeId));
    }
}

TEST_CASE_METHOD(Fixture, "The merged household keeps one head, and undo gives the other its head back", "[merge]")
{
    const Household bakker = required(households.create(
        household(40, {}, {person(QStringLiteral("Bram"), QStringLiteral("Bakker"), QDate(1970, 1, 1))})));
    const MergeOutcome done = required(merges.merge(jansen.id, bakker.id));
    CHECK(done.personsJoined == 0);
    const Household merged = required(households.get(jansen.id));
    REQUIRE(merged.members.size() == 3);
    CHECK(std::count_if(merged.members.cbegin(), merged.members.cend(), [](const Person &p) {
        return p.role == MemberRole::Hoofdbewoner;
    }) == 1);
    required(households.save(merged)); // it passes the household's own validation
    required(merges.undo(done.mergeId));
    const Household back = required(households.get(bakker.id));
    REQUIRE(back.members.size() == 1);
    CHECK(back.members.at(0).role == MemberRole::Hoofdbewoner);
}

TEST_CASE_METHOD(Fixture, "Bad merges are refused and nothing moves", "[merge]")
{
    const auto before = counts(janssen.id);
    SECTION("with itself")
    {
        const auto refused = merges.merge(jansen.id, jansen.id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
    }
    SECTION("changed since it was shown")
    {
        const auto refused = merges.merge(jansen.id, janssen.id, jansen.version, janssen.version - 1);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::StaleEdit);
    }
    SECTION("a household of another team")
    {
        const Household theirs = required(
            HouseholdService(*db, clock, users.caseworkerB())
                .create(
                    household(14, {}, {person(QStringLiteral("Anna"), QStringLiteral("Jansen"), QDate(1985, 3, 1))})));
        const auto refused = merges.merge(jansen.id, theirs.id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NotFound);
        CHECK(audit(AuditAction::PermissionDenied).size() == 1);
        CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM households WHERE id = ?"), {theirs.id}) == 1);
    }
    SECTION("without permission: the administrator")
    {
        const auto refused = HouseholdMergeService(*db, clock, users.admin()).merge(jansen.id, janssen.id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(audit(AuditAction::PermissionDenied).size() == 1);
        const auto list = DuplicateService(*db, clock, users.admin()).candidates();
        REQUIRE_FALSE(list.ok());
        CHECK(list.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(counts(janssen.id) == before);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM household_merges")) == 0);
}

TEST_CASE_METHOD(
    Fixture, "A signal delivered again for the household that went lands on the one that stayed", "[merge]")
{
    using importing::PartnerType;
    const QDate anna(1985, 3, 1);
    required(merges.merge(jansen.id, janssen.id));
    const auto summary = importSignals({signal(
        QStringLiteral("S-9"), PartnerType::Energie, QStringLiteral("Janssen"), 12, QStringLiteral("A"), anna)});
    CHECK(summary.imported == 1);
    CHECK(summary.matched == 1);
    CHECK(summary.newHouseholds == 0);
    CHECK(scalar(QStringLiteral("SELECT household_id FROM signals WHERE partner_signal_id = 'S-9'")) == jansen.id);
    CHECK(scalar(QStringLiteral("SELECT person_id FROM signals WHERE partner_signal_id = 'S-9'"))
        == jansen.members.at(0).id);

    // Merged on into a third household: the old address leads there.
    const Household third = required(
        households.create(household(30, {}, {person(QStringLiteral("Anna"), QStringLiteral("Jansen"), anna)})));
    required(merges.merge(third.id, jansen.id));
    importSignals(
        {signal(QStringLiteral("S-10"), PartnerType::Water, QStringLiteral("Janssen"), 12, QStringLiteral("A"), anna)});
    CHECK(scalar(QStringLiteral("SELECT household_id FROM signals WHERE partner_signal_id = 'S-10'")) == third.id);
}

TEST_CASE_METHOD(
    Fixture, "Detection finds the pair by its reasons, and not again once set aside", "[merge][duplicates]")
{
    DuplicateService duplicates(*db, clock, users.caseworkerA());
    auto pairs = required(duplicates.candidates());
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].a.id == jansen.id);
    CHECK(pairs[0].b.id == janssen.id);
    CHECK(pairs[0].reasons.size() == 1);
    CHECK(pairs[0].reasons[0].kind == DuplicateReasonKind::SimilarName);
    // Another team sees nothing of it.
    CHECK(required(DuplicateService(*db, clock, users.caseworkerB()).candidates()).isEmpty());
    CHECK_FALSE(DuplicateService(*db, clock, users.caseworkerB()).notDuplicate(jansen.id, janssen.id).ok());

    required(duplicates.notDuplicate(janssen.id, jansen.id));
    CHECK(required(duplicates.candidates()).isEmpty());
}
