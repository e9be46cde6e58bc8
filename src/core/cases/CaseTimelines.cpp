#include "cases/CaseTimelines.h"

#include "rules/HouseholdFacts.h"
#include "storage/BulkRead.h"
#include "storage/SqlStatement.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace vangnet::cases {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

/// Open notices: not closed by their case, not superseded, withdrawn or completed.
const char *const openNotice =
    "d.status IN ('nieuw', 'in_behandeling') AND d.lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken')";

template <typename Range, typename Id>
auto rangeOf(const Range &range, Id id, qint64 Range::value_type::*member)
{
    return std::equal_range(range.begin(), range.end(), id, [member](const auto &a, const auto &b) {
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, qint64>)
            return a < b.*member;
        else
            return a.*member < b;
    });
}

} // namespace

void TimelineInputs::addHousehold(qint64 householdId, clocks::CaseTimeline &t) const
{
    const auto [from, to] = rangeOf(m_signals, householdId, &SignalDate::household);
    for (auto it = from; it != to; ++it) {
        const QDate date = it->day == TimelineInputs::NoDay ? QDate() : QDate::fromJulianDay(it->day);
        t.openSignalDates << date;
        if (it->crisis)
            t.crisisSignalDates << date;
    }
    const auto [first, last] = rangeOf(m_notices, householdId, &Notice::household);
    for (auto it = first; it != last; ++it) {
        const QDate expected = it->conditions.expectedOn;
        t.dischargeDates << expected;
        t.noticeConditions << it->conditions;
        if (it->inDetention && (!t.outreachPausedUntil.isValid() || expected > t.outreachPausedUntil))
            t.outreachPausedUntil = expected;
    }
}

void TimelineInputs::addCase(qint64 caseId, clocks::CaseTimeline &t) const
{
    const auto [from, to] = rangeOf(m_attempts, caseId, &Attempts::caseId);
    if (from != to) {
        t.firstAttemptOn = from->first;
        t.firstConversationOn = from->firstReached;
    }
}

Result<TimelineInputs> CaseTimelines::ofHouseholds(const QString &householdWhere, const QVariantList &values,
                                                   Reach reach) const
{
    TimelineInputs in;
    if (auto signals = readSignals(householdWhere, values, reach, in); !signals)
        return signals.error();
    if (auto notices = readNotices(householdWhere, values, in); !notices)
        return notices.error();
    if (auto attempts = readAttempts(householdWhere, values, in); !attempts)
        return attempts.error();
    return in;
}

Result<void> CaseTimelines::readSignals(const QString &householdWhere, const QVariantList &values, Reach reach,
                                        TimelineInputs &in) const
{
    // A whole team's signals are half of a city's million: one pass over the table, each row's
    // household looked up in the list of the team's (the unary plus keeps SQLite from going
    // through signals_household, whose row lookups took 3 s where the pass takes 0.8 s,
    // docs/performance.md "Work queue"). A page's households go through the index.
    const QString sql = reach == Reach::Many
        ? QStringLiteral("SELECT s.household_id, s.signal_date, s.crisis FROM signals s WHERE s.status IN "
                         "('nieuw', 'in_behandeling') AND +s.household_id IN (SELECT h.id FROM households h WHERE %1)")
        : QStringLiteral("SELECT s.household_id, s.signal_date, s.crisis FROM signals s JOIN households h "
                         "ON h.id = s.household_id WHERE (%1) AND s.status IN ('nieuw', 'in_behandeling')");
    auto read = bulkRead(m_db, sql.arg(householdWhere), values,
        [&in](const BulkRow &row) {
            const QDate date = row.date(1);
            in.m_signals.push_back({row.integer(0), date.isValid() ? qint32(date.toJulianDay()) : TimelineInputs::NoDay,
                                    row.integer(2) != 0});
            return true;
        }, "read signal dates");
    if (!read)
        return read.error();
    std::sort(in.m_signals.begin(), in.m_signals.end(), [](const auto &a, const auto &b) {
        return std::tie(a.household, a.day) < std::tie(b.household, b.day);
    });
    return success();
}

Result<void> CaseTimelines::readNotices(const QString &householdWhere, const QVariantList &values,
                                        TimelineInputs &in) const
{
    enum Column { Id, Household, Expected, Lifecycle, FirstCondition, KnownAt = FirstCondition + 5 };
    auto read = bulkRead(m_db, QStringLiteral(
        "SELECT d.id, d.household_id, d.expected_date, d.lifecycle, d.id_document, d.shelter, d.income, d.debts, "
        "d.care, COALESCE(d.updated_at, d.created_at) FROM discharge_notices d "
        "JOIN households h ON h.id = d.household_id WHERE (%1) AND %2").arg(householdWhere, QLatin1String(openNotice)),
        values, [&in](const BulkRow &row) {
            TimelineInputs::Notice notice;
            notice.household = row.integer(Household);
            notice.id = row.integer(Id);
            notice.conditions.expectedOn = row.date(Expected);
            // A notice's own "geregeld" counts from the day Vangnet learnt it.
            const QDate knownOn = timestampFromSql(row.text(KnownAt)).date();
            for (int i = 0; i < 5; ++i)
                if (row.utf8(FirstCondition + i) == QByteArrayView("geregeld"))
                    notice.conditions.arrangedOn[std::size_t(i)] = knownOn;
            notice.inDetention = row.utf8(Lifecycle) == QByteArrayView("in_detentie");
            in.m_notices.push_back(notice);
            return true;
        }, "read discharge dates");
    if (!read)
        return read.error();
    if (in.m_notices.empty())
        return success();
    std::sort(in.m_notices.begin(), in.m_notices.end(), [](const auto &a, const auto &b) {
        return std::tie(a.household, a.id) < std::tie(b.household, b.id);
    });
    std::unordered_map<qint64, std::size_t> slotOf; // notice id → its place in m_notices
    for (std::size_t i = 0; i < in.m_notices.size(); ++i)
        slotOf.emplace(in.m_notices[i].id, i);
    // The caseworker's word on the case's checklist over the notice's (as the rules take it,
    // docs/rules.md "Facts from the case"): arranged on the day it holds from. The newest case wins.
    const QStringList &keys = rules::conditionKeysInFactOrder();
    return bulkRead(m_db, QStringLiteral(
        "SELECT cd.discharge_id, bc.condition_key, bc.state, bc.since FROM basic_conditions bc "
        "JOIN case_discharges cd ON cd.case_id = bc.case_id JOIN discharge_notices d ON d.id = cd.discharge_id "
        "JOIN households h ON h.id = d.household_id WHERE (%1) AND %2 AND bc.source = 'zaak' ORDER BY cd.case_id")
        .arg(householdWhere, QLatin1String(openNotice)), values,
        [&](const BulkRow &row) {
            const auto slot = slotOf.find(row.integer(0));
            const qsizetype i = keys.indexOf(row.text(1));
            if (slot == slotOf.end() || i < 0)
                return true;
            in.m_notices[slot->second].conditions.arrangedOn[std::size_t(i)]
                = row.utf8(2) == QByteArrayView("geregeld") ? row.date(3) : QDate();
            return true;
        }, "read case conditions");
}

Result<void> CaseTimelines::readAttempts(const QString &householdWhere, const QVariantList &values,
                                         TimelineInputs &in) const
{
    auto read = bulkRead(m_db, QStringLiteral(
        "SELECT a.case_id, MIN(a.attempt_date), MIN(CASE WHEN a.reached <> 0 THEN a.attempt_date END) "
        "FROM contact_attempts a JOIN cases c ON c.id = a.case_id JOIN households h ON h.id = c.household_id "
        "WHERE (%1) AND c.status <> 'afgesloten' GROUP BY a.case_id").arg(householdWhere), values,
        [&in](const BulkRow &row) {
            in.m_attempts.push_back({row.integer(0), row.date(1), row.date(2)});
            return true;
        }, "read attempt dates");
    if (!read)
        return read.error();
    std::sort(in.m_attempts.begin(), in.m_attempts.end(),
              [](const auto &a, const auto &b) { return a.caseId < b.caseId; });
    return success();
}

Result<clocks::CaseTimeline> CaseTimelines::ofCase(const Case &c) const
{
    auto households = ofHouseholds(QStringLiteral("h.id = ?"), {c.householdId});
    if (!households)
        return households.error();
    clocks::CaseTimeline t;
    households->addHousehold(c.householdId, t);
    t.openedOn = c.openedOn;
    t.decisionOn = c.decisionOn;
    t.closedOn = c.closedOn;
    auto q = runSql(m_db, QStringLiteral("SELECT MIN(attempt_date), MIN(CASE WHEN reached <> 0 THEN attempt_date END) "
                                         "FROM contact_attempts WHERE case_id = ?"), {c.id}, "read attempt dates");
    if (!q)
        return q.error();
    if (q->next()) {
        t.firstAttemptOn = dateOf(q->value(0));
        t.firstConversationOn = dateOf(q->value(1));
    }
    if (c.status == CaseStatus::Afgesloten) {
        // A closed case's clocks ran on its own signals, which are closed now.
        auto linked = runSql(m_db, QStringLiteral("SELECT s.signal_date, s.crisis FROM signals s JOIN case_signals cs "
                                                  "ON cs.signal_id = s.id WHERE cs.case_id = ?"), {c.id}, "read case signals");
        if (!linked)
            return linked.error();
        while (linked->next()) {
            t.openSignalDates << dateOf(linked->value(0));
            if (linked->value(1).toInt() != 0)
                t.crisisSignalDates << dateOf(linked->value(0));
        }
    }
    return t;
}

} // namespace vangnet::cases
