#include "HouseholdShowCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "households/HouseholdService.h"
#include "needs/NeedJson.h"
#include "needs/NeedService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QString HouseholdShowCommand::summary() const
{
    return tr("show one household of your team with its members and housing need");
}

QString HouseholdShowCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME household show ID [--json]\n\n"
              "Shows household ID with its address, members (BSN masked, as on screen) and housing need.\n"
              "Opening a household is recorded in the audit log, as in the application.\n\n"
              "  --json   {id, name, straat, huisnummer, toevoeging, postcode, plaats, wijk,\n"
              "           members: [{id, role, geboortedatum, bsn, name}], need: null or {...}}\n"
              "           (need as 'need show --json' prints it)\n\n"
              "Exit status: 0 shown, 2 nothing shown.");
}

int HouseholdShowCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    const std::optional<qint64> given = reader.positionalId(0);
    if (!given) {
        console.error(tr("name the household by its id; see 'vangnet-cli household show --help'"));
        return NothingDone;
    }
    const qint64 id = *given;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    // The service's read path: it checks the team and records the opening in the audit log.
    auto household = HouseholdService(in.database(), in.clock(), in.session()).get(id);
    if (!household) {
        console.failure(household.error());
        return NothingDone;
    }
    auto need = needs::NeedService(in.database(), in.clock(), in.session()).get(id);
    if (!need) {
        console.failure(need.error());
        return NothingDone;
    }
    const Household &h = *household;
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray members;
        for (const Person &p : h.members)
            members << QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("role"), roleKey(p.role)},
                                   {QStringLiteral("geboortedatum"), p.geboortedatum.isValid()
                                                                         ? QJsonValue(p.geboortedatum.toString(Qt::ISODate))
                                                                         : QJsonValue()},
                                   // The mask only, as every screen shows it; revealing is audited apart.
                                   {QStringLiteral("bsn"), p.maskedBsn()},
                                   {QStringLiteral("name"), p.fullName()}};
        console.json({{QStringLiteral("id"), h.id},
                      {QStringLiteral("name"), h.displayName()},
                      {QStringLiteral("straat"), h.address.straat},
                      {QStringLiteral("huisnummer"), h.address.huisnummer},
                      {QStringLiteral("toevoeging"), h.address.toevoeging},
                      {QStringLiteral("postcode"), h.address.postcode},
                      {QStringLiteral("plaats"), h.address.plaats},
                      {QStringLiteral("wijk"), h.address.wijk},
                      {QStringLiteral("members"), members},
                      {QStringLiteral("need"), *need ? QJsonValue(needs::needJson(**need)) : QJsonValue()}});
        return Done;
    }
    console.out(tr("Household %1: %2").arg(h.id).arg(h.displayName()));
    console.out(tr("  address: %1").arg(h.address.oneLine()));
    for (const Person &p : h.members)
        console.out(tr("  member %1: %2, %3, born %4, BSN %5")
                        .arg(p.id)
                        .arg(p.fullName(), roleLabel(p.role), p.geboortedatum.toString(Qt::ISODate), p.maskedBsn()));
    console.out(*need ? tr("  housing need: yes (see 'vangnet-cli need show %1')").arg(h.id) : tr("  housing need: none"));
    return Done;
}

} // namespace vangnet::cli
