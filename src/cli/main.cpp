#include "Console.h"
#include "DemoCommand.h"
#include "Dispatcher.h"
#include "HouseholdListCommand.h"
#include "InfoCommand.h"
#include "support/AppPaths.h"
#include "support/Logging.h"
#include "support/Translations.h"

#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
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
    return dispatcher.run(QCoreApplication::arguments().mid(1));
}
