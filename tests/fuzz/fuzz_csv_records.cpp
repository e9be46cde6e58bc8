// libFuzzer target, differential: the first byte picks a tiny block size (1–64 bytes), the rest
// is CSV. Reading it in tiny blocks must give exactly the records, fields and line numbers that
// reading it in one block gives, so records cut at any block end are put together right.

#include "FuzzSupport.h"

#include "importing/CsvRecordReader.h"

#include <QList>

using namespace vangnet::importing;
using vangnet::fuzz::check;

namespace {

struct Record {
    qint64 line = 0;
    bool unclosed = false;
    QList<QByteArray> fields;
    bool operator==(const Record &) const = default;
};

QList<Record> readAll(const std::uint8_t *data, std::size_t size, qsizetype blockSize, bool &refused)
{
    auto device = vangnet::fuzz::buffer(data, size);
    device->open(QIODevice::ReadOnly);
    CsvRecordReader reader(*device, QStringLiteral("fuzz.csv"), blockSize);
    QList<Record> records;
    refused = !reader.start(';').ok();
    if (refused)
        return records;
    while (reader.next()) {
        Record r{reader.line(), reader.quoteUnclosed(), {}};
        for (const QByteArrayView f : reader.fields())
            r.fields.append(f.toByteArray());
        records.append(r);
    }
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    vangnet::fuzz::ensureApplication();
    if (size < 1)
        return 0;
    const qsizetype blockSize = 1 + data[0] % 64;
    bool refusedWhole = false;
    bool refusedSmall = false;
    const QList<Record> whole = readAll(data + 1, size - 1, CsvRecordReader::defaultBlockSize, refusedWhole);
    const QList<Record> small = readAll(data + 1, size - 1, blockSize, refusedSmall);
    // The binary check looks at the first block only, so with tiny blocks it may see less.
    if (refusedWhole || refusedSmall)
        return 0;
    check(whole == small, "records do not depend on the block size");
    return 0;
}
