#pragma once

#include "security/FieldCipher.h"
#include "security/Role.h"
#include "security/SecretKey.h"
#include "support/Result.h"
#include "users/User.h"

#include <memory>

namespace vangnet {

/// The shared keys a login unlocked (KeyService::unlock): the team key, or why there is none,
/// and the statistics key for the users who make the municipality-wide DDAS delivery.
struct SessionKeys {
    std::shared_ptr<const SharedKey> team;       ///< null: the fields are locked (lockedReason)
    QString lockedReason;
    std::shared_ptr<const SharedKey> statistics; ///< held by those with ExportStatisticsMunicipality
    QByteArray statisticsPublicKey;              ///< every BSN written is also sealed to it
};

/// Who is logged in, and the unlocked data key. Services take the session and check it
/// themselves: permissions are enforced in core, not by hiding buttons.
class Session {
public:
    /// A session whose fields are sealed under the shared data key (as before team keys): the
    /// one-time upgrades use it, and test fixtures that build a session by hand.
    Session(User user, std::shared_ptr<const SecretKey> dataKey);
    /// A logged-in session with the keys its login unlocked.
    Session(User user, std::shared_ptr<const SecretKey> dataKey, SessionKeys keys);

    const User &user() const { return m_user; }
    const SecretKey &dataKey() const { return *m_dataKey; }
    const std::shared_ptr<const SecretKey> &dataKeyShared() const { return m_dataKey; }
    /// Seals and opens the protected fields (BSN, notes) of the user's team: under the team's key
    /// (or locked, with the reason, when the user holds none).
    const FieldCipher &fields() const { return *m_fields; }
    /// The fields under the shared data key: values not yet converted to a team key (the one-time
    /// upgrades, a DDAS delivery over a team that has no key yet).
    const FieldCipher &sharedFields() const { return *m_sharedFields; }
    const SessionKeys &keys() const { return m_keys; }

    bool can(Permission permission) const;
    /// Need-to-know: may this user see households of `teamId`?
    bool canSeeTeam(qint64 teamId) const;

    /// ErrorCode::PermissionDenied with a message naming the action, when not allowed.
    Result<void> require(Permission permission) const;
    Result<void> requireTeam(Permission permission, qint64 teamId) const;

private:
    User m_user;
    std::shared_ptr<const SecretKey> m_dataKey;
    SessionKeys m_keys;
    std::shared_ptr<const FieldCipher> m_sharedFields;
    std::shared_ptr<const FieldCipher> m_fields;
};

} // namespace vangnet
