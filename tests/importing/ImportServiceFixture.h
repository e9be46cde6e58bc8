#pragma once

#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "households/HouseholdService.h"
#include "importing/ImportService.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

/// A database with team A's caseworker and one household of that team: Anna Jansen, BSN known,
/// at Lindelaan 12 (7411 AB), born 1985-03-01. Today is 2026-11-24. For import-service tests.
struct ImportServiceFixture {
    static QString annasBsn() { return QStringLiteral("999990019"); }

    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    TestUsers users{*db, clock};
    HouseholdService households{*db, clock, users.caseworkerA()};
    importing::ImportService import{*db, clock, users.caseworkerA()};
    qint64 annaHousehold = 0;
    qint64 anna = 0;

    ImportServiceFixture()
    {
        Household h;
        h.address = Address{0, QStringLiteral("Lindelaan"), 12, QString(), QStringLiteral("7411 AB"), QStringLiteral("Vangstad"), {}};
        Person p;
        p.voornaam = QStringLiteral("Anna");
        p.voorletters = QStringLiteral("A.");
        p.achternaam = QStringLiteral("Jansen");
        p.bsn = annasBsn();
        p.geboortedatum = QDate(1985, 3, 1);
        h.members << p;
        auto created = households.create(h);
        REQUIRE(created.ok());
        annaHousehold = created->id;
        anna = created->members[0].id;
    }

    /// A rent-arrears signal (Woonstichting Zonnehof, 1 November 2026) on a person at 7411 AB.
    static importing::SignalRow row(qint64 line, const QString &id, const QString &achternaam, int huisnummer, const QString &bsn)
    {
        importing::SignalRow s;
        s.line = line;
        s.signalId = id;
        s.partnerType = importing::PartnerType::Huur;
        s.partnerName = QStringLiteral("Woonstichting Zonnehof");
        s.signalDate = QDate(2026, 11, 1);
        s.arisenDate = QDate(2026, 10, 1);
        s.amountCents = 45000;
        s.person.achternaam = achternaam;
        s.person.voorletters = achternaam.left(1) + QLatin1Char('.');
        s.person.postcode = QStringLiteral("7411 AB");
        s.person.huisnummer = huisnummer;
        s.person.straat = QStringLiteral("Lindelaan");
        s.person.plaats = QStringLiteral("Vangstad");
        s.person.geboortedatum = QDate(1985, 3, 1);
        s.person.bsn = bsn;
        s.person.bsnValid = !bsn.isEmpty();
        return s;
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
