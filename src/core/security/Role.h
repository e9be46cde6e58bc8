#pragma once

#include <QString>

#include <optional>

namespace vangnet {

/// What a user is in the team. Need-to-know follows from it (see Session::can).
enum class Role {
    Consulent,           ///< caseworker: works on the households of their team
    Teamleider,          ///< team lead: the team's households, plus rules, planner approval, exports
    FunctioneelBeheerder ///< administrator: users, teams, retention, audit review; no household data
};

/// What a service may be asked to do; Session::can() says whether the user may.
enum class Permission {
    ViewHouseholds,   ///< open, list and search households of one's own team
    EditHouseholds,   ///< create, change, delete households of one's own team
    ManageUsers,      ///< users and teams
    EditRules,        ///< signal rules (later issue)
    ApprovePlacements,///< housing planner approval (later issue)
    ManageRetention,  ///< retention periods and purges
    ImportSignals,    ///< import signal and discharge files, withdraw an untouched import
    ReviewAudit,      ///< read and export the audit log
    SubjectAccess,    ///< inzageverzoek: export everything held about one person of one's own team
    WorkCases,        ///< open, claim and work cases of one's own team (attempts, ZRM, plan, notes)
    AssignCases,      ///< assign cases to others of the team, bulk assignment
    ManageClocks,     ///< change the deadline (clock) settings
    ExportStatistics, ///< the DDAS delivery for CBS
    ExportStatisticsMunicipality, ///< the DDAS delivery over every team's households of a municipality (audited)
    ManagePlaces,     ///< the place inventory: import it, change a place's status
    ViewDashboard,    ///< the weekly dashboard of one's own team (figures and the households behind them)
    ManageOrganisation, ///< the organisation's name and logo on reports
};

QString roleKey(Role role);                         ///< "consulent", "teamleider", "beheerder"
std::optional<Role> userRoleFromKey(const QString &key); ///< inverse of roleKey(Role)
QString roleLabel(Role role);                       ///< translated
bool roleAllows(Role role, Permission permission);

} // namespace vangnet
