#include "ImportProfileCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "importing/ImportFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vangnet::cli {

using namespace vangnet::importing;

QStringList ImportProfileCommand::words() const
{
    return {QStringLiteral("import"), QStringLiteral("profile"),
            m_action == Action::List ? QStringLiteral("list") : QStringLiteral("save")};
}

QString ImportProfileCommand::summary() const
{
    return m_action == Action::List ? tr("list the column layouts (mapping profiles) imports can use")
                                    : tr("save a column layout (mapping profile) from a JSON file");
}

QString ImportProfileCommand::help() const
{
    if (m_action == Action::List)
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME import profile list [--json]\n\n"
                  "Lists the built-in and saved column layouts for signal and discharge files.\n"
                  "  --json   {\"profiles\": [{name, kind, columns, delimiter, encoding}]}");
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME import profile save FILE.json\n\n"
              "Saves (or replaces) a column layout for a platform's own export, e.g.\n"
              "  {\"name\": \"Inforing\", \"kind\": \"signals\", \"delimiter\": \";\", \"encoding\": \"auto\",\n"
              "   \"columns\": {\"signaal_id\": \"Kenmerk\", \"achternaam\": \"Naam\"}}\n"
              "Fields not listed are read from the column of their own name (docs/formats.md).");
}

int ImportProfileCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")}, m_action == Action::Save ? 1 : 0);
    if (!reader.parse(args, console))
        return NothingDone;
    ImportProfile profile;
    if (m_action == Action::Save) {
        if (reader.positionals().isEmpty()) {
            console.error(tr("name the JSON file with the profile; see 'vangnet-cli import profile save --help'"));
            return NothingDone;
        }
        const QString path = reader.positionals().constFirst();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            console.error(tr("%1 cannot be read: %2").arg(path, file.errorString()));
            return NothingDone;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!json.isObject()) {
            console.error(tr("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
            return NothingDone;
        }
        auto parsed = ImportProfile::fromJson(json.object());
        if (!parsed) {
            console.failure(parsed.error());
            return NothingDone;
        }
        profile = *parsed;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    ProfileRepository profiles(in.database().connection());
    if (m_action == Action::Save) {
        if (auto saved = profiles.save(in.session(), profile, in.clock().now()); !saved) {
            console.failure(saved.error());
            return NothingDone;
        }
        console.out(tr("Profile '%1' saved.").arg(profile.name));
        return Done;
    }
    QJsonArray all;
    QList<QStringList> rows;
    for (const auto kind : {ImportProfile::Kind::Signals, ImportProfile::Kind::Discharges}) {
        auto listed = profiles.list(kind);
        if (!listed) {
            console.failure(listed.error());
            return NothingDone;
        }
        for (const ImportProfile &p : *listed) {
            all.append(p.toJson());
            rows << QStringList{p.name, kindKey(p.kind), QString::number(p.columns.size())};
        }
    }
    if (reader.has(QStringLiteral("json")))
        console.json({{QStringLiteral("profiles"), all}});
    else
        console.table({tr("Name"), tr("Kind"), tr("Columns renamed")}, rows, {2});
    return Done;
}

} // namespace vangnet::cli
