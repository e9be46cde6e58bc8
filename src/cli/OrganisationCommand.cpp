#include "OrganisationCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "settings/OrganisationService.h"

#include <QFile>

namespace vangnet::cli {

QString OrganisationCommand::summary() const
{
    return tr("the municipality's name and logo on reports");
}

QString OrganisationCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME organisation [--name NAME] [--logo FILE | --no-logo] [--json]\n\n"
              "Without options: prints the name and whether a logo is set. Changing them is for the\n"
              "functioneel beheerder and is audited.\n\n"
              "  --name NAME   the municipality's name on reports, e.g. \"Gemeente Zonnedal\"; \"\" removes it\n"
              "  --logo FILE   a PNG or JPEG of at most 512 KB\n"
              "  --no-logo     removes the logo\n"
              "  --json        print {\"municipality\", \"logo_bytes\", \"updated_at\", \"updated_by\"}");
}

int OrganisationCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("name"), QStringLiteral("logo")}, {QStringLiteral("no-logo"), QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.has(QStringLiteral("logo")) && reader.has(QStringLiteral("no-logo"))) {
        console.error(tr("give --logo FILE or --no-logo, not both"));
        return NothingDone;
    }
    std::optional<QByteArray> logo;
    if (reader.has(QStringLiteral("logo"))) {
        const QString file = reader.value(QStringLiteral("logo"));
        QFile in(file);
        if (in.size() > settings::OrganisationService::maxLogoBytes) {
            console.error(tr("%1: the logo is larger than %2 KB").arg(file).arg(settings::OrganisationService::maxLogoBytes / 1024));
            return NothingDone;
        }
        if (!in.open(QIODevice::ReadOnly)) {
            console.error(tr("%1 could not be read: %2").arg(file, in.errorString()));
            return NothingDone;
        }
        logo = in.readAll();
        if (logo->isEmpty()) {
            console.error(tr("%1 is empty; use --no-logo to remove the logo").arg(file));
            return NothingDone;
        }
        if (const auto problems = settings::OrganisationService::checkLogo(*logo); !problems.isEmpty()) {
            console.error(QStringLiteral("%1: %2").arg(file, problems.first().message));
            return NothingDone;
        }
    } else if (reader.has(QStringLiteral("no-logo"))) {
        logo = QByteArray();
    }

    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    const settings::OrganisationService service(open->database(), open->clock(), open->session());
    if (reader.has(QStringLiteral("name"))) {
        if (auto changed = service.setMunicipality(reader.value(QStringLiteral("name"))); !changed) {
            console.failure(changed.error());
            return NothingDone;
        }
    }
    if (logo) {
        if (auto changed = service.setLogo(*logo); !changed) {
            console.failure(changed.error());
            return NothingDone;
        }
    }
    auto current = service.settings();
    if (!current) {
        console.failure(current.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("municipality"), current->municipality},
                      {QStringLiteral("logo_bytes"), current->logo.size()},
                      {QStringLiteral("updated_at"), current->updatedAt.isValid()
                                                         ? QJsonValue(current->updatedAt.toString(Qt::ISODate))
                                                         : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("updated_by"), current->updatedBy}});
        return Done;
    }
    console.out(tr("Municipality: %1").arg(current->municipality.isEmpty() ? tr("(not set)") : current->municipality));
    console.out(current->logo.isEmpty() ? tr("Logo: none") : tr("Logo: %1 bytes").arg(current->logo.size()));
    return Done;
}

} // namespace vangnet::cli
