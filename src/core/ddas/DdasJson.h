#pragma once

#include "ddas/DdasRecords.h"
#include "ddas/DdasRequest.h"

#include <QDateTime>
#include <QJsonObject>

namespace vangnet {

/// The delivery as the DDAS v0.9 Uitwisselmodel has it (docs/ddas.md, "Mapping"): one
/// levering per municipality, teller 1..n in the order given. Keys are the schema's, including its
/// spellings `contactpersoonen` and `startdatum_matchtingperiode`. Values outside the schema's
/// enumerations are left out (status, resultaat, dagdeel) or mapped to "Overige"
/// (signaalpartner, contactsoort), so the file always validates.
QJsonObject ddasDocument(const DdasRequest &request, const QDateTime &deliveredAt, const QList<DdasLevering> &leveringen);

/// The DDAS ID of a signal: always "VN-<signal number>", the same in every delivery (docs/ddas.md).
QString ddasSignalId(qint64 signalId);

/// Bedrag in whole euros: cents rounded to the nearest euro, halves away from zero.
qint64 ddasWholeEuros(qint64 cents);

} // namespace vangnet
