#pragma once

#include <QString>

#include <optional>

namespace vangnet::rules {

/// Ernst of a flag, lowest first; the keys are what rule text and stored flags use.
enum class Severity { Laag = 1, Midden = 2, Hoog = 3, Kritiek = 4 };

/// "laag", "midden", "hoog", "kritiek".
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(const QString &key);

} // namespace vangnet::rules
