#pragma once

#include "domain/Household.h"

#include <QDate>
#include <QString>

#include <optional>

class QComboBox;

namespace vangnet::entry {

/// The members of the household, head first, with their ids as item data.
void fillMembers(QComboBox &combo, const Household &household);
/// DD-MM-YYYY (as the member dialog takes dates); invalid when empty or not a date.
QDate parseDate(const QString &text);
/// Euros as a person types them ("1.234,56", "1234,56", "1234.56", "1234"), read by the
/// import's amount rule; nullopt when empty, negative or not an amount.
std::optional<qint64> parseCents(const QString &text);

} // namespace vangnet::entry
