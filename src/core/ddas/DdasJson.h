#pragma once

#include "ddas/DdasRecords.h"
#include "ddas/DdasRequest.h"

#include <QDateTime>
#include <QJsonObject>

namespace vangnet {

/// The delivery as the DDAS v0.9 Uitwisselmodel has it (docs/ddas.md, "Mapping"): one
/// levering with the signals and cases of `data`. Keys are the schema's, including its
/// spellings `contactpersoonen` and `startdatum_matchtingperiode`. Values outside the schema's
/// enumerations are left out (status, resultaat, dagdeel) or mapped to "Overige"
/// (signaalpartner, contactsoort), so the file always validates.
QJsonObject ddasDocument(const DdasRequest &request, const QDateTime &deliveredAt, const DdasData &data);

/// Bedrag in whole euros: cents rounded to the nearest euro, halves away from zero.
qint64 ddasWholeEuros(qint64 cents);

} // namespace vangnet
