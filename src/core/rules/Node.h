#pragma once

#include "rules/EvalContext.h"
#include "rules/ParseError.h"
#include "rules/ValueType.h"

#include <memory>
#include <optional>

namespace vangnet::rules {

/// A compiled, type-checked expression of rule text. Built once when a rule set is parsed,
/// immutable afterwards (shared between copies of a RuleSet and safe to evaluate from several
/// threads, each with its own EvalContext). Only the accessor matching type() is called.
class Node {
public:
    Node(ValueType type, SourcePos pos) : m_type(type), m_pos(pos) {}
    virtual ~Node() = default;
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;

    ValueType type() const { return m_type; }
    SourcePos pos() const { return m_pos; }

    virtual bool boolValue(EvalContext &ctx) const;
    /// Number and Money; nullopt when unknown (a person without a birth date has no age).
    virtual std::optional<qint64> numberValue(EvalContext &ctx) const;
    /// Partner, Institution, Condition: the enum's value as int.
    virtual int enumValue(EvalContext &ctx) const;
    virtual QString textValue(EvalContext &ctx) const;
    /// Collections: the indices of the items, in fact order.
    virtual void items(EvalContext &ctx, ItemList &out) const;

private:
    ValueType m_type;
    SourcePos m_pos;
};

using NodePtr = std::shared_ptr<const Node>;

} // namespace vangnet::rules
