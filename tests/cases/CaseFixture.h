#pragma once

#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "cases/CaseService.h"
#include "households/HouseholdService.h"
#include "importing/ImportRows.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <memory>

namespace vangnet::test {

/// A database with team A's caseworkers (A and A2) and team lead, and helpers to make
/// households, signals and notices for case tests. Today is Tuesday 2026-11-24.
struct CaseFixture {
    static QDate today() { return QDate(2026, 11, 24); }

    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(today(), QTime(9, 30), Qt::UTC)};
    TestUsers users{*db, clock};
    Session caseworkerA2 = users.add(QStringLiteral("consulent-a2"), Role::Consulent, users.teamA().id);
    Session teamLeadA = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    HouseholdService households{*db, clock, users.caseworkerA()};
    cases::CaseService service{*db, clock, users.caseworkerA()};

    /// A household of team A with one member; returns {household, person}.
    std::pair<qint64, qint64> household(const QString &achternaam, int huisnummer, const QString &wijk = {});
    /// A signal received on its date.
    qint64 signal(std::pair<qint64, qint64> who, const QString &id, QDate signalDate, bool crisis = false);
    qint64 discharge(std::pair<qint64, qint64> who, QDate expected);
    /// Sets the household's priority_rank as the rules would.
    void setPriority(qint64 householdId, qint64 rank);
    qint64 count(const QString &sql, const QVariantList &values = {});
    QString text(const QString &sql, const QVariantList &values = {});

    template <typename T>
    static T require(Result<T> result)
    {
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.ok());
        return std::move(*result);
    }
};

} // namespace vangnet::test
