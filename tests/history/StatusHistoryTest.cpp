// Every write path that changes a status the signal rules read keeps its history (docs/rules.md,
// "As of a past day"): one test per path.
#include "HistoryFixture.h"

#include "retention/RetentionService.h"
#include "signals/DischargeRepository.h"

using namespace vangnet;
using namespace vangnet::cases;
using vangnet::importing::ConditionState;
using vangnet::test::CaseFixture;
using vangnet::test::HistoryFixture;

namespace {

const QString today = CaseFixture::today().toString(Qt::ISODate);
// Needs no conversation: these tests are about the statuses, not about the contact.
const QString outcome = QStringLiteral("Inwoner al bekend bij schuldhulpverlening");

Case taken(HistoryFixture &f, qint64 caseId)
{
    const Case c = CaseFixture::require(f.service.get(caseId));
    return CaseFixture::require(f.service.move(caseId, c.version, CaseStatus::InBehandeling));
}

} // namespace

TEST_CASE_METHOD(HistoryFixture,
    "Opening a case records its new signals and notices taken in hand, and the checklist it starts", "[history]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const qint64 signalId = signal(who, QStringLiteral("S-1"), today().addDays(-5));
    const qint64 notice = discharge(who, today().addDays(30));
    const Case c = require(service.openFromSignal(signalId));

    CHECK(statuses("signal_id", signalId) == QStringList{QStringLiteral("nieuw>in_behandeling ") + ::today});
    CHECK(statuses("discharge_id", notice) == QStringList{QStringLiteral("nieuw>in_behandeling ") + ::today});
    CHECK(statuses("case_id", c.id).isEmpty()); // a new case has no earlier status
    // The checklist copied from the notice: five new rows.
    const QStringList seeded = conditions(c.id);
    REQUIRE(seeded.size() == 5);
    CHECK(seeded.contains(QStringLiteral("onderdak -:->melding:niet_geregeld from ") + ::today));
}

TEST_CASE_METHOD(HistoryFixture, "Linking new signals to a case records each of them", "[history]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const Case c = require(service.openManual(who.first));
    const qint64 later = signal(who, QStringLiteral("S-2"), today().addDays(-1));
    require(service.linkNewSignals(c.id));
    CHECK(statuses("signal_id", later) == QStringList{QStringLiteral("nieuw>in_behandeling ") + ::today});
    require(service.linkNewSignals(c.id)); // nothing new: nothing more recorded
    CHECK(statuses("signal_id", later).size() == 1);
}

TEST_CASE_METHOD(HistoryFixture,
    "Closing a case records the case, its signals and its notices closed from the closing date", "[history]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const qint64 signalId = signal(who, QStringLiteral("S-1"), today().addDays(-20));
    const qint64 notice = discharge(who, today().addDays(30));
    on(today().addDays(-5));
    Case c = taken(*this, require(service.openFromSignal(signalId)).id);
    on(today());
    const QDate closedOn = today().addDays(-2); // closed in the records two days late
    require(service.close(c.id, c.version, outcome, closedOn));

    const QString from = closedOn.toString(Qt::ISODate);
    CHECK(statuses("case_id", c.id)
        == QStringList{QStringLiteral("nieuw>in_behandeling ") + today().addDays(-5).toString(Qt::ISODate),
            QStringLiteral("in_behandeling>afgesloten ") + from});
    CHECK(statuses("signal_id", signalId).last() == QStringLiteral("in_behandeling>afgesloten ") + from);
    CHECK(statuses("discharge_id", notice).last() == QStringLiteral("in_behandeling>afgesloten ") + from);
}

TEST_CASE_METHOD(HistoryFixture, "Reopening a case records it and its signals back in progress", "[history]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const qint64 signalId = signal(who, QStringLiteral("S-1"), today().addDays(-20));
    Case c = taken(*this, require(service.openFromSignal(signalId)).id);
    c = require(service.close(c.id, c.version, outcome, today()));
    clock.set(clock.now().addDays(3));
    require(service.move(c.id, c.version, CaseStatus::InBehandeling));

    const QString reopened = today().addDays(3).toString(Qt::ISODate);
    CHECK(statuses("case_id", c.id).last() == QStringLiteral("afgesloten>in_behandeling ") + reopened);
    CHECK(statuses("signal_id", signalId).last() == QStringLiteral("afgesloten>in_behandeling ") + reopened);
}

TEST_CASE_METHOD(
    HistoryFixture, "Moving a case records its status, and a change that is no move records nothing", "[history]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    Case c = taken(*this, require(service.openManual(who.first)).id);
    c = require(service.move(c.id, c.version, CaseStatus::WachtOpInwoner));
    CHECK(statuses("case_id", c.id)
        == QStringList{QStringLiteral("nieuw>in_behandeling ") + ::today,
            QStringLiteral("in_behandeling>wacht_op_inwoner ") + ::today});
    require(service.assign(c.id, c.version, users.caseworkerA().user().id));
    CHECK(statuses("case_id", c.id).size() == 2);
}

TEST_CASE_METHOD(
    HistoryFixture, "The first contact attempt records the case taken up on the attempt's day", "[history]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const Case c = require(service.openManual(who.first));
    ContactAttempt attempt;
    attempt.kind = QStringLiteral("Telefoon");
    attempt.date = today().addDays(-1);
    require(service.addAttempt(c.id, attempt));
    require(service.addAttempt(c.id, attempt)); // the second moves nothing
    CHECK(statuses("case_id", c.id)
        == QStringList{QStringLiteral("nieuw>in_behandeling ") + today().addDays(-1).toString(Qt::ISODate)});
}

TEST_CASE_METHOD(HistoryFixture, "Closing one signal by hand records it", "[history]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const qint64 signalId = signal(who, QStringLiteral("S-1"), today().addDays(-20));
    const Case c = require(service.openFromSignal(signalId));
    REQUIRE(service.closeSignal(c.id, signalId).ok());
    CHECK(statuses("signal_id", signalId).last() == QStringLiteral("in_behandeling>afgesloten ") + ::today);
    CHECK_FALSE(service.closeSignal(c.id, signalId).ok()); // closed already: refused, nothing recorded
    CHECK(statuses("signal_id", signalId).size() == 2);
}

TEST_CASE_METHOD(
    HistoryFixture, "Setting a basic condition records the row before and after, in effect from its day", "[history]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const qint64 notice = discharge(who, today().addDays(30));
    const Case c = require(service.openFromDischarge(notice));
    const QDate since = today().addDays(-4);
    REQUIRE(service.setCondition(c.id, QStringLiteral("onderdak"), ConditionState::Geregeld, since).ok());
    REQUIRE(
        service.setCondition(c.id, QStringLiteral("onderdak"), ConditionState::Geregeld, since).ok()); // the same again
    CHECK(conditions(c.id).last()
        == QStringLiteral("onderdak melding:niet_geregeld>zaak:geregeld since %1 from %1")
               .arg(since.toString(Qt::ISODate)));
    CHECK(conditions(c.id).size() == 6); // five copied from the notice, one set

    // A case without a notice starts its checklist with the first condition: the others are new, unknown rows.
    const auto other = household(QStringLiteral("Vos"), 2);
    const Case manual = require(service.openManual(other.first));
    REQUIRE(service.setCondition(manual.id, QStringLiteral("inkomen"), ConditionState::InBehandeling).ok());
    const QStringList started = conditions(manual.id);
    REQUIRE(started.size() == 6);
    CHECK(started.contains(QStringLiteral("zorg -:->melding:onbekend from ") + ::today));
    CHECK(
        started.last() == QStringLiteral("inkomen melding:onbekend>zaak:in_behandeling since %1 from %1").arg(::today));
}

TEST_CASE_METHOD(HistoryFixture, "Setting a notice's state keeps what it was, with the day of the change", "[history]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const qint64 notice = discharge(who, today().addDays(30));
    const Case c = require(service.openFromDischarge(notice));
    REQUIRE(service.setNoticeLifecycle(c.id, notice, importing::DischargeLifecycle::Ingetrokken).ok());
    CHECK(noticeHistory(notice) == QStringList{QStringLiteral("lifecycle aangekondigd from ") + ::today});
}

TEST_CASE_METHOD(HistoryFixture,
    "A re-delivered notice keeps its history, and the checklist rows copied from it follow on record",
    "[history][import]")
{
    knownHousehold();
    importNotice(QStringLiteral("M-1"), today().addDays(30));
    const qint64 notice = count(QStringLiteral("SELECT id FROM discharge_notices WHERE notice_id = 'M-1'"));
    const Case c = require(service.openFromDischarge(notice));
    clock.set(clock.now().addDays(2));
    importNotice(QStringLiteral("M-1"), today().addDays(30), ConditionState::InBehandeling);

    const QString day = today().addDays(2).toString(Qt::ISODate);
    CHECK(noticeHistory(notice) == QStringList{QStringLiteral("redelivered aangekondigd from ") + day});
    CHECK(
        conditions(c.id).last() == QStringLiteral("onderdak melding:niet_geregeld>melding:in_behandeling from ") + day);
}

TEST_CASE_METHOD(HistoryFixture, "A newer notice records the older one replaced and itself taken into the open case",
    "[history][import]")
{
    knownHousehold();
    importNotice(QStringLiteral("M-1"), today().addDays(30));
    const qint64 older = count(QStringLiteral("SELECT id FROM discharge_notices WHERE notice_id = 'M-1'"));
    require(service.openFromDischarge(older));
    importNotice(QStringLiteral("M-2"), today().addDays(60));
    const qint64 newer = count(QStringLiteral("SELECT id FROM discharge_notices WHERE notice_id = 'M-2'"));

    CHECK(noticeHistory(older) == QStringList{QStringLiteral("superseded aangekondigd from ") + ::today});
    CHECK(statuses("discharge_id", newer) == QStringList{QStringLiteral("nieuw>in_behandeling ") + ::today});
}

TEST_CASE_METHOD(HistoryFixture,
    "Withdrawing an import takes back its history with it and records the checklist going back", "[history][import]")
{
    knownHousehold();
    importNotice(QStringLiteral("M-1"), today().addDays(30));
    const qint64 older = count(QStringLiteral("SELECT id FROM discharge_notices WHERE notice_id = 'M-1'"));
    const Case c = require(service.openFromDischarge(older));
    const qint64 batch = importNotice(QStringLiteral("M-2"), today().addDays(60), ConditionState::Geregeld);
    const qint64 newer = count(QStringLiteral("SELECT id FROM discharge_notices WHERE notice_id = 'M-2'"));
    REQUIRE(statuses("discharge_id", newer).size() == 1);
    CHECK(conditions(c.id).last() == QStringLiteral("onderdak melding:niet_geregeld>melding:geregeld from ") + ::today);

    clock.set(clock.now().addDays(1));
    REQUIRE(import.withdraw(batch).ok());
    // As if the delivery never came: the older notice as it was on every day, nothing left of the newer one.
    CHECK(noticeHistory(older).isEmpty());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM status_history WHERE discharge_id = ?"), {newer}) == 0);
    // The checklist going back is a change of its own, on the day of the withdrawal.
    CHECK(conditions(c.id).last()
        == QStringLiteral("onderdak melding:geregeld>melding:niet_geregeld from ")
            + today().addDays(1).toString(Qt::ISODate));
}

TEST_CASE_METHOD(
    HistoryFixture, "A purge takes the history of the signals and cases it removes", "[history][retention]")
{
    const auto who = household(QStringLiteral("Smit"), 1);
    const qint64 signalId = signal(who, QStringLiteral("S-1"), today().addDays(-40));
    Case c = taken(*this, require(service.openFromSignal(signalId)).id);
    REQUIRE(service.setCondition(c.id, QStringLiteral("inkomen"), ConditionState::Geregeld).ok());
    require(service.close(c.id, require(service.get(c.id)).version, outcome, today()));
    REQUIRE(count(QStringLiteral("SELECT COUNT(*) FROM status_history")) > 0);
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE cases SET closed_on = '2024-02-01' WHERE id = ?"), {c.id})
                .ok());

    RetentionService retention(*db, clock, users.admin());
    // The signal first (taken up, its case closed long ago), then the case.
    for (const RetentionCategory category : {RetentionCategory::SignalTakenUp, RetentionCategory::CaseClosed})
        for (const RetentionDue &due : require(retention.due()))
            if (due.category == category)
                CHECK(require(retention.purge(due)).count == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM cases")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM status_history")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM basic_condition_history")) == 0);
}
