#pragma once

#include "rules/EvalContext.h"

#include <QDate>
#include <QString>

namespace vangnet::rules {

class Node;

/// "€ 1.250" for whole euros, "€ 1.250,50" otherwise: Dutch grouping and decimal comma.
QString formatMoney(qint64 cents);
/// "3 mrt", with the year added when it differs from the as-of date's: "3 mrt 2023".
QString formatShortDate(QDate date, QDate asOf);
/// A collection as a caseworker reads it, e.g. "Huur € 1.250 (sinds 3 mrt), Energie € 430 (sinds 12 apr)".
QString renderItems(ItemKind kind, const ItemList &items, const EvalContext &ctx);
/// Any value for an explanation placeholder; collections render as a list and count as evidence.
QString renderValue(const Node &node, EvalContext &ctx);

} // namespace vangnet::rules
