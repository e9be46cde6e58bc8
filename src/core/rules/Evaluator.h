#pragma once

#include "rules/Flag.h"
#include "rules/HouseholdFacts.h"
#include "rules/RuleSet.h"

#include <QDate>

#include <memory>

namespace vangnet::rules {

struct EvalContext;

/// Evaluates a compiled rule set household after household. Keeps its scratch buffers
/// between calls, so a run over many households allocates little; one per thread.
class Evaluator {
public:
    explicit Evaluator(RuleSet ruleSet);
    ~Evaluator();
    Evaluator(const Evaluator &) = delete;
    Evaluator &operator=(const Evaluator &) = delete;

    /// Every rule, in order, as of `asOf` (facts dated after it are ignored). A rule that fails
    /// on this household's data is reported in Evaluation::failures; the others still run.
    Evaluation evaluate(const HouseholdFacts &facts, QDate asOf);

    const RuleSet &ruleSet() const { return m_ruleSet; }

private:
    RuleSet m_ruleSet;
    std::unique_ptr<EvalContext> m_context;
};

/// One-off convenience: Evaluator(ruleSet).evaluate(facts, asOf).
Evaluation evaluate(const RuleSet &ruleSet, const HouseholdFacts &facts, QDate asOf);

} // namespace vangnet::rules
