#include "rules/AsOfHistory.h"

#include "storage/BulkRead.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

#include <QHash>
#include <QPair>

#include <array>
#include <functional>
#include <map>

namespace vangnet::rules {

namespace {

/// What a notice said on the day (its discharge_notice_history row before the first later change).
struct NoticeOn {
    QDate expectedDate;
    QString idDocument, shelter, income, debts, care, lifecycle;
};

/// A checklist row on the day; `exists` false when the row was made later.
struct ConditionOn {
    bool exists = false;
    QString state, source;
    QDate since;
};
using ConditionKey = QPair<qint64, QString>; ///< case, condition key

/// Hands `row` each row of the history `table` in effect after `day`, newest first: the last one a
/// key meets is the first change after the day, and what it changed from is what held on the day.
/// Changes in effect on the same day are taken in the order they were recorded.
Result<void> readAfter(const QSqlDatabase &db, const QString &table, const QString &columns, const QString &day,
    const std::function<void(const BulkRow &)> &row, const char *what)
{
    return bulkRead(
        db,
        QStringLiteral("SELECT %1 FROM %2 WHERE valid_from > ? ORDER BY valid_from DESC, id DESC").arg(columns, table),
        {day},
        [&row](const BulkRow &r) {
            row(r);
            return true;
        },
        what);
}

/// The statuses of signals, notices and cases on the day, for those changed since.
Result<void> readStatuses(const QSqlDatabase &db, const QString &day, QHash<qint64, QString> &signalStatus,
    QHash<qint64, QString> &noticeStatus, QHash<qint64, QString> &caseStatus)
{
    return readAfter(
        db, QStringLiteral("status_history"), QStringLiteral("signal_id, discharge_id, old_status, case_id"), day,
        [&](const BulkRow &row) {
            if (!row.isNull(0))
                signalStatus.insert(row.integer(0), row.text(2));
            else if (!row.isNull(1))
                noticeStatus.insert(row.integer(1), row.text(2));
            else if (!row.isNull(3))
                caseStatus.insert(row.integer(3), row.text(2));
        },
        "read status history");
}

/// The day each case was last closed on or before the day: a case reopened since has no
/// closed_on any more, but was closed on the day.
Result<QHash<qint64, QDate>> closingsBy(const QSqlDatabase &db, const QString &day)
{
    QHash<qint64, QDate> out;
    auto rows = bulkRead(db,
        QStringLiteral("SELECT case_id, MAX(valid_from) FROM status_history WHERE case_id IS NOT NULL "
                       "AND new_status = 'afgesloten' AND valid_from <= ? GROUP BY case_id"),
        {day},
        [&out](const BulkRow &row) {
            out.insert(row.integer(0), row.date(1));
            return true;
        },
        "read when cases closed");
    if (!rows)
        return rows.error();
    return out;
}

Result<void> readNotices(const QSqlDatabase &db, const QString &day, QHash<qint64, NoticeOn> &notices)
{
    return readAfter(
        db, QStringLiteral("discharge_notice_history"),
        QStringLiteral("discharge_id, expected_date, id_document, shelter, income, debts, care, lifecycle"), day,
        [&](const BulkRow &row) {
            notices.insert(row.integer(0),
                NoticeOn{row.date(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6), row.text(7)});
        },
        "read discharge notice history");
}

Result<void> readConditions(const QSqlDatabase &db, const QString &day, QHash<ConditionKey, ConditionOn> &conditions)
{
    return readAfter(
        db, QStringLiteral("basic_condition_history"),
        QStringLiteral("case_id, condition_key, old_state, old_source, old_since"), day,
        [&](const BulkRow &row) {
            conditions.insert(ConditionKey{row.integer(0), row.text(1)},
                ConditionOn{!row.isNull(2), row.text(2), row.text(3), row.date(4)});
        },
        "read basic condition history");
}

/// The case's word on each basic condition of the notices in the cases whose checklist changed
/// after the day, as FactsLoader reads it (the newest case that set it wins), from the checklists
/// of that day.
Result<QHash<qint64, std::array<CaseCondition, 5>>> caseWordOn(
    const QSqlDatabase &db, const QString &day, const QHash<ConditionKey, ConditionOn> &changed)
{
    // notice → case → key → the row as it stands now (cases in ascending order: newest last)
    std::map<qint64, std::map<qint64, QHash<QString, ConditionOn>>> now;
    auto rows = bulkRead(
        db,
        QStringLiteral("SELECT cd.discharge_id, cd.case_id, bc.condition_key, bc.state, bc.source, bc.since "
                       "FROM case_discharges cd LEFT JOIN basic_conditions bc ON bc.case_id = cd.case_id "
                       "WHERE cd.discharge_id IN (SELECT a.discharge_id FROM case_discharges a WHERE a.case_id IN "
                       "(SELECT h.case_id FROM basic_condition_history h WHERE h.valid_from > ?))"),
        {day},
        [&](const BulkRow &row) {
            auto &ofCase = now[row.integer(0)][row.integer(1)];
            if (!row.isNull(2))
                ofCase.insert(row.text(2), ConditionOn{true, row.text(3), row.text(4), row.date(5)});
            return true;
        },
        "read the cases' basic conditions for the rules");
    if (!rows)
        return rows.error();
    const QStringList &keys = conditionKeysInFactOrder();
    QHash<qint64, std::array<CaseCondition, 5>> out;
    for (const auto &[notice, cases] : now) {
        std::array<CaseCondition, 5> word;
        for (const auto &[caseId, current] : cases)
            for (qsizetype i = 0; i < keys.size(); ++i) {
                const auto earlier = changed.constFind(ConditionKey{caseId, keys[i]});
                const ConditionOn on = earlier != changed.cend() ? *earlier : current.value(keys[i]);
                if (on.exists && on.source == QLatin1String("zaak"))
                    word[std::size_t(i)] = CaseCondition{on.state, on.since};
            }
        out.insert(notice, word);
    }
    return out;
}

} // namespace

Result<HistoryCoverage> AsOfHistory::coverage(QDate day) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'status_history_since'"), {},
        "read when status history began");
    if (!q)
        return q.error();
    HistoryCoverage out;
    if (q->next())
        out.since = timestampFromSql(q->value(0)).toLocalTime().date();
    out.complete = !out.since.isValid() || day >= out.since;
    return out;
}

Result<void> AsOfHistory::apply(QList<HouseholdFacts> &facts, QDate day) const
{
    const QString onDay = isoDate(day);
    QHash<qint64, QString> signalStatus, noticeStatus, caseStatus;
    if (auto read = readStatuses(m_db, onDay, signalStatus, noticeStatus, caseStatus); !read)
        return read;
    QHash<qint64, QDate> closedBy;
    if (!caseStatus.isEmpty()) {
        auto closings = closingsBy(m_db, onDay);
        if (!closings)
            return closings.error();
        closedBy = std::move(*closings);
    }
    QHash<qint64, NoticeOn> notices;
    if (auto read = readNotices(m_db, onDay, notices); !read)
        return read;
    QHash<ConditionKey, ConditionOn> conditions;
    if (auto read = readConditions(m_db, onDay, conditions); !read)
        return read;
    QHash<qint64, std::array<CaseCondition, 5>> caseWord;
    if (!conditions.isEmpty()) {
        auto word = caseWordOn(m_db, onDay, conditions);
        if (!word)
            return word.error();
        caseWord = std::move(*word);
    }
    if (signalStatus.isEmpty() && noticeStatus.isEmpty() && caseStatus.isEmpty() && notices.isEmpty() && caseWord.isEmpty())
        return success();
    for (HouseholdFacts &f : facts) {
        if (!signalStatus.isEmpty())
            for (SignalFact &s : f.signals)
                if (const auto found = signalStatus.constFind(s.id); found != signalStatus.cend())
                    s.status = *found;
        for (DischargeFact &d : f.discharges) {
            if (const auto found = noticeStatus.constFind(d.id); found != noticeStatus.cend())
                d.status = *found;
            if (const auto found = notices.constFind(d.id); found != notices.cend()) {
                d.expectedDate = found->expectedDate;
                d.idDocument = found->idDocument;
                d.shelter = found->shelter;
                d.income = found->income;
                d.debts = found->debts;
                d.care = found->care;
                d.lifecycle = found->lifecycle;
            }
            if (const auto found = caseWord.constFind(d.id); found != caseWord.cend())
                d.caseConditions = *found;
        }
        // A case open on the day has no closing date or outcome yet; one closed on the day and
        // reopened since was closed on its last closing by then (its outcome was cleared: unknown).
        if (!caseStatus.isEmpty())
            for (CaseFact &c : f.cases) {
                const auto found = caseStatus.constFind(c.id);
                if (found == caseStatus.cend())
                    continue;
                c.status = *found;
                if (!isClosedStatus(c.status)) {
                    c.closedOn = QDate();
                    c.outcome.clear();
                } else if (!c.closedOn.isValid() || c.closedOn > day) {
                    c.closedOn = closedBy.value(c.id);
                }
            }
    }
    return success();
}

} // namespace vangnet::rules
