#pragma once

#include "audit/AuditEvent.h"
#include "domain/Household.h"
#include "households/BsnConflicts.h"
#include "importing/ImportRows.h"
#include "importing/RowWriters.h"
#include "signals/SignalRecords.h"
#include "domain/Note.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace vangnet {

class Database;
class Session;

/// Creating, changing and removing households with their members, and their notes.
/// Validates first, then writes everything in one transaction: a save is whole or not at all.
/// Every call checks the session: a user sees and edits only the households of their own team
/// (need-to-know); a refusal is ErrorCode::PermissionDenied with a permission_denied audit record.
class HouseholdService {
public:
    HouseholdService(const Database &db, const Clock &clock, const Session &session);

    Result<Household> get(qint64 id) const;
    /// Validates and stores a new household with its members; returns it as stored.
    Result<Household> create(Household household);
    /// Stores an edited household: address, changed, new and removed members. Refused as a
    /// stale edit when someone else saved the household since `household.version` was read.
    Result<Household> save(Household household);
    Result<void> remove(qint64 id, int version);

    /// Adds a note written by the session's user (the author is never the caller's to choose);
    /// audited as a change of the household (ChangeHousehold, detail "note N added").
    Result<Note> addNote(qint64 householdId, const QString &text);
    Result<QList<Note>> notes(qint64 householdId) const;
    /// The household's early signals and discharge notices (the timeline), newest first.
    Result<QList<SignalRecord>> signalsOf(qint64 householdId) const;
    Result<QList<DischargeRecord>> dischargesOf(qint64 householdId) const;
    /// Manual entry of a signal or discharge notice about member `personId` of the household.
    /// The row's person is ignored (the member is chosen); its other fields are validated as an
    /// import validates them. A duplicate of a stored one is refused with ErrorCode::Conflict. A
    /// discharge notice with the id of one stored for this household updates it (the date within
    /// the policy bounds, else ErrorCode::Invalid on verwachte_uitstroomdatum), and a new one
    /// supersedes the member's older open notice of that institution type (docs/formats.md,
    /// "Discharge lifecycle"); the id returned is the notice's.
    Result<qint64> addSignal(qint64 householdId, qint64 personId, const importing::SignalRow &row);
    Result<qint64> addDischarge(qint64 householdId, qint64 personId, const importing::DischargeRow &row);
    /// "Toon BSN": the plain BSN of a member of a visible household, after an audit record
    /// (AuditAction::RevealBsn on the person, with the reason) was written. The reason is required.
    Result<QString> revealBsn(qint64 personId, const QString &reason);

    /// Field errors for the form, including BSNs already registered for another person: named
    /// when that person is of the user's own team, else a neutral refusal that neither confirms
    /// nor denies the BSN is known. Writes nothing; create() and save() also audit the attempt
    /// to register another team's BSN (AuditAction::Search on the holder, result denied).
    QList<FieldError> validate(const Household &household) const;

    /// The need-to-know check alone (the household's team, not the household): its team id.
    /// A refusal is logged. For services that show something of a household (its flags).
    Result<qint64> mayView(qint64 id) const;

private:
    /// get() without an OpenHousehold record: for reads the service does on its own behalf.
    Result<Household> visible(qint64 id) const;
    /// Writes an audit record about household `id`; its failure must stop the action.
    Result<void> audit(AuditAction action, qint64 id, AuditResult result = AuditResult::Success) const;
    /// Records a PermissionDenied for household `id` and returns the refusal (or the audit error).
    Error denied(const Error &refusal, qint64 id) const;
    /// The session may edit households and this one is of its team (NotFound when it vanished).
    Result<void> mayEdit(qint64 id) const;
    Result<void> writeMembers(const Household &stored, Household &edited);
    /// validate(), collecting the conflicts with other teams' persons in `foreign` (when given).
    QList<FieldError> validateWith(const Household &household, QList<BsnConflict> *foreign) const;
    /// validate() for a save: other teams' BSNs entered are audited, then any error refuses.
    Result<void> checkBeforeSave(const Household &household) const;
    /// Manual entry: checks the member, writes through `write` in one transaction with the audit record.
    Result<qint64> addEntry(qint64 householdId, qint64 personId, const char *what,
                            const std::function<Result<importing::Written>()> &write);

    /// The signal rules look at the household again (its facts changed); inside the caller's
    /// transaction, so the change and its flags commit together.
    Result<void> reflag(qint64 id) const;

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet
