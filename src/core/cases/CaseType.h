#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vangnet::cases {

/// What a case is (its origin says how it came to be; docs/cases.md "Case types"). The type
/// decides which clocks run (docs/clocks.md).
enum class CaseType {
    Vroegsignaal, ///< early-signal case: outreach with an offer of help, no request yet
    Hulpvraag,    ///< a request for debt help (Wgs art. 4): aanmelding, eerste gesprek, beschikking
    Nazorg,       ///< aftercare on a discharge from detention
};

QString caseTypeKey(CaseType type);   ///< "vroegsignaal", "hulpvraag", "nazorg"
QString caseTypeLabel(CaseType type); ///< translated
std::optional<CaseType> caseTypeFromKey(const QString &key);
const QList<CaseType> &allCaseTypes();

/// The crisis interventions of Wgs art. 4 that make the 3-working-day term run, as stored:
/// ontruiming, afsluiting_energie, afsluiting_water, opzegging_zorgverzekering.
const QStringList &crisisKinds();
QString crisisKindLabel(const QString &key); ///< translated; empty for an unknown key

/// The outcomes of a beschikking over toelating (Wgs art. 4): toelating, afwijzing.
const QStringList &requestDecisions();
QString requestDecisionLabel(const QString &key); ///< translated

} // namespace vangnet::cases
