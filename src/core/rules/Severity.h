#pragma once

#include <QString>

#include <optional>

namespace vangnet::rules {

/// Ernst of a flag, lowest first; the keys are what rule text and stored flags use.
enum class Severity { Laag = 1, Midden = 2, Hoog = 3, Kritiek = 4 };

/// "laag", "midden", "hoog", "kritiek".
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(const QString &key);
/// "Low" … "Critical" (translated) for 1..4 (Severity as int); "" otherwise. The one wording of
/// a severity, on screens and in exports alike.
QString severityLabel(int severity);

} // namespace vangnet::rules
