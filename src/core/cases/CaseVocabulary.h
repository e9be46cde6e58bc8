#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vangnet::cases {

/// A case's status (docs/cases.md). Only sensible transitions are allowed: see canMove().
enum class CaseStatus { Nieuw, InBehandeling, WachtOpInwoner, Afgesloten };

QString caseStatusKey(CaseStatus status);   ///< "nieuw", "in_behandeling", "wacht_op_inwoner", "afgesloten"
QString caseStatusLabel(CaseStatus status); ///< translated
std::optional<CaseStatus> caseStatusFromKey(const QString &key);
const QList<CaseStatus> &allCaseStatuses();
/// nieuw → in behandeling | afgesloten; in behandeling ↔ wacht op inwoner; both → afgesloten;
/// afgesloten → in behandeling (reopen). Moving to the same status is not a transition.
bool canMove(CaseStatus from, CaseStatus to);

/// How a case came to be.
enum class CaseOrigin { Flag, Signal, Discharge, Manual };
QString caseOriginKey(CaseOrigin origin); ///< "flag", "signal", "discharge", "manual"
QString caseOriginLabel(CaseOrigin origin);
std::optional<CaseOrigin> caseOriginFromKey(const QString &key);

/// The DDAS v0.9 enumerations, as the exact values of the schema (they are Dutch data values,
/// shown as they are). Lists are in the schema's order.
namespace ddas {
const QStringList &signaalstatus();  ///< EnumSignaalstatus
const QStringList &eindresultaat();  ///< EnumEindresultaat
const QStringList &contactsoort();   ///< EnumContactsoort
const QStringList &dagdeel();        ///< EnumDagdeel
/// "Nog niet opgepakt": the status of a signal nobody has decided about.
QString notYetTakenUp();
/// The outcomes that mean the signal was not taken up (they are EnumSignaalstatus values too):
/// closing with one of these reports the same value as the signals' status.
bool isNotTakenUpOutcome(const QString &eindresultaat);
} // namespace ddas

/// The five basic conditions of a discharge notice, in their order on the checklist.
const QStringList &basicConditionKeys(); ///< id_bewijs, onderdak, inkomen, schulden, zorg
QString basicConditionLabel(const QString &key);
// States of a condition: importing::ConditionState with conditionStateKey/Label (ImportKeys.h).

} // namespace vangnet::cases
