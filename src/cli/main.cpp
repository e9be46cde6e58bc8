#include "AuditCheckpointCommand.h"
#include "AuditListCommand.h"
#include "AuditVerifyCommand.h"
#include "Console.h"
#include "DemoCommand.h"
#include "DdasDeliveriesCommand.h"
#include "DdasMunicipalitiesCommand.h"
#include "ExportCommand.h"
#include "DashboardCommand.h"
#include "OrganisationCommand.h"
#include "ExportListCommand.h"
#include "ExportPdfCommand.h"
#include "ImportBatchCommand.h"
#include "CaseCloseCommand.h"
#include "CaseCorrectionCommand.h"
#include "ExportFeedbackCommand.h"
#include "CaseRequestCommand.h"
#include "QueueCommand.h"
#include "RulesCommand.h"
#include "ImportCommand.h"
#include "ImportProfileCommand.h"
#include "PlanCommand.h"
#include "PlanOutlookCommand.h"
#include "PlanRunReadCommand.h"
#include "PlanRunStepCommand.h"
#include "Dispatcher.h"
#include "HouseholdListCommand.h"
#include "InfoCommand.h"
#include "RetentionCommand.h"
#include "RetentionPeriodsCommand.h"
#include "RetentionSetCommand.h"
#include "SettingsIdleLockCommand.h"
#include "ClocksDayOffCommand.h"
#include "ClocksHolidaysCommand.h"
#include "ClocksListCommand.h"
#include "ClocksSetCommand.h"
#include "HouseholdShowCommand.h"
#include "HouseholdDuplicatesCommand.h"
#include "HouseholdMergeCommand.h"
#include "HouseholdUnmergeCommand.h"
#include "HouseholdMergeUndoDaysCommand.h"
#include "NeedImportCommand.h"
#include "NeedShowCommand.h"
#include "PlacesImportCommand.h"
#include "PlacesListCommand.h"
#include "PlacesStatusCommand.h"
#include "TeamAddCommand.h"
#include "KeysRotateCommand.h"
#include "ServerInitCommand.h"
#include "MigrateCommand.h"
#include "TeamListCommand.h"
#include "UserAddCommand.h"
#include "SubjectAccessCommand.h"
#include "UserListCommand.h"
#include "support/AppPaths.h"
#include "support/PrivateFiles.h"
#include "support/ProcessHardening.h"
#include "support/Logging.h"
#include "support/Translations.h"

#include <QGuiApplication>

#include <memory>

namespace {

QtMessageHandler qtDefaultHandler = nullptr;

/// Qt Gui asks for the runtime folder at start and warns on stderr when XDG_RUNTIME_DIR is not
/// set, as under cron or a service account; Qt then uses a private folder in /tmp itself. That
/// warning is noise for a CLI user, so only it is dropped; every other message passes on.
void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (qtDefaultHandler)
        qtDefaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    vangnet::hardenProcess(); // before any secret or personal data is in memory
    vangnet::privatefiles::restrictProcessUmask(); // every file created from here on: 0600
    // A QGuiApplication, because PDF exports need fonts, which Qt Gui's platform integration
    // provides. Always the offscreen platform (qt6-qpa-plugins): the CLI never shows a window
    // and must work on a server or in CI without a display, whatever QT_QPA_PLATFORM says.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qtDefaultHandler = qInstallMessageHandler(cliMessageHandler);
    QGuiApplication app(argc, argv);
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
    dispatcher.add(std::make_unique<vangnet::cli::KeysRotateCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::ServerInitCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::MigrateCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::AuditVerifyCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::AuditListCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::AuditCheckpointCommand>());
    // "retention periods" and "retention set" before "retention": the first command whose words match wins.
    dispatcher.add(std::make_unique<vangnet::cli::RetentionPeriodsCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::RetentionSetCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::RetentionCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::ClocksListCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::ClocksSetCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::ClocksHolidaysCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::ClocksDayOffCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::PlacesImportCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::PlacesListCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::PlacesStatusCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::NeedImportCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::NeedShowCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::HouseholdShowCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::HouseholdDuplicatesCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::HouseholdMergeCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::HouseholdUnmergeCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::HouseholdMergeUndoDaysCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::SubjectAccessCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::ImportProfileCommand>(vangnet::cli::ImportProfileCommand::Action::List));
    dispatcher.add(std::make_unique<vangnet::cli::ImportProfileCommand>(vangnet::cli::ImportProfileCommand::Action::Save));
    dispatcher.add(std::make_unique<vangnet::cli::ImportBatchCommand>(vangnet::cli::ImportBatchCommand::Action::List));
    dispatcher.add(std::make_unique<vangnet::cli::ImportBatchCommand>(vangnet::cli::ImportBatchCommand::Action::Withdraw));
    dispatcher.add(std::make_unique<vangnet::cli::ImportCommand>(vangnet::cli::ImportCommand::Kind::Signals));
    dispatcher.add(std::make_unique<vangnet::cli::ImportCommand>(vangnet::cli::ImportCommand::Kind::Discharges));
    using vangnet::cli::RulesCommand;
    for (const auto action : {RulesCommand::Action::Evaluate, RulesCommand::Action::List, RulesCommand::Action::Test,
                              RulesCommand::Action::Activate, RulesCommand::Action::Preview})
        dispatcher.add(std::make_unique<RulesCommand>(action));
    dispatcher.add(std::make_unique<vangnet::cli::QueueCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::CaseShowCommand>());
    using vangnet::cli::CaseCorrectionCommand;
    for (const auto kind : {CaseCorrectionCommand::Kind::Condition, CaseCorrectionCommand::Kind::Notice,
                            CaseCorrectionCommand::Kind::CloseSignal})
        dispatcher.add(std::make_unique<CaseCorrectionCommand>(kind));
    dispatcher.add(std::make_unique<vangnet::cli::CaseCloseCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::CaseReasonsCommand>());
    using vangnet::cli::CaseRequestCommand;
    for (const auto kind : {CaseRequestCommand::Kind::Request, CaseRequestCommand::Kind::Conversation,
                            CaseRequestCommand::Kind::Decision})
        dispatcher.add(std::make_unique<CaseRequestCommand>(kind));
    dispatcher.add(std::make_unique<vangnet::cli::ExportCommand>());
    using vangnet::cli::DdasDeliveriesCommand;
    for (const auto action : {DdasDeliveriesCommand::Action::List, DdasDeliveriesCommand::Action::Write})
        dispatcher.add(std::make_unique<DdasDeliveriesCommand>(action));
    using vangnet::cli::DdasMunicipalitiesCommand;
    for (const auto action : {DdasMunicipalitiesCommand::Action::List, DdasMunicipalitiesCommand::Action::Set,
                              DdasMunicipalitiesCommand::Action::Remove})
        dispatcher.add(std::make_unique<DdasMunicipalitiesCommand>(action));
    dispatcher.add(std::make_unique<vangnet::cli::ExportListCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::ExportFeedbackCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::ExportPdfCommand>());
    // Later "plan …" subcommands (e.g. "plan outlook") go before this one: the first match wins.
    dispatcher.add(std::make_unique<vangnet::cli::PlanOutlookCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::DashboardCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::OrganisationCommand>());
    dispatcher.add(std::make_unique<vangnet::cli::SettingsIdleLockCommand>());
    using vangnet::cli::PlanRunReadCommand;
    dispatcher.add(std::make_unique<PlanRunReadCommand>(PlanRunReadCommand::Kind::Runs));
    dispatcher.add(std::make_unique<PlanRunReadCommand>(PlanRunReadCommand::Kind::Show));
    for (const auto kind : vangnet::cli::PlanRunStepCommand::allKinds)
        dispatcher.add(std::make_unique<vangnet::cli::PlanRunStepCommand>(kind));
    dispatcher.add(std::make_unique<vangnet::cli::PlanCommand>());
    return dispatcher.run(QCoreApplication::arguments().mid(1));
}
