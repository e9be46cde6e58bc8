#include "exports/CsvListWriter.h"

#include <QCoreApplication>
#include <QDate>

namespace vangnet::exports {

namespace {

constexpr qsizetype FlushAbove = 1 << 16;

/// "-1234,56": a decimal comma (the Dutch spreadsheet's, as `;` is its list separator), no
/// thousands separator and no currency sign, so it is read as a number.
QString amountText(qint64 cents)
{
    const qint64 whole = (cents < 0 ? -cents : cents) / 100;
    const qint64 fraction = (cents < 0 ? -cents : cents) % 100;
    return QStringLiteral("%1%2,%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(fraction, 2, 10, QLatin1Char('0'));
}

} // namespace

QString CsvListWriter::cellText(CellType type, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (type) {
    case CellType::Text:
        return neutralisedCell(value.toString());
    case CellType::Integer:
        return QString::number(value.toLongLong());
    case CellType::Amount:
        return amountText(value.toLongLong());
    case CellType::Date:
        return value.toDate().toString(QStringLiteral("dd-MM-yyyy"));
    }
    return {};
}

Result<void> CsvListWriter::begin(QIODevice &out, const QString &displayName, const ListSheet &sheet)
{
    m_out = &out;
    m_displayName = displayName;
    m_columns = sheet.columns;
    m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    for (const ListColumn &column : std::as_const(m_columns))
        m_csv.field(m_buffer, neutralisedCell(column.header));
    m_csv.endRecord(m_buffer);
    return success();
}

Result<void> CsvListWriter::row(const ListRow &cells)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        m_csv.field(m_buffer, cellText(m_columns.at(i).type, cells.value(i)));
    m_csv.endRecord(m_buffer);
    return m_buffer.size() >= FlushAbove ? flush() : success();
}

Result<void> CsvListWriter::finish()
{
    return flush();
}

Result<void> CsvListWriter::flush()
{
    if (m_buffer.isEmpty())
        return success();
    const qint64 written = m_out->write(m_buffer);
    const bool complete = written == m_buffer.size();
    m_buffer.clear();
    if (!complete)
        return Error(ErrorCode::Io, QCoreApplication::translate("vangnet::exports::ListWriter", "%1 could not be written: %2")
                                        .arg(m_displayName, m_out->errorString()));
    return success();
}

} // namespace vangnet::exports
