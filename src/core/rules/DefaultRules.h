#pragma once

#include <QString>

namespace vangnet::rules {

/// The rule set Vangnet ships (resources/rules/default.rules, documented rule by rule in
/// docs/rules.md): the starting point a team lead adapts.
QString defaultRuleSetText();

} // namespace vangnet::rules
