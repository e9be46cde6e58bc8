#pragma once

#include "PageLoad.h"
#include "AppTestSupport.h"
#include "RulesGuiSupport.h"

#include "cases/CaseService.h"
#include "cases/WorkQueuePage.h"
#include "rules/RulesService.h"
#include "storage/SqlStatement.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace vangnet::test {

/// The app fixture with the case workflow: a team lead ("tineke") and a second caseworker
/// ("kees") in the consulent's team, and helpers for flagged households.
struct CaseFixture : AppFixture {
    Session lead = addUser(QStringLiteral("tineke"), QStringLiteral("Tineke Teamleider"), Role::Teamleider, team.id);
    Session colleague = addUser(QStringLiteral("kees"), QStringLiteral("Kees Collega"), Role::Consulent, team.id);
    rules::RulesService rules{*db, clock, session};
    cases::CaseService cases{*db, clock, session};

    /// A household with open signals of `types`, dated and received `daysAgo` days before today, evaluated.
    qint64 flagged(const QString &name, const QString &postcode, int number, const QString &wijk,
                   const QList<importing::PartnerType> &types, int daysAgo, bool crisis = false)
    {
        const qint64 id = addHousehold(name, postcode, number, wijk);
        const QDate date = clock.today().addDays(-daysAgo);
        for (importing::PartnerType type : types) {
            const qint64 signalId = enterSignal(service, id, type, date, crisis);
            // Received on its date (the contact offer starts at the later of the two, docs/clocks.md).
            REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE signals SET created_at = ? WHERE id = ?"),
                           {timestampToSql(QDateTime(date, QTime(8, 0), Qt::UTC)), signalId}).ok());
        }
        auto run = rules.evaluateHouseholds({id});
        INFO((run ? QString() : run.error().message).toStdString());
        REQUIRE(run.ok());
        return id;
    }

    /// A case opened by hand on a household without flags.
    qint64 manualCase(const QString &name, const QString &postcode, int number, const QString &wijk = {})
    {
        const qint64 id = addHousehold(name, postcode, number, wijk);
        auto opened = cases.openManual(id);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        return id;
    }

    /// A detention notice about the household's first member, expected in 20 days, ID arranged and
    /// housing not: what "Uitstroom zonder onderdak" flags.
    qint64 addDetentionNotice(qint64 householdId)
    {
        auto hh = service.get(householdId);
        REQUIRE(hh.ok());
        importing::DischargeRow notice;
        notice.institutionType = importing::InstitutionType::Detentie;
        notice.institutionName = QStringLiteral("PI Lindewaarde");
        notice.expectedDate = clock.today().addDays(20);
        notice.shelter = importing::ConditionState::NietGeregeld;
        notice.idDocument = importing::ConditionState::Geregeld;
        auto dischargeId = service.addDischarge(householdId, hh->members.first().id, notice);
        INFO((dischargeId ? QString() : dischargeId.error().message).toStdString());
        REQUIRE(dischargeId.ok());
        return *dischargeId;
    }

    qint64 openCaseOf(qint64 householdId)
    {
        auto id = cases.openCaseOf(householdId);
        REQUIRE(id.ok());
        return *id;
    }

    cases::Case caseOf(qint64 householdId)
    {
        auto found = cases.get(openCaseOf(householdId));
        INFO((found ? QString() : found.error().message).toStdString());
        REQUIRE(found.ok());
        return *found;
    }
};

/// Waits until the page's background load is done.
inline void waitForQueue(WorkQueuePage &page)
{
    waitUntilLoaded(page);
}

} // namespace vangnet::test
