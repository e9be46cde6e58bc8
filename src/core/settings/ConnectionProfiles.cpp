#include "settings/ConnectionProfiles.h"

#include <QSettings>

#include <algorithm>

namespace vangnet::settings {

namespace {

const QString arrayKey = QStringLiteral("connections/profiles");
const QString nameKey = QStringLiteral("name");
const QString locationKey = QStringLiteral("location");
const QString lastUsedKey = QStringLiteral("connections/lastUsed");

} // namespace

ConnectionProfiles::ConnectionProfiles(QSettings &settings) : m_settings(settings) {}

QList<ConnectionProfiles::Entry> ConnectionProfiles::entries() const
{
    QList<Entry> out;
    const int count = m_settings.beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        out.append({m_settings.value(nameKey).toString(), m_settings.value(locationKey).toString()});
    }
    m_settings.endArray();
    return out;
}

void ConnectionProfiles::write(const QList<Entry> &entries)
{
    m_settings.remove(arrayKey); // a shorter list leaves no stale entries behind
    m_settings.beginWriteArray(arrayKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(nameKey, entries[i].name);
        m_settings.setValue(locationKey, entries[i].location);
    }
    m_settings.endArray();
    m_settings.sync();
}

QList<ConnectionProfile> ConnectionProfiles::profiles() const
{
    QList<ConnectionProfile> out;
    for (const Entry &entry : entries())
        if (auto profile = ConnectionProfile::fromLocationText(entry.name, entry.location);
            profile && !entry.name.trimmed().isEmpty())
            out.append(*profile);
    return out;
}

QStringList ConnectionProfiles::problems() const
{
    QStringList out;
    for (const Entry &entry : entries()) {
        if (entry.name.trimmed().isEmpty()) {
            out << tr("A saved connection in %1 has no name; it is left out.").arg(m_settings.fileName());
            continue;
        }
        if (auto profile = ConnectionProfile::fromLocationText(entry.name, entry.location); !profile)
            out << tr("The saved connection \"%1\" in %2 is left out: %3")
                       .arg(entry.name, m_settings.fileName(), profile.error().message);
    }
    return out;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name) const
{
    for (const ConnectionProfile &profile : profiles())
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    return std::nullopt;
}

Result<void> ConnectionProfiles::save(const ConnectionProfile &profile, const QString &replacing)
{
    auto location = profile.location();
    if (!location)
        return location.error();
    const QString name = profile.name.trimmed();
    QList<Entry> list = entries();
    const auto sameName = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; };
    for (const Entry &entry : list)
        if (sameName(entry.name, name) && (replacing.isEmpty() || !sameName(entry.name, replacing)))
            return Error::invalid({{ConnectionProfile::nameField,
                                    tr("Name: there is already a connection called \"%1\".").arg(entry.name)}});
    const Entry saved{name, profile.locationText()};
    if (replacing.isEmpty()) {
        list.append(saved);
    } else {
        const auto it = std::find_if(list.begin(), list.end(), [&](const Entry &e) { return sameName(e.name, replacing); });
        if (it == list.end())
            return Error{ErrorCode::NotFound, tr("There is no saved connection called \"%1\" any more.").arg(replacing)};
        *it = saved;
        if (sameName(lastUsed(), replacing))
            m_settings.setValue(lastUsedKey, name);
    }
    write(list);
    return success();
}

Result<void> ConnectionProfiles::remove(const QString &name)
{
    QList<Entry> list = entries();
    const auto removed = list.removeIf([&](const Entry &e) { return e.name.compare(name, Qt::CaseInsensitive) == 0; });
    if (removed == 0)
        return Error{ErrorCode::NotFound, tr("There is no saved connection called \"%1\".").arg(name)};
    if (lastUsed().compare(name, Qt::CaseInsensitive) == 0)
        m_settings.remove(lastUsedKey);
    write(list);
    return success();
}

QString ConnectionProfiles::lastUsed() const
{
    const QString name = m_settings.value(lastUsedKey).toString();
    return find(name) ? name : QString();
}

void ConnectionProfiles::setLastUsed(const QString &name)
{
    m_settings.setValue(lastUsedKey, name);
    m_settings.sync();
}

} // namespace vangnet::settings
