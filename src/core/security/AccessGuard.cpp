#include "security/AccessGuard.h"

#include "audit/AuditLog.h"
#include "security/Session.h"

namespace vangnet {

Result<void> AccessGuard::require(Permission permission, const QString &objectType, qint64 objectId,
                                  const QString &detail) const
{
    if (auto allowed = m_session.require(permission); !allowed)
        return refuse(allowed.error(), objectType, objectId, detail);
    return success();
}

Result<void> AccessGuard::requireTeam(Permission permission, qint64 teamId, const QString &objectType, qint64 objectId,
                                      const QString &detail) const
{
    if (auto allowed = m_session.requireTeam(permission, teamId); !allowed)
        return refuse(allowed.error(), objectType, objectId, detail);
    return success();
}

Error AccessGuard::refuse(const Error &refusal, const QString &objectType, qint64 objectId, const QString &detail) const
{
    // The refusal is what the user sees, unless it could not even be recorded.
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::PermissionDenied, objectType, objectId, AuditResult::Denied, {},
                                   detail);
        !audited)
        return audited.error();
    return refusal;
}

} // namespace vangnet
