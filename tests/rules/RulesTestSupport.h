#pragma once

#include "rules/Evaluator.h"
#include "rules/RuleSet.h"
#include "rules/RulesService.h"

#include <QString>

#include "support/CatchQt.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

/// Loads the Dutch catalogue once: rule messages and explanations are checked in Dutch.
void useDutch();

/// Parses text that must be valid; fails the test with the errors otherwise.
rules::RuleSet parseOrFail(const QString &text);

/// The shipped default rule set, parsed, with version 1.
rules::RuleSet defaultRules();

/// A sink that keeps what an evaluation reports (households with flags or failures), in order.
inline rules::EvaluationSink collectInto(QList<rules::Evaluation> &out)
{
    return [&out](const rules::Evaluation &e) { out << e; };
}

} // namespace vangnet::test
