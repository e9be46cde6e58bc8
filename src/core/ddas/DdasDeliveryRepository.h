#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace vangnet {

/// A DDAS delivery as kept (ddas_deliveries): what it covered, and the SHA-256 of the file.
struct DdasDelivery {
    qint64 id = 0;
    QDate from, to;
    QStringList gemeentecodes;
    QString sha256; ///< lower-case hex of the file as written
    int signals = 0;
    int cases = 0;
    QString createdBy;
    QDateTime createdAt;
};

/// The kept deliveries. No permission check: DdasExport and DdasDeliveries check.
class DdasDeliveryRepository {
public:
    explicit DdasDeliveryRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Keeps `file` (compressed) with `delivery`'s facts; returns the new id.
    Result<qint64> add(const DdasDelivery &delivery, const QByteArray &file);
    /// Every kept delivery, newest first.
    Result<QList<DdasDelivery>> list() const;
    /// The delivery and the file as it was written.
    Result<std::pair<DdasDelivery, QByteArray>> get(qint64 id) const;

    /// Drops a kept delivery whose file could not be moved into place.
    Result<void> remove(qint64 id);

    static QString sha256Of(const QByteArray &file);

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
