#pragma once

#include "rules/Nodes.h"
#include "rules/ValueType.h"

#include <QString>

#include <span>

namespace vangnet::rules {

// The words of the rule language (docs/rules.md): the facts of each collection, the sources,
// functions and keywords, and the domain values a name or string stands for.

/// A fact of an item, usable after `where` on its collection.
struct FieldInfo {
    const char *name;
    ItemKind kind;
    nodes::Field field;
    ValueType type;
};

/// Every item fact; a name may be a fact of more than one collection (`open`, `age`).
std::span<const FieldInfo> itemFacts();
/// The English names of the collections, in ItemKind order ("signals", …, "cases").
std::span<const char *const> sourceNames();

/// Whether `text` is exactly `word` (keywords are case-sensitive).
bool sameWord(const QString &text, const char *word);
/// The value of an enum type a name or string stands for, or -1.
int enumKey(ValueType type, const QString &key);
/// Whether a word is part of the language (keywords, sources, functions, facts): not usable as a
/// `let` or parameter name.
bool isReservedWord(const QString &word);

} // namespace vangnet::rules
