#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vangnet::test {

/// One member of an .xlsx (a zip) as `unzip -p` prints it; empty when it is not there.
QByteArray xlsxEntry(const QString &xlsx, const QString &entry);
/// The names of the members of an .xlsx.
QStringList xlsxEntries(const QString &xlsx);
/// The XML of the workbook's only sheet.
inline QString xlsxSheet(const QString &xlsx)
{
    return QString::fromUtf8(xlsxEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
}
/// The text of the cell at `ref` ("B2") of that sheet: its inline or shared string, or its
/// number as written; empty when the cell is not there.
QString xlsxCell(const QString &xlsx, const QString &ref);
/// The number format of the cell's style ("dd-mm-yyyy"); empty for none or a built-in one.
QString xlsxNumberFormat(const QString &xlsx, const QString &ref);
/// Excel's serial number of a day (days since 30-12-1899), as a date cell holds it.
qint64 excelSerial(int year, int month, int day);

} // namespace vangnet::test
