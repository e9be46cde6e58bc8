#include "importing/CsvTable.h"

#include "importing/ImportFields.h"

#include <QCoreApplication>

namespace vangnet::importing {

CsvTable::CsvTable(std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile)
    : m_device(std::move(device))
    , m_displayName(displayName)
    , m_profile(profile)
    , m_records(*m_device, displayName)
    , m_decoder(profile.encoding)
{ }

CsvTable::Rules CsvTable::rulesFor(ImportProfile::Kind kind)
{
    Rules rules;
    rules.kind = kind;
    if (kind == ImportProfile::Kind::Signals) {
        rules.required = {int(SignalField::Partner), int(SignalField::SignalDate), int(SignalField::Achternaam)};
        rules.bsn = int(SignalField::Bsn);
        rules.postcode = int(SignalField::Postcode);
        rules.houseNumber = int(SignalField::Huisnummer);
    } else {
        rules.required
            = {int(DischargeField::InstitutionType), int(DischargeField::ExpectedDate), int(DischargeField::Achternaam)};
        rules.bsn = int(DischargeField::Bsn);
        rules.postcode = int(DischargeField::Postcode);
        rules.houseNumber = int(DischargeField::Huisnummer);
    }
    return rules;
}

Result<std::unique_ptr<CsvTable>> CsvTable::start(
    std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile)
{
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
            QCoreApplication::translate("vangnet::importing::CsvTable", "%1 could not be opened: %2")
                .arg(displayName, device->errorString())};
    std::unique_ptr<CsvTable> table(new CsvTable(std::move(device), displayName, profile));
    table->m_totalBytes = table->m_device->isSequential() ? 0 : table->m_device->size();
    if (auto started = table->m_records.start(profile.delimiter); !started)
        return started.error();
    table->m_decoder.observe(table->m_records.firstBlock());
    return table;
}

Result<std::unique_ptr<CsvTable>> CsvTable::open(
    std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile, const Rules &rules)
{
    if (profile.kind != rules.kind)
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate(
                "vangnet::importing::CsvTable", "The profile %1 is for another kind of file (%2).")
                .arg(profile.name, kindKey(profile.kind))};
    auto table = start(std::move(device), displayName, profile);
    if (!table)
        return table.error();
    if (auto header = (*table)->readHeader(rules); !header)
        return header.error();
    return std::move(*table);
}

Result<QStringList> CsvTable::headerOf(
    std::unique_ptr<QIODevice> device, const QString &displayName, const ImportProfile &profile)
{
    auto table = start(std::move(device), displayName, profile);
    if (!table)
        return table.error();
    return (*table)->readHeaderLine();
}

Result<QStringList> CsvTable::readHeaderLine()
{
    if (!m_records.next()) {
        if (m_records.error())
            return *m_records.error();
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::importing::CsvTable", "%1 is empty: it has no header line.")
                .arg(m_displayName)};
    }
    QStringList header;
    for (const QByteArrayView field : m_records.fields())
        header << m_decoder.decode(field);
    return header;
}

Result<void> CsvTable::readHeader(const Rules &rules)
{
    auto read = readHeaderLine();
    if (!read)
        return read.error();
    const QStringList &header = *read;
    m_headerColumns = int(header.size());

    const QStringList &keys = m_profile.fieldKeys();
    m_columnOfField.fill(-1, keys.size());
    m_columnNames.clear();
    for (qsizetype field = 0; field < keys.size(); ++field) {
        const QString wanted = m_profile.sourceColumn(keys.at(field));
        m_columnNames << wanted;
        if (m_profile.leftOut(keys.at(field)))
            continue;
        for (qsizetype column = 0; column < header.size(); ++column) {
            if (header.at(column).compare(wanted, Qt::CaseInsensitive) == 0) {
                m_columnOfField[field] = int(column);
                m_columnNames[field] = header.at(column);
                break;
            }
        }
    }

    QStringList missing;
    for (const int field : rules.required) {
        if (m_columnOfField.at(field) < 0)
            missing << m_columnNames.at(field);
    }
    const bool hasBsn = rules.bsn < 0 || m_columnOfField.at(rules.bsn) >= 0;
    const bool hasAddress
        = rules.postcode >= 0 && m_columnOfField.at(rules.postcode) >= 0 && m_columnOfField.at(rules.houseNumber) >= 0;
    if (!hasBsn && !hasAddress)
        missing << QCoreApplication::translate("vangnet::importing::CsvTable", "%1 (or %2 and %3)")
                       .arg(m_columnNames.at(rules.bsn), m_columnNames.at(rules.postcode),
                           m_columnNames.at(rules.houseNumber));
    if (!missing.isEmpty())
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::importing::CsvTable",
                "%1 is not a file this profile (%2) can read: the header lacks the "
                "required columns %3.")
                .arg(m_displayName, m_profile.name, missing.join(QStringLiteral(", ")))};
    return success();
}

bool CsvTable::next(QByteArrayView *fields, qint64 &line, QList<Reject> &rejects)
{
    while (m_records.next()) {
        const QVector<QByteArrayView> &record = m_records.fields();
        bool blank = true;
        for (const QByteArrayView field : record) {
            if (!TextDecoder::trimmed(field).isEmpty()) {
                blank = false;
                break;
            }
        }
        if (blank)
            continue;
        ++m_recordsRead;
        line = m_records.line();
        if (m_records.quoteUnclosed()) {
            ++m_recordsRejected;
            rejects.append({line, QString(),
                QCoreApplication::translate(
                    "vangnet::importing::CsvTable", "A quoted field is not closed before the end of the file")});
            continue;
        }
        const qsizetype columns = record.size();
        if (columns > m_headerColumns) {
            // Trailing empty columns (a spreadsheet's stray delimiters) are harmless.
            bool extraText = false;
            for (qsizetype i = m_headerColumns; i < columns && !extraText; ++i)
                extraText = !TextDecoder::trimmed(record.at(i)).isEmpty();
            if (extraText) {
                ++m_recordsRejected;
                rejects.append({line, QString(),
                    QCoreApplication::translate(
                        "vangnet::importing::CsvTable", "Too many columns: %1 where the header has %2")
                        .arg(columns)
                        .arg(m_headerColumns)});
                continue;
            }
        } else if (columns < m_headerColumns) {
            ++m_recordsRejected;
            rejects.append({line, QString(),
                QCoreApplication::translate(
                    "vangnet::importing::CsvTable", "Too few columns: %1 where the header has %2")
                    .arg(columns)
                    .arg(m_headerColumns)});
            continue;
        }
        for (qsizetype field = 0; field < m_columnOfField.size(); ++field) {
            const int column = m_columnOfField.at(field);
            fields[field] = column >= 0 ? record.at(column) : QByteArrayView();
        }
        return true;
    }
    return false;
}

} // namespace vangnet::importing
