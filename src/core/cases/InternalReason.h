#pragma once

#include <QString>
#include <QStringList>

namespace vangnet::cases {

/// Why a signal was not taken up, as a key from a fixed list (docs/cases.md, "Internal reasons"):
/// chosen with a not-taken-up closing or a signal's own status, stored plain beside the sealed
/// free text so the team lead can count them. Internal: never reported to a partner or to CBS.
const QStringList &internalReasonKeys(); ///< detentie, uitsluitingslijst, adres_onbekend, …, anders
QString internalReasonLabel(const QString &key); ///< translated; the key itself when unknown

} // namespace vangnet::cases
