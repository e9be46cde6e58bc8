#pragma once

#include "security/FieldCipher.h"
#include "security/Role.h"
#include "security/SecretKey.h"
#include "support/Result.h"
#include "users/User.h"

#include <memory>

namespace vangnet {

/// Who is logged in, and the unlocked data key. Services take the session and check it
/// themselves: permissions are enforced in core, not by hiding buttons.
class Session {
public:
    Session(User user, std::shared_ptr<const SecretKey> dataKey);

    const User &user() const { return m_user; }
    const SecretKey &dataKey() const { return *m_dataKey; }
    /// Seals and opens the protected fields (BSN, notes) with keys derived from the data key.
    const FieldCipher &fields() const { return *m_fields; }

    bool can(Permission permission) const;
    /// Need-to-know: may this user see households of `teamId`?
    bool canSeeTeam(qint64 teamId) const;

    /// ErrorCode::PermissionDenied with a message naming the action, when not allowed.
    Result<void> require(Permission permission) const;
    Result<void> requireTeam(Permission permission, qint64 teamId) const;

private:
    User m_user;
    std::shared_ptr<const SecretKey> m_dataKey;
    std::shared_ptr<const FieldCipher> m_fields;
};

} // namespace vangnet
