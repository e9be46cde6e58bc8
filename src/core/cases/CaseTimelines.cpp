#include "cases/CaseTimelines.h"

#include "rules/HouseholdFacts.h"
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
    if (auto notices = addNotices(householdWhere, values, out); !notices)
        return notices.error();
    return out;
}

Result<void> CaseTimelines::addNotices(const QString &householdWhere, const QVariantList &values,
                                       QHash<qint64, clocks::CaseTimeline> &byHousehold) const
{
    // Open notices: not closed by their case, not superseded, withdrawn or completed.
    const QString openNotice = QStringLiteral(
        "d.status IN ('nieuw', 'in_behandeling') AND d.lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken')");
    auto rows = runSql(m_db, QStringLiteral(
        "SELECT d.id, d.household_id, d.expected_date, d.lifecycle, d.id_document, d.shelter, d.income, d.debts, d.care, "
        "COALESCE(d.updated_at, d.created_at) AS known_at FROM discharge_notices d "
        "JOIN households h ON h.id = d.household_id WHERE (%1) AND %2").arg(householdWhere, openNotice),
        values, "read discharge dates");
    if (!rows)
        return rows.error();
    const QStringList &keys = rules::conditionKeysInFactOrder();
    const QList<QString> noticeColumns{QStringLiteral("id_document"), QStringLiteral("shelter"), QStringLiteral("income"),
                                       QStringLiteral("debts"), QStringLiteral("care")};
    struct Slot {
        qint64 household = 0;
        qsizetype index = 0;
    };
    QHash<qint64, Slot> slotOf; // notice id → its place in the household's timeline
    while (rows->next()) {
        const qint64 household = rows->value(QStringLiteral("household_id")).toLongLong();
        clocks::CaseTimeline &t = byHousehold[household];
        const QDate expected = dateOf(rows->value(QStringLiteral("expected_date")));
        t.dischargeDates << expected;
        // A notice's own "geregeld" counts from the day Vangnet learnt it.
        const QDate knownOn = timestampFromSql(rows->value(QStringLiteral("known_at"))).date();
        clocks::NoticeConditions notice{expected, {}};
        for (qsizetype i = 0; i < noticeColumns.size(); ++i)
            if (rows->value(noticeColumns.at(i)).toString() == QLatin1String("geregeld"))
                notice.arrangedOn[std::size_t(i)] = knownOn;
        slotOf.insert(rows->value(QStringLiteral("id")).toLongLong(), Slot{household, t.noticeConditions.size()});
        t.noticeConditions << notice;
        if (rows->value(QStringLiteral("lifecycle")).toString() == QLatin1String("in_detentie")
            && (!t.outreachPausedUntil.isValid() || expected > t.outreachPausedUntil))
            t.outreachPausedUntil = expected;
    }
    if (slotOf.isEmpty())
        return success();
    // The caseworker's word on the case's checklist over the notice's (as the rules take it,
    // docs/rules.md "Facts from the case"): arranged on the day it holds from. The newest case wins.
    auto onCase = runSql(m_db, QStringLiteral(
        "SELECT cd.discharge_id, bc.condition_key, bc.state, bc.since FROM basic_conditions bc "
        "JOIN case_discharges cd ON cd.case_id = bc.case_id JOIN discharge_notices d ON d.id = cd.discharge_id "
        "JOIN households h ON h.id = d.household_id WHERE (%1) AND %2 AND bc.source = 'zaak' ORDER BY cd.case_id")
        .arg(householdWhere, openNotice), values, "read case conditions");
    if (!onCase)
        return onCase.error();
    while (onCase->next()) {
        const auto slot = slotOf.constFind(onCase->value(QStringLiteral("discharge_id")).toLongLong());
        const qsizetype i = keys.indexOf(onCase->value(QStringLiteral("condition_key")).toString());
        if (slot == slotOf.cend() || i < 0)
            continue;
        clocks::NoticeConditions &notice = byHousehold[slot->household].noticeConditions[slot->index];
        notice.arrangedOn[std::size_t(i)] = onCase->value(QStringLiteral("state")).toString() == QLatin1String("geregeld")
                                               ? dateOf(onCase->value(QStringLiteral("since")))
                                               : QDate();
    }
    return success();
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
