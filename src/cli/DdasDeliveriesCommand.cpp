#include "DdasDeliveriesCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "ddas/DdasDeliveries.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QStringList DdasDeliveriesCommand::words() const
{
    return {QStringLiteral("export"),
        m_action == Action::List ? QStringLiteral("ddas-deliveries") : QStringLiteral("ddas-delivery")};
}

QString DdasDeliveriesCommand::summary() const
{
    return m_action == Action::List ? tr("list the kept DDAS deliveries (team lead)")
                                    : tr("write a kept DDAS delivery back to a file (team lead)");
}

QString DdasDeliveriesCommand::help() const
{
    if (m_action == Action::List)
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME export ddas-deliveries [--json]\n\n"
                  "Lists every DDAS delivery written, newest first: period, municipality codes, counts, the\n"
                  "SHA-256 of the file, who wrote it and when.\n"
                  "  --json   {\"deliveries\": [{id, from, to, gemeentecodes, sha256, signals, cases, created_by,\n"
                  "           created_at}]}");
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME export ddas-delivery ID --out FILE\n\n"
              "Writes the kept copy of delivery ID to FILE, byte for byte as it was delivered (its SHA-256\n"
              "is checked). The copy holds personal data; writing it is recorded in the audit log.");
}

int DdasDeliveriesCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    const bool list = m_action == Action::List;
    ArgumentReader reader(list ? QStringList() : QStringList{QStringLiteral("out")},
        list ? QStringList{QStringLiteral("json")} : QStringList(), list ? 0 : 1);
    if (!reader.parse(args, console))
        return NothingDone;
    std::optional<qint64> id;
    if (!list) {
        id = reader.positionalId(0);
        if (!id) {
            console.error(tr("export ddas-delivery needs the id of a kept delivery (see export ddas-deliveries)"));
            return NothingDone;
        }
        if (reader.value(QStringLiteral("out")).trimmed().isEmpty()) {
            console.error(tr("export ddas-delivery needs --out"));
            return NothingDone;
        }
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    DdasDeliveries deliveries(open->database(), open->clock(), open->session());
    if (!list) {
        const QString out = reader.value(QStringLiteral("out"));
        auto written = deliveries.writeCopy(*id, out);
        if (!written) {
            console.failure(written.error());
            return NothingDone;
        }
        console.out(tr("DDAS delivery %1 written to %2 (SHA-256 %3).")
                        .arg(*id)
                        .arg(QFileInfo(out).absoluteFilePath(), written->sha256));
        return Done;
    }
    auto all = deliveries.list();
    if (!all) {
        console.failure(all.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const DdasDelivery &d : std::as_const(*all))
            rows.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("from"), d.from.toString(Qt::ISODate)},
                {QStringLiteral("to"), d.to.toString(Qt::ISODate)},
                {QStringLiteral("gemeentecodes"), QJsonArray::fromStringList(d.gemeentecodes)},
                {QStringLiteral("sha256"), d.sha256}, {QStringLiteral("signals"), d.signals},
                {QStringLiteral("cases"), d.cases}, {QStringLiteral("created_by"), d.createdBy},
                {QStringLiteral("created_at"), d.createdAt.toUTC().toString(Qt::ISODateWithMs)}});
        console.json({{QStringLiteral("deliveries"), rows}});
        return Done;
    }
    QList<QStringList> rows;
    for (const DdasDelivery &d : std::as_const(*all))
        rows << QStringList{QString::number(d.id), d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate),
            d.gemeentecodes.join(QLatin1Char(',')), QString::number(d.signals), QString::number(d.cases), d.createdBy,
            d.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), d.sha256};
    console.table({tr("Id"), tr("From"), tr("To"), tr("Gemeentecodes"), tr("Signals"), tr("Cases"), tr("By"), tr("At"),
                      tr("SHA-256")},
        rows, {0, 4, 5});
    return Done;
}

} // namespace vangnet::cli
