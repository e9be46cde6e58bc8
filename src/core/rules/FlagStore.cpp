#include "rules/FlagStore.h"

#include "rules/Evaluator.h"
#include "rules/RulesService.h"
#include "storage/BulkRead.h"

#include <algorithm>

namespace vangnet::rules {

QString evidenceToText(const QList<qint64> &ids)
{
    QString text;
    for (const qint64 id : ids) {
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(id);
    }
    return text;
}

QList<qint64> evidenceFromText(QByteArrayView text)
{
    QList<qint64> ids;
    for (const QByteArrayView part : QLatin1StringView(text).tokenize(QLatin1Char(','))) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok)
            ids << id;
    }
    return ids;
}

namespace {

bool contains(const QList<qint64> &all, const QList<qint64> &some)
{
    return std::all_of(some.cbegin(), some.cend(), [&all](qint64 id) { return all.contains(id); });
}

} // namespace

FlagStore::FlagStore(const QSqlDatabase &db, QDate day, QString now)
    : m_db(db), m_day(day.toString(Qt::ISODate)), m_now(std::move(now)),
      m_raise(db, QStringLiteral("INSERT INTO flags (household_id, rule_id, rule_version, title, severity, score, explanation, "
                                 "signal_ids, discharge_ids, raised_on, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "RETURNING id"),
              "raise flag"),
      m_update(db, QStringLiteral("UPDATE flags SET rule_version = ?, title = ?, severity = ?, score = ?, explanation = ?, "
                                  "signal_ids = ?, discharge_ids = ? WHERE id = ?"),
               "update flag"),
      m_resolve(db, QStringLiteral("UPDATE flags SET resolved_on = ?, resolution = 'resolved' WHERE id = ?"), "resolve flag"),
      m_rank(db, QStringLiteral("UPDATE households SET priority_rank = ? WHERE id = ?"), "store priority")
{
}

Result<void> FlagStore::readRange(qint64 firstId, qint64 lastId)
{
    return read(QStringLiteral("BETWEEN ? AND ?"), {firstId, lastId});
}

Result<void> FlagStore::readIds(const QList<qint64> &ids)
{
    QStringList parts; // numbers made here, never user text
    for (const qint64 id : ids)
        parts << QString::number(id);
    return read(QStringLiteral("IN (%1)").arg(parts.join(QLatin1Char(','))), {});
}

Result<void> FlagStore::read(const QString &householdWhere, const QVariantList &values)
{
    m_households.clear();
    m_rows.clear();
    auto households = bulkRead(m_db,
                               QStringLiteral("SELECT id, COALESCE(team_id, 0), priority_rank FROM households WHERE id %1 "
                                              "ORDER BY id")
                                   .arg(householdWhere),
                               values,
                               [&](const BulkRow &row) {
                                   m_households.push_back(Household{row.integer(0), row.integer(1), row.integer(2), 0, 0});
                                   return true;
                               },
                               "read households for the rules");
    if (!households)
        return households.error();
    // Open flags, and dismissed ones (a flag dismissed on the same evidence is not raised again).
    auto flags = bulkRead(
        m_db,
        QStringLiteral("SELECT id, household_id, rule_id, rule_version, title, severity, score, explanation, signal_ids, "
                       "discharge_ids, resolution FROM flags WHERE household_id %1 "
                       "AND (resolved_on IS NULL OR resolution = 'dismissed') ORDER BY household_id, id")
            .arg(householdWhere),
        values,
        [&](const BulkRow &row) {
            Row f;
            f.id = row.integer(0);
            f.flag.ruleId = row.text(2);
            f.flag.ruleVersion = static_cast<int>(row.integer(3));
            f.flag.title = row.text(4);
            f.flag.severity = static_cast<Severity>(std::clamp<qint64>(row.integer(5), 1, 4));
            f.flag.score = static_cast<int>(row.integer(6));
            f.flag.explanation = row.text(7);
            f.flag.signalIds = evidenceFromText(row.utf8(8));
            f.flag.dischargeIds = evidenceFromText(row.utf8(9));
            f.dismissed = row.utf8(10) == QByteArrayView("dismissed");
            m_rows.push_back(std::move(f));
            // Rows come by household: note where each household's rows begin and end.
            const qint64 household = row.integer(1);
            auto h = std::lower_bound(m_households.begin(), m_households.end(), household,
                                      [](const Household &a, qint64 id) { return a.id < id; });
            if (h != m_households.end() && h->id == household) {
                if (h->endRow == 0)
                    h->firstRow = m_rows.size() - 1;
                h->endRow = m_rows.size();
            }
            return true;
        },
        "read flags");
    if (!flags)
        return flags.error();
    return success();
}

const FlagStore::Household *FlagStore::find(qint64 householdId) const
{
    auto h = std::lower_bound(m_households.cbegin(), m_households.cend(), householdId,
                              [](const Household &a, qint64 id) { return a.id < id; });
    return h != m_households.cend() && h->id == householdId ? &*h : nullptr;
}

qint64 FlagStore::teamOf(qint64 householdId) const
{
    const Household *h = find(householdId);
    return h ? h->teamId : 0;
}

Result<void> FlagStore::write(const Evaluation &evaluation, EvaluationRun &run)
{
    const Household none;
    const Household *found = find(evaluation.householdId);
    const Household &h = found ? *found : none;
    // Per rule the latest open row and the latest dismissed one (rows are in id order).
    const auto latest = [&](const QString &ruleId, bool dismissed) -> const Row * {
        const Row *last = nullptr;
        for (std::size_t i = h.firstRow; i < h.endRow; ++i)
            if (m_rows[i].dismissed == dismissed && m_rows[i].flag.ruleId == ruleId)
                last = &m_rows[i];
        return last;
    };
    QList<Flag> open;
    for (const Flag &flag : evaluation.flags) {
        const QVariantList values{flag.ruleVersion, flag.title, static_cast<int>(flag.severity), flag.score,
                                  flag.explanation, evidenceToText(flag.signalIds), evidenceToText(flag.dischargeIds)};
        if (const Row *existing = latest(flag.ruleId, false)) {
            open << flag;
            if (existing->flag == flag)
                continue;
            if (auto updated = m_update.insert(values + QVariantList{existing->id}); !updated)
                return updated.error();
            ++run.updated;
            continue;
        }
        if (const Row *set = latest(flag.ruleId, true);
            set && contains(set->flag.signalIds, flag.signalIds) && contains(set->flag.dischargeIds, flag.dischargeIds))
            continue; // dismissed on this evidence; nothing new to look at
        if (auto raised = m_raise.insert(QVariantList{evaluation.householdId, flag.ruleId} + values + QVariantList{m_day, m_now});
            !raised)
            return raised.error();
        open << flag;
        ++run.raised;
    }
    for (std::size_t i = h.firstRow; i < h.endRow; ++i) {
        const Row &row = m_rows[i];
        if (row.dismissed || latest(row.flag.ruleId, false) != &row)
            continue;
        const bool firing = std::any_of(evaluation.flags.cbegin(), evaluation.flags.cend(),
                                        [&row](const Flag &f) { return f.ruleId == row.flag.ruleId; });
        if (firing)
            continue;
        if (auto resolved = m_resolve.insert({m_day, row.id}); !resolved)
            return resolved.error();
        ++run.resolved;
    }
    const qint64 newRank = open.isEmpty() ? 0 : priority(open).rank();
    if (newRank != h.priorityRank)
        if (auto ranked = m_rank.insert({newRank, evaluation.householdId}); !ranked)
            return ranked.error();
    return success();
}

} // namespace vangnet::rules
