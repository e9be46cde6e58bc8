#include "importing/SignalCsvWriter.h"

#include "importing/ImportFields.h"
#include "importing/ImportKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

namespace vangnet::importing {

namespace {

constexpr qsizetype flushSize = 1 << 20;

void date(CsvFormatter &csv, QByteArray &out, const QDate &d)
{
    csv.field(out, d.isValid() ? QByteArrayView(d.toString(Qt::ISODate).toLatin1()) : QByteArrayView());
}

QByteArray amount(qint64 cents)
{
    QByteArray text = QByteArray::number(cents / 100);
    text.append('.');
    const qint64 fraction = cents % 100;
    if (fraction < 10)
        text.append('0');
    text.append(QByteArray::number(fraction));
    return text;
}

void appendRecord(QByteArray &out, const SignalRow &row)
{
    CsvFormatter csv;
    csv.field(out, row.signalId);
    csv.field(out, partnerTypeKey(row.partnerType));
    csv.field(out, row.partnerName);
    date(csv, out, row.signalDate);
    date(csv, out, row.arisenDate);
    csv.field(out, row.amountCents ? QByteArrayView(amount(*row.amountCents)) : QByteArrayView());
    csv.field(out, QByteArrayView(row.crisis ? "ja" : "nee"));
    csv.field(out, QByteArrayView(row.warmHandover ? "ja" : "nee"));
    const RowPerson &p = row.person;
    csv.field(out, p.bsn);
    csv.field(out, p.voorletters);
    csv.field(out, p.voornaam);
    csv.field(out, p.voorvoegsel);
    csv.field(out, p.achternaam);
    date(csv, out, p.geboortedatum);
    csv.field(out, p.straat);
    csv.field(out, p.huisnummer > 0 ? QByteArrayView(QByteArray::number(p.huisnummer)) : QByteArrayView());
    csv.field(out, p.toevoeging);
    csv.field(out, p.postcode);
    csv.field(out, p.plaats);
    csv.endRecord(out);
}

} // namespace

SignalCsvWriter::SignalCsvWriter(std::unique_ptr<QIODevice> device, QString displayName)
    : m_device(std::move(device))
    , m_displayName(std::move(displayName))
{ }

SignalCsvWriter::~SignalCsvWriter()
{
    (void)flush();
}

Result<std::unique_ptr<SignalCsvWriter>> SignalCsvWriter::create(const QString &path)
{
    return create(std::make_unique<QFile>(path), path);
}

Result<std::unique_ptr<SignalCsvWriter>> SignalCsvWriter::create(
    std::unique_ptr<QIODevice> device, const QString &displayName)
{
    if (!device->isOpen() && !device->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{ErrorCode::Io,
            QCoreApplication::translate("vangnet::importing::SignalCsvWriter", "%1 could not be written: %2")
                .arg(displayName, device->errorString())};
    std::unique_ptr<SignalCsvWriter> writer(new SignalCsvWriter(std::move(device), displayName));
    writer->m_buffer.reserve(flushSize + 4096);
    writer->m_buffer.append("\xEF\xBB\xBF");
    CsvFormatter csv;
    for (const QString &key : signalFieldKeys())
        csv.field(writer->m_buffer, key);
    csv.endRecord(writer->m_buffer);
    return writer;
}

QByteArray SignalCsvWriter::record(const SignalRow &row)
{
    QByteArray out;
    appendRecord(out, row);
    return out;
}

Result<void> SignalCsvWriter::write(const SignalRow &row)
{
    appendRecord(m_buffer, row);
    if (m_buffer.size() >= flushSize)
        return flush();
    return success();
}

Result<void> SignalCsvWriter::flush()
{
    if (m_buffer.isEmpty() || !m_device)
        return success();
    const qint64 written = m_device->write(m_buffer);
    m_buffer.clear();
    if (written < 0)
        return Error{ErrorCode::Io,
            QCoreApplication::translate("vangnet::importing::SignalCsvWriter", "%1 could not be written: %2")
                .arg(m_displayName, m_device->errorString())};
    return success();
}

Result<void> SignalCsvWriter::finish()
{
    return flush();
}

} // namespace vangnet::importing
