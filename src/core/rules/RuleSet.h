#pragma once

#include "rules/Node.h"
#include "rules/ParseError.h"
#include "rules/Severity.h"

#include <QList>
#include <QString>

namespace vangnet::rules {

/// A piece of an explanation template: literal text, or a value rendered from the facts.
struct ExplainPart {
    QString text;
    NodePtr value; ///< null for literal text
};

/// One compiled rule (signaalregel). Immutable after parsing; copies share the tree.
struct Rule {
    QString id;          ///< "meerdere_achterstanden"; unique within a rule set
    QString title;
    Severity severity = Severity::Midden;
    int score = 0;       ///< 0..1000
    SourcePos pos;       ///< where `rule` stands in the text
    NodePtr condition;   ///< the `when` expression (a condition)
    QList<ExplainPart> explanation;
    int letCount = 0;    ///< slots the rule's `let` values need during evaluation
};

/// A named value at the top of a rule set (`param huur_drempel = € 1.000`): the rules use the
/// name, the team lead changes the value in a form (docs/rules.md, "Parameters").
struct RuleParameter {
    QString name;
    ValueType type = ValueType::Number; ///< Number or Money
    qint64 value = 0;                   ///< the number, or the amount in cents
    SourcePos pos;                      ///< where the value is written
    int length = 0;                     ///< how many characters the value takes as written
};

/// The value as rule text writes it: "90", "€ 1.000", "€ 99,95".
QString parameterLiteral(ValueType type, qint64 value);
/// `text` with parameter `parameter`'s value replaced by `value` (written as parameterLiteral);
/// the rest of the text as it was.
QString withParameterValue(const QString &text, const RuleParameter &parameter, qint64 value);

/// A parsed rule set. `version` (and the effective date) belong to the stored rule-set
/// version the text came from; parsing leaves version at 0 for the caller to set.
struct RuleSet {
    int version = 0;
    QString text;        ///< the source as written, for storage and diffs
    QList<Rule> rules;   ///< in text order; evaluation keeps this order
    QList<RuleParameter> parameters; ///< in text order
};

struct ParseResult {
    RuleSet ruleSet;          ///< the rules that parsed; refuse the whole set unless ok()
    QList<ParseError> errors; ///< in text order, at most one per rule

    bool ok() const { return errors.isEmpty(); }
};

/// Parses and type-checks rule text (the language of docs/rules.md). Never throws.
ParseResult parseRuleSet(const QString &text);

} // namespace vangnet::rules
