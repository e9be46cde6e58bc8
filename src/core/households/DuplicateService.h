#pragma once

#include "households/DuplicatePair.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::households {

/// Mogelijke dubbelingen: pairs of households of the user's own team that may be one family
/// (docs/duplicates.md). Reading needs ViewHouseholds, "not a duplicate" EditHouseholds; both
/// households must be of the user's team (Session::canSeeTeam). Refusals are audited.
class DuplicateService {
public:
    DuplicateService(const Database &db, const Clock &clock, const Session &session);

    /// The team's candidate pairs, highest score first, without those set aside.
    Result<QList<DuplicatePair>> candidates() const;
    /// Remembers that `a` and `b` are not one family: the pair is not proposed again.
    Result<void> notDuplicate(qint64 a, qint64 b);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::households
