#include "ddas/MunicipalityService.h"

#include "audit/AuditLog.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vangnet {

namespace {
const QString objectType = QStringLiteral("wijk_municipality");
}

MunicipalityService::MunicipalityService(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<void> MunicipalityService::mayManage() const
{
    if (m_session.can(Permission::ExportStatisticsMunicipality) || m_session.can(Permission::ManageOrganisation))
        return success();
    return AccessGuard(m_db, m_clock, m_session).require(Permission::ExportStatisticsMunicipality, objectType);
}

Result<QList<WijkMunicipality>> MunicipalityService::list() const
{
    if (auto allowed = mayManage(); !allowed)
        return allowed.error();
    return MunicipalityRepository(m_db).list();
}

Result<void> MunicipalityService::audited(const QString &detail, const std::function<Result<void>()> &change) const
{
    Transaction tx(m_db);
    if (auto changed = change(); !changed)
        return changed;
    if (auto recorded = AuditLog(m_db, m_clock)
                            .record(m_session, AuditAction::ChangeOrganisation, objectType, 0, AuditResult::Success,
                                {}, detail);
        !recorded)
        return recorded;
    return tx.commit();
}

Result<void> MunicipalityService::set(const QString &wijk, const QString &gemeentecode) const
{
    if (auto allowed = mayManage(); !allowed)
        return allowed.error();
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    const QString code = gemeentecode.trimmed();
    if (!fourDigits.match(code).hasMatch())
        return Error::invalid({{QStringLiteral("gemeentecode"),
            QCoreApplication::translate("vangnet::MunicipalityService",
                "The municipality code (gemeentecode) is four digits, for example 0518; '%1' is not.")
                .arg(gemeentecode)}});
    const QString w = wijk.trimmed();
    return audited(QStringLiteral("wijk:%1 gemeentecode:%2").arg(w, code), [&]() {
        return MunicipalityRepository(m_db).set({w, code, m_clock.now(), m_session.user().displayName});
    });
}

Result<void> MunicipalityService::remove(const QString &wijk) const
{
    if (auto allowed = mayManage(); !allowed)
        return allowed.error();
    const QString w = wijk.trimmed();
    return audited(QStringLiteral("wijk:%1 removed").arg(w), [&]() -> Result<void> {
        auto removed = MunicipalityRepository(m_db).remove(w);
        if (!removed)
            return removed.error();
        if (!*removed)
            return Error(ErrorCode::NotFound,
                QCoreApplication::translate("vangnet::MunicipalityService", "The wijk '%1' has no municipality code.")
                    .arg(w));
        return success();
    });
}

} // namespace vangnet
