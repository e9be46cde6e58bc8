#include "cases/CaseTimelines.h"

#include "storage/SqlStatement.h"

namespace vangnet::cases {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

Result<QHash<qint64, clocks::CaseTimeline>> CaseTimelines::ofHouseholds(const QString &householdWhere,
                                                                         const QVariantList &values) const
{
    QHash<qint64, clocks::CaseTimeline> out;
    auto signalRows = runSql(m_db, QStringLiteral(
        "SELECT s.household_id, s.signal_date, s.crisis FROM signals s JOIN households h ON h.id = s.household_id "
        "WHERE (%1) AND s.status IN ('nieuw', 'in_behandeling')").arg(householdWhere), values, "read signal dates");
    if (!signalRows)
        return signalRows.error();
    while (signalRows->next()) {
        clocks::CaseTimeline &t = out[signalRows->value(0).toLongLong()];
        const QDate date = dateOf(signalRows->value(1));
        t.openSignalDates << date;
        if (signalRows->value(2).toInt() != 0)
            t.crisisSignalDates << date;
    }
    auto noticeRows = runSql(m_db, QStringLiteral(
        "SELECT d.household_id, d.expected_date FROM discharge_notices d JOIN households h ON h.id = d.household_id "
        "WHERE (%1) AND d.status IN ('nieuw', 'in_behandeling')").arg(householdWhere), values, "read discharge dates");
    if (!noticeRows)
        return noticeRows.error();
    while (noticeRows->next())
        out[noticeRows->value(0).toLongLong()].dischargeDates << dateOf(noticeRows->value(1));
    return out;
}

Result<void> CaseTimelines::addAttempts(const QString &householdWhere, const QVariantList &values,
                                        QHash<qint64, clocks::CaseTimeline> &byCase) const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT a.case_id, MIN(a.attempt_date), MIN(CASE WHEN a.reached <> 0 THEN a.attempt_date END) "
        "FROM contact_attempts a JOIN cases c ON c.id = a.case_id JOIN households h ON h.id = c.household_id "
        "WHERE (%1) AND c.status <> 'afgesloten' GROUP BY a.case_id").arg(householdWhere), values, "read attempt dates");
    if (!q)
        return q.error();
    while (q->next()) {
        auto it = byCase.find(q->value(0).toLongLong());
        if (it == byCase.end())
            continue;
        it->firstAttemptOn = dateOf(q->value(1));
        it->firstConversationOn = dateOf(q->value(2));
    }
    return success();
}

Result<clocks::CaseTimeline> CaseTimelines::ofCase(const Case &c) const
{
    auto households = ofHouseholds(QStringLiteral("h.id = ?"), {c.householdId});
    if (!households)
        return households.error();
    clocks::CaseTimeline t = households->value(c.householdId);
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
