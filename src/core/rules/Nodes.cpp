#include "rules/Nodes.h"

#include "rules/Arrears.h"
#include "rules/ExplainText.h"

#include <QCoreApplication>

#include <array>
#include <bit>
#include <stdexcept>

namespace vangnet::rules::nodes {

namespace {

class BoolLiteral final : public Node {
public:
    BoolLiteral(bool value, SourcePos pos) : Node(ValueType::Bool, pos), m_value(value) {}
    bool boolValue(EvalContext &) const override { return m_value; }

private:
    bool m_value;
};

class NumberLiteral final : public Node {
public:
    NumberLiteral(ValueType type, qint64 value, SourcePos pos) : Node(type, pos), m_value(value) {}
    std::optional<qint64> numberValue(EvalContext &) const override { return m_value; }

private:
    qint64 m_value;
};

class EnumLiteral final : public Node {
public:
    EnumLiteral(ValueType type, int value, SourcePos pos) : Node(type, pos), m_value(value) {}
    int enumValue(EvalContext &) const override { return m_value; }

private:
    int m_value;
};

class TextLiteral final : public Node {
public:
    TextLiteral(const QString &value, SourcePos pos) : Node(ValueType::Text, pos), m_value(value) {}
    QString textValue(EvalContext &) const override { return m_value; }

private:
    QString m_value;
};

class Not final : public Node {
public:
    Not(NodePtr operand, SourcePos pos) : Node(ValueType::Bool, pos), m_operand(std::move(operand)) {}
    bool boolValue(EvalContext &ctx) const override { return !m_operand->boolValue(ctx); }

private:
    NodePtr m_operand;
};

class AndOr final : public Node {
public:
    AndOr(bool isAnd, NodePtr lhs, NodePtr rhs, SourcePos pos)
        : Node(ValueType::Bool, pos), m_and(isAnd), m_lhs(std::move(lhs)), m_rhs(std::move(rhs))
    {
    }
    bool boolValue(EvalContext &ctx) const override
    {
        const bool left = m_lhs->boolValue(ctx);
        if (m_and ? !left : left)
            return left;
        return m_rhs->boolValue(ctx);
    }

private:
    bool m_and;
    NodePtr m_lhs, m_rhs;
};

template <typename T>
bool compareValues(CompareOp op, const T &a, const T &b)
{
    switch (op) {
    case CompareOp::Equal:
        return a == b;
    case CompareOp::NotEqual:
        return a != b;
    case CompareOp::Less:
        return a < b;
    case CompareOp::LessOrEqual:
        return a <= b;
    case CompareOp::Greater:
        return a > b;
    case CompareOp::GreaterOrEqual:
        return a >= b;
    }
    return false;
}

class Compare final : public Node {
public:
    Compare(CompareOp op, NodePtr lhs, NodePtr rhs, SourcePos pos)
        : Node(ValueType::Bool, pos), m_op(op), m_lhs(std::move(lhs)), m_rhs(std::move(rhs))
    {
    }
    bool boolValue(EvalContext &ctx) const override
    {
        switch (m_lhs->type()) {
        case ValueType::Number:
        case ValueType::Money: {
            // An unknown number (an age without a birth date) makes every comparison false.
            const auto a = m_lhs->numberValue(ctx);
            const auto b = m_rhs->numberValue(ctx);
            return a && b && compareValues(m_op, *a, *b);
        }
        case ValueType::Bool:
            return compareValues(m_op, m_lhs->boolValue(ctx), m_rhs->boolValue(ctx));
        case ValueType::Text:
            return compareValues(m_op, m_lhs->textValue(ctx).compare(m_rhs->textValue(ctx), Qt::CaseInsensitive), 0);
        default:
            return compareValues(m_op, m_lhs->enumValue(ctx), m_rhs->enumValue(ctx));
        }
    }

private:
    CompareOp m_op;
    NodePtr m_lhs, m_rhs;
};

class InList final : public Node {
public:
    InList(NodePtr lhs, QList<NodePtr> values, SourcePos pos)
        : Node(ValueType::Bool, pos), m_lhs(std::move(lhs)), m_values(std::move(values))
    {
    }
    bool boolValue(EvalContext &ctx) const override
    {
        if (m_lhs->type() == ValueType::Text) {
            const QString text = m_lhs->textValue(ctx);
            for (const NodePtr &v : m_values) {
                if (text.compare(v->textValue(ctx), Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }
        if (m_lhs->type() == ValueType::Number || m_lhs->type() == ValueType::Money) {
            const auto n = m_lhs->numberValue(ctx);
            for (const NodePtr &v : m_values) {
                if (n && n == v->numberValue(ctx))
                    return true;
            }
            return false;
        }
        const int value = m_lhs->enumValue(ctx);
        for (const NodePtr &v : m_values) {
            if (value == v->enumValue(ctx))
                return true;
        }
        return false;
    }

private:
    NodePtr m_lhs;
    QList<NodePtr> m_values;
};

class Arithmetic final : public Node {
public:
    Arithmetic(ArithmeticOp op, ValueType type, NodePtr lhs, NodePtr rhs, SourcePos pos)
        : Node(type, pos), m_op(op), m_lhs(std::move(lhs)), m_rhs(std::move(rhs))
    {
    }
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        const auto a = m_lhs->numberValue(ctx);
        const auto b = m_rhs->numberValue(ctx);
        if (!a || !b)
            return std::nullopt;
        qint64 result = 0;
        bool overflow = false;
        switch (m_op) {
        case ArithmeticOp::Add:
            overflow = __builtin_add_overflow(*a, *b, &result);
            break;
        case ArithmeticOp::Subtract:
            overflow = __builtin_sub_overflow(*a, *b, &result);
            break;
        case ArithmeticOp::Multiply:
            overflow = __builtin_mul_overflow(*a, *b, &result);
            break;
        case ArithmeticOp::Divide:
            if (*b == 0) {
                throw EvalError{QCoreApplication::translate("vangnet::rules", "division by zero (line %1, column %2)")
                                    .arg(pos().line)
                                    .arg(pos().column)};
            }
            result = *a / *b;
            break;
        }
        if (overflow)
            throw EvalError{QCoreApplication::translate("vangnet::rules", "number too large")};
        return result;
    }

private:
    ArithmeticOp m_op;
    NodePtr m_lhs, m_rhs;
};

class Negate final : public Node {
public:
    Negate(NodePtr operand, SourcePos pos) : Node(operand->type(), pos), m_operand(std::move(operand)) {}
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        const auto v = m_operand->numberValue(ctx);
        return v ? std::optional<qint64>(-*v) : std::nullopt;
    }

private:
    NodePtr m_operand;
};

class Source final : public Node {
public:
    Source(ItemKind kind, SourcePos pos) : Node(collectionTypeOf(kind), pos), m_kind(kind) {}
    void items(EvalContext &ctx, ItemList &out) const override
    {
        out.clear();
        switch (m_kind) {
        case ItemKind::Signal:
            for (std::size_t i = 0; i < ctx.signals.size(); ++i) {
                if (ctx.signals[i].day == noDay) {
                    throw EvalError{QCoreApplication::translate("vangnet::rules", "signal %1 has no valid signal date")
                                        .arg(ctx.signals[i].fact->id)};
                }
                out.append(int(i));
            }
            break;
        case ItemKind::Discharge:
            for (std::size_t i = 0; i < ctx.discharges.size(); ++i) {
                if (ctx.discharges[i].day == noDay) {
                    throw EvalError{
                        QCoreApplication::translate("vangnet::rules", "discharge notice %1 has no valid expected date")
                            .arg(ctx.discharges[i].fact->id)};
                }
                out.append(int(i));
            }
            break;
        case ItemKind::Person:
            for (qsizetype i = 0; i < ctx.facts->persons.size(); ++i)
                out.append(int(i));
            break;
        case ItemKind::Attempt:
            for (std::size_t i = 0; i < ctx.attempts.size(); ++i) {
                if (ctx.attempts[i].day == noDay) {
                    throw EvalError{
                        QCoreApplication::translate("vangnet::rules", "a contact attempt has no valid date")};
                }
                out.append(int(i));
            }
            break;
        }
    }

private:
    ItemKind m_kind;
};

qint64 dayOfItem(const EvalContext &ctx, ItemKind kind, int index)
{
    switch (kind) {
    case ItemKind::Signal:
        return ctx.signals[std::size_t(index)].day;
    case ItemKind::Discharge:
        return ctx.discharges[std::size_t(index)].day;
    case ItemKind::Attempt:
        return ctx.attempts[std::size_t(index)].day;
    case ItemKind::Person:
        break;
    }
    return noDay;
}

class LatestPerArrear final : public Node {
public:
    LatestPerArrear(NodePtr collection, SourcePos pos) : Node(collection->type(), pos), m_collection(std::move(collection)) {}
    void items(EvalContext &ctx, ItemList &out) const override
    {
        m_collection->items(ctx, out);
        keepLatestPerArrear(ctx, out);
    }

private:
    NodePtr m_collection;
};

class Filter final : public Node {
public:
    Filter(NodePtr collection, NodePtr predicate, std::optional<Window> window, SourcePos pos)
        : Node(collection->type(), pos), m_kind(itemKindOf(collection->type())), m_collection(std::move(collection)),
          m_predicate(std::move(predicate)), m_window(window)
    {
    }
    void items(EvalContext &ctx, ItemList &out) const override
    {
        m_collection->items(ctx, out);
        qint64 from = ctx.today;
        qint64 to = ctx.today;
        if (m_window) {
            const bool ahead = m_kind == ItemKind::Discharge;
            (ahead ? to : from) = windowEdge(ctx.asOf, *m_window, ahead);
        }
        int &current = ctx.current[std::size_t(m_kind)];
        const int saved = current;
        qsizetype kept = 0;
        for (const int index : out) {
            if (m_window) {
                const qint64 day = dayOfItem(ctx, m_kind, index);
                if (day < from || day > to)
                    continue;
            }
            if (m_predicate) {
                current = index;
                const bool keep = m_predicate->boolValue(ctx);
                current = saved;
                if (!keep)
                    continue;
            }
            out[kept++] = index;
        }
        out.resize(kept);
    }

private:
    ItemKind m_kind;
    NodePtr m_collection;
    NodePtr m_predicate;
    std::optional<Window> m_window;
};

ValueType aggregateType(Aggregate what)
{
    switch (what) {
    case Aggregate::Count:
    case Aggregate::Distinct:
    case Aggregate::Arrears:
        return ValueType::Number;
    case Aggregate::Exists:
        return ValueType::Bool;
    case Aggregate::Sum:
    case Aggregate::Max:
    case Aggregate::Min:
        return ValueType::Money;
    case Aggregate::List:
        return ValueType::Text;
    }
    return ValueType::Number;
}

class AggregateNode final : public Node {
public:
    AggregateNode(Aggregate what, NodePtr collection, SourcePos pos)
        : Node(aggregateType(what), pos), m_what(what), m_kind(itemKindOf(collection->type())),
          m_collection(std::move(collection))
    {
    }
    bool boolValue(EvalContext &ctx) const override
    {
        ItemList items;
        collect(ctx, items);
        return !items.isEmpty();
    }
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        ItemList items;
        collect(ctx, items);
        if (m_what == Aggregate::Count)
            return items.size();
        if (m_what == Aggregate::Sum) {
            qint64 total = 0;
            for (const int i : items)
                total += ctx.signals[std::size_t(i)].fact->amountCents;
            return total;
        }
        if (m_what == Aggregate::Arrears)
            return countArrears(ctx, items);
        if (m_what == Aggregate::Max || m_what == Aggregate::Min) {
            // The single largest (smallest) amount: a partner's latest total, not a sum of
            // re-deliveries. No signals: € 0.
            std::optional<qint64> best;
            for (const int i : items) {
                const qint64 amount = ctx.signals[std::size_t(i)].fact->amountCents;
                if (!best || (m_what == Aggregate::Max ? amount > *best : amount < *best))
                    best = amount;
            }
            return best.value_or(0);
        }
        // Distinct: partner types of signals, institution types of discharge notices (few values).
        quint32 seen = 0;
        for (const int i : items)
            seen |= 1u << (m_kind == ItemKind::Signal ? ctx.partnerOf(i) : ctx.institutionOf(i));
        return qint64(std::popcount(seen));
    }
    QString textValue(EvalContext &ctx) const override
    {
        ItemList items;
        collect(ctx, items);
        return renderItems(m_kind, items, ctx);
    }

private:
    void collect(EvalContext &ctx, ItemList &items) const
    {
        m_collection->items(ctx, items);
        ctx.noteEvidence(m_kind, items);
    }

    Aggregate m_what;
    ItemKind m_kind;
    NodePtr m_collection;
};

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

class Turns18Within final : public Node {
public:
    Turns18Within(ItemKind kind, Window window, SourcePos pos) : Node(ValueType::Bool, pos), m_kind(kind), m_window(window)
    {
    }
    bool boolValue(EvalContext &ctx) const override
    {
        const int i = ctx.current[std::size_t(m_kind)];
        if (i < 0)
            throw std::logic_error("rules: turns_18_within outside its filter");
        const QDate birth = m_kind == ItemKind::Person ? ctx.facts->persons[i].birthDate
                                                       : ctx.discharges[std::size_t(i)].birthDate;
        if (!birth.isValid())
            return false;
        const qint64 eighteen = birth.addYears(18).toJulianDay();
        return eighteen >= ctx.today && eighteen <= windowEdge(ctx.asOf, m_window, true);
    }

private:
    ItemKind m_kind;
    Window m_window;
};

class ZrmScore final : public Node {
public:
    ZrmScore(const QString &domain, SourcePos pos) : Node(ValueType::Number, pos), m_domain(domain) {}
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        // 0 = not scored, so `zrm(huisvesting) <= 2` does not fire before anyone has scored it.
        return ctx.facts->zrmScores.value(m_domain, 0);
    }

private:
    QString m_domain;
};

class ZrmAgeDays final : public Node {
public:
    ZrmAgeDays(const QString &domain, SourcePos pos) : Node(ValueType::Number, pos), m_domain(domain) {}
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        // Not scored: unknown, so every comparison with it is false (as an unknown age).
        const QDate on = ctx.facts->zrmDates.value(m_domain);
        if (!on.isValid())
            return std::nullopt;
        return ctx.today - on.toJulianDay();
    }

private:
    QString m_domain;
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

class LetRef final : public Node {
public:
    LetRef(int slot, NodePtr expression, SourcePos pos)
        : Node(expression->type(), pos), m_slot(std::size_t(slot)), m_expression(std::move(expression))
    {
    }
    bool boolValue(EvalContext &ctx) const override { return slot(ctx).flag; }
    std::optional<qint64> numberValue(EvalContext &ctx) const override { return slot(ctx).number; }
    int enumValue(EvalContext &ctx) const override { return slot(ctx).enumValue; }
    QString textValue(EvalContext &ctx) const override { return slot(ctx).text; }
    void items(EvalContext &ctx, ItemList &out) const override { out = slot(ctx).items; }

private:
    const LetSlot &slot(EvalContext &ctx) const
    {
        if (!ctx.lets[m_slot].ready) {
            LetSlot value;
            const ValueType t = type();
            if (isCollection(t))
                m_expression->items(ctx, value.items);
            else if (t == ValueType::Bool)
                value.flag = m_expression->boolValue(ctx);
            else if (t == ValueType::Number || t == ValueType::Money)
                value.number = m_expression->numberValue(ctx);
            else if (t == ValueType::Text)
                value.text = m_expression->textValue(ctx);
            else
                value.enumValue = m_expression->enumValue(ctx);
            value.ready = true;
            ctx.lets[m_slot] = std::move(value);
        }
        return ctx.lets[m_slot];
    }

    std::size_t m_slot;
    NodePtr m_expression;
};

} // namespace

qint64 windowEdge(QDate asOf, Window window, bool ahead)
{
    const qint64 n = ahead ? window.amount : -window.amount;
    switch (window.unit) {
    case Window::Unit::Days:
        return asOf.toJulianDay() + n;
    case Window::Unit::Months:
        return asOf.addMonths(int(n)).toJulianDay();
    case Window::Unit::Years:
        return asOf.addYears(int(n)).toJulianDay();
    }
    return asOf.toJulianDay();
}

NodePtr boolLiteral(bool value, SourcePos pos)
{
    return std::make_shared<BoolLiteral>(value, pos);
}

NodePtr numberLiteral(ValueType type, qint64 value, SourcePos pos)
{
    return std::make_shared<NumberLiteral>(type, value, pos);
}

NodePtr enumLiteral(ValueType type, int value, SourcePos pos)
{
    return std::make_shared<EnumLiteral>(type, value, pos);
}

NodePtr textLiteral(const QString &value, SourcePos pos)
{
    return std::make_shared<TextLiteral>(value, pos);
}

NodePtr logicalNot(NodePtr operand, SourcePos pos)
{
    return std::make_shared<Not>(std::move(operand), pos);
}

NodePtr logicalAnd(NodePtr lhs, NodePtr rhs, SourcePos pos)
{
    return std::make_shared<AndOr>(true, std::move(lhs), std::move(rhs), pos);
}

NodePtr logicalOr(NodePtr lhs, NodePtr rhs, SourcePos pos)
{
    return std::make_shared<AndOr>(false, std::move(lhs), std::move(rhs), pos);
}

NodePtr compare(CompareOp op, NodePtr lhs, NodePtr rhs, SourcePos pos)
{
    return std::make_shared<Compare>(op, std::move(lhs), std::move(rhs), pos);
}

NodePtr inList(NodePtr lhs, QList<NodePtr> values, SourcePos pos)
{
    return std::make_shared<InList>(std::move(lhs), std::move(values), pos);
}

NodePtr arithmetic(ArithmeticOp op, ValueType result, NodePtr lhs, NodePtr rhs, SourcePos pos)
{
    return std::make_shared<Arithmetic>(op, result, std::move(lhs), std::move(rhs), pos);
}

NodePtr negate(NodePtr operand, SourcePos pos)
{
    return std::make_shared<Negate>(std::move(operand), pos);
}

NodePtr source(ItemKind kind, SourcePos pos)
{
    return std::make_shared<Source>(kind, pos);
}

NodePtr filter(NodePtr collection, NodePtr predicate, std::optional<Window> window, SourcePos pos)
{
    return std::make_shared<Filter>(std::move(collection), std::move(predicate), window, pos);
}

NodePtr aggregate(Aggregate what, NodePtr collection, SourcePos pos)
{
    return std::make_shared<AggregateNode>(what, std::move(collection), pos);
}

NodePtr field(ItemKind kind, Field which, ValueType type, SourcePos pos)
{
    return std::make_shared<FieldNode>(kind, which, type, pos);
}

NodePtr turns18Within(ItemKind kind, Window window, SourcePos pos)
{
    return std::make_shared<Turns18Within>(kind, window, pos);
}

NodePtr zrmScore(const QString &domain, SourcePos pos)
{
    return std::make_shared<ZrmScore>(domain, pos);
}

NodePtr zrmAgeDays(const QString &domain, SourcePos pos)
{
    return std::make_shared<ZrmAgeDays>(domain, pos);
}

NodePtr latestPerArrear(NodePtr collection, SourcePos pos)
{
    return std::make_shared<LatestPerArrear>(std::move(collection), pos);
}

NodePtr householdFact(const QString &name, SourcePos pos)
{
    if (name == QLatin1String("wijk"))
        return std::make_shared<HouseholdText>(pos);
    if (name == QLatin1String("member_count"))
        return std::make_shared<MemberCount>(pos);
    return nullptr;
}

NodePtr letRef(int slot, NodePtr expression, SourcePos pos)
{
    return std::make_shared<LetRef>(slot, std::move(expression), pos);
}

} // namespace vangnet::rules::nodes
