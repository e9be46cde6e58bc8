#include "plans/CapacityOutlookService.h"

#include "audit/AuditLog.h"
#include "places/PlaceRepository.h"
#include "plans/CandidateRepository.h"
#include "plans/PlanStateRepository.h"
#include "rules/Evaluator.h"
#include "rules/FactsLoader.h"
#include "rules/RulesService.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "signals/DischargeRepository.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QCoreApplication>

#include <map>
#include <memory>

namespace vangnet::plans {

namespace {

const QString outlookObject = QStringLiteral("plan_outlook");

QString tr(const char *text)
{
    return QCoreApplication::translate("vangnet::plans", text);
}

Error stopped()
{
    return Error(ErrorCode::Invalid, tr("The capacity outlook was stopped."));
}

/// The stored rule set in force on `day` (`sets` newest first, as RulesService lists them).
const rules::StoredRuleSet *inForce(const QList<rules::StoredRuleSet> &sets, const QDate &day)
{
    for (const rules::StoredRuleSet &set : sets)
        if (set.effectiveFrom <= day)
            return &set;
    return nullptr;
}

} // namespace

CapacityOutlookService::CapacityOutlookService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_clock(clock), m_session(session)
{ }

Result<CapacityOutlook> CapacityOutlookService::outlook(QDate asOf, const OutlookProgress &progress) const
{
    // The team lead plans for the whole municipality (docs/planner.md, "Capacity outlook"): the
    // outlook reads every household's need and notices, even though it shows counts only.
    const QSqlDatabase db = m_database.connection();
    if (auto permitted = AccessGuard(db, m_clock, m_session)
                             .require(Permission::ApprovePlacements, outlookObject, 0, QStringLiteral("attempt:plan_outlook"));
        !permitted)
        return permitted.error();
    if (!asOf.isValid())
        asOf = m_clock.today();
    const QDate last = outlookEnd(asOf);

    OutlookInput input;
    input.asOf = asOf;
    auto holders = CandidateRepository(db).needHolders();
    if (!holders)
        return holders.error();
    input.holders = std::move(*holders);
    auto notices = DischargeRepository(db).upcoming(asOf, last);
    if (!notices)
        return notices.error();
    for (const UpcomingDischarge &n : std::as_const(*notices))
        if (!rules::isClosedStatus(n.status)) // closed with its case: the rules' "open" says no
            input.notices << n;
    auto places = places::PlaceRepository(db).all();
    if (!places)
        return places.error();
    input.places = std::move(*places);
    auto taken = PlanStateRepository(db).takenCapacity();
    if (!taken)
        return taken.error();
    input.takenCapacity = std::move(*taken);

    // Only notices that could still bring a household in need the rules' word.
    QHash<qint64, Standing> standing;
    for (const NeedHolder &h : std::as_const(input.holders))
        standing.insert(h.householdId, h.standing);
    QList<UpcomingDischarge> open;
    for (const UpcomingDischarge &n : std::as_const(input.notices))
        if (!n.linkedToActiveFlag && standing.value(n.householdId, Standing::NoActiveFlag) == Standing::NoActiveFlag)
            open << n;
    auto flagged = flaggedByRules(open, asOf, last, progress);
    if (!flagged)
        return flagged.error();
    input.flaggedByRules = std::move(*flagged);
    return computeOutlook(input);
}

Result<QSet<qint64>> CapacityOutlookService::flaggedByRules(const QList<UpcomingDischarge> &notices, const QDate &from,
                                                            const QDate &to, const OutlookProgress &progress) const
{
    QSet<qint64> flagged;
    if (notices.isEmpty())
        return flagged;
    auto sets = rules::RulesService(m_database, m_clock, m_session).ruleSets();
    if (!sets)
        return sets.error();
    QList<qint64> households;
    for (const UpcomingDischarge &n : notices)
        households << n.householdId;
    auto facts = rules::FactsLoader(m_database.connection()).load(households);
    if (!facts)
        return facts.error();
    QHash<qint64, const rules::HouseholdFacts *> factsOf;
    for (const rules::HouseholdFacts &f : std::as_const(*facts))
        factsOf.insert(f.householdId, &f);

    std::map<int, std::unique_ptr<rules::Evaluator>> evaluators; // per rule-set version, compiled once
    const qint64 total = notices.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return stopped();
        const UpcomingDischarge &notice = notices[i];
        const auto day = noticeDemandDate(notice, from, to);
        const rules::HouseholdFacts *household = factsOf.value(notice.householdId);
        const rules::StoredRuleSet *set = day ? inForce(*sets, *day) : nullptr;
        if (!household || !set)
            continue;
        auto &evaluator = evaluators[set->version];
        if (!evaluator) {
            rules::ParseResult parsed = rules::parseRuleSet(set->source);
            if (!parsed.ok()) // checked when it was saved; only a newer language could refuse it now
                return Error(ErrorCode::Invalid, parsed.errors.first().toString());
            parsed.ruleSet.version = set->version;
            evaluator = std::make_unique<rules::Evaluator>(std::move(parsed.ruleSet));
        }
        const rules::Evaluation evaluation = evaluator->evaluate(*household, *day);
        for (const rules::Flag &flag : evaluation.flags)
            if (flag.dischargeIds.contains(notice.id))
                flagged.insert(notice.id);
    }
    if (progress)
        progress(total, total);
    return flagged;
}

} // namespace vangnet::plans
