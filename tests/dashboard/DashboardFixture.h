#pragma once

#include "cases/CaseFixture.h"

#include "dashboard/DashboardService.h"

namespace vangnet::test {

/// Team A's week 2026-W47 (Monday 16 – Sunday 22 November 2026; today is Tuesday 24 November),
/// built with exact dates so every figure of the dashboard can be counted by hand
/// (DashboardServiceTest lists what each should be and why). Team B has one household with a
/// signal, a flag and a case in the same week, which no figure of team A may count.
struct DashboardFixture : CaseFixture {
    DashboardFixture();

    static dashboard::IsoWeek week() { return require(dashboard::IsoWeek::parse(QStringLiteral("2026-W47"))); }

    std::pair<qint64, qint64> h1, h2, h3, h4, h5, h6, h7, hb;
    qint64 placeId = 0;

    qint64 flag(qint64 household, const QString &rule, int severity, QDate raisedOn);
    qint64 openCase(qint64 household, qint64 assignee, QDate openedOn, QList<qint64> signals = {});
    void closeCase(qint64 caseId, QDate closedOn, const QString &outcome);
    void attempt(qint64 caseId, qint64 household, QDate on, bool reached,
                 const QString &kind = QStringLiteral("Telefoon"));
    void exec(const QString &sql, const QVariantList &values = {});
};

} // namespace vangnet::test
