#pragma once

#include "DdasSchemaCheck.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "households/HouseholdService.h"
#include "importing/ImportRows.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace vangnet::test {

/// A household and the member signals are about.
struct Resident {
    qint64 household = 0;
    qint64 person = 0;
};

/// A database with team A's lead, on 5 February 2025, addresses without a wijk in municipality
/// 0518 and the wijk Oost in 0307, and helpers that write signals through
/// HouseholdService and cases, links and contact attempts with plain SQL (the case service is
/// not what these tests are about). Synthetic data only (test-range BSNs).
struct DdasFixture {
    DdasFixture();

    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2025, 2, 5), QTime(10, 30), Qt::UTC)};
    TestUsers users{*db, clock};
    Session leadA;
    HouseholdService teamA{*db, clock, users.caseworkerA()};
    HouseholdService teamB{*db, clock, users.caseworkerB()};
    QTemporaryDir out;

    /// A one-member household of the service's team at Lindelaan `huisnummer` in 7411 AB, in
    /// `wijk` ("" belongs to municipality 0518, "Oost" to 0307).
    Resident resident(HouseholdService &team, const QString &achternaam, int huisnummer, const QString &bsn = {},
        const QString &toevoeging = {}, const QString &voorvoegsel = {}, const QString &wijk = {});
    /// A signal about `who` through HouseholdService::addSignal; returns its id.
    qint64 signal(HouseholdService &team, const Resident &who, importing::PartnerType type, const QString &partnerId,
        const QDate &signalDate, std::optional<qint64> cents = std::nullopt, bool crisis = false,
        const QString &partnerName = QStringLiteral("Partner"));
    /// A case row; `closedOn` valid = status afgesloten with `outcome`, else `status`.
    qint64 addCase(const Resident &who, const QDate &openedOn, const QString &status, const QDate &takenUpOn = {},
        const QDate &closedOn = {}, const QString &outcome = {});
    void link(qint64 caseId, qint64 signalId);
    void attempt(qint64 caseId, const Resident &who, const QString &kind, bool reached, const QDate &date,
        const QString &dayPart = {});
    void sql(const QString &statement, const QVariantList &values);

    /// The written file as JSON; fails the test when it is not a JSON object.
    static QJsonObject readJson(const QString &fileName);
};

} // namespace vangnet::test
