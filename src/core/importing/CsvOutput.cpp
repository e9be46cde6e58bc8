#include "importing/CsvOutput.h"

#include "support/PrivateFiles.h"

#include <QCoreApplication>
#include <QFileDevice>

namespace vangnet::importing {

namespace {

Error notWritten(const QString &displayName, const QIODevice &device)
{
    return Error{ErrorCode::Io, QCoreApplication::translate("vangnet::importing::CsvOutput", "%1 could not be written: %2")
                                    .arg(displayName, device.errorString())};
}

} // namespace

CsvOutput::CsvOutput(std::unique_ptr<QIODevice> device, QString displayName)
    : m_device(std::move(device)), m_displayName(std::move(displayName))
{
}

CsvOutput::~CsvOutput()
{
    (void)flush();
}

Result<std::unique_ptr<CsvOutput>> CsvOutput::open(std::unique_ptr<QIODevice> device, const QString &displayName)
{
    if (!device->isOpen()) {
        constexpr QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Truncate;
        auto *file = qobject_cast<QFileDevice *>(device.get());
        if (!(file ? privatefiles::openOwnerOnly(*file, mode) : device->open(mode)))
            return notWritten(displayName, *device);
    }
    return std::unique_ptr<CsvOutput>(new CsvOutput(std::move(device), displayName));
}

Result<void> CsvOutput::flushAbove(qsizetype threshold)
{
    return m_buffer.size() >= threshold ? flush() : success();
}

Result<void> CsvOutput::flush()
{
    if (m_buffer.isEmpty())
        return success();
    const qint64 written = m_device->write(m_buffer);
    m_buffer.clear();
    if (written < 0)
        return notWritten(m_displayName, *m_device);
    return success();
}

Result<void> CsvOutput::finish()
{
    return flush();
}

} // namespace vangnet::importing
