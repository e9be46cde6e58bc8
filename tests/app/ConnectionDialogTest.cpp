#include "AppTestSupport.h"
#include "MemorySecretStore.h"

#include "DialogRunner.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionStartup.h"
#include "connection/KeychainSecretStore.h"
#include "connection/ProfileEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using settings::ConnectionKind;
using settings::ConnectionProfile;

namespace {

const QString sharedPassword = QStringLiteral("gedeeld-geheim-42");

/// A settings file and a keychain of the test's own; no dialog ever opens for real.
struct ConnectionFixture {
    explicit ConnectionFixture(bool keychain = true) : secrets(keychain)
    {
        DialogRunner::setInteractive(false);
        DialogRunner::clearQueued();
        FileDialog::setInteractive(false);
        FileDialog::clearQueued();
    }
    ~ConnectionFixture()
    {
        DialogRunner::clearQueued();
        FileDialog::clearQueued();
    }

    QByteArray settingsBytes()
    {
        settings.sync();
        QFile file(settingsPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    QString settingsPath = dir.filePath(QStringLiteral("vangnet.conf"));
    QSettings settings{settingsPath, QSettings::IniFormat};
    settings::ConnectionProfiles profiles{settings};
    MemorySecretStore secrets;
};

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

struct Fields {
    QString name{};
    ConnectionKind kind = ConnectionKind::File;
    QString file{};
    QString host{};
    QString database = QStringLiteral("vangnet");
    bool verifyFull = false;
    QString user{};
    QString password{};
    bool remember = false;
};

/// The shared account the tests save, its password to be remembered.
Fields sharedFields()
{
    return {.name = QStringLiteral("Gedeeld"), .kind = ConnectionKind::SharedAccount, .host = QStringLiteral("localhost"),
            .user = QStringLiteral("wijkteam"), .password = sharedPassword, .remember = true};
}

/// Types `fields` into the editor as a user would, then presses Save.
void fillAndSave(ConnectionDialog &dialog, const Fields &f)
{
    ProfileEditor &editor = dialog.editor();
    child<QLineEdit>(editor, "nameEdit")->setText(f.name);
    auto *kind = child<QComboBox>(editor, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(f.kind)));
    child<QLineEdit>(editor, "fileEdit")->setText(f.file);
    child<QLineEdit>(editor, "hostEdit")->setText(f.host);
    child<QLineEdit>(editor, "databaseEdit")->setText(f.database);
    child<QCheckBox>(editor, "verifyFullCheck")->setChecked(f.verifyFull);
    child<QLineEdit>(editor, "userEdit")->setText(f.user);
    child<QLineEdit>(editor, "passwordEdit")->setText(f.password);
    child<QCheckBox>(editor, "rememberCheck")->setChecked(f.remember);
    child<QDialogButtonBox>(editor, "editorButtons")->button(QDialogButtonBox::Save)->click();
}

bool editorShown(const ConnectionDialog &dialog)
{
    return child<QStackedWidget>(dialog, "pages")->currentWidget() == &dialog.editor();
}

/// Presses Connect and waits until the dialog accepted or said why not.
void pressConnect(ConnectionDialog &dialog)
{
    QSignalSpy failed(&dialog, &ConnectionDialog::connectFailed);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    child<QDialogButtonBox>(dialog, "listButtons")->button(QDialogButtonBox::Ok)->click();
    QElapsedTimer waited;
    waited.start();
    while (failed.isEmpty() && accepted.isEmpty() && waited.elapsed() < 15000)
        QTest::qWait(10);
    REQUIRE((failed.size() + accepted.size()) == 1);
    REQUIRE_FALSE(dialog.isBusy());
}

QStringList listedNames(const ConnectionDialog &dialog)
{
    const auto *list = child<QTreeWidget>(dialog, "profileList");
    QStringList names;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        names << list->topLevelItem(i)->text(0);
    return names;
}

void selectRow(ConnectionDialog &dialog, const QString &name)
{
    dialog.select(name);
    REQUIRE(child<QTreeWidget>(dialog, "profileList")->currentItem()->text(0) == name);
}

} // namespace

TEST_CASE("The connection dialog adds a profile of each kind and keeps a shared account's password only in the "
          "keychain",
          "[app][connection]")
{
    ConnectionFixture f;
    ConnectionDialog dialog(f.profiles, f.secrets);
    CHECK(listedNames(dialog).isEmpty());

    dialog.addProfile();
    REQUIRE(editorShown(dialog));
    fillAndSave(dialog, {.name = QStringLiteral("Oefenen"), .file = f.dir.filePath(QStringLiteral("oefen.sqlite"))});
    CHECK_FALSE(editorShown(dialog));

    dialog.addProfile();
    // A team server shows no user, password or "remember": each person logs in as themselves.
    auto *kind = child<QComboBox>(dialog.editor(), "kindCombo");
    kind->setCurrentIndex(kind->findData(int(ConnectionKind::TeamServer)));
    CHECK_FALSE(child<QLineEdit>(dialog.editor(), "passwordEdit")->isVisibleTo(&dialog.editor()));
    CHECK_FALSE(child<QCheckBox>(dialog.editor(), "rememberCheck")->isVisibleTo(&dialog.editor()));
    CHECK(child<QLabel>(dialog.editor(), "teamNote")->isVisibleTo(&dialog.editor()));
    fillAndSave(dialog, {.name = QStringLiteral("Teamserver"), .kind = ConnectionKind::TeamServer,
                         .host = QStringLiteral("db.gemeente.example"), .verifyFull = true,
                         .password = QStringLiteral("typed-but-ignored"), .remember = true});
    CHECK_FALSE(editorShown(dialog));

    dialog.addProfile();
    fillAndSave(dialog, sharedFields());
    CHECK_FALSE(editorShown(dialog));

    CHECK(listedNames(dialog) == QStringList{QStringLiteral("Oefenen"), QStringLiteral("Teamserver"),
                                             QStringLiteral("Gedeeld")});
    const auto saved = f.profiles.profiles();
    REQUIRE(saved.size() == 3);
    CHECK(saved[1].kind == ConnectionKind::TeamServer);
    CHECK(saved[1].verifyFull);
    CHECK(saved[2].kind == ConnectionKind::SharedAccount);
    CHECK(saved[2].user == QStringLiteral("wijkteam"));
    // The password is in the keychain under the profile's name, and nowhere in the settings file.
    CHECK(f.secrets.secrets == QHash<QString, QString>{{QStringLiteral("Gedeeld"), sharedPassword}});
    const QByteArray file = f.settingsBytes();
    CHECK(file.contains("wijkteam@localhost"));
    CHECK_FALSE(file.contains(sharedPassword.toUtf8()));
    CHECK_FALSE(file.contains("typed-but-ignored"));
}

TEST_CASE("The profile editor names the field that is wrong and why, and saves nothing then", "[app][connection]")
{
    ConnectionFixture f;
    ConnectionDialog dialog(f.profiles, f.secrets);
    dialog.addProfile();
    fillAndSave(dialog, {});
    CHECK(editorShown(dialog));
    CHECK(dialog.editor().errorFor(ConnectionProfile::nameField).startsWith(QStringLiteral("Name:")));
    CHECK(dialog.editor().errorFor(ConnectionProfile::fileField).startsWith(QStringLiteral("Database file:")));

    fillAndSave(dialog, {.name = QStringLiteral("Ver weg"), .kind = ConnectionKind::TeamServer,
                         .host = QStringLiteral("db.gemeente.example")});
    CHECK(editorShown(dialog));
    CHECK(dialog.editor().errorFor(ConnectionProfile::nameField).isEmpty());
    CHECK(dialog.editor().errorFor(ConnectionProfile::verifyFullField).contains(QStringLiteral("sslmode=verify-full")));

    fillAndSave(dialog, {.name = QStringLiteral("Gedeeld"), .kind = ConnectionKind::SharedAccount,
                         .host = QStringLiteral("localhost"), .database = QString()});
    CHECK(dialog.editor().errorFor(ConnectionProfile::databaseField).startsWith(QStringLiteral("Database:")));
    CHECK(dialog.editor().errorFor(ConnectionProfile::userField).startsWith(QStringLiteral("User:")));
    CHECK(f.profiles.profiles().isEmpty());

    // A name already taken (ignoring case) is refused on the name field.
    REQUIRE(f.profiles.save(ConnectionProfile::fromLocationText(QStringLiteral("Noord"), f.dir.filePath(QStringLiteral("n")))
                                .value())
                .ok());
    fillAndSave(dialog, {.name = QStringLiteral("NOORD"), .file = f.dir.filePath(QStringLiteral("x.sqlite"))});
    CHECK(dialog.editor().errorFor(ConnectionProfile::nameField).contains(QStringLiteral("already")));
    CHECK(f.profiles.profiles().size() == 1);
}

TEST_CASE("Editing and removing a shared account's profile moves and removes its saved password", "[app][connection]")
{
    ConnectionFixture f;
    ConnectionDialog dialog(f.profiles, f.secrets);
    dialog.addProfile();
    fillAndSave(dialog, sharedFields());
    REQUIRE(f.secrets.secrets.value(QStringLiteral("Gedeeld")) == sharedPassword);

    // Renamed with the password field left empty: the saved password follows the new name.
    selectRow(dialog, QStringLiteral("Gedeeld"));
    dialog.editProfile();
    CHECK(child<QCheckBox>(dialog.editor(), "rememberCheck")->isChecked());
    CHECK(child<QLineEdit>(dialog.editor(), "passwordEdit")->text().isEmpty()); // never shown back
    child<QLineEdit>(dialog.editor(), "nameEdit")->setText(QStringLiteral("Wijkteam"));
    child<QDialogButtonBox>(dialog.editor(), "editorButtons")->button(QDialogButtonBox::Save)->click();
    CHECK(f.secrets.secrets == QHash<QString, QString>{{QStringLiteral("Wijkteam"), sharedPassword}});

    // Removing asks first; "no" keeps profile and password.
    selectRow(dialog, QStringLiteral("Wijkteam"));
    DialogRunner::setNextConfirmation(false);
    dialog.removeProfile();
    CHECK(f.profiles.profiles().size() == 1);
    CHECK(f.secrets.secrets.size() == 1);
    DialogRunner::setNextConfirmation(true);
    dialog.removeProfile();
    CHECK(DialogRunner::lastQuestion().contains(QStringLiteral("Wijkteam")));
    CHECK(f.profiles.profiles().isEmpty());
    CHECK(f.secrets.secrets.isEmpty());
    CHECK(listedNames(dialog).isEmpty());
}

TEST_CASE("Connect opens a file profile, or stays open with the message and the input when it fails",
          "[app][connection]")
{
    ConnectionFixture f;
    const QString good = f.dir.filePath(QStringLiteral("nieuw.sqlite"));
    const QString broken = f.dir.filePath(QStringLiteral("kapot.sqlite"));
    {
        QFile garbage(broken);
        REQUIRE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    REQUIRE(f.profiles.save(ConnectionProfile::fromLocationText(QStringLiteral("Kapot"), broken).value()).ok());
    REQUIRE(f.profiles.save(ConnectionProfile::fromLocationText(QStringLiteral("Nieuw"), good).value()).ok());

    ConnectionDialog dialog(f.profiles, f.secrets);
    selectRow(dialog, QStringLiteral("Kapot"));
    pressConnect(dialog);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorMessage().isEmpty());
    CHECK_FALSE(dialog.location().has_value());
    CHECK(f.profiles.lastUsed().isEmpty());

    selectRow(dialog, QStringLiteral("Nieuw"));
    pressConnect(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.location().has_value());
    CHECK(dialog.location()->engine == Engine::Sqlite);
    CHECK(dialog.location()->path == good);
    CHECK(QFile::exists(good)); // a new file became an empty Vangnet database
    CHECK(f.profiles.lastUsed() == QStringLiteral("Nieuw"));

    // Opened again, the dialog selects the profile used last.
    ConnectionDialog next(f.profiles, f.secrets);
    CHECK(child<QTreeWidget>(next, "profileList")->currentItem()->text(0) == QStringLiteral("Nieuw"));
}

TEST_CASE("A shared account connects with the typed or the remembered password, a refusal keeps what was typed",
          "[app][connection]")
{
    ConnectionFixture f;
    ConnectionProfile shared = ConnectionProfile::fromLocationText(
                                   QStringLiteral("Gedeeld"), QStringLiteral("postgresql://wijkteam@localhost/vangnet"))
                                   .value();
    REQUIRE(f.profiles.save(shared).ok());
    QStringList tried;
    const auto server = [&tried](const DatabaseLocation &at) -> Result<void> {
        tried << at.url.password();
        if (at.url.password() == sharedPassword)
            return success();
        return Error{ErrorCode::Database, QStringLiteral("password authentication failed for user \"wijkteam\"")};
    };

    ConnectionDialog dialog(f.profiles, f.secrets, nullptr, server);
    auto *password = child<QLineEdit>(dialog, "connectPasswordEdit");
    REQUIRE(password->isVisibleTo(&dialog));
    password->setText(QStringLiteral("verkeerd"));
    pressConnect(dialog);
    CHECK(dialog.errorMessage().contains(QStringLiteral("password authentication failed")));
    CHECK(password->text() == QStringLiteral("verkeerd")); // the input stays
    CHECK(dialog.result() != QDialog::Accepted);

    password->setText(sharedPassword);
    pressConnect(dialog);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.location()->url.password() == sharedPassword);
    CHECK(dialog.location()->url.userName() == QStringLiteral("wijkteam"));

    // Remembered in the keychain, the field may stay empty.
    f.secrets.secrets.insert(QStringLiteral("Gedeeld"), sharedPassword);
    ConnectionDialog again(f.profiles, f.secrets, nullptr, server);
    pressConnect(again);
    REQUIRE(again.result() == QDialog::Accepted);
    CHECK(again.location()->url.password() == sharedPassword);
    CHECK(tried == QStringList{QStringLiteral("verkeerd"), sharedPassword, sharedPassword});
}

TEST_CASE("Without a keychain the dialog says the password cannot be remembered and asks it each time",
          "[app][connection]")
{
    ConnectionFixture f(false);
    ConnectionDialog dialog(f.profiles, f.secrets);
    dialog.addProfile();
    auto *kind = child<QComboBox>(dialog.editor(), "kindCombo");
    kind->setCurrentIndex(kind->findData(int(ConnectionKind::SharedAccount)));
    CHECK_FALSE(child<QCheckBox>(dialog.editor(), "rememberCheck")->isEnabled());
    auto *note = child<QLabel>(dialog.editor(), "keychainNote");
    CHECK(note->isVisibleTo(&dialog.editor()));
    CHECK(note->text().contains(QStringLiteral("cannot be remembered")));
    fillAndSave(dialog, sharedFields());
    CHECK_FALSE(editorShown(dialog));
    CHECK(f.secrets.secrets.isEmpty());
    CHECK_FALSE(f.settingsBytes().contains(sharedPassword.toUtf8()));
    selectRow(dialog, QStringLiteral("Gedeeld"));
    CHECK(child<QLabel>(dialog, "keychainNote")->text().contains(QStringLiteral("cannot be remembered")));
}

TEST_CASE("A team server profile connects without a check or password: the login dialog connects", "[app][connection]")
{
    ConnectionFixture f;
    REQUIRE(f.profiles
                .save(ConnectionProfile::fromLocationText(
                          QStringLiteral("Team"), QStringLiteral("postgresql://db.gemeente.example/vangnet?sslmode=verify-full"))
                          .value())
                .ok());
    bool checked = false;
    ConnectionDialog dialog(f.profiles, f.secrets, nullptr, [&checked](const DatabaseLocation &) -> Result<void> {
        checked = true;
        return success();
    });
    CHECK_FALSE(child<QLineEdit>(dialog, "connectPasswordEdit")->isVisibleTo(&dialog));
    pressConnect(dialog);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(checked);
    CHECK(dialog.location()->connectsAsUser());
    CHECK(dialog.location()->url.password().isEmpty());
}

TEST_CASE("At start-up --db bypasses the profiles, one profile opens, two or more ask with the last used selected",
          "[app][connection]")
{
    ConnectionFixture f;
    ConnectionStartup startup(f.profiles, f.secrets);
    const QString given = f.dir.filePath(QStringLiteral("gegeven.sqlite"));

    REQUIRE(f.profiles.save(ConnectionProfile::fromLocationText(
                                QStringLiteral("Gedeeld"), QStringLiteral("postgresql://wijkteam@localhost/vangnet"))
                                .value())
                .ok());
    f.secrets.secrets.insert(QStringLiteral("Gedeeld"), sharedPassword);
    auto only = startup.choose(QString(), 10);
    REQUIRE(only.ok());
    REQUIRE(only->has_value());
    CHECK((*only)->fromProfile);
    CHECK((*only)->location.url.userName() == QStringLiteral("wijkteam"));
    CHECK((*only)->location.url.password() == sharedPassword);

    auto bypass = startup.choose(given, 10);
    REQUIRE(bypass.ok());
    REQUIRE(bypass->has_value());
    CHECK_FALSE((*bypass)->fromProfile);
    CHECK((*bypass)->location.path == given);

    REQUIRE(f.profiles.save(ConnectionProfile::fromLocationText(QStringLiteral("Bestand"), given).value()).ok());
    f.profiles.setLastUsed(QStringLiteral("Bestand"));
    QString selectedAtStart;
    DialogRunner::setNextHandler([&selectedAtStart](QDialog &shown) {
        auto &dialog = dynamic_cast<ConnectionDialog &>(shown);
        selectedAtStart = child<QTreeWidget>(dialog, "profileList")->currentItem()->text(0);
        pressConnect(dialog);
        return dialog.result();
    });
    auto asked = startup.choose(QString(), 10);
    CHECK(selectedAtStart == QStringLiteral("Bestand"));
    REQUIRE(asked.ok());
    REQUIRE(asked->has_value());
    CHECK((*asked)->location.path == given);

    // Cancelled (nothing queued, not interactive): no choice, and the program ends.
    auto cancelled = startup.choose(QString(), 10);
    REQUIRE(cancelled.ok());
    CHECK_FALSE(cancelled->has_value());
}

TEST_CASE("File - Other connection ends the session and tells main to ask for the next database", "[app][connection]")
{
    AppFixture f;
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionOtherConnection"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    CHECK_FALSE(window.otherConnectionRequested());
    action->trigger();
    CHECK(window.otherConnectionRequested());
    CHECK(window.logoutRequested()); // the same ending as a logout, so main records it
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("The desktop keychain answers or says it is missing, and never writes where it is missing",
          "[app][connection][keychain]")
{
    KeychainSecretStore keychain(5000);
    const QString key = QStringLiteral("vangnet-test-%1").arg(QCoreApplication::applicationPid());
    if (keychain.available()) { // a desktop with a keychain: a round trip, cleaned up
        REQUIRE(keychain.write(key, QStringLiteral("geheim")).ok());
        CHECK(keychain.read(key).value() == QStringLiteral("geheim"));
        REQUIRE(keychain.remove(key).ok());
        CHECK(keychain.read(key).error().code == ErrorCode::NotFound);
        return;
    }
    CHECK(keychain.write(key, QStringLiteral("geheim")).error().code == ErrorCode::Io);
    CHECK_FALSE(keychain.read(key).ok());
}
