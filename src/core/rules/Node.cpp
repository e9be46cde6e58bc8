#include "rules/Node.h"

#include <stdexcept>

namespace vangnet::rules {

// The parser only asks a node for the value its type has; reaching one of these is a bug
// in the parser, reported like any other evaluation failure rather than crashing.
bool Node::boolValue(EvalContext &) const
{
    throw std::logic_error("rules: boolValue on a non-condition");
}

std::optional<qint64> Node::numberValue(EvalContext &) const
{
    throw std::logic_error("rules: numberValue on a non-number");
}

int Node::enumValue(EvalContext &) const
{
    throw std::logic_error("rules: enumValue on a non-enum");
}

QString Node::textValue(EvalContext &) const
{
    throw std::logic_error("rules: textValue on a non-text");
}

void Node::items(EvalContext &, ItemList &) const
{
    throw std::logic_error("rules: items on a non-collection");
}

} // namespace vangnet::rules
