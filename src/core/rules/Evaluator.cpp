#include "rules/Evaluator.h"

#include "rules/EvalContext.h"
#include "rules/ExplainText.h"

#include <QCoreApplication>

#include <algorithm>
#include <exception>

namespace vangnet::rules {

namespace {

template <typename Buffer>
QList<qint64> sortedUnique(Buffer &ids)
{
    std::sort(ids.begin(), ids.end());
    QList<qint64> out;
    out.reserve(ids.size());
    for (const qint64 id : ids) {
        if (out.isEmpty() || out.constLast() != id)
            out.append(id);
    }
    return out;
}

QString explain(const Rule &rule, EvalContext &ctx)
{
    QString text;
    for (const ExplainPart &part : rule.explanation)
        text += part.value ? renderValue(*part.value, ctx) : part.text;
    return text;
}

} // namespace

Evaluator::Evaluator(RuleSet ruleSet) : m_ruleSet(std::move(ruleSet)), m_context(std::make_unique<EvalContext>()) {}

Evaluator::~Evaluator() = default;

Evaluation Evaluator::evaluate(const HouseholdFacts &facts, QDate asOf)
{
    Evaluation result;
    result.householdId = facts.householdId;
    result.asOf = asOf;
    EvalContext &ctx = *m_context;
    ctx.prepare(facts, asOf);
    for (const Rule &rule : m_ruleSet.rules) {
        ctx.startRule(rule.letCount);
        try {
            if (!asOf.isValid())
                throw EvalError{QCoreApplication::translate("vangnet::rules", "the evaluation date is not valid")};
            if (!rule.condition->boolValue(ctx))
                continue;
            Flag flag;
            flag.ruleId = rule.id;
            flag.ruleVersion = m_ruleSet.version;
            flag.title = rule.title;
            flag.severity = rule.severity;
            flag.score = rule.score;
            flag.explanation = explain(rule, ctx);
            flag.signalIds = sortedUnique(ctx.evidenceSignals);
            flag.dischargeIds = sortedUnique(ctx.evidenceDischarges);
            result.flags.append(std::move(flag));
        } catch (const EvalError &error) {
            result.failures.append(EvaluationFailure{rule.id, m_ruleSet.version, error.message});
        } catch (const std::exception &error) {
            // A bug in the engine must not take the other rules (or the application) down.
            result.failures.append(EvaluationFailure{
                rule.id, m_ruleSet.version,
                QCoreApplication::translate("vangnet::rules", "internal error: %1").arg(QString::fromUtf8(error.what()))});
        }
    }
    // The facts are the caller's: keep no pointers into them.
    ctx.signals.clear();
    ctx.discharges.clear();
    ctx.attempts.clear();
    ctx.cases.clear();
    ctx.facts = nullptr;
    return result;
}

Evaluation evaluate(const RuleSet &ruleSet, const HouseholdFacts &facts, QDate asOf)
{
    Evaluator evaluator(ruleSet);
    return evaluator.evaluate(facts, asOf);
}

qint64 Priority::rank() const
{
    return qint64(severity) * 1000000 + std::min(score, 999999);
}

int Priority::severityOfRank(qint64 rank)
{
    const qint64 severity = rank / 1000000;
    return severity >= 1 && severity <= 4 ? static_cast<int>(severity) : 0;
}

Priority priority(const QList<Flag> &flags)
{
    Priority p;
    for (const Flag &f : flags) {
        p.severity = std::max(p.severity, int(f.severity));
        p.score += f.score;
        ++p.flagCount;
    }
    return p;
}

} // namespace vangnet::rules
