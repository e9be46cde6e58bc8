#pragma once

#include "households/FieldErrorDisplay.h"
#include "settings/ConnectionProfile.h"

#include <QWidget>

#include <memory>

namespace vangnet {

namespace Ui {
class ProfileEditor;
}

/// The connection dialog's editor page: a saved connection's name, kind and where it is, and
/// for a server with a shared account the user and password, with "remember in the keychain".
/// Shows only the fields of the chosen kind. Saving is the dialog's (ConnectionDialog).
class ProfileEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    /// Fills the fields; `passwordSaved`: the keychain holds this profile's password (the field
    /// then stays empty, and empty keeps it). `keychain`: a keychain exists on this computer.
    void edit(const settings::ConnectionProfile &profile, bool passwordSaved, bool keychain);
    /// The profile the fields describe.
    settings::ConnectionProfile profile() const;
    QString password() const;
    /// "Remember the password in the keychain" is ticked (and can be).
    bool rememberPassword() const;
    /// Places each field's message beside it; messages without a field go under the name.
    void showErrors(const Error &error);
    /// The message shown for `field` ("" when none).
    QString errorFor(const QString &field) const;

Q_SIGNALS:
    void saveRequested();
    void cancelled();

private:
    void showKind();
    void browseFile();
    void browseCaFile();

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    FieldErrorDisplay m_errors;
    settings::ConnectionProfile m_original; ///< keeps what the fields do not show (other URL options)
    bool m_keychain = false;
};

} // namespace vangnet
