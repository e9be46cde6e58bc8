#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace vangnet::importing {

/// A CSV file being written (the demo signal file, the reject report): the device, its name for
/// messages, and a buffer written out in blocks. Flushes what is left when destroyed, without
/// reporting; call finish() to hear of a failure.
class CsvOutput {
public:
    /// Opens `device` for writing unless it is open (ErrorCode::Io naming `displayName`).
    static Result<std::unique_ptr<CsvOutput>> open(std::unique_ptr<QIODevice> device, const QString &displayName);
    ~CsvOutput();
    CsvOutput(const CsvOutput &) = delete;
    CsvOutput &operator=(const CsvOutput &) = delete;

    QByteArray &buffer() { return m_buffer; }
    /// Writes the buffer out once it holds `threshold` bytes or more.
    Result<void> flushAbove(qsizetype threshold);
    Result<void> finish();

private:
    CsvOutput(std::unique_ptr<QIODevice> device, QString displayName);
    Result<void> flush();

    std::unique_ptr<QIODevice> m_device;
    QString m_displayName;
    QByteArray m_buffer;
};

} // namespace vangnet::importing
