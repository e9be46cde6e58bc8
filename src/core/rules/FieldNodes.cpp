#include "rules/Nodes.h"

#include "rules/Arrears.h"

#include <QCoreApplication>

#include <stdexcept>

// The facts of the item a `where` condition looks at, and the household's own facts.
namespace vangnet::rules::nodes {

namespace {

int conditionIndex(Field which)
{
    return int(which) - int(Field::DischargeIdDocument);
}

std::optional<qint64> ageOn(QDate birth, QDate asOf)
{
    if (!birth.isValid())
        return std::nullopt;
    int age = asOf.year() - birth.year();
    if (birth.addYears(age) > asOf)
        --age;
    return age;
}

class FieldNode final : public Node {
public:
    FieldNode(ItemKind kind, Field which, ValueType type, SourcePos pos) : Node(type, pos), m_kind(kind), m_field(which)
    {
    }
    bool boolValue(EvalContext &ctx) const override
    {
        const auto i = index(ctx);
        switch (m_field) {
        case Field::SignalCrisis:
            return ctx.signals[i].fact->crisis;
        case Field::SignalRepeated:
            return ctx.signals[i].fact->repeated;
        case Field::SignalOpen:
            return ctx.signals[i].open;
        case Field::SignalWarmHandover:
            return ctx.signals[i].fact->warmHandover;
        case Field::SignalIncreased: {
            // A higher amount than the same partner's previous signal of this arrear; a first signal has none.
            const int previous = previousOfSameArrear(ctx, int(i));
            return previous >= 0 && ctx.signals[i].fact->amountCents > ctx.signals[std::size_t(previous)].fact->amountCents;
        }
        case Field::DischargeOpen:
            return ctx.discharges[i].open;
        case Field::PersonChild:
            return ctx.facts->persons[qsizetype(i)].child;
        case Field::AttemptReached:
            return ctx.attempts[i].fact->reached;
        case Field::AttemptAfterOpenSignal:
            // Tried since this trouble began: on or after the oldest open signal's date.
            return ctx.oldestOpenSignalDay != noDay && ctx.attempts[i].day >= ctx.oldestOpenSignalDay;
        case Field::CaseOpen:
            return ctx.cases[i].open;
        default:
            return Node::boolValue(ctx);
        }
    }
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        const auto i = index(ctx);
        switch (m_field) {
        case Field::SignalAmount:
            return ctx.signals[i].fact->amountCents;
        case Field::SignalAgeDays:
            return ctx.today - ctx.signals[i].day;
        case Field::SignalSinceDays:
            return ctx.today - ctx.signals[i].sinceDay;
        case Field::SignalPreviousAmount: {
            const int previous = previousOfSameArrear(ctx, int(i));
            return previous >= 0 ? ctx.signals[std::size_t(previous)].fact->amountCents : 0;
        }
        case Field::DischargeDaysUntil:
            return ctx.discharges[i].day - ctx.today;
        case Field::DischargeDaysSince:
            return ctx.today - ctx.discharges[i].day;
        case Field::DischargeAge:
            return ageOn(ctx.discharges[i].birthDate, ctx.asOf);
        case Field::PersonAge:
            return ageOn(ctx.facts->persons[qsizetype(i)].birthDate, ctx.asOf);
        case Field::AttemptAgeDays:
            return ctx.today - ctx.attempts[i].day;
        case Field::CaseOpenedDays:
            return ctx.today - ctx.cases[i].openedDay;
        case Field::CaseClosedDays:
            // An open case has not closed: unknown, so every comparison with it is false.
            if (ctx.cases[i].closedDay == noDay)
                return std::nullopt;
            return ctx.today - ctx.cases[i].closedDay;
        default:
            return Node::numberValue(ctx);
        }
    }
    int enumValue(EvalContext &ctx) const override
    {
        const int i = int(index(ctx));
        switch (m_field) {
        case Field::SignalPartner:
            return ctx.partnerOf(i);
        case Field::DischargeInstitution:
            return ctx.institutionOf(i);
        case Field::DischargeState:
            return stateOf(ctx.discharges[std::size_t(i)]);
        case Field::CaseType:
            return ctx.caseTypeOf(i);
        case Field::CaseOutcome:
            return ctx.outcomeOf(i);
        default:
            return ctx.conditionOf(i, conditionIndex(m_field));
        }
    }
    QString textValue(EvalContext &ctx) const override
    {
        const auto i = index(ctx);
        switch (m_field) {
        case Field::SignalStatus:
            return ctx.signals[i].fact->status;
        case Field::SignalPartnerName:
            return ctx.signals[i].fact->partnerName;
        case Field::PersonRole:
            return ctx.facts->persons[qsizetype(i)].role;
        case Field::DischargeStatus:
            return ctx.discharges[i].fact->status;
        default:
            return Node::textValue(ctx);
        }
    }

private:
    static int stateOf(const PreparedDischarge &d)
    {
        if (d.state < 0) {
            throw EvalError{QCoreApplication::translate("vangnet::rules", "discharge notice %1 has an unknown state '%2'")
                                .arg(d.fact->id)
                                .arg(d.fact->lifecycle)};
        }
        return d.state;
    }

    std::size_t index(const EvalContext &ctx) const
    {
        const int i = ctx.current[std::size_t(m_kind)];
        if (i < 0)
            throw std::logic_error("rules: field read outside its filter");
        return std::size_t(i);
    }

    ItemKind m_kind;
    Field m_field;
};

class HouseholdText final : public Node {
public:
    explicit HouseholdText(SourcePos pos) : Node(ValueType::Text, pos) {}
    QString textValue(EvalContext &ctx) const override { return ctx.facts->wijk; }
};

class MemberCount final : public Node {
public:
    explicit MemberCount(SourcePos pos) : Node(ValueType::Number, pos) {}
    std::optional<qint64> numberValue(EvalContext &ctx) const override { return ctx.facts->persons.size(); }
};

} // namespace

NodePtr field(ItemKind kind, Field which, ValueType type, SourcePos pos)
{
    return std::make_shared<FieldNode>(kind, which, type, pos);
}

NodePtr householdFact(const QString &name, SourcePos pos)
{
    if (name == QLatin1String("wijk"))
        return std::make_shared<HouseholdText>(pos);
    if (name == QLatin1String("member_count"))
        return std::make_shared<MemberCount>(pos);
    return nullptr;
}

} // namespace vangnet::rules::nodes
