#pragma once

#include "cases/Case.h"
#include "support/Result.h"

#include <QDate>
#include <QList>

namespace vangnet::cases {

/// What is wrong with a case's request data as it would be saved (docs/cases.md "Case types"):
/// request data on a case that is not a hulpvraag, an aanmelding missing or in the future, a
/// crisis kind not in crisisKinds(), an eerste gesprek before the aanmelding or in the future, a
/// beschikking without its date or without its outcome, before the eerste gesprek or in the
/// future. Each error names its field (type, registeredOn, crisisKind, firstConversationOn,
/// decisionOn, decision); empty when the request may be saved.
QList<FieldError> helpRequestErrors(const Case &c, QDate today);

/// Whether a contact attempt of this EnumContactsoort is contact with the resident: an
/// "Administratief" entry (a file note, a letter to a creditor) neither takes a case up nor meets
/// a clock.
bool isResidentContact(const QString &contactsoort);

} // namespace vangnet::cases
