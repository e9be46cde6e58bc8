#include "ClocksListCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "clocks/ClockService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

using clocks::ClockSetting;

QString ClocksListCommand::summary() const
{
    return tr("list the deadline settings (clocks)");
}

QString ClocksListCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME clocks list [--json]\n\n"
              "Lists every deadline (clock) setting: its days, whether they are working days, who set it\n"
              "and when, and the days off a team lead added by decree (clocks day-off). The shipped values\n"
              "are an example of municipal policy (docs/clocks.md).\n\n"
              "  --json   machine-readable: {\"clocks\": [{clock, days, working_days, label, updated_at, "
              "updated_by}], \"days_off\": [{date, name, added_by, added_at}], \"contact_offer_start\": {value,\n"
              "           label, updated_at, updated_by}} (value later_of_signal_and_import or signal_date)");
}

int ClocksListCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto settings = ClockService(in.database(), in.clock(), in.session()).settings();
    if (!settings) {
        console.failure(settings.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (clocks::ClockKind kind : clocks::allClocks()) {
            const ClockSetting &s = settings->of(kind);
            const QJsonValue updatedAt
                = s.updatedAt.isValid() ? QJsonValue(s.updatedAt.toString(Qt::ISODateWithMs)) : QJsonValue();
            list.append(QJsonObject{{QStringLiteral("clock"), clocks::clockKey(kind)}, {QStringLiteral("days"), s.days},
                {QStringLiteral("working_days"), s.workingDays}, {QStringLiteral("label"), clocks::clockLabel(kind)},
                {QStringLiteral("updated_at"), updatedAt}, {QStringLiteral("updated_by"), s.updatedBy}});
        }
        QJsonArray daysOff;
        for (const clocks::ExtraDayOff &day : settings->extraDaysOff())
            daysOff.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                       {QStringLiteral("name"), day.name}, {QStringLiteral("added_by"), day.addedBy},
                                       {QStringLiteral("added_at"), day.addedAt.toString(Qt::ISODateWithMs)}});
        const clocks::OfferStartSetting &offer = settings->offerStartSetting();
        const QJsonObject offerStart{{QStringLiteral("value"), clocks::offerStartKey(offer.rule)},
            {QStringLiteral("label"), clocks::offerStartLabel(offer.rule)},
            {QStringLiteral("updated_at"),
             offer.updatedAt.isValid() ? QJsonValue(offer.updatedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
            {QStringLiteral("updated_by"), offer.updatedBy}};
        console.json(QJsonObject{{QStringLiteral("clocks"), list}, {QStringLiteral("days_off"), daysOff},
                                 {QStringLiteral("contact_offer_start"), offerStart}});
        return Done;
    }
    QList<QStringList> rows;
    for (clocks::ClockKind kind : clocks::allClocks()) {
        const ClockSetting &s = settings->of(kind);
        rows << QStringList{clocks::clockKey(kind), clocks::clockLabel(kind), QString::number(s.days),
            s.workingDays ? tr("working days") : tr("calendar days"),
            s.updatedAt.isValid()
                ? tr("%1 by %2")
                      .arg(s.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.updatedBy)
                : tr("default")};
    }
    console.table({tr("Clock"), tr("Description"), tr("Days"), tr("Counted in"), tr("Set")}, rows, {2});
    console.out(tr("The contact offer runs from: %1 (contact_offer_start %2)")
                    .arg(clocks::offerStartLabel(settings->offerStart()), clocks::offerStartKey(settings->offerStart())));
    if (!settings->extraDaysOff().isEmpty()) {
        QList<QStringList> days;
        for (const clocks::ExtraDayOff &day : settings->extraDaysOff())
            days << QStringList{day.date.toString(Qt::ISODate), day.name, day.addedBy};
        console.out(QString());
        console.table({tr("Day off by decree"), tr("Name"), tr("Added by")}, days);
    }
    return Done;
}

} // namespace vangnet::cli
