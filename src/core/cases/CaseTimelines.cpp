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

QDate dayOf(qint32 julianDay)
{
    return julianDay == TimelineInputs::NoDay ? QDate() : QDate::fromJulianDay(julianDay);
}

qint32 julianOf(const QDate &date)
{
    return date.isValid() ? qint32(date.toJulianDay()) : TimelineInputs::NoDay;
}

clocks::TimelineKind kindOf(CaseType type)
{
    switch (type) {
    case CaseType::Vroegsignaal: return clocks::TimelineKind::EarlySignal;
    case CaseType::Hulpvraag: return clocks::TimelineKind::HelpRequest;
    case CaseType::Nazorg: return clocks::TimelineKind::Aftercare;
    }
    return clocks::TimelineKind::EarlySignal;
}

/// The day of contact attempts that count for the clocks: contact with the resident, not an
/// administrative entry (docs/clocks.md).
const char *const contactAttempt = "a.kind <> 'Administratief'";

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
    for (auto it = from; it != to; ++it)
        t.openSignals << clocks::OpenSignal{dayOf(it->day), dayOf(it->importDay)};
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
    const auto [from, to] = rangeOf(m_contacts, caseId, &ContactDay::caseId);
    for (auto it = from; it != to; ++it)
        t.contactDays << QDate::fromJulianDay(it->day);
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
        ? QStringLiteral("SELECT s.household_id, s.signal_date, SUBSTR(s.created_at, 1, 10) FROM signals s WHERE s.status IN "
                         "('nieuw', 'in_behandeling') AND +s.household_id IN (SELECT h.id FROM households h WHERE %1)")
        : QStringLiteral("SELECT s.household_id, s.signal_date, SUBSTR(s.created_at, 1, 10) FROM signals s JOIN households h "
                         "ON h.id = s.household_id WHERE (%1) AND s.status IN ('nieuw', 'in_behandeling')");
    auto read = bulkRead(m_db, sql.arg(householdWhere), values,
        [&in](const BulkRow &row) {
            in.m_signals.push_back({row.integer(0), julianOf(row.date(1)), julianOf(row.date(2))});
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
    // One row per case and day of contact: a clock is met by the first on or after its start.
    auto read = bulkRead(m_db, QStringLiteral(
        "SELECT DISTINCT a.case_id, a.attempt_date FROM contact_attempts a JOIN cases c ON c.id = a.case_id "
        "JOIN households h ON h.id = c.household_id WHERE (%1) AND c.status <> 'afgesloten' AND %2")
        .arg(householdWhere, QLatin1String(contactAttempt)), values,
        [&in](const BulkRow &row) {
            if (const QDate day = row.date(1); day.isValid())
                in.m_contacts.push_back({row.integer(0), qint32(day.toJulianDay())});
            return true;
        }, "read attempt dates");
    if (!read)
        return read.error();
    std::sort(in.m_contacts.begin(), in.m_contacts.end(),
              [](const auto &a, const auto &b) { return std::tie(a.caseId, a.day) < std::tie(b.caseId, b.day); });
    return success();
}

void CaseTimelines::addCaseDates(const Case &c, clocks::CaseTimeline &t)
{
    t.kind = kindOf(c.type);
    t.openedOn = c.openedOn;
    if (c.type == CaseType::Hulpvraag) {
        t.requestOn = c.request.registeredOn;
        t.crisis = c.request.crisis();
        t.firstConversationOn = c.request.firstConversationOn;
        t.decisionOn = c.decisionOn;
    }
    t.closedOn = c.closedOn;
}

QString CaseTimelines::caseDateColumns()
{
    return QStringLiteral("c.case_type, c.opened_on, c.request_on, c.request_crisis, c.first_conversation_on, c.decision_on");
}

void CaseTimelines::addCaseDates(const BulkRow &row, int first, clocks::CaseTimeline &t)
{
    Case c;
    c.type = row.utf8(first) == QByteArrayView("hulpvraag") ? CaseType::Hulpvraag
        : row.utf8(first) == QByteArrayView("nazorg")       ? CaseType::Nazorg
                                                            : CaseType::Vroegsignaal;
    c.openedOn = row.date(first + 1);
    c.request.registeredOn = row.date(first + 2);
    if (!row.isNull(first + 3))
        c.request.crisisKind = row.text(first + 3);
    c.request.firstConversationOn = row.date(first + 4);
    c.decisionOn = row.date(first + 5);
    addCaseDates(c, t);
}

Result<clocks::CaseTimeline> CaseTimelines::ofCase(const Case &c) const
{
    auto households = ofHouseholds(QStringLiteral("h.id = ?"), {c.householdId});
    if (!households)
        return households.error();
    clocks::CaseTimeline t;
    households->addHousehold(c.householdId, t);
    addCaseDates(c, t);
    auto q = runSql(m_db, QStringLiteral("SELECT DISTINCT a.attempt_date FROM contact_attempts a WHERE a.case_id = ? AND %1 "
                                         "ORDER BY a.attempt_date").arg(QLatin1String(contactAttempt)),
                    {c.id}, "read attempt dates");
    if (!q)
        return q.error();
    while (q->next())
        if (const QDate day = dateOf(q->value(0)); day.isValid())
            t.contactDays << day;
    if (c.status == CaseStatus::Afgesloten) {
        // A closed case's clocks ran on its own signals, which are closed now.
        auto linked = runSql(m_db, QStringLiteral("SELECT s.signal_date, SUBSTR(s.created_at, 1, 10) FROM signals s "
                                                  "JOIN case_signals cs ON cs.signal_id = s.id WHERE cs.case_id = ?"),
                             {c.id}, "read case signals");
        if (!linked)
            return linked.error();
        while (linked->next())
            t.openSignals << clocks::OpenSignal{dateOf(linked->value(0)), dateOf(linked->value(1))};
    }
    return t;
}

} // namespace vangnet::cases
