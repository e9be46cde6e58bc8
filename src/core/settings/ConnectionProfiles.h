#pragma once

#include "settings/ConnectionProfile.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace vangnet::settings {

/// The saved connections in the settings file (`connections/…`): each a name and a location
/// text (a file path, or a postgresql:// URL without password), plus the one used last. Names
/// are unique (ignoring case). Never writes a password: every location passes
/// DatabaseLocation::parseSaved's rule before it is stored. The QSettings is passed in so tests
/// use a file of their own.
class ConnectionProfiles {
    Q_DECLARE_TR_FUNCTIONS(vangnet::settings::ConnectionProfiles)
public:
    explicit ConnectionProfiles(QSettings &settings);

    /// The profiles in the order saved. Entries the settings hold but that are not a valid
    /// location (edited by hand) are left out and described in problems().
    QList<ConnectionProfile> profiles() const;
    /// One message per saved entry profiles() left out, naming it and why.
    QStringList problems() const;
    std::optional<ConnectionProfile> find(const QString &name) const;

    /// Adds `profile`, or replaces the one named `replacing` (its name may change). Refused with
    /// the fields' errors (ConnectionProfile::location) or a name already taken; nothing is
    /// written then.
    Result<void> save(const ConnectionProfile &profile, const QString &replacing = {});
    /// NotFound when there is no such profile.
    Result<void> remove(const QString &name);

    /// The name of the profile connected last ("" when none, or when it was removed).
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    struct Entry {
        QString name;
        QString location;
    };
    QList<Entry> entries() const;
    void write(const QList<Entry> &entries);

    QSettings &m_settings;
};

} // namespace vangnet::settings
