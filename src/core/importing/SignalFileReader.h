#pragma once

#include "importing/ImportProfile.h"
#include "importing/SignalReader.h"

#include <QString>

#include <memory>

class QIODevice;

namespace vangnet::importing {

/// Opens a signal file of either format. The entry point for the import (CLI and GUI).
class SignalFileReader {
public:
    enum class Format { Csv, Ddas };

    /// Csv unless the file name ends in ".json".
    static Format formatFor(const QString &path);

    /// Opens `path`. Refuses the whole file (ErrorCode::Invalid, the message names the file and
    /// the problem) when it is empty, binary, not JSON / not a DDAS delivery, or its CSV header
    /// lacks a required column; ErrorCode::Io when it cannot be read. `profile` applies to CSV.
    static Result<std::unique_ptr<SignalReader>> open(
        const QString &path, Format format, const ImportProfile &profile = ImportProfile::defaultSignals());
    /// The same for any readable device (a QBuffer in tests and the fuzzer); `displayName` names
    /// it in messages.
    static Result<std::unique_ptr<SignalReader>> open(std::unique_ptr<QIODevice> device, const QString &displayName,
        Format format, const ImportProfile &profile = ImportProfile::defaultSignals());
};

} // namespace vangnet::importing
