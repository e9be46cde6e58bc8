#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace vangnet::report {

// How Vangnet's printed reports (subject access, case summary) write values: Dutch notation
// whatever the system locale, because they are read by Dutch residents, staff and partners.

/// "24-11-2026"; "—" for an invalid date.
QString date(const QDate &day);
/// "24-11-2026 10:30" in local time; "—" for an invalid moment.
QString moment(const QDateTime &at);
/// "€ 1.234,56" (Dutch grouping, decimal comma, always cents), as the screens show amounts.
QString money(qint64 cents);
/// The label of a stored institution type key ("detentie" → "Detention", translated); an
/// unknown key as it is.
QString institutionLabel(const QString &key);
/// The label of a stored basic-condition state key ("niet_geregeld" → "Not arranged"); an
/// unknown key as it is.
QString conditionLabel(const QString &key);
/// `text`, or "—" when it is empty: an empty cell reads as "forgotten", a dash as "none".
QString orDash(const QString &text);

} // namespace vangnet::report
