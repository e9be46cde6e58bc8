#pragma once

#include "importing/DischargeCsvReader.h"
#include "importing/ImportProfile.h"
#include "importing/ImportRows.h"
#include "importing/SignalFileReader.h"

#include <QByteArray>
#include <QList>
#include <QVector>

#include <optional>

#include "support/CatchQt.h"

#include <catch2/catch.hpp>

namespace vangnet::importing::test {

extern const char *const signalHeader; ///< the default profile's header, ';'-separated
extern const char *const dischargeHeader;

template <typename Row> struct ReadResult {
    std::optional<Error> refused; ///< set when open() refused the file
    std::optional<Error> failed; ///< the reader's error() at the end
    QVector<Row> rows;
    QList<Reject> rejects;
    qint64 rowsRead = 0;
    qint64 rowsRejected = 0;
};

/// Reads `bytes` as a whole signal file from memory.
ReadResult<SignalRow> readSignals(const QByteArray &bytes,
    SignalFileReader::Format format = SignalFileReader::Format::Csv,
    const ImportProfile &profile = ImportProfile::defaultSignals());
ReadResult<DischargeRow> readDischarges(
    const QByteArray &bytes, const ImportProfile &profile = ImportProfile::defaultDischarges());

/// A header plus records, each record a QByteArray joined with '\n'.
QByteArray csv(const char *header, std::initializer_list<const char *> records);

/// A valid default-profile signal record with the given replacements: "field=value" pairs.
QByteArray signalRecord(std::initializer_list<std::pair<const char *, const char *>> changes = {});
QByteArray dischargeRecord(std::initializer_list<std::pair<const char *, const char *>> changes = {});

} // namespace vangnet::importing::test
