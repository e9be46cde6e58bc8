#include "security/Role.h"

#include <QCoreApplication>

namespace vangnet {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Consulent: return QStringLiteral("consulent");
    case Role::Teamleider: return QStringLiteral("teamleider");
    case Role::FunctioneelBeheerder: return QStringLiteral("beheerder");
    }
    return QStringLiteral("consulent");
}

std::optional<Role> userRoleFromKey(const QString &key)
{
    for (Role r : {Role::Consulent, Role::Teamleider, Role::FunctioneelBeheerder})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Consulent: return QCoreApplication::translate("vangnet::Role", "Caseworker");
    case Role::Teamleider: return QCoreApplication::translate("vangnet::Role", "Team lead");
    case Role::FunctioneelBeheerder: return QCoreApplication::translate("vangnet::Role", "Administrator");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewHouseholds:
    case Permission::EditHouseholds:
    case Permission::ImportSignals:
    case Permission::WorkCases:
    case Permission::ViewDashboard: // the team's own figures; drill-downs name its households
        return role == Role::Consulent || role == Role::Teamleider;
    case Permission::EditRules:
    case Permission::ApprovePlacements:
    case Permission::SubjectAccess: // the team lead answers inzageverzoeken (docs/security.md)
    case Permission::AssignCases:
    case Permission::ManageClocks:
    case Permission::ExportStatistics:
    // CBS wants one delivery per municipality, over all its teams (docs/security.md); the lead
    // gets it rather than a new reporting role, and every delivery is audited.
    case Permission::ExportStatisticsMunicipality:
        return role == Role::Teamleider;
    case Permission::ManageUsers:
    case Permission::ManageRetention:
    case Permission::ReviewAudit:
    case Permission::ManagePlaces: // places hold no personal data; the beheerder keeps the inventory
    case Permission::ManageOrganisation:
        return role == Role::FunctioneelBeheerder;
    }
    return false;
}

} // namespace vangnet
