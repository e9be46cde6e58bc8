#pragma once

#include "cases/ClosingRepository.h"
#include "support/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::cases {

/// The team lead's count of internal reasons (docs/cases.md, "Internal reasons"): how often each
/// was chosen by the own team, on closed cases and on signals decided on their own. Keys only:
/// no personal data. Needs Permission::AssignCases (the team lead); refusals are audited.
class ReasonReport {
public:
    ReasonReport(const Database &db, const Clock &clock, const Session &session);

    /// Each reason of internalReasonKeys() that was chosen in [from, to] (either may be invalid:
    /// no bound), in the list's order.
    Result<QList<ReasonCount>> count(QDate from, QDate to) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::cases
