#pragma once

#include "settings/ConnectionProfiles.h"
#include "settings/SecretStore.h"
#include "storage/DatabaseLocation.h"
#include "support/Result.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace vangnet {

class BackgroundTask;
class ProfileEditor;

namespace Ui {
class ConnectionDialog;
}

/// "Verbinden met een database": the saved connections (name, where) with Add, Edit, Remove and
/// Connect. Connect checks the connection off the GUI thread (a file or a server with a shared
/// account is opened once; a team server is reached at the login) and stays open with the
/// message and the input when it fails: a wrong password, a server that is down. Accepted, it
/// holds the chosen location, with the password (typed, or from the keychain) for a shared
/// account. A shared account's password is remembered only in the SecretStore, never in the
/// settings (docs/adr/0013-qtkeychain-for-saved-passwords.md).
class ConnectionDialog final : public QDialog {
    Q_OBJECT
public:
    /// Tries a location before the dialog accepts it; the default opens the database once.
    using Check = std::function<Result<void>(const DatabaseLocation &)>;

    ConnectionDialog(settings::ConnectionProfiles &profiles, settings::SecretStore &secrets, QWidget *parent = nullptr,
                     Check check = {});
    ~ConnectionDialog() override;

    /// The default check: opens (and if needed creates and migrates) the database, then closes it.
    static Result<void> tryOpen(const DatabaseLocation &location);

    /// Selects the profile called `name` (the last used one at start-up).
    void select(const QString &name);
    /// Shows `message` as the connection's error (a failure before the dialog opened).
    void showError(const QString &message);
    QString errorMessage() const;
    bool isBusy() const { return m_busy; }

    /// Once accepted: where to connect, and the profile's name.
    const std::optional<DatabaseLocation> &location() const { return m_location; }
    QString profileName() const { return m_profileName; }

    /// What the buttons do (tests call them too).
    void addProfile();
    void editProfile();
    void removeProfile();
    void saveProfile();
    void connectProfile();
    ProfileEditor &editor() const { return *m_editor; }

Q_SIGNALS:
    void connectFailed(const QString &message);

private:
    void reload(const QString &select = {});
    std::optional<settings::ConnectionProfile> selected() const;
    void showSelected();
    void showList();
    /// After a save: the keychain follows the editor's "remember" and a rename; a refusal by the
    /// keychain is a warning, and the typed password is kept for this dialog's Connect.
    void keepPassword(const QString &previousName, const settings::ConnectionProfile &saved);
    void setBusy(bool busy);
    void finish(const settings::ConnectionProfile &profile, const DatabaseLocation &location);
    /// Whether a keychain exists, asked once, when first needed.
    bool keychain();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    settings::ConnectionProfiles &m_profiles;
    settings::SecretStore &m_secrets;
    Check m_check;
    ProfileEditor *m_editor = nullptr;
    BackgroundTask *m_task = nullptr;
    QString m_editing;                ///< the profile being edited; "" when adding
    QHash<QString, QString> m_typed;  ///< passwords typed but not remembered, this dialog only
    std::optional<bool> m_keychain;
    std::optional<DatabaseLocation> m_location;
    QString m_profileName;
    bool m_busy = false;
};

} // namespace vangnet
