#pragma once

#include "ddas/DdasRecords.h"

#include <QJsonObject>
#include <QStringList>

namespace vangnet {

/// What the DDAS v0.9 schema checks and Vangnet can check too, before a delivery is written
/// (docs/ddas.md, "Checked before writing"): the structure (required and allowed keys, types,
/// at least one levering, unique signal IDs, case references to signals of their levering), the
/// enumerations, the date and date-time formats, and the field lengths of the information
/// model (BRP/BAG: Postcode 1234AB, Huisnummer 1-99999, Huisnummertoevoeging at most 4, …).
/// Each problem is one translated line naming the signal (its ID) or the case, the field, the
/// value's length and why; the value itself is never in it (personal data). Empty = valid.
QStringList ddasProblems(const QJsonObject &document);

/// The one value the delivery leaves out rather than refuses (docs/ddas.md, "Checked before
/// writing"): a Huisnummertoevoeging longer than the model's 4 characters (a local label such as
/// "2-hoog"). The field is optional; without it CBS matches on postcode and huisnummer, which is
/// less precise but never another address, as a shortened one could be. Returns one translated
/// warning per signal, naming it, the field and the length.
QStringList ddasLeaveOutOverlong(QList<DdasLevering> &leveringen);

} // namespace vangnet
