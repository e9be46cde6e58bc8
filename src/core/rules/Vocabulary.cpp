#include "rules/Vocabulary.h"

#include "importing/ImportKeys.h"
#include "rules/CaseValues.h"

#include <array>

namespace vangnet::rules {

namespace {

using nodes::Field;
constexpr std::array<FieldInfo, 35> fieldTable{{
    {"partner", ItemKind::Signal, Field::SignalPartner, ValueType::Partner},
    {"amount", ItemKind::Signal, Field::SignalAmount, ValueType::Money},
    {"crisis", ItemKind::Signal, Field::SignalCrisis, ValueType::Bool},
    {"repeated", ItemKind::Signal, Field::SignalRepeated, ValueType::Bool},
    {"open", ItemKind::Signal, Field::SignalOpen, ValueType::Bool},
    {"status", ItemKind::Signal, Field::SignalStatus, ValueType::Text},
    {"age_days", ItemKind::Signal, Field::SignalAgeDays, ValueType::Number},
    {"since_days", ItemKind::Signal, Field::SignalSinceDays, ValueType::Number},
    {"partner_name", ItemKind::Signal, Field::SignalPartnerName, ValueType::Text},
    {"warm_handover", ItemKind::Signal, Field::SignalWarmHandover, ValueType::Bool},
    {"previous_amount", ItemKind::Signal, Field::SignalPreviousAmount, ValueType::Money},
    {"increased", ItemKind::Signal, Field::SignalIncreased, ValueType::Bool},
    {"institution", ItemKind::Discharge, Field::DischargeInstitution, ValueType::Institution},
    {"days_until", ItemKind::Discharge, Field::DischargeDaysUntil, ValueType::Number},
    {"days_since", ItemKind::Discharge, Field::DischargeDaysSince, ValueType::Number},
    {"state", ItemKind::Discharge, Field::DischargeState, ValueType::Lifecycle},
    {"open", ItemKind::Discharge, Field::DischargeOpen, ValueType::Bool},
    {"status", ItemKind::Discharge, Field::DischargeStatus, ValueType::Text},
    {"id_bewijs", ItemKind::Discharge, Field::DischargeIdDocument, ValueType::Condition},
    {"onderdak", ItemKind::Discharge, Field::DischargeShelter, ValueType::Condition},
    {"inkomen", ItemKind::Discharge, Field::DischargeIncome, ValueType::Condition},
    {"schulden", ItemKind::Discharge, Field::DischargeDebts, ValueType::Condition},
    {"zorg", ItemKind::Discharge, Field::DischargeCare, ValueType::Condition},
    {"age", ItemKind::Discharge, Field::DischargeAge, ValueType::Number},
    {"age", ItemKind::Person, Field::PersonAge, ValueType::Number},
    {"child", ItemKind::Person, Field::PersonChild, ValueType::Bool},
    {"role", ItemKind::Person, Field::PersonRole, ValueType::Text},
    {"reached", ItemKind::Attempt, Field::AttemptReached, ValueType::Bool},
    {"age_days", ItemKind::Attempt, Field::AttemptAgeDays, ValueType::Number},
    {"after_open_signal", ItemKind::Attempt, Field::AttemptAfterOpenSignal, ValueType::Bool},
    {"open", ItemKind::Case, Field::CaseOpen, ValueType::Bool},
    {"opened_days", ItemKind::Case, Field::CaseOpenedDays, ValueType::Number},
    {"closed_days", ItemKind::Case, Field::CaseClosedDays, ValueType::Number},
    {"outcome", ItemKind::Case, Field::CaseOutcome, ValueType::Outcome},
    {"type", ItemKind::Case, Field::CaseType, ValueType::CaseType},
}};

/// In ItemKind order.
constexpr std::array<const char *, 5> sourceWords{{"signals", "discharges", "persons", "attempts", "cases"}};
constexpr std::array<const char *, 12> functionNames{{"count", "exists", "distinct", "sum", "list", "zrm",
                                                      "turns_18_within", "arrears", "max", "min", "latest",
                                                      "zrm_age_days"}};
constexpr std::array<const char *, 20> keywords{{"rule", "title", "severity", "score", "let", "when", "explain",
                                                 "where", "within", "and", "or", "not", "in", "true", "false",
                                                 "days", "months", "years", "day", "month"}};

} // namespace

std::span<const FieldInfo> itemFacts()
{
    return fieldTable;
}

std::span<const char *const> sourceNames()
{
    return sourceWords;
}

bool sameWord(const QString &text, const char *word)
{
    return text.compare(QLatin1String(word), Qt::CaseSensitive) == 0;
}

int enumKey(ValueType type, const QString &key)
{
    const auto asInt = [](const auto &found) { return found ? int(*found) : -1; };
    switch (type) {
    case ValueType::Partner:
        return asInt(importing::partnerTypeFromKey(key));
    case ValueType::Institution:
        return asInt(importing::institutionTypeFromKey(key));
    case ValueType::Condition:
        return asInt(importing::conditionStateFromKey(key));
    case ValueType::Lifecycle:
        return asInt(importing::dischargeLifecycleFromKey(key));
    case ValueType::CaseType:
        return caseTypeFromName(key);
    case ValueType::Outcome:
        return caseOutcomeFromName(key);
    default:
        return -1;
    }
}

bool isReservedWord(const QString &word)
{
    for (const char *k : keywords) {
        if (sameWord(word, k))
            return true;
    }
    for (const char *k : sourceWords) {
        if (sameWord(word, k))
            return true;
    }
    for (const char *k : functionNames) {
        if (sameWord(word, k))
            return true;
    }
    for (const FieldInfo &f : fieldTable) {
        if (sameWord(word, f.name))
            return true;
    }
    return false;
}

} // namespace vangnet::rules
