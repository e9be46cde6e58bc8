#pragma once

#include "support/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace vangnet::households {

/// A household as a merge checks it.
struct MergeHousehold {
    qint64 id = 0;
    qint64 teamId = 0;
    int version = 0;
    QString postcode;
    int huisnummer = 0;
    QString toevoeging;
};

/// A member as a merge compares it.
struct MergePerson {
    qint64 id = 0;
    QString bsnHash;
    QString voorletters;
    QString voornaam;
    QString voorvoegsel;
    QString achternaam;
    QDate born;
};

/// A stored merge (household_merges).
struct MergeRecord {
    qint64 id = 0;
    qint64 keptId = 0;
    qint64 mergedId = 0;
    qint64 teamId = 0;
    QDateTime mergedAt;
    QString mergedBy;
    QJsonObject household; ///< the row of the household that went
    QJsonObject moved; ///< table -> keys moved to the household that stayed
    QJsonObject repointed; ///< "table.column" -> [[row, person it named before]]; "persons.bsn" -> [person]
    QJsonObject removed; ///< table -> rows deleted, whole
    QDateTime undoneAt; ///< invalid while the merge stands
};

/// The SQL of merging two households and undoing it (HouseholdMergeService), inside the caller's
/// transaction. Every table that names a household is listed once, in MergeTables.h, and every
/// person column in personColumns() (docs/duplicates.md, "What moves").
class MergeRepository {
public:
    explicit MergeRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Result<MergeHousehold> household(qint64 id) const;
    Result<QList<MergePerson>> persons(qint64 householdId) const;

    /// Points every reference to person `from` at person `to`, recording each in `repointed`.
    Result<void> repoint(qint64 from, qint64 to, QJsonObject &repointed) const;
    /// Rows of `other` that `keep` already has one of (a housing need, a pin, …): removed whole
    /// into `removed`, so the rest can move.
    Result<void> removeConflicts(qint64 keep, qint64 other, QJsonObject &removed) const;
    /// The rows of `table` whose `column` is `id`, whole (a person, the household row).
    Result<QJsonArray> snapshot(const QString &table, const QString &column, qint64 id) const;
    Result<void> deleteRow(const QString &table, const QString &column, qint64 id) const;
    /// Moves every row of `other` to `keep`, recording the keys per table in `moved`.
    Result<void> moveAll(qint64 other, qint64 keep, QJsonObject &moved) const;
    /// The head of the household that goes (hoofdbewoner) joins as 'overig': a household has one
    /// head. Recorded in `repointed` ("persons.role") for an undo.
    Result<void> demoteHeads(qint64 other, QJsonObject &repointed) const;
    /// Of two open flags of one rule (one from each household) the older is resolved: the rules
    /// keep one open flag per rule. Recorded in `repointed` ("flags.closed") for an undo.
    Result<void> closeDoubleFlags(qint64 keep, const QDate &day, QJsonObject &repointed) const;
    /// The members of the household that went, as the import matched them, now pointing at `keep`.
    Result<void> addMatchKeys(qint64 mergeId, qint64 keep, const MergeHousehold &gone, const QList<MergePerson> &people,
        const QHash<qint64, qint64> &survivors) const;
    Result<void> clearBsn(qint64 personId) const;
    Result<QString> bsnHashOf(qint64 personId) const; ///< empty when the person has no BSN
    Result<void> setBsnHash(qint64 personId, const QString &hash) const;
    Result<void> touch(qint64 householdId, const QDateTime &now) const; ///< version + 1, member count
    Result<qint64> insertRecord(const MergeRecord &record) const;
    Result<void> updateRecord(const MergeRecord &record) const; ///< moved/repointed/removed, after the fact
    Result<MergeRecord> record(qint64 mergeId) const;
    Result<QList<MergeRecord>> records(qint64 teamId) const; ///< newest first
    Result<void> markUndone(qint64 mergeId, const QDateTime &now, const QString &by) const;

    // Undo.
    Result<bool> exists(const QString &table, const QString &column, const QVariant &key) const;
    Result<void> insertRow(const QString &table, const QJsonObject &row) const;
    Result<void> moveBack(const QJsonObject &moved, qint64 keep, qint64 other) const;
    /// Rows added since that follow a case going back (contact attempts, assessments, placements).
    Result<void> followCases(const QJsonArray &cases, qint64 keep, qint64 other) const;
    /// References back to their own person, and flags a merge resolved open again.
    Result<void> repointBack(const QJsonObject &repointed) const;
    Result<void> removeMatchKeys(qint64 mergeId) const;
    /// Why rows on `keep` cannot be split back: a case holding signals of both, or a row added
    /// since about a member that goes back. Empty when nothing stands in the way.
    Result<QString> blockingUndo(const MergeRecord &record) const;

    /// The person-reference columns (table, column) every merge re-points.
    static QList<std::pair<QString, QString>> personColumns();

private:
    Result<void> exec(const QString &sql, const QVariantList &values, const char *what) const;

    QSqlDatabase m_db;
};

} // namespace vangnet::households
