#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::settings {

/// How the organisation names itself on reports (the dashboard PDF, case summaries): the
/// municipality's name and an optional logo. Shared by every workstation (stored in the database).
struct OrganisationSettings {
    QString municipality; ///< "Gemeente Zonnedal"; empty = not set
    QByteArray logo;      ///< PNG or JPEG file contents; empty = no logo
    QDateTime updatedAt;  ///< UTC, invalid when never set
    QString updatedBy;
};

/// Reads and changes the organisation settings. Everyone logged in reads them (every report
/// carries them); only the functioneel beheerder changes them (Permission::ManageOrganisation),
/// audited as change_organisation with what changed, never the logo's bytes.
class OrganisationService {
    Q_DECLARE_TR_FUNCTIONS(vangnet::settings::OrganisationService)
public:
    OrganisationService(const Database &db, const Clock &clock, const Session &session);

    Result<OrganisationSettings> settings() const;
    /// Empty removes the name. At most maxNameLength characters.
    Result<void> setMunicipality(const QString &name) const;
    /// The logo file's contents: PNG or JPEG, at most maxLogoBytes; empty removes the logo.
    Result<void> setLogo(const QByteArray &image) const;

    static constexpr int maxNameLength = 100;
    static constexpr qint64 maxLogoBytes = 512 * 1024;

    /// Problems with a logo file's contents (field "logo"): empty list when it may be stored.
    static QList<FieldError> checkLogo(const QByteArray &image);

private:
    Result<void> change(const QString &key, const QString &value, const QString &detail) const;

    const Database &m_database;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::settings
