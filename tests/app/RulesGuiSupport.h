#pragma once

#include "AppTestSupport.h"

#include "importing/ImportRows.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

/// Enters an early signal about the household's first member, as the signal dialog does; its id.
inline qint64 enterSignal(
    HouseholdService &service, qint64 householdId, importing::PartnerType type, QDate date, bool crisis = false)
{
    auto household = service.get(householdId);
    REQUIRE(household.ok());
    REQUIRE_FALSE(household->members.isEmpty());
    importing::SignalRow row;
    row.partnerType = type;
    row.partnerName = QStringLiteral("Partner %1").arg(static_cast<int>(type));
    row.signalDate = date;
    row.amountCents = 45000;
    row.crisis = crisis;
    auto id = service.addSignal(householdId, household->members.first().id, row);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

/// A rule set of one rule: households with an open rent (Huur) signal.
inline const QString RentRule = QStringLiteral(R"(rule huurachterstand {
  title "Huurachterstand"
  severity hoog
  score 35
  let huur = signals where open and partner = Huur
  when exists(huur)
  explain "Open huurachterstand: {huur}"
}
)");

} // namespace vangnet::test
