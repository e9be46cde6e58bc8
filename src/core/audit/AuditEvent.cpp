#include "audit/AuditEvent.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace vangnet {

QString auditActionKey(AuditAction action)
{
    // Stored in every record and covered by its hash: these keys never change.
    switch (action) {
    case AuditAction::Login: return QStringLiteral("login");
    case AuditAction::LoginFailed: return QStringLiteral("login_failed");
    case AuditAction::Logout: return QStringLiteral("logout");
    case AuditAction::OpenHousehold: return QStringLiteral("open_household");
    case AuditAction::CreateHousehold: return QStringLiteral("create_household");
    case AuditAction::ChangeHousehold: return QStringLiteral("change_household");
    case AuditAction::DeleteHousehold: return QStringLiteral("delete_household");
    case AuditAction::Search: return QStringLiteral("search");
    case AuditAction::Import: return QStringLiteral("import");
    case AuditAction::Export: return QStringLiteral("export");
    case AuditAction::Print: return QStringLiteral("print");
    case AuditAction::RevealBsn: return QStringLiteral("reveal_bsn");
    case AuditAction::PermissionDenied: return QStringLiteral("permission_denied");
    case AuditAction::UserChange: return QStringLiteral("user_change");
    case AuditAction::RetentionPurge: return QStringLiteral("retention_purge");
    case AuditAction::RetentionChange: return QStringLiteral("retention_change");
    case AuditAction::RulesChange: return QStringLiteral("rules_change");
    case AuditAction::DismissFlag: return QStringLiteral("dismiss_flag");
    case AuditAction::ChangeCase: return QStringLiteral("change_case");
    case AuditAction::ClocksChange: return QStringLiteral("clocks_change");
    case AuditAction::OpenCase: return QStringLiteral("open_case");
    case AuditAction::RecordZrm: return QStringLiteral("record_zrm");
    case AuditAction::ChangeDischarge: return QStringLiteral("change_discharge");
    case AuditAction::ChangePlaces: return QStringLiteral("change_places");
    case AuditAction::ChangeNeed: return QStringLiteral("change_need");
    case AuditAction::ChangePlacement: return QStringLiteral("change_placement");
    case AuditAction::ChangeOrganisation: return QStringLiteral("change_organisation");
    case AuditAction::DamagedField: return QStringLiteral("damaged_field");
    case AuditAction::Genesis: return QStringLiteral("genesis");
    case AuditAction::KeyChange: return QStringLiteral("key_change");
    case AuditAction::MergeHousehold: return QStringLiteral("merge_household");
    case AuditAction::UnmergeHousehold: return QStringLiteral("unmerge_household");
    }
    return QStringLiteral("unknown");
}

QString auditActionLabel(AuditAction action)
{
    const char *source = "";
    switch (action) {
    case AuditAction::Login: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Login"); break;
    case AuditAction::LoginFailed: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Failed login"); break;
    case AuditAction::Logout: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Logout"); break;
    case AuditAction::OpenHousehold: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Opened household"); break;
    case AuditAction::CreateHousehold: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Created household"); break;
    case AuditAction::ChangeHousehold: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Changed household"); break;
    case AuditAction::DeleteHousehold: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Deleted household"); break;
    case AuditAction::Search: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Search"); break;
    case AuditAction::Import: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Import"); break;
    case AuditAction::Export: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Export"); break;
    case AuditAction::Print: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Print"); break;
    case AuditAction::RevealBsn: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Revealed BSN"); break;
    case AuditAction::PermissionDenied: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Permission denied"); break;
    case AuditAction::UserChange: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "User administration"); break;
    case AuditAction::RetentionPurge: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Retention purge"); break;
    case AuditAction::RetentionChange: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Changed retention period"); break;
    case AuditAction::RulesChange: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Saved signal rules"); break;
    case AuditAction::DismissFlag: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Dismissed flag"); break;
    case AuditAction::ChangeCase: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Changed case"); break;
    case AuditAction::ClocksChange: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Changed deadline settings"); break;
    case AuditAction::OpenCase: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Opened case"); break;
    case AuditAction::RecordZrm: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Recorded ZRM assessment"); break;
    case AuditAction::ChangeDischarge: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Changed discharge notice"); break;
    case AuditAction::ChangePlaces: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Changed place inventory"); break;
    case AuditAction::ChangeNeed: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Changed housing need"); break;
    case AuditAction::ChangePlacement: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Changed housing placements"); break;
    case AuditAction::ChangeOrganisation: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Changed the organisation settings"); break;
    case AuditAction::DamagedField: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Found a damaged protected field"); break;
    case AuditAction::Genesis: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Started the audit log of this database"); break;
    case AuditAction::KeyChange: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Made, gave or rotated a team key"); break;
    case AuditAction::MergeHousehold: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Merged households"); break;
    case AuditAction::UnmergeHousehold: source = QT_TRANSLATE_NOOP("vangnet::AuditEvent", "Undid a household merge"); break;
    }
    return QCoreApplication::translate("vangnet::AuditEvent", source);
}

AuditOrigin AuditOrigin::current()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return {QSysInfo::machineHostName(), user};
}

} // namespace vangnet
