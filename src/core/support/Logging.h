#pragma once

#include <QString>

namespace vangnet {

struct LogOptions {
    QString directory;        ///< where the rotating log file goes; empty = no file
    QString level = QStringLiteral("info"); ///< trace, debug, info, warn, error, critical, off
    bool toStderr = true;
};

/// Sets up spdlog's default logger: a rotating file (5 files of 5 MB) and/or stderr.
/// Technical logs never carry personal data: log ids and counts, never names, BSNs or addresses.
void initLogging(const LogOptions &options);

/// The log directory under the user's application data directory.
QString defaultLogDirectory();

/// Full path of the current log file for a directory.
QString logFilePath(const QString &directory);

} // namespace vangnet
