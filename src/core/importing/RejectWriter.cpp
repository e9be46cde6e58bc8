#include "importing/RejectWriter.h"

#include "exports/ListTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

namespace vangnet::importing {

Result<std::unique_ptr<RejectWriter>> RejectWriter::create(const QString &path)
{
    return create(std::make_unique<QFile>(path), path);
}

Result<std::unique_ptr<RejectWriter>> RejectWriter::create(
    std::unique_ptr<QIODevice> device, const QString &displayName)
{
    auto out = CsvOutput::open(std::move(device), displayName);
    if (!out)
        return out.error();
    std::unique_ptr<RejectWriter> writer(new RejectWriter(std::move(*out)));
    writer->m_out->buffer().append("\xEF\xBB\xBF"
                                   "file;line;column;reason\r\n");
    return writer;
}

Result<void> RejectWriter::write(const QString &file, const Reject &reject)
{
    CsvFormatter csv;
    QByteArray &out = m_out->buffer();
    csv.field(out, exports::neutralisedCell(file));
    csv.field(out, reject.line > 0 ? QByteArrayView(QByteArray::number(reject.line)) : QByteArrayView());
    csv.field(out, exports::neutralisedCell(reject.column));
    csv.field(out, exports::neutralisedCell(reject.reason));
    csv.endRecord(out);
    return m_out->flushAbove(1 << 16);
}

Result<void> RejectWriter::write(const QString &file, const QList<Reject> &rejects)
{
    for (const Reject &reject : rejects) {
        if (auto written = write(file, reject); !written)
            return written;
    }
    return success();
}

Result<void> RejectWriter::finish()
{
    return m_out->finish();
}

} // namespace vangnet::importing
