#include "connection/ProfileEditor.h"

#include "ui_ProfileEditor.h"

#include "FileDialog.h"

#include <QPushButton>

namespace vangnet {

using settings::ConnectionKind;
using settings::ConnectionProfile;

ProfileEditor::ProfileEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ProfileEditor>())
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Database file on this computer"), int(ConnectionKind::File));
    m_ui->kindCombo->addItem(tr("Team server (everyone logs in as themselves)"), int(ConnectionKind::TeamServer));
    m_ui->kindCombo->addItem(tr("Server with a shared account"), int(ConnectionKind::SharedAccount));
    m_ui->editorButtons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the connection"));
    m_ui->editorButtons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_errors.add(ConnectionProfile::nameField, m_ui->nameEdit, m_ui->nameError);
    m_errors.add(ConnectionProfile::fileField, m_ui->fileEdit, m_ui->fileError);
    m_errors.add(ConnectionProfile::hostField, m_ui->hostEdit, m_ui->hostError);
    m_errors.add(ConnectionProfile::portField, m_ui->portSpin, m_ui->portError);
    m_errors.add(ConnectionProfile::databaseField, m_ui->databaseEdit, m_ui->databaseError);
    m_errors.add(ConnectionProfile::verifyFullField, m_ui->verifyFullCheck, m_ui->verifyFullError);
    m_errors.add(ConnectionProfile::caFileField, m_ui->caFileEdit, m_ui->caFileError);
    m_errors.add(ConnectionProfile::userField, m_ui->userEdit, m_ui->userError);

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ProfileEditor::showKind);
    connect(m_ui->verifyFullCheck, &QCheckBox::toggled, this, &ProfileEditor::showKind);
    connect(m_ui->fileBrowseButton, &QPushButton::clicked, this, &ProfileEditor::browseFile);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &ProfileEditor::browseCaFile);
    connect(m_ui->editorButtons, &QDialogButtonBox::accepted, this, &ProfileEditor::saveRequested);
    connect(m_ui->editorButtons, &QDialogButtonBox::rejected, this, &ProfileEditor::cancelled);
    showKind();
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::edit(const ConnectionProfile &profile, bool passwordSaved, bool keychain)
{
    m_original = profile;
    m_keychain = keychain;
    m_ui->nameEdit->setText(profile.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(profile.kind)));
    m_ui->fileEdit->setText(profile.file);
    m_ui->hostEdit->setText(profile.host);
    m_ui->portSpin->setValue(profile.port);
    m_ui->databaseEdit->setText(profile.database);
    m_ui->verifyFullCheck->setChecked(profile.verifyFull);
    m_ui->caFileEdit->setText(profile.caFile);
    m_ui->userEdit->setText(profile.user);
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setPlaceholderText(passwordSaved ? tr("Saved in the keychain; type to change it") : QString());
    m_ui->rememberCheck->setChecked(keychain && passwordSaved);
    m_ui->rememberCheck->setEnabled(keychain);
    m_ui->keychainNote->setText(
        keychain ? QString()
                 : tr("There is no keychain on this computer, so the password cannot be remembered: it is asked "
                      "each time you connect."));
    showErrors(Error{});
    showKind();
    m_ui->nameEdit->setFocus();
}

ConnectionProfile ProfileEditor::profile() const
{
    ConnectionProfile p = m_original;
    p.name = m_ui->nameEdit->text().trimmed();
    p.kind = ConnectionKind(m_ui->kindCombo->currentData().toInt());
    p.file = m_ui->fileEdit->text().trimmed();
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = m_ui->portSpin->value();
    p.database = m_ui->databaseEdit->text().trimmed();
    p.verifyFull = m_ui->verifyFullCheck->isChecked();
    p.caFile = m_ui->caFileEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    return p;
}

QString ProfileEditor::password() const
{
    return profile().mayRememberPassword() ? m_ui->passwordEdit->text() : QString();
}

bool ProfileEditor::rememberPassword() const
{
    return m_keychain && profile().mayRememberPassword() && m_ui->rememberCheck->isChecked();
}

void ProfileEditor::showErrors(const Error &error)
{
    m_errors.touchAll();
    m_errors.show(error.fields, ConnectionProfile::nameField);
}

QString ProfileEditor::errorFor(const QString &field) const
{
    return m_errors.shownMessage(field);
}

void ProfileEditor::showKind()
{
    const auto kind = ConnectionKind(m_ui->kindCombo->currentData().toInt());
    const bool file = kind == ConnectionKind::File;
    const bool shared = kind == ConnectionKind::SharedAccount;
    m_ui->form->setRowVisible(m_ui->fileLabel, file); // the field is a row of its own with Browse
    for (QWidget *server : {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
                            static_cast<QWidget *>(m_ui->databaseEdit), static_cast<QWidget *>(m_ui->verifyFullCheck)})
        m_ui->form->setRowVisible(server, !file);
    m_ui->form->setRowVisible(m_ui->caFileLabel, !file && m_ui->verifyFullCheck->isChecked());
    for (QWidget *account : {static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit),
                             static_cast<QWidget *>(m_ui->rememberCheck), static_cast<QWidget *>(m_ui->keychainNote)})
        m_ui->form->setRowVisible(account, shared);
    m_ui->keychainNote->setVisible(shared && !m_ui->keychainNote->text().isEmpty());
    m_ui->teamNote->setVisible(kind == ConnectionKind::TeamServer);
}

void ProfileEditor::browseFile()
{
    // An existing database; a new one's name can be typed (it is made on the first connection).
    const QString chosen = FileDialog::getOpenFileName(this, tr("Database file"),
                                                       tr("Vangnet databases (*.sqlite *.db);;All files (*)"));
    if (!chosen.isEmpty())
        m_ui->fileEdit->setText(chosen);
}

void ProfileEditor::browseCaFile()
{
    const QString chosen = FileDialog::getOpenFileName(this, tr("CA certificate"),
                                                       tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!chosen.isEmpty())
        m_ui->caFileEdit->setText(chosen);
}

} // namespace vangnet
