#include "importing/DdasSignalReader.h"

#include "importing/SignalRowParser.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace vangnet::importing {

namespace {

/// Where each field lives in a vroegsignaal: the key, and for the client's fields "client".
struct DdasKey {
    const char *object; ///< nullptr, "client" or "signaalpartner"
    const char *key; ///< nullptr when DDAS has no such field
};

constexpr std::array<DdasKey, signalFieldCount> ddasKeys{{
    {nullptr, "ID"},
    {"signaalpartner", "type"},
    {nullptr, nullptr}, // partner_naam
    {nullptr, "signaaldatum"},
    {nullptr, "ontstaansdatum"},
    {nullptr, "bedrag"},
    {nullptr, "crisissignaal"},
    {nullptr, "warmeOverdracht"},
    {"client", "Burgerservicenummer"},
    {"client", "Voorletters"},
    {nullptr, nullptr}, // voornaam
    {"client", "Voorvoegsel"},
    {"client", "Achternaam"},
    {"client", "Geboortedatum"},
    {"client", "Straatnaam"},
    {"client", "Huisnummer"},
    {"client", "Huisnummertoevoeging"},
    {"client", "Postcode"},
    {"client", "Plaatsnaam"},
}};

QString fieldPath(const QString &signalPath, int field)
{
    if (field < 0 || !ddasKeys[std::size_t(field)].key)
        return signalPath;
    const DdasKey &k = ddasKeys[std::size_t(field)];
    QString path = signalPath + QLatin1Char('.');
    if (k.object)
        path += QLatin1String(k.object) + QLatin1Char('.');
    return path + QLatin1String(k.key);
}

} // namespace

DdasSignalReader::DdasSignalReader()
    : m_fields(m_decoder, [this](int field) { return fieldPath(m_path, field); })
{ }

Result<std::unique_ptr<DdasSignalReader>> DdasSignalReader::open(
    std::unique_ptr<QIODevice> device, const QString &displayName)
{
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
            QCoreApplication::translate("vangnet::importing::DdasSignalReader", "%1 could not be opened: %2")
                .arg(displayName, device->errorString())};
    // In blocks, so that refusing a huge file does not first allocate its size.
    QByteArray bytes;
    bool tooLarge = !device->isSequential() && device->size() > maxFileSize;
    while (!tooLarge) {
        const QByteArray block = device->read(1 << 20);
        if (block.isEmpty())
            break;
        bytes += block;
        tooLarge = bytes.size() > maxFileSize;
    }
    if (tooLarge)
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::importing::DdasSignalReader",
                "%1 is larger than %2 MB, too large for a DDAS "
                "import. Split the delivery.")
                .arg(displayName)
                .arg(maxFileSize >> 20)};
    if (bytes.trimmed().isEmpty())
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::importing::DdasSignalReader", "%1 is empty.").arg(displayName)};
    if (bytes.first(std::min<qsizetype>(bytes.size(), 65536)).contains('\0'))
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate(
                "vangnet::importing::DdasSignalReader", "%1 is not a text file (it holds binary data).")
                .arg(displayName)};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate(
                "vangnet::importing::DdasSignalReader", "%1 is not valid JSON: %2 (at byte %3).")
                .arg(displayName, parseError.errorString())
                .arg(parseError.offset)};
    const QJsonValue deliveries = document.object().value(QStringLiteral("leveringen"));
    if (!document.isObject() || !deliveries.isArray())
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate("vangnet::importing::DdasSignalReader",
                "%1 is not a DDAS delivery: it has no "
                "\"leveringen\" list.")
                .arg(displayName)};
    std::unique_ptr<DdasSignalReader> reader(new DdasSignalReader);
    reader->m_deliveries = deliveries.toArray();
    reader->m_totalBytes = bytes.size();
    for (const QJsonValue delivery : std::as_const(reader->m_deliveries))
        reader->m_totalSignals += delivery.toObject().value(QStringLiteral("vroegsignalen")).toArray().size();
    return reader;
}

qint64 DdasSignalReader::bytesRead() const
{
    if (m_totalSignals == 0)
        return m_delivery >= m_deliveries.size() ? m_totalBytes : 0;
    return m_totalBytes * m_rowsRead / m_totalSignals;
}

bool DdasSignalReader::collect(const QJsonValue &signal, QList<Reject> &rejects)
{
    if (!signal.isObject()) {
        rejects.append({0, m_path,
            QCoreApplication::translate(
                "vangnet::importing::DdasSignalReader", "A vroegsignaal must be a JSON object")});
        return false;
    }
    const QJsonObject object = signal.toObject();
    bool ok = true;
    for (int field = 0; field < signalFieldCount; ++field) {
        const DdasKey &k = ddasKeys[std::size_t(field)];
        QByteArray &value = m_storage[std::size_t(field)];
        value.clear();
        if (k.key) {
            const QJsonValue v = k.object ? object.value(QLatin1String(k.object)).toObject().value(QLatin1String(k.key))
                                          : object.value(QLatin1String(k.key));
            switch (v.type()) {
            case QJsonValue::String:
                value = v.toString().toUtf8();
                break;
            case QJsonValue::Bool:
                value = v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
                break;
            case QJsonValue::Double: {
                const double d = v.toDouble();
                value = (std::trunc(d) == d && std::abs(d) < 1e15) ? QByteArray::number(qint64(d))
                                                                   : QByteArray::number(d, 'f', 2);
                break;
            }
            case QJsonValue::Null:
            case QJsonValue::Undefined:
                break;
            case QJsonValue::Array:
            case QJsonValue::Object:
                rejects.append({0, fieldPath(m_path, field),
                    QCoreApplication::translate(
                        "vangnet::importing::DdasSignalReader", "Expected a single value, not a list or object")});
                ok = false;
                break;
            }
        }
        m_raw[std::size_t(field)] = m_storage[std::size_t(field)];
    }
    return ok;
}

bool DdasSignalReader::next(SignalRow &row, QList<Reject> &rejects)
{
    while (m_delivery < m_deliveries.size()) {
        const QJsonArray list = m_deliveries.at(m_delivery).toObject().value(QStringLiteral("vroegsignalen")).toArray();
        if (m_signal >= list.size()) {
            ++m_delivery;
            m_signal = 0;
            continue;
        }
        const qsizetype index = m_signal++;
        m_path = QStringLiteral("leveringen[%1].vroegsignalen[%2]").arg(m_delivery).arg(index);
        ++m_rowsRead;
        if (!collect(list.at(index), rejects)) {
            ++m_rowsRejected;
            continue;
        }
        m_fields.begin(m_raw.data(), 0, &rejects);
        row.line = 0;
        if (SignalRowParser::read(m_fields, row))
            return true;
        ++m_rowsRejected;
    }
    return false;
}

} // namespace vangnet::importing
