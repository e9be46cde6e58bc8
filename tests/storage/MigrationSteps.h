#pragma once

#include "storage/Migration.h"
#include "storage/Schema.h"
#include "storage/SqlStatement.h"

#include <QSqlDatabase>

#include <catch2/catch.hpp>

namespace vangnet::test {

/// Every schema step before `version`: a database as the Vangnet before that step left it.
inline QList<Migration> stepsBefore(int version)
{
    QList<Migration> steps;
    for (const Migration &m : schema::migrations())
        if (m.version < version)
            steps << m;
    REQUIRE(steps.last().version == version - 1);
    return steps;
}

/// One household (Smit, Lindelaan 1) with one closed rent signal: what a step's migration test
/// finds in an older database.
inline void addHouseholdWithSignal(const QSqlDatabase &db)
{
    for (const char *sql : {
             "INSERT INTO addresses (postcode, huisnummer, straat, plaats, street_key) "
             "VALUES ('7411 AB', 1, 'Lindelaan', 'Vangstad', 'lindelaan')",
             "INSERT INTO households (address_id, display_name, name_key, created_at, updated_at) "
             "VALUES (1, 'Smit', 'smit', '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')",
             "INSERT INTO signals (household_id, partner_type, signal_date, fact_key, created_at, status) "
             "VALUES (1, 'Huur', '2026-01-01', 'k1', '2026-01-02T09:00:00.000Z', 'afgesloten')"})
        REQUIRE(runSql(db, QString::fromLatin1(sql)).ok());
}

} // namespace vangnet::test
