#include "cases/ClosingRepository.h"

#include "cases/CaseVocabulary.h"
#include "history/StatusHistory.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

#include <QMap>
#include <QSqlRecord>

namespace vangnet::cases {

namespace {

const QString linkedSignal = QStringLiteral("id = ? AND id IN (SELECT signal_id FROM case_signals WHERE case_id = ?)");

QDate dateOf(const QSqlQuery &q, const char *column)
{
    return isoDateFromText(q.value(QString::fromLatin1(column)).toString().toUtf8());
}

/// The WHERE of the feedback's signals and its values.
QString feedbackWhere(const FeedbackFilter &f, QVariantList &values)
{
    QString where = QStringLiteral("h.team_id = ?");
    values << f.teamId;
    if (!f.partnerType.isEmpty()) {
        where += QStringLiteral(" AND s.partner_type = ?");
        values << f.partnerType;
    }
    if (!f.partnerName.isEmpty()) {
        where += QStringLiteral(" AND s.partner_name = ?");
        values << f.partnerName;
    }
    if (f.from.isValid()) {
        where += QStringLiteral(" AND s.signal_date >= ?");
        values << isoDate(f.from);
    }
    if (f.to.isValid()) {
        where += QStringLiteral(" AND s.signal_date <= ?");
        values << isoDate(f.to);
    }
    return where;
}

} // namespace

Result<SignalTally> ClosingRepository::tally(qint64 caseId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT COUNT(*) AS linked, COALESCE(SUM(s.ddas_status_set), 0) AS decided "
                                         "FROM case_signals cs JOIN signals s ON s.id = cs.signal_id WHERE cs.case_id = ?"),
                    {caseId}, "count case signals");
    if (!q)
        return q.error();
    SignalTally tally;
    if (q->next())
        tally = {q->value(QStringLiteral("linked")).toInt(), q->value(QStringLiteral("decided")).toInt()};
    return tally;
}

Result<QList<SignalDecision>> ClosingRepository::decisions(qint64 caseId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT s.id, s.ddas_status, s.ddas_status_on, s.ddas_status_set, s.reason_key "
                                         "FROM case_signals cs JOIN signals s ON s.id = cs.signal_id "
                                         "WHERE cs.case_id = ? ORDER BY s.signal_date, s.id"),
                    {caseId}, "read signal statuses");
    if (!q)
        return q.error();
    QList<SignalDecision> out;
    while (q->next())
        out << SignalDecision{q->value(QStringLiteral("id")).toLongLong(), q->value(QStringLiteral("ddas_status")).toString(),
                              dateOf(*q, "ddas_status_on"), q->value(QStringLiteral("ddas_status_set")).toInt() != 0,
                              q->value(QStringLiteral("reason_key")).toString()};
    return out;
}

Result<bool> ClosingRepository::decide(qint64 caseId, qint64 signalId, const QString &ddasStatus,
                                       const QString &reasonKey, const ChangeStamp &stamp) const
{
    const StatusHistory statuses(m_db);
    const bool undo = ddasStatus == ddas::notYetTakenUp();
    auto changed = undo ? statuses.change(StatusOf::Signal, linkedSignal + QStringLiteral(" AND ddas_status_set = 1"),
                                          {signalId, caseId}, QStringLiteral("in_behandeling"), stamp,
                                          QStringLiteral("ddas_status = ?, ddas_status_on = ?, ddas_status_set = 0, reason_key = ?"),
                                          {ddasStatus, sqlNull(), sqlNull()})
                        : statuses.change(StatusOf::Signal, linkedSignal, {signalId, caseId}, QStringLiteral("afgesloten"), stamp,
                                          QStringLiteral("ddas_status = ?, ddas_status_on = ?, ddas_status_set = 1, reason_key = ?"),
                                          {ddasStatus, isoDate(stamp.validFrom), textOrNull(reasonKey)});
    if (!changed)
        return changed.error();
    return *changed > 0;
}

Result<QList<ReasonCount>> ClosingRepository::reasonCounts(qint64 teamId, QDate from, QDate to) const
{
    // Bounds are added only when given: PostgreSQL cannot type a bare "? IS NULL".
    QVariantList values;
    auto part = [&](const QString &select, const QString &day) {
        QString sql = select + QStringLiteral(" WHERE h.team_id = ?");
        values << teamId;
        if (from.isValid()) {
            sql += QStringLiteral(" AND %1 >= ?").arg(day);
            values << isoDate(from);
        }
        if (to.isValid()) {
            sql += QStringLiteral(" AND %1 <= ?").arg(day);
            values << isoDate(to);
        }
        return sql;
    };
    const QString cases = part(QStringLiteral("SELECT 'case' AS kind, c.reason_key AS reason, COUNT(*) AS n FROM cases c "
                                              "JOIN households h ON h.id = c.household_id AND c.reason_key IS NOT NULL "
                                              "AND c.status = 'afgesloten'"),
                               QStringLiteral("c.closed_on"));
    const QString signals = part(QStringLiteral("SELECT 'signal' AS kind, s.reason_key AS reason, COUNT(*) AS n FROM signals s "
                                                "JOIN households h ON h.id = s.household_id AND s.reason_key IS NOT NULL"),
                                 QStringLiteral("s.ddas_status_on"));
    auto q = runSql(m_db, cases + QStringLiteral(" GROUP BY c.reason_key UNION ALL ") + signals + QStringLiteral(" GROUP BY s.reason_key"),
                    values, "count internal reasons");
    if (!q)
        return q.error();
    QMap<QString, ReasonCount> byKey;
    while (q->next()) {
        const QString reason = q->value(QStringLiteral("reason")).toString();
        ReasonCount &count = byKey[reason];
        count.reason = reason;
        (q->value(QStringLiteral("kind")).toString() == QLatin1String("case") ? count.cases : count.signals) =
            q->value(QStringLiteral("n")).toInt();
    }
    return byKey.values();
}

Result<qint64> ClosingRepository::feedbackCount(const FeedbackFilter &filter) const
{
    QVariantList values;
    const QString where = feedbackWhere(filter, values);
    auto q = runSql(m_db, QStringLiteral("SELECT COUNT(*) AS n FROM signals s JOIN households h ON h.id = s.household_id WHERE ") + where,
                    values, "count feedback");
    if (!q)
        return q.error();
    return q->next() ? q->value(QStringLiteral("n")).toLongLong() : 0;
}

Result<void> ClosingRepository::feedback(const FeedbackFilter &filter, const std::function<bool(const FeedbackRow &)> &row) const
{
    QVariantList values;
    const QString where = feedbackWhere(filter, values);
    // The newest case of the signal says whether it was taken up and when.
    auto q = runSql(m_db, QStringLiteral(
        "SELECT s.partner_type, s.partner_name, s.partner_signal_id, s.signal_date, s.ddas_status, s.ddas_status_on, "
        "(SELECT c.taken_up_on FROM case_signals cs JOIN cases c ON c.id = cs.case_id WHERE cs.signal_id = s.id "
        " ORDER BY c.opened_on DESC, c.id DESC LIMIT 1) AS taken_up_on "
        "FROM signals s JOIN households h ON h.id = s.household_id WHERE ") + where +
        QStringLiteral(" ORDER BY s.partner_type, s.partner_name, s.signal_date, s.id"),
        values, "read feedback");
    if (!q)
        return q.error();
    while (q->next()) {
        const bool notTakenUp = ddas::isNotTakenUpOutcome(q->value(QStringLiteral("ddas_status")).toString());
        FeedbackRow r{q->value(QStringLiteral("partner_type")).toString(), q->value(QStringLiteral("partner_name")).toString(),
                      q->value(QStringLiteral("partner_signal_id")).toString(), dateOf(*q, "signal_date"),
                      q->value(QStringLiteral("ddas_status")).toString(), dateOf(*q, "ddas_status_on"),
                      notTakenUp ? QDate() : dateOf(*q, "taken_up_on")};
        if (!row(r))
            break;
    }
    return success();
}

} // namespace vangnet::cases
