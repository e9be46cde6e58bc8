#include "importing/FixedHeaderCsv.h"

#include "importing/CsvRecordReader.h"
#include "importing/TextDecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace vangnet::importing {

Result<FixedHeaderCounts> readFixedHeaderCsv(QIODevice &device, const QString &displayName, const QStringList &header,
                                             const QString &headerRefusal, QList<Reject> &rejects,
                                             const std::function<bool(FieldReader &fields, qint64 line)> &readRow)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QCoreApplication::translate("vangnet::importing::FixedHeaderCsv", "%1 could not be opened: %2")
                                        .arg(displayName, device.errorString())};
    CsvRecordReader records(device, displayName);
    if (auto started = records.start(';'); !started)
        return started.error();
    TextDecoder decoder;
    decoder.observe(records.firstBlock());
    if (!records.next())
        return records.error() ? *records.error()
                               : Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::importing::FixedHeaderCsv",
                                                                                       "%1 is empty: it has no header line.")
                                                               .arg(displayName)};
    QStringList found;
    for (const QByteArrayView field : records.fields())
        found << decoder.decode(field);
    if (found != header)
        return Error{ErrorCode::Invalid, QString(headerRefusal).arg(displayName, header.join(QLatin1Char(';')))};

    FixedHeaderCounts counts;
    FieldReader fields(decoder, [&header](int column) { return column < 0 ? QString() : header.at(column); });
    std::vector<QByteArrayView> raw(static_cast<std::size_t>(header.size()));
    while (records.next()) {
        ++counts.read;
        const QVector<QByteArrayView> &values = records.fields();
        if (values.size() != header.size()) {
            rejects << Reject{records.line(), QString(),
                              QCoreApplication::translate("vangnet::importing::FixedHeaderCsv",
                                                          "The row has %1 fields; the header has %2")
                                  .arg(values.size())
                                  .arg(header.size())};
            ++counts.rejected;
            continue;
        }
        std::copy(values.begin(), values.end(), raw.begin());
        fields.begin(raw.data(), records.line(), &rejects);
        if (!readRow(fields, records.line()))
            ++counts.rejected;
    }
    if (records.error())
        return *records.error();
    return counts;
}

} // namespace vangnet::importing
