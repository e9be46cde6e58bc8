#include "security/Session.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet {

Session::Session(User user, std::shared_ptr<const SecretKey> dataKey)
    : m_user(std::move(user)), m_dataKey(std::move(dataKey)),
      m_sharedFields(std::make_shared<const FieldCipher>(*m_dataKey)), m_fields(m_sharedFields)
{
}

Session::Session(User user, std::shared_ptr<const SecretKey> dataKey, SessionKeys keys)
    : m_user(std::move(user)), m_dataKey(std::move(dataKey)), m_keys(std::move(keys)),
      m_sharedFields(std::make_shared<const FieldCipher>(*m_dataKey)),
      m_fields(m_keys.team ? std::make_shared<const FieldCipher>(*m_dataKey, *m_keys.team, m_keys.statisticsPublicKey)
                           : std::make_shared<const FieldCipher>(FieldCipher::locked(*m_dataKey, m_keys.lockedReason)))
{
}

bool Session::can(Permission permission) const
{
    return m_user.active && roleAllows(m_user.role, permission);
}

bool Session::canSeeTeam(qint64 teamId) const
{
    return can(Permission::ViewHouseholds) && m_user.teamId != 0 && teamId == m_user.teamId;
}

Result<void> Session::require(Permission permission) const
{
    if (can(permission))
        return success();
    spdlog::warn("permission denied: user {} lacks permission {}", m_user.id, static_cast<int>(permission));
    return Error{ErrorCode::PermissionDenied,
                 QCoreApplication::translate("vangnet::Session", "Your role (%1) does not allow this.").arg(roleLabel(m_user.role))};
}

Result<void> Session::requireTeam(Permission permission, qint64 teamId) const
{
    if (auto allowed = require(permission); !allowed)
        return allowed;
    if (teamId == m_user.teamId && teamId != 0)
        return success();
    spdlog::warn("permission denied: user {} is not in team {}", m_user.id, teamId);
    return Error{ErrorCode::PermissionDenied,
                 QCoreApplication::translate("vangnet::Session", "This household belongs to another team; you have no access to it.")};
}

} // namespace vangnet
