#include "importing/CsvRecordReader.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace vangnet::importing;

namespace {

struct Record {
    qint64 line;
    bool unclosed;
    QList<QByteArray> fields;
    bool operator==(const Record &) const = default;
};

QList<Record> readAll(const QByteArray &bytes, qsizetype blockSize)
{
    QBuffer device;
    device.setData(bytes);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvRecordReader reader(device, QStringLiteral("mem"), blockSize);
    REQUIRE(reader.start().ok());
    QList<Record> records;
    while (reader.next()) {
        Record r{reader.line(), reader.quoteUnclosed(), {}};
        for (const QByteArrayView f : reader.fields())
            r.fields.append(f.toByteArray());
        records.append(r);
    }
    REQUIRE_FALSE(reader.error());
    CHECK(reader.bytesRead() == bytes.size());
    return records;
}

} // namespace

TEST_CASE("Records cut at any block end read the same as in one block", "[import][csv]")
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "a;b;c\r\n"
                             "1;\"x;y\";3\r\n"
                             "\n"
                             "\"multi\nline \"\"quoted\"\"\";;\"\"\r\n"
                             "\"tail\"er;2;\"\"\n"
                             "4;5;6\n"
                             "\"never closed;7;8\n9";
    const QList<Record> whole = readAll(bytes, CsvRecordReader::defaultBlockSize);
    REQUIRE(whole.size() == 6);
    CHECK(whole[0] == Record{1, false, {"a", "b", "c\r"}});
    CHECK(whole[1] == Record{2, false, {"1", "x;y", "3\r"}});
    CHECK(whole[2] == Record{4, false, {"multi\nline \"quoted\"", "", ""}});
    CHECK(whole[3] == Record{6, false, {"tailer", "2", ""}}); // text after a closing quote is kept
    CHECK(whole[4] == Record{7, false, {"4", "5", "6"}});
    CHECK(whole[5] == Record{8, true, {"never closed;7;8\n9"}});
    for (qsizetype block = 1; block <= 40; ++block) {
        INFO(block);
        CHECK(readAll(bytes, block) == whole);
    }
}

TEST_CASE("The delimiter is the most frequent of semicolon, comma and tab in the header", "[import][csv]")
{
    auto detect = [](const QByteArray &bytes) {
        QBuffer device;
        device.setData(bytes);
        device.open(QIODevice::ReadOnly);
        CsvRecordReader reader(device, QStringLiteral("mem"));
        REQUIRE(reader.start().ok());
        return reader.delimiter();
    };
    CHECK(detect("a;b;c\n1,5;2,5;3\n") == ';');
    CHECK(detect("a,b,c\n") == ',');
    CHECK(detect("a\tb\tc,d\n") == '\t');
    CHECK(detect("\"a;b\",c\n") == ',');
    CHECK(detect("alleen\n") == ';');
}
