#include "households/TeamFigures.h"

#include "security/Session.h"
#include "storage/SqlStatement.h"

namespace vangnet {

Result<std::optional<TeamCounts>> TeamFigures::counts() const
{
    const qint64 team = m_session.user().teamId;
    if (!m_session.canSeeTeam(team))
        return std::optional<TeamCounts>();
    // One statement, every count scoped through the household's team.
    auto q = runSql(m_db, QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM households h WHERE h.team_id = ?) AS households, "
        "(SELECT COUNT(*) FROM persons p JOIN households h ON h.id = p.household_id WHERE h.team_id = ?) AS people, "
        "(SELECT COUNT(*) FROM signals s JOIN households h ON h.id = s.household_id WHERE h.team_id = ?) AS signals, "
        "(SELECT COUNT(*) FROM discharge_notices d JOIN households h ON h.id = d.household_id WHERE h.team_id = ?) "
        "AS discharge_notices, "
        "(SELECT COUNT(*) FROM cases c JOIN households h ON h.id = c.household_id "
        "WHERE h.team_id = ? AND c.status <> 'afgesloten') AS open_cases"),
        {team, team, team, team, team}, "count team figures");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no counts returned"), "count team figures");
    TeamCounts c;
    c.households = q->value(QStringLiteral("households")).toLongLong();
    c.people = q->value(QStringLiteral("people")).toLongLong();
    c.signals = q->value(QStringLiteral("signals")).toLongLong();
    c.dischargeNotices = q->value(QStringLiteral("discharge_notices")).toLongLong();
    c.openCases = q->value(QStringLiteral("open_cases")).toLongLong();
    return std::optional<TeamCounts>(c);
}

} // namespace vangnet
