#pragma once

#include "settings/ConnectionProfiles.h"
#include "settings/SecretStore.h"
#include "storage/DatabaseLocation.h"
#include "support/Result.h"

#include <QString>

#include <optional>

class QWidget;

namespace vangnet {

/// Where the application connects, and whether that came from a saved connection (then a
/// failure to open goes back to the connection dialog instead of ending the program).
struct ConnectionChoice {
    DatabaseLocation location;
    bool fromProfile = false;
};

/// Chooses the database at start-up and for "Other connection…" (docs/team-mode.md,
/// "Connecting"). The dialogs run through DialogRunner.
class ConnectionStartup {
public:
    ConnectionStartup(settings::ConnectionProfiles &profiles, settings::SecretStore &secrets);

    /// `--db` (a non-empty `argument`) bypasses the profiles. Two or more profiles: the dialog,
    /// the last used one selected. One: that one, with its password from the keychain for a
    /// shared account. None: as before them, the settings' database/location, else the demo
    /// (DatabaseStartup::locate). std::nullopt when the user cancelled the dialog.
    Result<std::optional<ConnectionChoice>> choose(const QString &argument, int demoHouseholds);
    /// The dialog, with `message` as the error of the previous attempt (may be empty).
    std::optional<ConnectionChoice> ask(const QString &message = {}, QWidget *parent = nullptr);

private:
    settings::ConnectionProfiles &m_profiles;
    settings::SecretStore &m_secrets;
};

} // namespace vangnet
