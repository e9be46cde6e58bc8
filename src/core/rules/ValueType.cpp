#include "rules/ValueType.h"

#include <QCoreApplication>

namespace vangnet::rules {

bool isCollection(ValueType type)
{
    return type == ValueType::Signals || type == ValueType::Discharges || type == ValueType::Persons
        || type == ValueType::Attempts || type == ValueType::Cases;
}

bool isEnum(ValueType type)
{
    return type == ValueType::Partner || type == ValueType::Institution || type == ValueType::Condition
        || type == ValueType::Lifecycle || type == ValueType::CaseType || type == ValueType::Outcome;
}

ItemKind itemKindOf(ValueType collection)
{
    switch (collection) {
    case ValueType::Discharges:
        return ItemKind::Discharge;
    case ValueType::Persons:
        return ItemKind::Person;
    case ValueType::Attempts:
        return ItemKind::Attempt;
    case ValueType::Cases:
        return ItemKind::Case;
    default:
        return ItemKind::Signal;
    }
}

ValueType collectionTypeOf(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Signal:
        return ValueType::Signals;
    case ItemKind::Discharge:
        return ValueType::Discharges;
    case ItemKind::Person:
        return ValueType::Persons;
    case ItemKind::Attempt:
        return ValueType::Attempts;
    case ItemKind::Case:
        return ValueType::Cases;
    }
    return ValueType::Signals;
}

QString typeName(ValueType type)
{
    const char *source = "";
    switch (type) {
    case ValueType::Bool:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "a condition");
        break;
    case ValueType::Number:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "a number");
        break;
    case ValueType::Money:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "an amount");
        break;
    case ValueType::Partner:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "a signal partner");
        break;
    case ValueType::Institution:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "an institution type");
        break;
    case ValueType::Condition:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "a basic-condition state");
        break;
    case ValueType::Lifecycle:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "a discharge state");
        break;
    case ValueType::CaseType:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "a case type");
        break;
    case ValueType::Outcome:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "an outcome");
        break;
    case ValueType::Text:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "a text");
        break;
    case ValueType::Signals:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "signals");
        break;
    case ValueType::Discharges:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "discharge notices");
        break;
    case ValueType::Persons:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "persons");
        break;
    case ValueType::Attempts:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "contact attempts");
        break;
    case ValueType::Cases:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "cases");
        break;
    }
    return QCoreApplication::translate("vangnet::rules", source);
}

} // namespace vangnet::rules
