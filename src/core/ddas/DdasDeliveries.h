#pragma once

#include "ddas/DdasDeliveryRepository.h"
#include "support/Clock.h"

namespace vangnet {

class Database;
class Session;

/// The kept DDAS deliveries (docs/ddas.md, "Kept deliveries"), so a question from CBS about a
/// past file can be answered. They hold personal data: the same right as the delivery itself
/// (Permission::ExportStatisticsMunicipality); refusals and every copy written are audited.
class DdasDeliveries {
public:
    DdasDeliveries(const Database &db, const Clock &clock, const Session &session);

    /// Every kept delivery, newest first (no personal data: periods, codes, counts, hashes).
    Result<QList<DdasDelivery>> list() const;
    /// Writes the kept file of delivery `id` to `fileName`, byte for byte as it was delivered
    /// (its SHA-256 checked), audited as an export.
    Result<DdasDelivery> writeCopy(qint64 id, const QString &fileName) const;

private:
    Result<void> mayRead() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet
