#include "connection/ConnectionStartup.h"

#include "DatabaseStartup.h"
#include "DialogRunner.h"
#include "connection/ConnectionDialog.h"

#include <spdlog/spdlog.h>

namespace vangnet {

ConnectionStartup::ConnectionStartup(settings::ConnectionProfiles &profiles, settings::SecretStore &secrets)
    : m_profiles(profiles), m_secrets(secrets)
{
}

Result<std::optional<ConnectionChoice>> ConnectionStartup::choose(const QString &argument, int demoHouseholds)
{
    const auto profiles = argument.isEmpty() ? m_profiles.profiles() : QList<settings::ConnectionProfile>{};
    if (profiles.size() >= 2)
        return ask();
    if (profiles.size() == 1) {
        const settings::ConnectionProfile &only = profiles.first();
        auto location = only.location();
        if (!location)
            return location.error();
        if (only.mayRememberPassword() && m_secrets.available())
            if (auto password = m_secrets.read(only.name))
                location->url.setPassword(*password);
        m_profiles.setLastUsed(only.name);
        return std::optional<ConnectionChoice>(ConnectionChoice{*location, true});
    }
    auto location = DatabaseStartup::locate(argument, demoHouseholds);
    if (!location)
        return location.error();
    return std::optional<ConnectionChoice>(ConnectionChoice{*location, false});
}

std::optional<ConnectionChoice> ConnectionStartup::ask(const QString &message, QWidget *parent)
{
    ConnectionDialog dialog(m_profiles, m_secrets, parent);
    if (!message.isEmpty())
        dialog.showError(message);
    if (DialogRunner::exec(dialog) != QDialog::Accepted || !dialog.location())
        return std::nullopt;
    spdlog::info("connecting through the saved connection chosen in the dialog");
    return ConnectionChoice{*dialog.location(), true};
}

} // namespace vangnet
