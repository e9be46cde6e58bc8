#include "settings/OrganisationService.h"

#include "audit/AuditLog.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "settings/OrganisationRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

namespace vangnet::settings {

namespace {

const QString keyMunicipality = QStringLiteral("municipality");
const QString keyLogo = QStringLiteral("logo");
const QString organisationObject = QStringLiteral("organisation");

bool isPng(const QByteArray &b)
{
    return b.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8));
}

bool isJpeg(const QByteArray &b)
{
    return b.startsWith(QByteArray("\xff\xd8\xff", 3));
}

} // namespace

OrganisationService::OrganisationService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_clock(clock), m_session(session)
{
}

Result<OrganisationSettings> OrganisationService::settings() const
{
    auto stored = OrganisationRepository(m_database.connection()).all();
    if (!stored)
        return stored.error();
    OrganisationSettings s;
    s.municipality = stored->value(keyMunicipality).value;
    s.logo = QByteArray::fromBase64(stored->value(keyLogo).value.toLatin1());
    for (const StoredSetting &setting : std::as_const(*stored))
        if (!s.updatedAt.isValid() || setting.updatedAt > s.updatedAt) {
            s.updatedAt = setting.updatedAt;
            s.updatedBy = setting.updatedBy;
        }
    return s;
}

QList<FieldError> OrganisationService::checkLogo(const QByteArray &image)
{
    if (image.isEmpty())
        return {};
    if (image.size() > maxLogoBytes)
        return {FieldError{QStringLiteral("logo"), tr("The logo is %1 KB; at most %2 KB fits on a report's heading.")
                                                       .arg((image.size() + 1023) / 1024)
                                                       .arg(maxLogoBytes / 1024)}};
    if (!isPng(image) && !isJpeg(image))
        return {FieldError{QStringLiteral("logo"), tr("The logo must be a PNG or JPEG image.")}};
    return {};
}

Result<void> OrganisationService::setMunicipality(const QString &name) const
{
    const QString trimmed = name.simplified();
    if (trimmed.size() > maxNameLength)
        return Error(ErrorCode::Invalid, tr("The name is %1 characters long; at most %2 fit on a report.")
                                             .arg(trimmed.size()).arg(maxNameLength),
                     {FieldError{keyMunicipality, tr("too long")}});
    return change(keyMunicipality, trimmed, trimmed.isEmpty() ? QStringLiteral("municipality:-") : QStringLiteral("municipality"));
}

Result<void> OrganisationService::setLogo(const QByteArray &image) const
{
    if (const auto problems = checkLogo(image); !problems.isEmpty())
        return Error(ErrorCode::Invalid, problems.first().message, problems);
    return change(keyLogo, QString::fromLatin1(image.toBase64()),
                  image.isEmpty() ? QStringLiteral("logo:-") : QStringLiteral("logo:%1 bytes").arg(image.size()));
}

Result<void> OrganisationService::change(const QString &key, const QString &value, const QString &detail) const
{
    AuditLog log(m_database, m_clock);
    if (auto allowed = AccessGuard(m_database.connection(), m_clock, m_session)
                           .require(Permission::ManageOrganisation, organisationObject, 0,
                                    QStringLiteral("attempt:change_organisation"));
        !allowed)
        return allowed;
    Transaction tx(m_database.connection());
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto put = OrganisationRepository(m_database.connection()).put(key, value, m_clock.now(), m_session.user().username);
        !put)
        return put;
    if (auto audited = log.record(m_session, AuditAction::ChangeOrganisation, organisationObject, 0, AuditResult::Success,
                                  {}, detail);
        !audited)
        return audited;
    return tx.commit();
}

} // namespace vangnet::settings
