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

Result<std::unique_ptr<SignalCsvWriter>> SignalCsvWriter::create(const QString &path)
{
    return create(std::make_unique<QFile>(path), path);
}

Result<std::unique_ptr<SignalCsvWriter>> SignalCsvWriter::create(
    std::unique_ptr<QIODevice> device, const QString &displayName)
{
    auto out = CsvOutput::open(std::move(device), displayName);
    if (!out)
        return out.error();
    std::unique_ptr<SignalCsvWriter> writer(new SignalCsvWriter(std::move(*out)));
    QByteArray &buffer = writer->m_out->buffer();
    buffer.reserve(flushSize + 4096);
    buffer.append("\xEF\xBB\xBF");
    CsvFormatter csv;
    for (const QString &key : signalFieldKeys())
        csv.field(buffer, key);
    csv.endRecord(buffer);
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
    appendRecord(m_out->buffer(), row);
    return m_out->flushAbove(flushSize);
}

Result<void> SignalCsvWriter::finish()
{
    return m_out->finish();
}

} // namespace vangnet::importing
