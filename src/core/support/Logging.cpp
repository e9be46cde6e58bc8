#include "support/Logging.h"

#include "support/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace vangnet {

QString defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

QString logFilePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("vangnet.log"));
}

void initLogging(const LogOptions &options)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        try {
            constexpr std::size_t maxSize = 5 * 1024 * 1024;
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFilePath(options.directory).toStdString(), maxSize, 5));
            // Owner-only like every file Vangnet writes; rotated files follow the umask
            // (privatefiles::restrictProcessUmask at start).
            QFile::setPermissions(options.directory,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            privatefiles::restrictToOwner(logFilePath(options.directory));
        } catch (const spdlog::spdlog_ex &) {
            // An unwritable log directory must not stop the application; stderr still works.
        }
    }
    auto logger = std::make_shared<spdlog::logger>("vangnet", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::from_str(options.level.toStdString()));
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

} // namespace vangnet
