#pragma once

#include <QString>

namespace vangnet::rules {

// The values of a case's `type` and `outcome` as rules write them and explanations show them.

/// The case type (cases::CaseOrigin, as int) a word names: the stored key ("signal") or its Dutch
/// word ("signaal"); case, spaces, `_` and `-` do not matter. -1 for any other text.
int caseTypeFromName(const QString &name);
/// The word an explanation uses for a case type ("signaal"), translated.
QString caseTypeText(int type);

/// The eindresultaat a text names, as its index in cases::ddas::eindresultaat(): the value as
/// stored, with case, spaces, `_` and `-` not mattering. -1 for any other text.
int caseOutcomeFromName(const QString &name);
/// The eindresultaat at that index, as the DDAS list writes it.
QString caseOutcomeText(int outcome);

} // namespace vangnet::rules
