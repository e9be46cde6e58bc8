#include "importing/RejectWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

namespace vangnet::importing {

namespace {

QString defused(const QString &text)
{
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

} // namespace

RejectWriter::RejectWriter(std::unique_ptr<QIODevice> device, QString displayName)
    : m_device(std::move(device))
    , m_displayName(std::move(displayName))
{ }

RejectWriter::~RejectWriter()
{
    (void)flush();
}

Result<std::unique_ptr<RejectWriter>> RejectWriter::create(const QString &path)
{
    return create(std::make_unique<QFile>(path), path);
}

Result<std::unique_ptr<RejectWriter>> RejectWriter::create(
    std::unique_ptr<QIODevice> device, const QString &displayName)
{
    if (!device->isOpen() && !device->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{ErrorCode::Io,
            QCoreApplication::translate("vangnet::importing::RejectWriter", "%1 could not be written: %2")
                .arg(displayName, device->errorString())};
    std::unique_ptr<RejectWriter> writer(new RejectWriter(std::move(device), displayName));
    writer->m_buffer.append("\xEF\xBB\xBF"
                            "file;line;column;reason\r\n");
    return writer;
}

Result<void> RejectWriter::write(const QString &file, const Reject &reject)
{
    CsvFormatter csv;
    csv.field(m_buffer, defused(file));
    csv.field(m_buffer, reject.line > 0 ? QByteArrayView(QByteArray::number(reject.line)) : QByteArrayView());
    csv.field(m_buffer, defused(reject.column));
    csv.field(m_buffer, defused(reject.reason));
    csv.endRecord(m_buffer);
    if (m_buffer.size() >= (1 << 16))
        return flush();
    return success();
}

Result<void> RejectWriter::write(const QString &file, const QList<Reject> &rejects)
{
    for (const Reject &reject : rejects) {
        if (auto written = write(file, reject); !written)
            return written;
    }
    return success();
}

Result<void> RejectWriter::flush()
{
    if (m_buffer.isEmpty() || !m_device)
        return success();
    const qint64 written = m_device->write(m_buffer);
    m_buffer.clear();
    if (written < 0)
        return Error{ErrorCode::Io,
            QCoreApplication::translate("vangnet::importing::RejectWriter", "%1 could not be written: %2")
                .arg(m_displayName, m_device->errorString())};
    return success();
}

Result<void> RejectWriter::finish()
{
    return flush();
}

} // namespace vangnet::importing
