#pragma once

#include "support/TestDatabase.h"
#include "support/TestResult.h"
#include "support/TestUsers.h"

#include "domain/Household.h"
#include "households/HouseholdService.h"
#include "importing/ImportService.h"

#include <QMap>

namespace vangnet::test {

/// Two households of team A that are one family: Jansen at Lindelaan 12 (Anna, born 1985-03-01,
/// no BSN, and her son Tim) and Janssen at Lindelaan 12 A (Anna again, with her BSN, and her
/// partner Piet). Today is 2026-11-24. For merge and duplicate tests on either engine.
struct MergeFixture {
    static QString annasBsn() { return QStringLiteral("999990019"); }

    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    TestUsers users{*db, clock};
    HouseholdService households{*db, clock, users.caseworkerA()};
    Household jansen; ///< stays in most tests
    Household janssen; ///< goes in most tests

    MergeFixture();

    /// A person of the given names; the household's address is Lindelaan `huisnummer` `toevoeging`.
    static Household household(int huisnummer, const QString &toevoeging, QList<Person> members);
    static Person person(const QString &voornaam, const QString &achternaam, QDate born, const QString &bsn = {},
        MemberRole role = MemberRole::Hoofdbewoner);

    /// One row in every table that names a household or a person, for `household` and its first
    /// member: notes (sealed), signals, a discharge notice, a flag, a case with the signal, a
    /// contact attempt, a ZRM assessment, a housing need, a plan entry, a pin, an exclusion and a
    /// placement. `tag` keeps the unique keys apart.
    void fillEveryTable(const Household &household, const QString &tag);

    /// Rows per table for the household (or all of them for 0).
    QMap<QString, qint64> counts(qint64 householdId = 0) const;
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;
    /// Imports signal rows as team A's caseworker.
    importing::ImportSummary importSignals(QVector<importing::SignalRow> rows);
    static importing::SignalRow signal(const QString &id, importing::PartnerType type, const QString &achternaam,
        int huisnummer, const QString &toevoeging, QDate born);

    /// Every table the merge moves, in the order counts() reports.
    static QStringList tables();

private:
    qint64 m_place = 0;
    qint64 m_run = 0;
};

} // namespace vangnet::test
