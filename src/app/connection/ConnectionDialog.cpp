#include "connection/ConnectionDialog.h"

#include "ui_ConnectionDialog.h"

#include "BackgroundTask.h"
#include "DialogRunner.h"
#include "connection/ProfileEditor.h"
#include "storage/Database.h"

#include <QPushButton>
#include <QTreeWidgetItem>

#include <spdlog/spdlog.h>

namespace vangnet {

using settings::ConnectionKind;
using settings::ConnectionProfile;

ConnectionDialog::ConnectionDialog(settings::ConnectionProfiles &profiles, settings::SecretStore &secrets,
                                   QWidget *parent, Check check)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>()), m_profiles(profiles), m_secrets(secrets),
      m_check(check ? std::move(check) : Check(&ConnectionDialog::tryOpen)), m_task(new BackgroundTask(this))
{
    m_ui->setupUi(this);
    setAccessibleName(windowTitle());
    m_editor = new ProfileEditor(m_ui->pages);
    m_ui->pages->addWidget(m_editor);
    QPushButton *connectButton = m_ui->listButtons->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("&Connect"));
    connectButton->setAccessibleName(tr("Connect"));
    m_ui->listButtons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->busyBar->setVisible(false);

    connect(m_ui->addButton, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ConnectionDialog::editProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ConnectionDialog::removeProfile);
    connect(m_ui->listButtons, &QDialogButtonBox::accepted, this, &ConnectionDialog::connectProfile);
    connect(m_ui->listButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->profileList, &QTreeWidget::itemDoubleClicked, this, &ConnectionDialog::connectProfile);
    connect(m_ui->profileList, &QTreeWidget::currentItemChanged, this, &ConnectionDialog::showSelected);
    connect(m_editor, &ProfileEditor::saveRequested, this, &ConnectionDialog::saveProfile);
    connect(m_editor, &ProfileEditor::cancelled, this, &ConnectionDialog::showList);
    reload(profiles.lastUsed());
}

ConnectionDialog::~ConnectionDialog() = default;

Result<void> ConnectionDialog::tryOpen(const DatabaseLocation &location)
{
    auto db = Database::open(location);
    if (!db)
        return db.error();
    return success();
}

bool ConnectionDialog::keychain()
{
    if (!m_keychain)
        m_keychain = m_secrets.available();
    return *m_keychain;
}

void ConnectionDialog::reload(const QString &select)
{
    m_ui->profileList->clear();
    for (const ConnectionProfile &profile : m_profiles.profiles()) {
        auto *item = new QTreeWidgetItem(m_ui->profileList, {profile.name, profile.where()});
        item->setData(0, Qt::UserRole, profile.name);
        if (profile.name.compare(select, Qt::CaseInsensitive) == 0)
            m_ui->profileList->setCurrentItem(item);
    }
    if (!m_ui->profileList->currentItem() && m_ui->profileList->topLevelItemCount() > 0)
        m_ui->profileList->setCurrentItem(m_ui->profileList->topLevelItem(0));
    m_ui->profileList->resizeColumnToContents(0);
    const QStringList problems = m_profiles.problems();
    m_ui->problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    showSelected();
}

void ConnectionDialog::select(const QString &name)
{
    reload(name);
}

std::optional<ConnectionProfile> ConnectionDialog::selected() const
{
    const QTreeWidgetItem *item = m_ui->profileList->currentItem();
    return item ? m_profiles.find(item->data(0, Qt::UserRole).toString()) : std::nullopt;
}

void ConnectionDialog::showSelected()
{
    const auto profile = selected();
    const bool shared = profile && profile->mayRememberPassword();
    m_ui->editButton->setEnabled(profile.has_value());
    m_ui->removeButton->setEnabled(profile.has_value());
    m_ui->listButtons->button(QDialogButtonBox::Ok)->setEnabled(profile.has_value() && !m_busy);
    m_ui->connectForm->setRowVisible(m_ui->connectPasswordEdit, shared);
    m_ui->connectPasswordEdit->clear();
    QString note;
    if (shared) {
        m_ui->connectPasswordLabel->setText(tr("Pass&word for %1:").arg(profile->user));
        if (!keychain())
            note = tr("There is no keychain on this computer, so the password cannot be remembered: type it each "
                      "time.");
        m_ui->connectPasswordEdit->setPlaceholderText(keychain() ? tr("Empty: the password saved in the keychain")
                                                                 : QString());
    } else if (profile && profile->kind == ConnectionKind::TeamServer) {
        note = tr("You log in with your own name and password after connecting.");
    }
    m_ui->keychainNote->setText(note);
    m_ui->keychainNote->setVisible(!note.isEmpty());
    showError({});
}

void ConnectionDialog::showList()
{
    m_ui->pages->setCurrentIndex(0);
    m_ui->profileList->setFocus();
}

void ConnectionDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_ui->profileList->setAccessibleDescription(message);
}

QString ConnectionDialog::errorMessage() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ConnectionDialog::addProfile()
{
    m_editing.clear();
    m_editor->edit(ConnectionProfile{}, false, keychain());
    m_ui->pages->setCurrentWidget(m_editor);
}

void ConnectionDialog::editProfile()
{
    const auto profile = selected();
    if (!profile)
        return;
    m_editing = profile->name;
    const bool saved = profile->mayRememberPassword() && keychain() && m_secrets.read(profile->name).ok();
    m_editor->edit(*profile, saved, keychain());
    m_ui->pages->setCurrentWidget(m_editor);
}

void ConnectionDialog::saveProfile()
{
    const ConnectionProfile profile = m_editor->profile();
    if (auto saved = m_profiles.save(profile, m_editing); !saved) {
        m_editor->showErrors(saved.error());
        return;
    }
    keepPassword(m_editing, profile);
    reload(profile.name);
    showList();
}

void ConnectionDialog::keepPassword(const QString &previousName, const ConnectionProfile &saved)
{
    m_typed.remove(previousName);
    const QString typed = m_editor->password();
    Result<void> kept = success();
    if (m_editor->rememberPassword()) {
        QString password = typed;
        if (password.isEmpty() && !previousName.isEmpty()) { // unchanged: the saved one, under the new name
            auto previous = m_secrets.read(previousName);
            password = previous ? *previous : QString();
        }
        if (!password.isEmpty())
            kept = m_secrets.write(saved.name, password);
        if (kept && !previousName.isEmpty() && previousName != saved.name)
            kept = m_secrets.remove(previousName);
    } else if (keychain()) {
        // Not to be remembered (or not a shared account, which never keeps one): forget it.
        if (!previousName.isEmpty())
            kept = m_secrets.remove(previousName);
        if (kept)
            kept = m_secrets.remove(saved.name);
    }
    if (!typed.isEmpty() && (!m_editor->rememberPassword() || !kept))
        m_typed.insert(saved.name, typed); // for this dialog's Connect only
    if (!kept) {
        DialogRunner::warn(this, windowTitle(),
                           tr("The connection is saved, but the keychain did not take the password: %1")
                               .arg(kept.error().message));
    }
}

void ConnectionDialog::removeProfile()
{
    const auto profile = selected();
    if (!profile)
        return;
    if (!DialogRunner::confirm(this, tr("Remove connection"),
                               tr("Remove the saved connection \"%1\"? The database itself is not touched.")
                                   .arg(profile->name)))
        return;
    if (auto removed = m_profiles.remove(profile->name); !removed) {
        showError(removed.error().message);
        return;
    }
    m_typed.remove(profile->name);
    if (keychain())
        if (auto forgotten = m_secrets.remove(profile->name); !forgotten)
            spdlog::warn("saved password not removed from the keychain: {}", forgotten.error().message.toStdString());
    reload();
}

void ConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->profileList), static_cast<QWidget *>(m_ui->addButton),
                       static_cast<QWidget *>(m_ui->editButton), static_cast<QWidget *>(m_ui->removeButton),
                       static_cast<QWidget *>(m_ui->connectPasswordEdit)})
        w->setEnabled(!busy);
    m_ui->listButtons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ConnectionDialog::connectProfile()
{
    const auto profile = selected();
    if (m_busy || !profile)
        return;
    auto location = profile->location();
    if (!location) {
        showError(location.error().message);
        Q_EMIT connectFailed(location.error().message);
        return;
    }
    if (profile->mayRememberPassword()) {
        QString password = m_ui->connectPasswordEdit->text();
        if (password.isEmpty())
            password = m_typed.value(profile->name);
        if (password.isEmpty() && keychain())
            if (auto saved = m_secrets.read(profile->name))
                password = *saved;
        // None at all: libpq may still find one in ~/.pgpass.
        location->url.setPassword(password);
    }
    if (location->connectsAsUser()) { // a team server: the login dialog makes the connection
        finish(*profile, *location);
        return;
    }
    showError({});
    setBusy(true);
    auto outcome = std::make_shared<Result<void>>(success());
    m_task->start([check = m_check, at = *location, outcome] { *outcome = check(at); },
                  [this, profile = *profile, at = *location, outcome] {
                      setBusy(false);
                      if (*outcome) {
                          finish(profile, at);
                          return;
                      }
                      const QString message = outcome->error().message;
                      showError(message);
                      m_ui->connectPasswordEdit->setFocus();
                      Q_EMIT connectFailed(message);
                  },
                  nullptr);
}

void ConnectionDialog::finish(const ConnectionProfile &profile, const DatabaseLocation &location)
{
    m_profiles.setLastUsed(profile.name);
    m_location = location;
    m_profileName = profile.name;
    accept();
}

} // namespace vangnet
