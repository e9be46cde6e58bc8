#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace vangnet {

/// `YYYY-MM-DD` for a valid date of the years 0001–9999, an empty string otherwise: what
/// `QDate::toString(Qt::ISODate)` gives for those dates, without its general formatter, which
/// took a tenth of a million-row import.
QString isoDate(const QDate &date);

/// The date in `YYYY-MM-DD` text (as stored); an invalid date for anything else.
QDate isoDateFromText(QByteArrayView text);

} // namespace vangnet
