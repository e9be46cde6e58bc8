#include "importing/SignalFileReader.h"

#include "importing/DdasSignalReader.h"
#include "importing/SignalCsvReader.h"

#include <QFile>

namespace vangnet::importing {

SignalFileReader::Format SignalFileReader::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Ddas : Format::Csv;
}

Result<std::unique_ptr<SignalReader>> SignalFileReader::open(
    const QString &path, Format format, const ImportProfile &profile)
{
    return open(std::make_unique<QFile>(path), path, format, profile);
}

Result<std::unique_ptr<SignalReader>> SignalFileReader::open(
    std::unique_ptr<QIODevice> device, const QString &displayName, Format format, const ImportProfile &profile)
{
    if (format == Format::Ddas) {
        auto reader = DdasSignalReader::open(std::move(device), displayName);
        if (!reader)
            return reader.error();
        return std::unique_ptr<SignalReader>(std::move(*reader));
    }
    auto reader = SignalCsvReader::open(std::move(device), displayName, profile);
    if (!reader)
        return reader.error();
    return std::unique_ptr<SignalReader>(std::move(*reader));
}

} // namespace vangnet::importing
