#pragma once

#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "households/HouseholdService.h"
#include "importing/ImportRows.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"
#include "zrm/ZrmService.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

/// A scratch database on 24 November 2026 with the test users; the services work for the
/// caseworker of team A. Households, signals, cases and contact attempts are made here.
struct ZrmFixture {
    static QDate today() { return {2026, 11, 24}; }

    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(today(), QTime(9, 30), Qt::UTC)};
    TestUsers users{*db, clock};
    HouseholdService households{*db, clock, users.caseworkerA()};
    ZrmService zrm{*db, clock, users.caseworkerA()};

    /// A household of team A with `members` members; returns {household, first member}.
    std::pair<qint64, qint64> household(const QString &achternaam, int huisnummer, int members = 1)
    {
        Household h;
        h.address = Address{0, QStringLiteral("Lindelaan"), huisnummer, QString(), QStringLiteral("7411 AB"),
                            QStringLiteral("Vangstad"), {}};
        for (int i = 0; i < members; ++i) {
            Person p;
            p.voorletters = QStringLiteral("A.");
            p.voornaam = QStringLiteral("Anna%1").arg(i);
            p.achternaam = achternaam;
            p.geboortedatum = QDate(1980 + i, 1, 1);
            p.role = i == 0 ? MemberRole::Hoofdbewoner : MemberRole::Partner;
            h.members << p;
        }
        auto created = households.create(h);
        INFO((created ? std::string() : created.error().message.toStdString()));
        REQUIRE(created.ok());
        return {created->id, created->members[0].id};
    }

    /// An open early signal about the member, received `signalDate`.
    qint64 signal(std::pair<qint64, qint64> who, importing::PartnerType type, const QString &id, QDate signalDate)
    {
        importing::SignalRow row;
        row.signalId = id;
        row.partnerType = type;
        row.partnerName = QStringLiteral("Partner %1").arg(id);
        row.signalDate = signalDate;
        row.amountCents = 50000;
        auto added = households.addSignal(who.first, who.second, row);
        INFO((added ? std::string() : added.error().message.toStdString()));
        REQUIRE(added.ok());
        return *added;
    }

    /// A manual case on the household, as the case workflow stores it.
    qint64 openCase(qint64 householdId)
    {
        const QString now = timestampToSql(clock.now());
        auto q = runSql(db->connection(),
                        QStringLiteral("INSERT INTO cases (household_id, origin, opened_on, opened_at, opened_by, updated_at, "
                                       "updated_by) VALUES (?, 'manual', ?, ?, 'consulent-a', ?, 'consulent-a') RETURNING id"),
                        {householdId, isoDate(today()), now, now});
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }

    /// A contact attempt (contactpoging) on the case, as the case workflow stores it.
    void attempt(qint64 caseId, qint64 householdId, QDate date, bool reached)
    {
        REQUIRE(runSql(db->connection(),
                       QStringLiteral("INSERT INTO contact_attempts (case_id, household_id, kind, reached, attempt_date, "
                                      "day_part, author_name, created_at) VALUES (?, ?, 'Telefoon', ?, ?, 'Ochtend', "
                                      "'consulent-a', ?)"),
                       {caseId, householdId, reached ? 1 : 0, isoDate(date), timestampToSql(clock.now())})
                    .ok());
    }

    /// Records an assessment of the household (or `personId`) that must succeed; its id.
    qint64 assess(qint64 householdId, QDate on, const QMap<QString, int> &scores, qint64 personId = 0)
    {
        ZrmAssessment a;
        a.householdId = householdId;
        a.personId = personId;
        a.assessedOn = on;
        a.scores = scores;
        auto id = zrm.record(a);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return *id;
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto q = runSql(db->connection(), sql, values);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }
};

} // namespace vangnet::test
