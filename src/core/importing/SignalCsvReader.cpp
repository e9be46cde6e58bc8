#include "importing/SignalCsvReader.h"

#include "importing/SignalRowParser.h"

namespace vangnet::importing {

SignalCsvReader::SignalCsvReader(std::unique_ptr<CsvTable> table)
    : m_table(std::move(table))
    , m_fields(m_table->decoder(), [t = m_table.get()](int field) { return t->columnName(field); })
{ }

Result<std::unique_ptr<SignalCsvReader>> SignalCsvReader::open(
    std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile)
{
    auto table
        = CsvTable::open(std::move(device), displayName, profile, CsvTable::rulesFor(ImportProfile::Kind::Signals));
    if (!table)
        return table.error();
    return std::unique_ptr<SignalCsvReader>(new SignalCsvReader(std::move(*table)));
}

bool SignalCsvReader::next(SignalRow &row, QList<Reject> &rejects)
{
    qint64 line = 0;
    while (m_table->next(m_raw.data(), line, rejects)) {
        m_fields.begin(m_raw.data(), line, &rejects);
        row.line = line;
        if (SignalRowParser::read(m_fields, row))
            return true;
        ++m_rowsRejected;
    }
    return false;
}

} // namespace vangnet::importing
