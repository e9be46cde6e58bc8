#pragma once

#include <QString>

#include <optional>

namespace vangnet::postcode {

/// Normalises a Dutch postcode to "1234 AB" (four digits, the first not 0, a space, two capital
/// letters other than SA, SD and SS). Accepts "1234ab", "1234 ab", " 1234  AB ".
/// Returns nullopt for anything that is not a valid postcode.
std::optional<QString> normalize(const QString &input);

/// True when the text could be the start of a postcode a user is typing ("12", "1234 A").
bool isPrefix(const QString &input);

} // namespace vangnet::postcode
