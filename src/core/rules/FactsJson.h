#pragma once

#include "rules/Flag.h"
#include "rules/HouseholdFacts.h"

#include <QJsonObject>

#include <optional>

namespace vangnet::rules {

/// HouseholdFacts as JSON, the form of the golden fixtures (tests/fixtures/rules) and of a
/// future `vangnet-cli rules test`. Field names are in docs/rules.md. Returns nullopt and
/// sets `error` when a field has the wrong form.
std::optional<HouseholdFacts> factsFromJson(const QJsonObject &json, QString *error = nullptr);

/// An evaluation as JSON: flags (rule, version, severity, score, evidence, explanation),
/// failures, and the household's priority. Stable key order, for diffs.
QJsonObject evaluationToJson(const Evaluation &evaluation);

} // namespace vangnet::rules
