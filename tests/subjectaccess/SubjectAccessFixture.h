#pragma once

#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "households/HouseholdService.h"
#include "subjectaccess/SubjectAccessService.h"

#include <QTemporaryDir>

#include <memory>

namespace vangnet::test {

/// A household of team A with two members and two notes, and team A's lead, on a fixed day.
/// Synthetic data only (test-range BSN).
struct SubjectAccessFixture {
    SubjectAccessFixture();

    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    TestUsers users{*db, clock};
    Session leadA;
    HouseholdService caseworkerA{*db, clock, users.caseworkerA()};
    Household household;
    qint64 personId = 0;   ///< Jansen, the subject
    qint64 partnerId = 0;  ///< De Vries, the housemate
    QTemporaryDir out;

    /// The audit records about `objectType`/`objectId`, newest first (read as the administrator).
    QList<AuditEvent> auditOf(const QString &objectType, qint64 objectId);
};

} // namespace vangnet::test
