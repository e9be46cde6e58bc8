#include "importing/DischargeCsvReader.h"

#include "importing/DischargeRowParser.h"

#include <QFile>

namespace vangnet::importing {

DischargeCsvReader::DischargeCsvReader(std::unique_ptr<CsvTable> table)
    : m_table(std::move(table))
    , m_fields(m_table->decoder(), [t = m_table.get()](int field) { return t->columnName(field); })
{ }

Result<std::unique_ptr<DischargeCsvReader>> DischargeCsvReader::open(const QString &path, const ImportProfile &profile)
{
    return open(std::make_unique<QFile>(path), path, profile);
}

Result<std::unique_ptr<DischargeCsvReader>> DischargeCsvReader::open(
    std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile)
{
    auto table
        = CsvTable::open(std::move(device), displayName, profile, CsvTable::rulesFor(ImportProfile::Kind::Discharges));
    if (!table)
        return table.error();
    return std::unique_ptr<DischargeCsvReader>(new DischargeCsvReader(std::move(*table)));
}

bool DischargeCsvReader::next(DischargeRow &row, QList<Reject> &rejects)
{
    qint64 line = 0;
    while (m_table->next(m_raw.data(), line, rejects)) {
        m_fields.begin(m_raw.data(), line, &rejects);
        row.line = line;
        if (DischargeRowParser::read(m_fields, row))
            return true;
        ++m_rowsRejected;
    }
    return false;
}

qsizetype DischargeCsvReader::readBatch(qsizetype max, QVector<DischargeRow> &rows, QList<Reject> &rejects)
{
    qsizetype count = 0;
    DischargeRow row;
    while (count < max && next(row, rejects)) {
        rows.append(row);
        ++count;
    }
    return count;
}

} // namespace vangnet::importing
