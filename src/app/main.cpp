// Composition root: settings, logging and translations; the database; the services; the window.

#include "AppResources.h"
#include "DatabaseStartup.h"
#include "MainWindow.h"
#include "DialogRunner.h"
#include "connection/ConnectionStartup.h"
#include "connection/KeychainSecretStore.h"
#include "settings/ConnectionProfiles.h"
#include "households/HouseholdService.h"
#include "security/AuthWorker.h"
#include "security/SessionStartup.h"
#include "support/AppPaths.h"
#include "support/PrivateFiles.h"
#include "support/ProcessHardening.h"
#include "support/Clock.h"
#include "support/Logging.h"
#include "support/Translations.h"
#include "users/AuthService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <spdlog/spdlog.h>

#include <optional>

namespace {

struct Arguments {
    QString database;
    QString logLevel;
};

Arguments parseArguments(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Vangnet: homelessness prevention casework."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Open this database: an SQLite file or a "
                                                                    "postgresql:// URL."),
                                QCoreApplication::translate("main", "FILE|URL"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      QCoreApplication::translate("main", "trace, debug, info, warn, error or off."),
                                      QCoreApplication::translate("main", "LEVEL"), QStringLiteral("info"));
    parser.addOption(db);
    parser.addOption(logLevel);
    parser.process(app);
    return {parser.value(db), parser.value(logLevel)};
}

/// How the sessions on one database ended.
struct Ending {
    int code = 0;                 ///< the program's exit code when it ends here
    bool otherConnection = false; ///< "Other connection…": choose another database
    std::optional<vangnet::Error> openError; ///< the database did not open
};

/// Opens `location` and runs login, window and logout until the user quits, cancels the login
/// or asks for another connection.
Ending runConnection(const vangnet::DatabaseLocation &location)
{
    // A file, or a server URL with its own credentials, opens before the login; a team server
    // (no user in the URL) opens as each user's own login role once they logged in.
    const bool teamServer = location.connectsAsUser();
    std::unique_ptr<vangnet::Database> shared;
    if (!teamServer) {
        auto db = vangnet::Database::open(location);
        if (!db)
            return {0, false, db.error()};
        shared = std::move(db).value();
    }

    const vangnet::SystemClock clock;
    const vangnet::KdfLimits limits = vangnet::KdfLimits::moderate();
    vangnet::AuthWorker authWorker(shared ? shared->location() : location, clock, limits);
    // Logging out closes the window and asks who works next; cancelling the login quits.
    for (;;) {
        std::optional<vangnet::Session> current;
        std::unique_ptr<vangnet::Database> own; // a team server: this user's connection
        if (teamServer) {
            current = vangnet::SessionStartup::startOnTeamServer(authWorker);
            if (!current)
                return {};
            auto db = vangnet::Database::open(authWorker.loginLocation());
            if (!db)
                return {0, false, db.error()};
            own = std::move(db).value();
        } else {
            vangnet::AuthService auth(*shared, clock, limits);
            auto session = vangnet::SessionStartup::start(*shared, auth, authWorker);
            if (!session) {
                spdlog::error("users not read: {}", session.error().message.toStdString());
                vangnet::DialogRunner::warn(nullptr, QCoreApplication::translate("main", "Vangnet"),
                                            QCoreApplication::translate("main", "The users could not be read.\n\n%1")
                                                .arg(session.error().message));
                return {2, false, std::nullopt};
            }
            if (!session->has_value())
                return {};
            current = std::move(*session);
        }
        vangnet::Database &db = own ? *own : *shared;
        vangnet::AuthService auth(db, clock, limits);
        vangnet::HouseholdService households(db, clock, *current);
        vangnet::MainWindow window(db, *current, households, auth, authWorker, clock);
        window.show();
        window.refreshFlagsForToday(db, clock);
        const int code = QApplication::exec();
        // Closing the window ends the session as logging out does: both are on record.
        if (auto out = auth.logout(*current); !out)
            spdlog::error("logout not recorded: {}", out.error().message.toStdString());
        if (window.otherConnectionRequested())
            return {code, true, std::nullopt};
        if (!window.logoutRequested())
            return {code, false, std::nullopt};
    }
}

} // namespace

int main(int argc, char *argv[])
{
    vangnet::hardenProcess(); // before any secret or personal data is in memory
    vangnet::privatefiles::restrictProcessUmask(); // every file created from here on: 0600
    QApplication app(argc, argv);
    vangnet::initAppResources();
    vangnet::paths::applyApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vangnet.svg")));
    vangnet::installTranslations(app);
    const Arguments args = parseArguments(app);
    vangnet::initLogging({vangnet::defaultLogDirectory(), args.logLevel, true});
    spdlog::info("Vangnet {} starting", QCoreApplication::applicationVersion().toStdString());

    const auto openFailed = [](const vangnet::Error &error) {
        spdlog::error("database not opened: {}", error.message.toStdString());
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Vangnet"),
                              QCoreApplication::translate("main", "The database could not be opened.\n\n%1").arg(error.message));
        return 2;
    };
    // Saved connections (docs/team-mode.md, "Connecting"): their passwords only in the keychain.
    QSettings settings;
    vangnet::settings::ConnectionProfiles profiles(settings);
    vangnet::KeychainSecretStore secrets;
    vangnet::ConnectionStartup startup(profiles, secrets);
    auto choice = startup.choose(args.database, vangnet::paths::defaultDemoHouseholds);
    // Each turn is one database; "Other connection…" ends it and the dialog picks the next.
    for (;;) {
        if (!choice)
            return openFailed(choice.error());
        if (!choice->has_value())
            return 0;
        const Ending ending = runConnection((*choice)->location);
        if (ending.openError && !(*choice)->fromProfile)
            return openFailed(*ending.openError);
        if (ending.openError) // a saved connection that does not open: choose again, the reason shown
            choice = startup.ask(ending.openError->message);
        else if (ending.otherConnection)
            choice = startup.ask();
        else
            return ending.code;
    }
}
