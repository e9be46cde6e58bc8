#pragma once

#include "importing/ImportRows.h"
#include "needs/HousingNeed.h"
#include "support/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::needs {

struct NeedFile;

/// What recording a need did to the stored one.
enum class NeedChange { Inserted, Updated, Unchanged };

/// The outcome of one need import; `need import --json` prints it with these names.
struct NeedImportSummary {
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0; ///< rows refused; `rejects` has one entry per bad field
    QList<importing::Reject> rejects;
};

/// Housing needs (docs/planner.md, "Housing need"). Need-to-know as for households: a caseworker
/// or team lead reads and records the need only of a household of their own team; the
/// functioneel beheerder has no access. A household the user may not see is refused with the
/// same message as one that does not exist, so a refusal tells nothing. Refusals are audited as
/// PermissionDenied, every change as AuditAction::ChangeNeed.
class NeedService {
public:
    NeedService(const Database &db, const Clock &clock, const Session &session);

    /// The household's need; nullopt when it has none.
    Result<std::optional<HousingNeed>> get(qint64 householdId) const;
    /// Records the household's need, replacing the one it had. ErrorCode::Invalid when the
    /// applicant is not a member or persons < 1; nothing changes on any error.
    Result<NeedChange> record(HousingNeed need);
    /// Removes the household's need; NotFound when it has none.
    Result<void> remove(qint64 householdId);

    /// Reads and stores a need file: good rows in one transaction, the others rejected. A file
    /// that cannot be read or has the wrong header is refused whole, nothing stored.
    Result<NeedImportSummary> importFile(const QString &path);
    Result<NeedImportSummary> importNeeds(const NeedFile &file);

private:
    /// The household may be read (`edit` false) or its need changed (`edit` true).
    Result<void> mayUse(qint64 householdId, bool edit) const;
    Result<void> mayUseAtAll(bool edit) const;
    Result<void> denied(const Error &refusal, qint64 householdId) const;
    /// The rules a need must meet beyond its file format; Invalid with the reason.
    Result<void> check(const HousingNeed &need) const;
    Result<NeedChange> store(HousingNeed need);

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::needs
