#pragma once

#include "signals/SignalRecords.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace vangnet::summary {

struct CaseSummary;

// The partner profile (docs/case-summary.md, "Partner"): what a partner organisation does not
// get. AVG art. 5(1)(c) data minimisation for everything a handover does not need (BSN, free
// text); art. 9 (health, of which addiction) and art. 10 (criminal data, of which detention) for
// the special categories, which no partner gets from this summary.

/// The ZRM domains a partner never sees, in the matrix's order: geestelijke_gezondheid,
/// lichamelijke_gezondheid, middelengebruik, basale_adl (personal care: a low score documents a
/// physical or mental limitation) and justitie.
const QStringList &partnerHiddenZrmDomains();

/// Institution types a partner sees by name: jeugdzorg and maatschappelijke_opvang. Every other
/// type (detentie, ggz_kliniek, ziekenhuis, beschermd_wonen, overig, and a key Vangnet does not
/// know) is shown as "an institution", so "overig" cannot be told apart from the hidden ones.
bool isNamedForPartners(const QString &institutionKey);

/// A notice that reveals health or detention: its institution type is not named for partners and
/// is not "overig", or its person is in detention now (lifecycle in_detentie).
bool revealsSpecialCategory(const DischargeRecord &notice);

/// Whether the rule `ruleId` of this rule-set text reads or names a fact of a special category:
/// one of the hidden ZRM domains, the institution types detentie, ggz_kliniek, ziekenhuis or
/// beschermd_wonen, or the state in_detentie, in its conditions or in its explanation. Words are
/// compared as the rules language reads keys (case, spaces, '_' and '-' ignored). A rule that
/// is not in the text counts as one that does (it cannot be vouched for).
bool ruleReadsSpecialCategory(const QString &ruleSetText, const QString &ruleId);

/// Reduces a complete summary to the partner profile: no BSN, no notes of any kind (household,
/// case, contact attempt, reminder, internal reason, decline reason), notices without their
/// institution's name and with a generic type where it is not named for partners, in_detentie
/// shown as aangekondigd, no flag that rests on such a notice or whose rule reads a special
/// category (`ruleSets`: rule-set version → its text), and no hidden ZRM domain (an assessment
/// left without scores goes). Sets the summary's profile to Partner.
void reduceForPartner(CaseSummary &summary, const QHash<int, QString> &ruleSets);

} // namespace vangnet::summary
