#pragma once

#include <QDateTime>
#include <QString>

namespace vangnet {

/// What happened (BIO 8.15 / NEN 7513: every access to and change of personal data).
/// The stored key (auditActionKey) is stable; never renumber or rename.
enum class AuditAction {
    Login, LoginFailed, Logout,
    OpenHousehold, CreateHousehold, ChangeHousehold, DeleteHousehold,
    Search, Import, Export, Print,
    RevealBsn, PermissionDenied,
    UserChange, RetentionPurge,
    RetentionChange,
    RulesChange, DismissFlag,
    ChangeCase, ClocksChange, OpenCase,
    RecordZrm,
    ChangeDischarge, ///< a discharge notice re-delivered, superseded or its lifecycle changed
    ChangePlaces,    ///< the place inventory imported or a place's status changed
    ChangeNeed,      ///< a household's housing need recorded, changed or removed
    ChangePlacement, ///< a plan run stored, a proposal moved on (approved … placed), a pin or exclusion set
    ChangeOrganisation, ///< the organisation's name or logo on reports changed
    DamagedField,       ///< a protected field did not open: altered, or moved from another record
    Genesis,            ///< the first record of the sequenced chain: carries the database id
    KeyChange,          ///< a team key or the statistics key made, granted or rotated
    MergeHousehold,     ///< two households merged into one (docs/duplicates.md)
    UnmergeHousehold,   ///< a merge split back
};
/// The last enumerator: keep it so when adding actions (key lookups iterate up to it).
constexpr AuditAction lastAuditAction = AuditAction::UnmergeHousehold;

QString auditActionKey(AuditAction action); ///< "login", "open_household", …
QString auditActionLabel(AuditAction action); ///< translated

enum class AuditResult { Success, Denied, Failed };

/// Where an action came from: machine and operating-system user.
struct AuditOrigin {
    QString host;
    QString osUser;
    static AuditOrigin current(); ///< this machine and process
};

/// One audit record. Personal data stays out: objects are named by type and id, searches by
/// their kind ("postcode", "bsn", "name"), never by the text searched for.
struct AuditEvent {
    qint64 id = 0;
    QDateTime at;       ///< UTC
    qint64 actorId = 0; ///< 0 when nobody is logged in (failed login)
    QString actorName;  ///< user name as typed or known
    AuditAction action = AuditAction::OpenHousehold;
    QString objectType; ///< "household", "person", "user", …; empty when none
    qint64 objectId = 0;
    AuditResult result = AuditResult::Success;
    AuditOrigin origin;
    QString reason;     ///< asked for some actions (BSN reveal); free text
    QString detail;     ///< non-personal detail, e.g. "search:postcode", "rows:12"
    qint64 seq = 0;     ///< place in the chain from the genesis on (1 … n); 0 = before the genesis
};

} // namespace vangnet
