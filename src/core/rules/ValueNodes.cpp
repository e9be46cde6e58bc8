#include "rules/Nodes.h"

#include <QCoreApplication>

// Literals, logic, comparisons, arithmetic and `let` references: the nodes that combine values.
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

NodePtr letRef(int slot, NodePtr expression, SourcePos pos)
{
    return std::make_shared<LetRef>(slot, std::move(expression), pos);
}

} // namespace vangnet::rules::nodes
