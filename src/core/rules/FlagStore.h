#pragma once

#include "rules/Flag.h"
#include "storage/BulkStatement.h"
#include "support/Result.h"

#include <QDate>
#include <QSqlDatabase>

#include <vector>

namespace vangnet::rules {

struct EvaluationRun;

/// Evidence ids as a flag row stores them: "12,40,41".
QString evidenceToText(const QList<qint64> &ids);
QList<qint64> evidenceFromText(QByteArrayView text);

/// The stored flags of a slice of households and what an evaluation changes in them: new flags
/// raised, changed ones updated, those whose rule no longer fires resolved, and each household's
/// priority rank (docs/rules.md, "Evaluation, stored flags and dismissal"). A full evaluation
/// reads and writes one slice of households at a time, so its memory is bounded by the slice,
/// not by the number of flags in the municipality.
class FlagStore {
public:
    /// `day` is the evaluation's date (raised_on, resolved_on); `now` the run's timestamp.
    FlagStore(const QSqlDatabase &db, QDate day, QString now);
    FlagStore(const FlagStore &) = delete;
    FlagStore &operator=(const FlagStore &) = delete;

    /// Reads the households with ids from `firstId` to `lastId` and their open and dismissed flags.
    Result<void> readRange(qint64 firstId, qint64 lastId);
    /// Reads exactly these households (ascending, a few hundred at most: an IN list).
    Result<void> readIds(const QList<qint64> &ids);

    /// The household's team as stored; 0 when it has none or was not read.
    qint64 teamOf(qint64 householdId) const;
    /// Stores what the evaluation changes for its household (read before), counting in `run`.
    Result<void> write(const Evaluation &evaluation, EvaluationRun &run);

private:
    /// A flag row as the evaluation compares it.
    struct Row {
        qint64 id = 0;
        Flag flag;
        bool dismissed = false;
    };
    /// A household as stored before this evaluation; its flags are rows [firstRow, endRow).
    struct Household {
        qint64 id = 0;
        qint64 teamId = 0;
        qint64 priorityRank = 0;
        std::size_t firstRow = 0;
        std::size_t endRow = 0;
    };

    Result<void> read(const QString &householdWhere, const QVariantList &values);
    const Household *find(qint64 householdId) const;

    QSqlDatabase m_db;
    QString m_day;
    QString m_now;
    std::vector<Household> m_households; ///< ascending id
    std::vector<Row> m_rows;             ///< by household, then id
    BulkStatement m_raise;
    BulkStatement m_update;
    BulkStatement m_resolve;
    BulkStatement m_rank;
};

} // namespace vangnet::rules
