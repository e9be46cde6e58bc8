#include "PlacesStatusCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "places/PlaceKeys.h"
#include "places/PlaceService.h"

namespace vangnet::cli {

namespace {

QString statusKeys()
{
    QStringList keys;
    for (places::PlaceStatus status : places::allPlaceStatuses())
        keys << places::placeStatusKey(status);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QString PlacesStatusCommand::summary() const
{
    return tr("change the status of one place (administrator)");
}

QString PlacesStatusCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME places status PLEK_ID STATUS\n\n"
              "Sets the status of the place PLEK_ID. Only the administrator (beheerder) may do this;\n"
              "the change is audited. Only a place that is vrij takes part in a plan.\n\n"
              "  STATUS   one of: %1")
        .arg(statusKeys());
}

int PlacesStatusCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {}, 2);
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.positionals().size() != 2) {
        console.error(tr("places status needs a plek_id and a status: places status PLEK_ID STATUS"));
        return NothingDone;
    }
    const QString plekId = reader.positionals().at(0).trimmed();
    const auto status = places::placeStatusFromKey(reader.positionals().at(1));
    if (!status) {
        console.error(tr("unknown status '%1'; use one of: %2").arg(reader.positionals().at(1), statusKeys()));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    if (auto changed = places::PlaceService(in.database(), in.clock(), in.session()).setStatus(plekId, *status);
        !changed) {
        console.failure(changed.error());
        return NothingDone;
    }
    console.out(tr("Place %1 is now %2.").arg(plekId, places::placeStatusLabel(*status)));
    return Done;
}

} // namespace vangnet::cli
