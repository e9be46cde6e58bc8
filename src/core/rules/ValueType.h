#pragma once

#include <QString>

namespace vangnet::rules {

/// The static type of an expression in rule text; checked when a rule is parsed.
enum class ValueType {
    Bool,        ///< a condition
    Number,      ///< counts, days, ages, scores (whole numbers)
    Money,       ///< whole cents
    Partner,     ///< importing::PartnerType
    Institution, ///< importing::InstitutionType
    Condition,   ///< importing::ConditionState of a basic condition
    Lifecycle,   ///< importing::DischargeLifecycle: where a discharge notice's person stands
    CaseType,    ///< cases::CaseOrigin: how a case came to be (rules/CaseValues.h)
    Outcome,     ///< a closed case's eindresultaat, an index into cases::ddas::eindresultaat()
    Text,        ///< a status, or a rendered list
    Signals,
    Discharges,
    Persons,
    Attempts,
    Cases,
};

/// What a collection holds; also the index into EvalContext::current.
enum class ItemKind { Signal = 0, Discharge = 1, Person = 2, Attempt = 3, Case = 4 };
constexpr int itemKindCount = 5;

bool isCollection(ValueType type);
bool isEnum(ValueType type);
ItemKind itemKindOf(ValueType collection);
ValueType collectionTypeOf(ItemKind kind);

/// "een getal", "een signaalpartner", … for messages (translated).
QString typeName(ValueType type);

} // namespace vangnet::rules
