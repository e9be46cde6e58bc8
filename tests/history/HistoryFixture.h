#pragma once

#include "cases/CaseFixture.h"

#include "importing/ImportService.h"

namespace vangnet::test {

/// CaseFixture with the history tables read back as text, and a discharge import on team A's
/// households (the import's re-deliveries and supersessions are write paths too).
struct HistoryFixture : CaseFixture {
    importing::ImportService import{*db, clock, users.caseworkerA()};

    /// The status history of one signal, notice or case (`column` signal_id, discharge_id or
    /// case_id), oldest first: "nieuw>in_behandeling 2026-11-24".
    QStringList statuses(const char *column, qint64 id);
    /// The checklist history of a case, oldest first: "onderdak melding:niet_geregeld>zaak:geregeld
    /// since 2026-11-20 from 2026-11-20" ("-" for a row that did not exist).
    QStringList conditions(qint64 caseId);
    /// The discharge_notice_history of a notice, oldest first: "change lifecycle-before from valid_from".
    QStringList noticeHistory(qint64 dischargeId);
    /// A household of team A whose one member has a BSN, so an import finds her: {household, person}.
    std::pair<qint64, qint64> knownHousehold();
    /// Imports one detention notice about the member of knownHousehold() (a re-delivery when
    /// `noticeId` is known, superseding her open one when it is new); the batch id.
    qint64 importNotice(const QString &noticeId, QDate expected,
        importing::ConditionState shelter = importing::ConditionState::NietGeregeld);
    /// Moves the clock to `day` (09:30 UTC, as the fixture's today).
    void on(QDate day) { clock.set(QDateTime(day, QTime(9, 30), Qt::UTC)); }
    /// The caseworker's display name, as the history keeps who made a change.
    QString me() const { return users.caseworkerA().user().displayName; }
};

} // namespace vangnet::test
