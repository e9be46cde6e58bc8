#pragma once

#include "importing/FieldReader.h"
#include "importing/ImportFields.h"
#include "importing/SignalReader.h"
#include "importing/TextDecoder.h"

#include <QJsonArray>
#include <QStringList>

#include <array>
#include <memory>

class QIODevice;

namespace vangnet::importing {

/// Early signals from a DDAS delivery (VNG Uitwisselmodel v0.9, JSON): every
/// leveringen[].vroegsignalen[] entry, checked by the same rules as a CSV row. The JSON has no
/// lines, so a reject has line 0 and the JSON path of the value in its column
/// ("leveringen[0].vroegsignalen[3].signaaldatum").
///
/// The document is parsed whole (Qt's JSON parser is not incremental); files above
/// maxFileSize are refused. A month's delivery of a large municipality is a few MB.
class DdasSignalReader final : public SignalReader {
public:
    static constexpr qint64 maxFileSize = 64LL << 20;

    static Result<std::unique_ptr<DdasSignalReader>> open(
        std::unique_ptr<QIODevice> device, const QString &displayName);

    bool next(SignalRow &row, QList<Reject> &rejects) override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override { return m_totalBytes; }
    qint64 rowsRead() const override { return m_rowsRead; }
    qint64 rowsRejected() const override { return m_rowsRejected; }
    const std::optional<Error> &error() const override { return m_error; }

private:
    DdasSignalReader();
    /// Puts the signal's values into m_storage/m_raw; false (with a reject) for a value of the
    /// wrong JSON type.
    bool collect(const QJsonValue &signal, QList<Reject> &rejects);

    QJsonArray m_deliveries;
    qsizetype m_delivery = 0;
    qsizetype m_signal = 0;
    qint64 m_totalSignals = 0;
    qint64 m_totalBytes = 0;
    qint64 m_rowsRead = 0;
    qint64 m_rowsRejected = 0;
    QString m_path; ///< JSON path of the current signal
    TextDecoder m_decoder{TextEncoding::Utf8};
    FieldReader m_fields;
    std::array<QByteArray, signalFieldCount> m_storage;
    std::array<QByteArrayView, signalFieldCount> m_raw{};
    std::optional<Error> m_error;
};

} // namespace vangnet::importing
