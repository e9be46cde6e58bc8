#include "users/KeyService.h"

#include "audit/AuditLog.h"
#include "security/FieldCipher.h"
#include "server/ServerLogins.h"
#include "storage/KeyRepository.h"
#include "storage/ProtectedFields.h"
#include "storage/Transaction.h"
#include "users/UserRepository.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vangnet::KeyService", text);
}

/// Who is entitled to a key: the active members of a team who may see its households, or the
/// active users whose role makes the municipality-wide DDAS delivery; only those with a public key
/// can receive it.
bool entitled(const User &u, const QString &scope)
{
    if (!u.active)
        return false;
    if (scope == KeyReference::statisticsScope())
        return roleAllows(u.role, Permission::ExportStatisticsMunicipality);
    return u.teamId != 0 && scope == KeyReference::teamScope(u.teamId) && roleAllows(u.role, Permission::ViewHouseholds);
}

/// The members of `scope` that have a public key.
QList<User> entitledUsers(const QList<User> &users, const QHash<qint64, QByteArray> &publicKeys, const QString &scope)
{
    QList<User> out;
    for (const User &u : users)
        if (entitled(u, scope) && publicKeys.contains(u.id))
            out << u;
    return out;
}

/// Grants `key` to every entitled user without a grant of it; the number granted.
Result<int> grantMissing(KeyRepository &keys, const SharedKey &key, const QList<User> &members,
                         const QHash<qint64, QByteArray> &publicKeys, const QDateTime &now)
{
    auto holders = keys.holders(key.reference());
    if (!holders)
        return holders.error();
    int granted = 0;
    for (const User &u : members) {
        if (holders->contains(u.id))
            continue;
        if (auto stored = keys.insertGrant(key.reference(), u.id, key.grantTo(u.id, publicKeys.value(u.id)), now); !stored)
            return stored.error();
        ++granted;
    }
    return granted;
}

/// Who could receive a key: every user, and the public keys of those who have one.
struct Members {
    QList<User> users;
    QHash<qint64, QByteArray> publicKeys;

    static Result<Members> read(const QSqlDatabase &db, const KeyRepository &keys)
    {
        auto users = UserRepository(db).all();
        if (!users)
            return users.error();
        auto publicKeys = keys.publicKeys();
        if (!publicKeys)
            return publicKeys.error();
        return Members{std::move(users).value(), std::move(publicKeys).value()};
    }
    QList<User> of(const QString &scope) const { return entitledUsers(users, publicKeys, scope); }
};

} // namespace

KeyService::KeyService(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<SessionKeys> KeyService::unlock(const Session &shared, const UserIdentity &identity)
{
    const User &user = shared.user();
    const SecretKey &dataKey = shared.dataKey();
    const QDateTime now = m_clock.now();
    KeyRepository keys(m_db);
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();

    auto members = Members::read(m_db, keys);
    if (!members)
        return members.error();
    if (members->publicKeys.value(user.id) != identity.publicKey()) {
        // A slot from before team keys, or a new password: grants to an older pair cannot open.
        if (auto stored = keys.setPublicKey(user.id, identity.publicKey()); !stored)
            return stored.error();
        if (auto dropped = keys.deleteGrantsOf(user.id); !dropped)
            return dropped.error();
        members->publicKeys.insert(user.id, identity.publicKey());
    }
    auto current = keys.allCurrent();
    if (!current)
        return current.error();
    QHash<QString, StoredKey> byScope;
    for (const StoredKey &k : std::as_const(*current))
        byScope.insert(k.reference.scope, k);

    SessionKeys out;
    const QString statistics = KeyReference::statisticsScope();
    const QList<User> statisticians = members->of(statistics);
    std::shared_ptr<const SharedKey> statisticsKey;
    if (!byScope.contains(statistics) && !statisticians.isEmpty()) {
        // The first login with someone to give it to makes the statistics key.
        auto made = std::make_shared<const SharedKey>(SharedKey::generate({statistics, 1}));
        if (auto stored = keys.insert({made->reference(), made->publicKey()}, user.id, now); !stored)
            return stored.error();
        byScope.insert(statistics, {made->reference(), made->publicKey()});
        statisticsKey = made;
        spdlog::info("statistics key made at the login of user {}", user.id);
    } else if (byScope.contains(statistics) && entitled(user, statistics)) {
        auto grant = keys.grant(byScope.value(statistics).reference, user.id);
        if (!grant)
            return grant.error();
        if (grant->has_value()) {
            // A grant that does not open (altered) costs the DDAS delivery, not the login.
            if (auto opened = SharedKey::openGrant(byScope.value(statistics).reference, user.id, **grant, identity))
                statisticsKey = std::make_shared<const SharedKey>(std::move(opened).value());
            else
                spdlog::warn("the statistics key grant of user {} does not open", user.id);
        }
    }
    if (statisticsKey) {
        auto granted = grantMissing(keys, *statisticsKey, statisticians, members->publicKeys, now);
        if (!granted)
            return granted.error();
        if (entitled(user, statistics))
            out.statistics = statisticsKey;
    }
    out.statisticsPublicKey = byScope.contains(statistics) ? byScope.value(statistics).publicKey : QByteArray();

    // Each team without a key gets one as soon as a member can receive it; its fields are
    // converted from the shared key in this transaction.
    auto teams = UserRepository(m_db).teams();
    if (!teams)
        return teams.error();
    // On a team server a login sees its own team's rows only (row-level security), so only a
    // member's login can convert a team's fields: each team's key waits for its first member.
    const bool ownTeamOnly = server::ServerLogins::onTeamServer(m_db);
    for (const Team &team : std::as_const(*teams)) {
        const QString scope = KeyReference::teamScope(team.id);
        const QList<User> teamMembers = members->of(scope);
        std::shared_ptr<const SharedKey> teamKey;
        if (!byScope.contains(scope)) {
            if (teamMembers.isEmpty() || (ownTeamOnly && team.id != user.teamId))
                continue;
            teamKey = std::make_shared<const SharedKey>(SharedKey::generate({scope, 1}));
            if (auto stored = keys.insert({teamKey->reference(), teamKey->publicKey()}, user.id, now); !stored)
                return stored.error();
            const FieldCipher sealing(dataKey, *teamKey, out.statisticsPublicKey);
            auto converted
                = protectedfields::resealTeam(m_db, team.id, shared.sharedFields(), sealing, QLatin1StringView("v2:"));
            if (!converted)
                return converted.error();
            if (auto recorded = AuditLog(m_db, m_clock).record(shared, AuditAction::KeyChange, QStringLiteral("team"),
                                                               team.id, AuditResult::Success, {},
                                                               QStringLiteral("make:%1,fields=%2,members=%3")
                                                                   .arg(teamKey->reference().text())
                                                                   .arg(*converted)
                                                                   .arg(teamMembers.size()));
                !recorded)
                return recorded.error();
            spdlog::info("team {} key made at the login of user {}: {} fields converted", team.id, user.id, *converted);
        } else if (team.id == user.teamId && entitled(user, scope)) {
            const KeyReference reference = byScope.value(scope).reference;
            auto grant = keys.grant(reference, user.id);
            if (!grant)
                return grant.error();
            if (!grant->has_value()) {
                out.lockedReason = tr("Your team's key has not been given to your account yet (a new account or a new "
                                      "password). A colleague of your team gives it by logging in, or within a minute "
                                      "while they have Vangnet open; then log in again. Until then the households' "
                                      "protected fields (BSN, notes) cannot be read or written.");
                continue;
            }
            auto opened = SharedKey::openGrant(reference, user.id, **grant, identity);
            if (!opened) {
                out.lockedReason = opened.error().message;
                spdlog::warn("the team key grant of user {} does not open", user.id);
                continue;
            }
            teamKey = std::make_shared<const SharedKey>(std::move(opened).value());
            if (!out.statisticsPublicKey.isEmpty()) {
                const FieldCipher fields(dataKey, *teamKey, out.statisticsPublicKey);
                if (auto filled = protectedfields::fillStatisticsCopies(m_db, team.id, fields); !filled)
                    return filled.error();
            }
        } else {
            continue;
        }
        if (auto granted = grantMissing(keys, *teamKey, teamMembers, members->publicKeys, now); !granted)
            return granted.error();
        if (team.id == user.teamId && entitled(user, scope))
            out.team = teamKey;
    }
    if (!out.team && out.lockedReason.isEmpty())
        out.lockedReason = user.teamId == 0
            ? tr("Your account belongs to no team, and household fields are sealed with a team's key.")
            : tr("Your role does not open household fields.");
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return out;
}

Result<int> KeyService::grantPending(const Session &holder)
{
    KeyRepository keys(m_db);
    auto members = Members::read(m_db, keys);
    if (!members)
        return members.error();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    int granted = 0;
    for (const auto &key : {holder.keys().team, holder.keys().statistics}) {
        if (!key)
            continue;
        auto made = grantMissing(keys, *key, members->of(key->reference().scope), members->publicKeys, m_clock.now());
        if (!made)
            return made.error();
        granted += *made;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (granted > 0)
        spdlog::info("user {} gave shared keys to {} colleagues", holder.user().id, granted);
    return granted;
}

Result<void> KeyService::grantAgain(const Session &session, const QByteArray &publicKey)
{
    KeyRepository keys(m_db);
    for (const auto &key : {session.keys().team, session.keys().statistics}) {
        if (!key)
            continue;
        const qint64 id = session.user().id;
        if (auto stored = keys.insertGrant(key->reference(), id, key->grantTo(id, publicKey), m_clock.now()); !stored)
            return stored.error();
    }
    return success();
}

Result<KeyRotation> KeyService::rotate(const Session &member, const Session &administrator, qint64 teamId)
{
    if (auto allowed = administrator.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    if (!member.keys().team || member.user().teamId != teamId)
        return Error{ErrorCode::PermissionDenied,
                     tr("A rotation needs the login of a member of the team who holds its current key.")};
    const SharedKey &old = *member.keys().team;
    KeyRepository keys(m_db);
    auto current = keys.current(old.reference().scope);
    if (!current)
        return current.error();
    if (!current->has_value() || !((*current)->reference == old.reference()))
        return Error{ErrorCode::StaleEdit,
                     tr("The team's key changed since this login; log in again and repeat the rotation.")};
    auto members = Members::read(m_db, keys);
    if (!members)
        return members.error();

    const SharedKey next = SharedKey::generate({old.reference().scope, old.reference().version + 1});
    const QByteArray statisticsPublicKey = member.keys().statisticsPublicKey;
    const FieldCipher from(member.dataKey(), old, statisticsPublicKey);
    const FieldCipher to(member.dataKey(), next, statisticsPublicKey);
    const QDateTime now = m_clock.now();
    KeyRotation rotation{old.reference(), next.reference(), 0, 0};
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    if (auto stored = keys.insert({next.reference(), next.publicKey()}, member.user().id, now); !stored)
        return stored.error();
    auto resealed = protectedfields::resealTeam(m_db, teamId, from, to, QLatin1StringView("v3:"));
    if (!resealed)
        return resealed.error();
    rotation.fieldsResealed = *resealed;
    auto granted = grantMissing(keys, next, members->of(next.reference().scope), members->publicKeys, now);
    if (!granted)
        return granted.error();
    rotation.membersGranted = *granted;
    if (auto retired = keys.retire(old.reference(), now); !retired)
        return retired.error();
    const QString detail = QStringLiteral("rotate:%1->%2,fields=%3,members=%4")
                               .arg(old.reference().text(), next.reference().text())
                               .arg(rotation.fieldsResealed)
                               .arg(rotation.membersGranted);
    AuditLog audit(m_db, m_clock);
    for (const Session *s : {&administrator, &member})
        if (auto recorded = audit.record(*s, AuditAction::KeyChange, QStringLiteral("team"), teamId,
                                         AuditResult::Success, {}, detail);
            !recorded)
            return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("team {} key rotated to version {}: {} fields, {} members", teamId, next.reference().version,
                 rotation.fieldsResealed, rotation.membersGranted);
    return rotation;
}

} // namespace vangnet
