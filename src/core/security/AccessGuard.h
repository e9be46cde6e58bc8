#pragma once

#include "security/Role.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace vangnet {

class Session;

/// Permission checks that leave a trace: the one way a core service asks "may this session do
/// this?". A refusal is written as a `permission_denied` audit record (object type and id, no
/// personal data) before it is returned, so a refusal is never only a line in the technical log.
/// Should the record itself fail, that error is returned instead: the action stops either way.
class AccessGuard {
public:
    AccessGuard(QSqlDatabase db, const Clock &clock, const Session &session)
        : m_db(std::move(db)), m_clock(clock), m_session(session)
    {
    }

    /// Session::require, audited on refusal.
    Result<void> require(Permission permission, const QString &objectType, qint64 objectId = 0,
                         const QString &detail = {}) const;
    /// Session::requireTeam (need-to-know), audited on refusal.
    Result<void> requireTeam(Permission permission, qint64 teamId, const QString &objectType, qint64 objectId = 0,
                             const QString &detail = {}) const;
    /// Records a refusal the caller decided itself and returns it (or the audit error).
    Error refuse(const Error &refusal, const QString &objectType, qint64 objectId = 0, const QString &detail = {}) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet
