#pragma once

#include "households/MergeRepository.h"
#include "support/Result.h"

#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::households {

/// What a merge did.
struct MergeOutcome {
    qint64 mergeId = 0;
    qint64 keptId = 0;
    qint64 mergedId = 0;
    int personsJoined = 0; ///< members of the household that went who were the same person as one that stayed
    QMap<QString, int> moved; ///< rows moved per table
    QMap<QString, int> removed; ///< rows removed per table (joined persons; a need or pin the staying one had)
};

/// Merges two households that are one family into the one the user keeps, and splits a merge
/// back (docs/duplicates.md, "Merge" and "Undo"). Everything that names the household that goes
/// moves to the one that stays, in one transaction with the merge record and its audit record
/// (AuditAction::MergeHousehold); members who are the same person (same BSN hash, or the same
/// birth date and a surname within one edit with matching initials) become one, the member of
/// the staying household surviving. The rules evaluate the merged household at once.
/// Permissions: EditHouseholds on both households, which must be of the user's own team.
/// Refusals (another team's household, no permission) are audited and told in Dutch; nothing moves.
class HouseholdMergeService {
public:
    HouseholdMergeService(const Database &db, const Clock &clock, const Session &session);

    /// Merges `other` into `keep`. With versions given (as shown to the user) a household changed
    /// since is refused with ErrorCode::StaleEdit.
    Result<MergeOutcome> merge(
        qint64 keep, qint64 other, std::optional<int> keepVersion = {}, std::optional<int> otherVersion = {});
    /// Splits merge `mergeId` back: the household that went returns with its own rows. Refused
    /// after undoDays(), when undone already, or when something added since could belong to
    /// either household (ErrorCode::Conflict with the reason).
    Result<void> undo(qint64 mergeId);
    /// The merges of the user's team, newest first.
    Result<QList<MergeRecord>> merges() const;

    /// How many days a merge can be undone: organisation_settings "merge_undo_days", else
    /// defaultUndoDays (docs/duplicates.md, "Undo": a policy choice).
    Result<int> undoDays() const;
    /// Sets the undo period (1 … maxUndoDays): the functioneel beheerder
    /// (Permission::ManageOrganisation), audited as change_organisation.
    Result<void> setUndoDays(int days);
    static constexpr int defaultUndoDays = 30;
    static constexpr int maxUndoDays = 365;
    static QString undoDaysKey() { return QStringLiteral("merge_undo_days"); }

private:
    Result<MergeHousehold> editable(qint64 id) const;
    Error denied(const Error &refusal, qint64 id) const;
    /// The members of `other` that are a member of `keep`: other id -> keep id.
    static QHash<qint64, qint64> samePeople(const QList<MergePerson> &keep, const QList<MergePerson> &other);
    /// Removes the members of `other` that are one of `keep` (their rows pointed at the survivor).
    Result<int> joinPeople(
        const QHash<qint64, qint64> &survivors, const QList<MergePerson> &other, MergeRecord &record);
    Result<void> restore(const MergeRecord &record, const MergeRepository &repository);

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::households
