#pragma once

#include "domain/Address.h"
#include "domain/Household.h"
#include "domain/Person.h"
#include "support/Result.h"

#include <QDate>

namespace vangnet::validation {

/// Each function returns every problem it finds, with field keys and Dutch messages, so a form
/// can show them all at once beside their fields. An empty list means valid.
/// `today` bounds birth dates; it is passed in so tests can stand on any day.
QList<FieldError> validateBsn(const QString &bsn, const QString &field = QStringLiteral("bsn"));
QList<FieldError> validatePostcode(const QString &postcode, const QString &field = QStringLiteral("postcode"));
QList<FieldError> validateAddress(const Address &address);
QList<FieldError> validatePerson(const Person &person, const QDate &today, const QString &prefix = {});
QList<FieldError> validateHousehold(const Household &household, const QDate &today);

/// Returns the household with postcode, BSNs and text fields normalised (trimmed, "1234 AB").
/// Call after validation succeeded.
Household normalized(Household household);
Person normalized(Person person);

} // namespace vangnet::validation
