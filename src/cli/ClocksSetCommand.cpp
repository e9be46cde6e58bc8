#include "ClocksSetCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "clocks/ClockService.h"

namespace vangnet::cli {

namespace {

QString clockKeys()
{
    QStringList keys;
    for (clocks::ClockKind kind : clocks::allClocks())
        keys << clocks::clockKey(kind);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString ClocksSetCommand::summary() const
{
    return tr("change one deadline setting (team lead)");
}

QString ClocksSetCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME clocks set CLOCK DAYS "
              "[--working-days|--calendar-days]\n\n"
              "Sets the deadline CLOCK to DAYS (%1 to %2). Without --working-days or --calendar-days the\n"
              "clock keeps how it counts. Only a team lead (teamleider) may do this; the change is audited.\n\n"
              "  CLOCK            one of: %3\n"
              "  --working-days   count Monday to Friday, not public holidays (see clocks holidays)\n"
              "  --calendar-days  count every day\n\n"
              "vangnet-cli ... clocks set contact_offer_start later_of_signal_and_import|signal_date\n"
              "sets when the contact offer runs from: the later of a signal's date and the day it was\n"
              "received (the default), or the signal's own date.")
        .arg(clocks::minimumClockDays)
        .arg(clocks::maximumClockDays)
        .arg(clockKeys());
}

int ClocksSetCommand::setOfferStart(const QString &value, const GlobalOptions &global, Console &console)
{
    const auto rule = clocks::offerStartFromKey(value);
    if (!rule) {
        console.error(tr("'%1' is not a start of the contact offer; use later_of_signal_and_import or signal_date").arg(value));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    if (auto saved = ClockService(open->database(), open->clock(), open->session()).setOfferStart(*rule); !saved) {
        console.failure(saved.error());
        return NothingDone;
    }
    console.out(tr("The contact offer runs from: %1.").arg(clocks::offerStartLabel(*rule)));
    return Done;
}

int ClocksSetCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("working-days"), QStringLiteral("calendar-days")}, 2);
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.positionals().size() != 2) {
        console.error(tr("clocks set needs a clock and a number of days: clocks set CLOCK DAYS"));
        return NothingDone;
    }
    if (reader.has(QStringLiteral("working-days")) && reader.has(QStringLiteral("calendar-days"))) {
        console.error(tr("use --working-days or --calendar-days, not both"));
        return NothingDone;
    }
    const QString key = reader.positionals().at(0).trimmed().toLower();
    if (key == QLatin1String("contact_offer_start"))
        return setOfferStart(reader.positionals().at(1).trimmed(), global, console);
    const auto kind = clocks::clockFromKey(key);
    if (!kind) {
        console.error(tr("unknown clock '%1'; use one of: %2").arg(key, clockKeys()));
        return NothingDone;
    }
    bool isNumber = false;
    const int days = reader.positionals().at(1).trimmed().toInt(&isNumber);
    if (!isNumber) {
        console.error(tr("DAYS must be a whole number, not '%1'").arg(reader.positionals().at(1)));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    ClockService service(in.database(), in.clock(), in.session());
    auto current = service.settings();
    if (!current) {
        console.failure(current.error());
        return NothingDone;
    }
    clocks::ClockSetting setting = current->of(*kind);
    setting.days = days;
    if (reader.has(QStringLiteral("working-days")))
        setting.workingDays = true;
    else if (reader.has(QStringLiteral("calendar-days")))
        setting.workingDays = false;
    if (auto saved = service.save(setting); !saved) {
        console.failure(saved.error());
        return NothingDone;
    }
    console.out(tr("Deadline %1 set to %2.").arg(key, clocks::clockPeriodText(days, setting.workingDays)));
    return Done;
}

} // namespace vangnet::cli
