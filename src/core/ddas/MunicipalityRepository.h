#pragma once

#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vangnet {

/// The CBS municipality (gemeentecode) a wijk belongs to (docs/ddas.md, "Municipalities").
struct WijkMunicipality {
    QString wijk;
    QString gemeentecode;
    QDateTime updatedAt;
    QString updatedBy;
};

/// The table wijk_municipalities. No permission check: MunicipalityService and DdasExport check.
class MunicipalityRepository {
public:
    explicit MunicipalityRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Every mapping, by wijk.
    Result<QList<WijkMunicipality>> list() const;
    /// Sets (or changes) the gemeentecode of `wijk`.
    Result<void> set(const WijkMunicipality &mapping);
    /// Removes the mapping of `wijk`; false when there was none.
    Result<bool> remove(const QString &wijk);
    /// Whether some wijk maps to `gemeentecode`.
    Result<bool> known(const QString &gemeentecode) const;
    /// Whether `teamId` has a household in a wijk of `gemeentecode`.
    Result<bool> teamServes(qint64 teamId, const QString &gemeentecode) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
