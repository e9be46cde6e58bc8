#include "cases/ReasonReport.h"

#include "audit/AuditLog.h"
#include "cases/InternalReason.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <algorithm>

namespace vangnet::cases {

ReasonReport::ReasonReport(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection()), m_clock(clock), m_session(session)
{
}

Result<QList<ReasonCount>> ReasonReport::count(QDate from, QDate to) const
{
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::AssignCases, QStringLiteral("case"), 0,
                                                                     QStringLiteral("reasons"));
        !allowed)
        return allowed.error();
    auto counts = ClosingRepository(m_db).reasonCounts(m_session.user().teamId, from, to);
    if (!counts)
        return counts.error();
    const QStringList &order = internalReasonKeys();
    std::sort(counts->begin(), counts->end(), [&order](const ReasonCount &a, const ReasonCount &b) {
        return order.indexOf(a.reason) < order.indexOf(b.reason);
    });
    return counts;
}

} // namespace vangnet::cases
