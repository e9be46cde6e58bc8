#include "ImportTestSupport.h"

#include "importing/ImportFields.h"

#include <QBuffer>

namespace vangnet::importing::test {

const char *const signalHeader = "signaal_id;signaalpartner;partner_naam;signaaldatum;ontstaansdatum;bedrag;"
                                 "crisissignaal;warme_overdracht;bsn;voorletters;voornaam;voorvoegsel;achternaam;"
                                 "geboortedatum;straat;huisnummer;toevoeging;postcode;plaats";
const char *const dischargeHeader = "melding_id;instelling_type;instelling_naam;verwachte_uitstroomdatum;kanaal;bsn;"
                                    "voorletters;voornaam;voorvoegsel;achternaam;geboortedatum;straat;huisnummer;"
                                    "toevoeging;postcode;plaats;id_bewijs;onderdak;inkomen;schulden;zorg";

namespace {

std::unique_ptr<QIODevice> buffer(const QByteArray &bytes)
{
    auto device = std::make_unique<QBuffer>();
    device->setData(bytes);
    return device;
}

QByteArray record(
    const QStringList &keys, const char *defaults, std::initializer_list<std::pair<const char *, const char *>> changes)
{
    QList<QByteArray> values = QByteArray(defaults).split(';');
    Q_ASSERT(values.size() == keys.size());
    for (const auto &[key, value] : changes) {
        const qsizetype index = keys.indexOf(QString::fromLatin1(key));
        Q_ASSERT(index >= 0);
        values[index] = QByteArray(value); // raw bytes: tests write Windows-1252 too
    }
    return values.join(';');
}

} // namespace

ReadResult<SignalRow> readSignals(
    const QByteArray &bytes, SignalFileReader::Format format, const ImportProfile &profile)
{
    ReadResult<SignalRow> result;
    auto reader = SignalFileReader::open(buffer(bytes), QStringLiteral("test.csv"), format, profile);
    if (!reader) {
        result.refused = reader.error();
        return result;
    }
    SignalRow row;
    while ((*reader)->next(row, result.rejects))
        result.rows.append(row);
    result.failed = (*reader)->error();
    result.rowsRead = (*reader)->rowsRead();
    result.rowsRejected = (*reader)->rowsRejected();
    return result;
}

ReadResult<DischargeRow> readDischarges(const QByteArray &bytes, const ImportProfile &profile)
{
    ReadResult<DischargeRow> result;
    auto reader = DischargeCsvReader::open(buffer(bytes), QStringLiteral("test.csv"), profile);
    if (!reader) {
        result.refused = reader.error();
        return result;
    }
    DischargeRow row;
    while ((*reader)->next(row, result.rejects))
        result.rows.append(row);
    result.failed = (*reader)->error();
    result.rowsRead = (*reader)->rowsRead();
    result.rowsRejected = (*reader)->rowsRejected();
    return result;
}

QByteArray csv(const char *header, std::initializer_list<const char *> records)
{
    QByteArray out(header);
    for (const char *r : records)
        out += '\n' + QByteArray(r);
    return out + '\n';
}

QByteArray signalRecord(std::initializer_list<std::pair<const char *, const char *>> changes)
{
    return record(signalFieldKeys(),
        "S-1;Huur;Woonstichting Oost;2025-03-01;2025-01-15;1234.56;nee;nee;999990019;J.;Jan;de;Vries;"
        "1980-05-17;Dorpsstraat;12;;1234 AB;Ergens",
        changes);
}

QByteArray dischargeRecord(std::initializer_list<std::pair<const char *, const char *>> changes)
{
    return record(dischargeFieldKeys(),
        "U-1;detentie;PI Noord;2025-04-01;D&R-plan;999990019;J.;Jan;de;Vries;1980-05-17;Dorpsstraat;12;;"
        "1234 AB;Ergens;geregeld;niet_geregeld;in_behandeling;onbekend;",
        changes);
}

} // namespace vangnet::importing::test
