#pragma once

#include "rules/Node.h"

#include <QList>

namespace vangnet::rules::nodes {

// Factories for the compiled expression tree. The parser checks types before it calls them,
// so the nodes trust their operands' types.

enum class CompareOp { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };
enum class ArithmeticOp { Add, Subtract, Multiply, Divide };
/// Arrears: the number of different arrears among signals, a partner's re-deliveries counted once.
enum class Aggregate { Count, Exists, Distinct, Sum, List, Arrears, Max, Min };

/// A fact of the item a `where` condition looks at. The five basic conditions stay together, in
/// the order of PreparedDischarge::conditions (DischargeIdDocument … DischargeCare).
enum class Field {
    SignalPartner, SignalAmount, SignalCrisis, SignalRepeated, SignalOpen, SignalStatus, SignalAgeDays,
    SignalSinceDays, SignalPartnerName, SignalWarmHandover, SignalPreviousAmount, SignalIncreased, PersonRole,
    DischargeInstitution, DischargeDaysUntil, DischargeOpen, DischargeStatus, DischargeIdDocument,
    DischargeShelter, DischargeIncome, DischargeDebts, DischargeCare, DischargeAge, DischargeDaysSince,
    DischargeState,
    PersonAge, PersonChild,
    AttemptReached, AttemptAgeDays, AttemptAfterOpenSignal,
    CaseOpen, CaseOpenedDays, CaseClosedDays, CaseOutcome, CaseType,
};

/// `within 90 days`: looking back from the as-of date for signals and contact attempts,
/// ahead for discharge notices and 18th birthdays.
struct Window {
    enum class Unit { Days, Months, Years };
    qint64 amount = 0;
    Unit unit = Unit::Days;
};

NodePtr boolLiteral(bool value, SourcePos pos);
NodePtr numberLiteral(ValueType type, qint64 value, SourcePos pos);
NodePtr enumLiteral(ValueType type, int value, SourcePos pos);
NodePtr textLiteral(const QString &value, SourcePos pos);
NodePtr logicalNot(NodePtr operand, SourcePos pos);
NodePtr logicalAnd(NodePtr lhs, NodePtr rhs, SourcePos pos);
NodePtr logicalOr(NodePtr lhs, NodePtr rhs, SourcePos pos);
NodePtr compare(CompareOp op, NodePtr lhs, NodePtr rhs, SourcePos pos);
NodePtr inList(NodePtr lhs, QList<NodePtr> values, SourcePos pos);
NodePtr arithmetic(ArithmeticOp op, ValueType result, NodePtr lhs, NodePtr rhs, SourcePos pos);
NodePtr negate(NodePtr operand, SourcePos pos);
NodePtr source(ItemKind kind, SourcePos pos);
NodePtr filter(NodePtr collection, NodePtr predicate, std::optional<Window> window, SourcePos pos);
NodePtr aggregate(Aggregate what, NodePtr collection, SourcePos pos);
NodePtr field(ItemKind kind, Field which, ValueType type, SourcePos pos);
NodePtr turns18Within(ItemKind kind, Window window, SourcePos pos);
/// The latest ZRM score of `domain`: the household's, or with `ofPerson` that of the member a
/// `where` on persons looks at (their own assessments); 0 when never scored.
NodePtr zrmScore(const QString &domain, bool ofPerson, SourcePos pos);
/// Days since that latest score was given; unknown when never scored.
NodePtr zrmAgeDays(const QString &domain, bool ofPerson, SourcePos pos);
/// `latest(signals …)`: the newest signal of each arrear of the collection.
NodePtr latestPerArrear(NodePtr collection, SourcePos pos);
/// A fact of the household itself: `wijk` (text) or `member_count` (number); null for another name.
NodePtr householdFact(const QString &name, SourcePos pos);
NodePtr letRef(int slot, NodePtr expression, SourcePos pos);

/// The as-of date moved by a window, as a Julian day (back for signals, ahead otherwise).
qint64 windowEdge(QDate asOf, Window window, bool ahead);

} // namespace vangnet::rules::nodes
