#include "RetentionSetCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "retention/RetentionService.h"

namespace vangnet::cli {

namespace {

QString categoryKeys()
{
    QStringList keys;
    for (RetentionCategory category : allRetentionCategories())
        keys << retentionCategoryKey(category);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString RetentionSetCommand::summary() const
{
    return tr("change the retention period of one category (administrator)");
}

QString RetentionSetCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME retention set CATEGORY MONTHS\n\n"
              "Sets the retention period (bewaartermijn) of one category to MONTHS (%1 to %2).\n"
              "Only an administrator (beheerder) may do this; the change is audited.\n\n"
              "  CATEGORY   one of: %3")
        .arg(retention::minimumMonths)
        .arg(retention::maximumMonths)
        .arg(categoryKeys());
}

int RetentionSetCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {}, 2);
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.positionals().size() != 2) {
        console.error(tr("retention set needs a category and a number of months: retention set CATEGORY MONTHS"));
        return NothingDone;
    }
    const QString key = reader.positionals().at(0).trimmed().toLower();
    const auto category = retentionCategoryFromKey(key);
    if (!category) {
        console.error(tr("unknown category '%1'; use one of: %2").arg(key, categoryKeys()));
        return NothingDone;
    }
    bool isNumber = false;
    const int months = reader.positionals().at(1).trimmed().toInt(&isNumber);
    if (!isNumber) {
        console.error(tr("MONTHS must be a whole number, not '%1'").arg(reader.positionals().at(1)));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto set = RetentionService(in.database(), in.clock(), in.session()).setPeriod(*category, months);
    if (!set) {
        console.failure(set.error());
        return NothingDone;
    }
    console.out(tr("Retention period of %1 set to %n month(s).", nullptr, set->months).arg(key));
    return Done;
}

} // namespace vangnet::cli
