#pragma once

#include "security/Session.h"
#include "security/SharedKey.h"
#include "support/Clock.h"
#include "support/Result.h"
#include "users/User.h"

#include <QSqlDatabase>

namespace vangnet {

/// What a rotation did (KeyService::rotate).
struct KeyRotation {
    KeyReference retired;
    KeyReference made;
    int fieldsResealed = 0;
    int membersGranted = 0;
};

/// Keys per team (docs/adr/0011-team-keys.md). A team's household fields are sealed under its
/// team key; each member holds the key as a grant sealed to their own key pair (UserIdentity,
/// from their key slot). Only a holder can grant, so a login grants what it holds to the
/// colleagues who lack it. The statistics key, for the municipality-wide DDAS delivery, goes the
/// same way to the users whose role makes that delivery.
class KeyService {
public:
    KeyService(QSqlDatabase db, const Clock &clock);

    /// At login, once the password opened the user's slot and the one-time upgrades ran:
    /// 1. stores the user's public key when it is new (a slot from before team keys) or changed;
    /// 2. makes the keys nobody has made yet: the statistics key, and each team's key when the
    ///    team has an active member with a public key; a new team key converts the team's fields
    ///    from the shared key (one transaction);
    /// 3. opens the user's grants, and grants what it holds to each entitled colleague without one.
    /// A user without a team, or whose grant has not been given yet, gets locked fields with
    /// the reason. `shared` is the login's session before its keys (the shared data key).
    Result<SessionKeys> unlock(const Session &shared, const UserIdentity &identity);

    /// Grants the keys `holder` holds to each entitled colleague without a grant (a new account,
    /// a reset password): at login, and every few minutes of an open session (SessionWatch), so a
    /// new colleague waits only for a colleague who has Vangnet open. The number of grants made.
    Result<int> grantPending(const Session &holder);

    /// After the user's own password change (a new key pair): the session's keys granted again,
    /// to `publicKey`, in the caller's transaction (the old grants were deleted with the old pair).
    Result<void> grantAgain(const Session &session, const QByteArray &publicKey);

    /// Makes the next version of team `teamId`'s key, re-seals every field of the team, grants
    /// it to every active member with a public key, deletes the old version's grants and records
    /// the rotation in the audit log. `member` is a logged-in member holding the current key,
    /// `administrator` a functioneel beheerder's session: both must agree.
    Result<KeyRotation> rotate(const Session &member, const Session &administrator, qint64 teamId);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace vangnet
