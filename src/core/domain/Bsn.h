#pragma once

#include <QString>

#include <optional>

namespace vangnet::bsn {

/// Strips spaces, dots and dashes; an 8-digit number gets its leading zero back.
/// Returns nullopt when what remains is not 8 or 9 digits.
std::optional<QString> normalize(const QString &input);

/// The 11-proef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a non-zero multiple of 11.
/// Expects 9 digits (normalize() first).
bool passesElfproef(const QString &nineDigits);

/// normalize() + passesElfproef(); the normalised BSN or nullopt.
std::optional<QString> parse(const QString &input);

/// How a BSN is shown until the user reveals it: "*****6789" (the last four digits).
QString mask(const QString &bsn);

} // namespace vangnet::bsn
