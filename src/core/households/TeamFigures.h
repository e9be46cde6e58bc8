#pragma once

#include "support/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace vangnet {

class Session;

/// How much one team holds: what `vangnet-cli info` shows.
struct TeamCounts {
    qint64 households = 0;
    qint64 people = 0;
    qint64 signals = 0;          ///< early signals (vroegsignalen)
    qint64 dischargeNotices = 0; ///< discharge notices (uitstroommeldingen)
    qint64 openCases = 0;        ///< cases not closed (afgesloten)
};

/// The counts a user may see, need-to-know: their own team's households and what hangs off
/// them, never the database's totals (which would tell a team about the others' work).
class TeamFigures {
public:
    TeamFigures(QSqlDatabase db, const Session &session) : m_db(std::move(db)), m_session(session) {}

    /// The session's team's counts; std::nullopt for a user who sees no household data (the
    /// administrator, or a user without a team). Not a refusal: there is just nothing to show.
    Result<std::optional<TeamCounts>> counts() const;

private:
    QSqlDatabase m_db;
    const Session &m_session;
};

} // namespace vangnet
