#include "exports/XlsxContent.h"

#include <QDate>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace vangnet::test {

namespace {

QByteArray unzip(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), args);
    REQUIRE(process.waitForFinished(30000));
    return process.readAllStandardOutput();
}

/// The cell element `<c r="REF" …>…</c>` as XML text.
QString cellElement(const QString &sheet, const QString &ref)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*(/>|>.*?</c>)").arg(ref));
    return cell.match(sheet).captured(0);
}

QStringList sharedStrings(const QString &xlsx)
{
    QStringList strings;
    QXmlStreamReader xml(xlsxEntry(xlsx, QStringLiteral("xl/sharedStrings.xml")));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return strings;
}

} // namespace

QByteArray xlsxEntry(const QString &xlsx, const QString &entry)
{
    return unzip({QStringLiteral("-p"), xlsx, entry});
}

QStringList xlsxEntries(const QString &xlsx)
{
    return QString::fromUtf8(unzip({QStringLiteral("-Z1"), xlsx})).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString xlsxCell(const QString &xlsx, const QString &ref)
{
    const QString element = cellElement(xlsxSheet(xlsx), ref);
    if (element.isEmpty())
        return {};
    QXmlStreamReader xml(element);
    xml.readNextStartElement(); // <c>
    const QString type = xml.attributes().value(QLatin1String("t")).toString();
    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    if (type == QLatin1String("s"))
        return sharedStrings(xlsx).value(text.toInt());
    return text;
}

QString xlsxNumberFormat(const QString &xlsx, const QString &ref)
{
    const QRegularExpression style(QStringLiteral("\\ss=\"(\\d+)\""));
    const QString element = cellElement(xlsxSheet(xlsx), ref);
    const auto match = style.match(element.left(element.indexOf(QLatin1Char('>'))));
    if (!match.hasMatch())
        return {};
    // styles.xml: the cell's xf (in cellXfs, by index) names a numFmtId; numFmts give its code.
    QHash<QString, QString> codes;
    QStringList cellFormats;
    bool inCellXfs = false;
    QXmlStreamReader xml(xlsxEntry(xlsx, QStringLiteral("xl/styles.xml")));
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("numFmt"))
            codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toString(),
                         xml.attributes().value(QLatin1String("formatCode")).toString());
        else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (token == QXmlStreamReader::StartElement && inCellXfs && xml.name() == QLatin1String("xf"))
            cellFormats << xml.attributes().value(QLatin1String("numFmtId")).toString();
    }
    return codes.value(cellFormats.value(match.captured(1).toInt()));
}

qint64 excelSerial(int year, int month, int day)
{
    return QDate(1899, 12, 30).daysTo(QDate(year, month, day));
}

} // namespace vangnet::test
