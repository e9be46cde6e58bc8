#pragma once

#include "audit/AuditEvent.h"
#include "retention/RetentionPolicy.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

class Database;
class Session;

/// Bewaartermijnen: the administrator sets a period per category, sees what is due (counts and
/// dates only, never household data) and confirms a purge. Every call needs
/// Permission::ManageRetention; a refusal is ErrorCode::PermissionDenied and is audited.
class RetentionService {
public:
    RetentionService(const Database &db, const Clock &clock, const Session &session);

    /// Every category's period: the stored one, else the shipped default.
    Result<QList<RetentionPeriod>> periods() const;
    /// Sets one period (1…120 months; a field error named after the category otherwise); audited.
    Result<RetentionPeriod> setPeriod(RetentionCategory category, int months);

    /// What is due today, per category, in the order of allRetentionCategories().
    Result<QList<RetentionDue>> due() const;
    /// Purges exactly what `confirmed` (an item of due()) showed, in one transaction: the items
    /// due at its cutoff are counted again, and when that count or the period differs from what
    /// was confirmed nothing is deleted (ErrorCode::StaleEdit: look again). Writes the purge
    /// record and an audit record with the deletion. A category without data, or with nothing
    /// due, purges nothing and records nothing (count 0, id 0).
    Result<RetentionPurge> purge(const RetentionDue &confirmed);

    /// The purge records, newest first.
    Result<QList<RetentionPurge>> purges(int limit = 1000) const;

private:
    Result<void> allowed(AuditAction attempted) const;
    /// periods() without the permission check, for the service's own use.
    Result<QList<RetentionPeriod>> currentPeriods() const;
    Result<int> monthsOf(RetentionCategory category) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet
