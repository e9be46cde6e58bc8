#include "AuditListCommand.h"
#include "AuditVerifyCommand.h"
#include "Console.h"
#include "DemoCommand.h"
#include "Dispatcher.h"
#include "HouseholdListCommand.h"
#include "InfoCommand.h"
#include "RetentionCommand.h"
#include "RetentionPeriodsCommand.h"
#include "RetentionSetCommand.h"
#include "TeamAddCommand.h"
#include "TeamListCommand.h"
#include "UserAddCommand.h"
#include "UserListCommand.h"
#include "support/AppPaths.h"
#include "support/ProcessHardening.h"
#include "support/Logging.h"
#include "support/Translations.h"

#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    vangnet::hardenProcess(); // before any secret or personal data is in memory
    QCoreApplication app(argc, argv);
    vangnet::paths::applyApplicationIdentity();
    // Quiet stderr logging from the start, so nothing is ever logged to stdout (it may be JSON);
    // the dispatcher applies --log-level.
    vangnet::initLogging(vangnet::LogOptions{QString(), QStringLiteral("warn"), true});
    vangnet::installTranslations(app);

    vangnet::cli::Console console;
    vangnet::cli::Dispatcher dispatcher(console);
    dispatcher.add(std::make_unique<vangnet::cli::DemoCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::InfoCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::HouseholdListCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::UserListCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::UserAddCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::TeamListCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::TeamAddCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::AuditVerifyCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::AuditListCommand>());
    // "retention periods" and "retention set" before "retention": the first command whose words match wins.
    dispatcher.add(std::make_unique<vangnet::cli::RetentionPeriodsCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::RetentionSetCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::RetentionCommand>());
    return dispatcher.run(QCoreApplication::arguments().mid(1));
}
