#include "audit/AuditCsvWriter.h"

#include "audit/AuditTableModel.h"
#include "exports/ListTable.h"
#include "support/PrivateFiles.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace vangnet {

QString AuditCsvWriter::field(const QString &value)
{
    static const QString specials = QStringLiteral(";\"\r\n");
    bool quote = false;
    for (const QChar c : value)
        quote = quote || specials.contains(c);
    // What a spreadsheet would run as a formula is neutralised as in every export (CSV injection).
    QString text = exports::neutralisedCell(value);
    if (!quote)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"").arg(text);
}

Result<void> AuditCsvWriter::write(const AuditTableModel &model, const QString &fileName)
{
    QString csv;
    QStringList cells;
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column)
        cells << field(model.headerData(column, Qt::Horizontal).toString());
    csv += cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const AuditEvent &event : model.events()) {
        cells.clear();
        for (int column = 0; column < AuditTableModel::ColumnCount; ++column)
            cells << field(AuditTableModel::text(event, static_cast<AuditTableModel::Column>(column)));
        csv += cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }

    QSaveFile file(fileName);
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += csv.toUtf8();
    if (!privatefiles::openOwnerOnly(file) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(ErrorCode::Io, QCoreApplication::translate("vangnet::AuditCsvWriter", "%1 could not be written: %2")
                                        .arg(fileName, file.errorString()));
    }
    return {};
}

} // namespace vangnet
