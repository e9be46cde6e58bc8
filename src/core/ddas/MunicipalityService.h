#pragma once

#include "ddas/MunicipalityRepository.h"
#include "support/Clock.h"

#include <functional>

namespace vangnet {

class Database;
class Session;

/// Which wijk lies in which municipality (gemeentecode), for the DDAS delivery (docs/ddas.md,
/// "Municipalities"). A team lead (ExportStatisticsMunicipality) or the administrator
/// (ManageOrganisation) keeps it; each change and each refusal is audited.
class MunicipalityService {
public:
    MunicipalityService(const Database &db, const Clock &clock, const Session &session);

    Result<QList<WijkMunicipality>> list() const;
    /// Maps `wijk` ("" = addresses without a wijk) to the four-digit `gemeentecode`.
    Result<void> set(const QString &wijk, const QString &gemeentecode) const;
    /// Removes the mapping of `wijk`; an error when there is none.
    Result<void> remove(const QString &wijk) const;

private:
    Result<void> mayManage() const;
    Result<void> audited(const QString &detail, const std::function<Result<void>()> &change) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet
