#pragma once

#include <QString>

#include <optional>

namespace vangnet::summary {

/// Who a case summary (casusoverzicht) is for, and so what it holds (docs/case-summary.md).
enum class SummaryProfile {
    Intern, ///< the team itself: complete, the BSN masked as on screen
    Partner, ///< a partner organisation (warm handover, multidisciplinary meeting): minimised
};

/// "intern", "partner": the CLI's --profile, the audit detail and the file name. Stable.
QString profileKey(SummaryProfile profile);
/// The profile of an exact key ("intern", "partner"); nullopt for anything else.
std::optional<SummaryProfile> profileFromKey(const QString &key);
/// Translated, for choosing and in the document.
QString profileLabel(SummaryProfile profile);

} // namespace vangnet::summary
