#include "ImportServiceFixture.h"

#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "households/HouseholdService.h"
#include "importing/ImportFiles.h"
#include "importing/ImportService.h"
#include "signals/DischargeRepository.h"
#include "storage/SqlStatement.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using vangnet::test::TestDatabase;

// Flags that follow the work: a re-delivered notice updates the stored one, a newer
// notice supersedes the older open one, and withdrawing the batch puts both back
// (docs/formats.md, "Discharge lifecycle").

namespace {

const QString bsnAnna = test::ImportServiceFixture::annasBsn();

struct Fixture : test::ImportServiceFixture {
    cases::CaseService cases{*db, clock, users.caseworkerA()};

    ImportSummary run(QVector<DischargeRow> rows)
    {
        VectorSource<DischargeRow> source(std::move(rows));
        auto summary = import.importDischarges(source, {QStringLiteral("uitstroom.csv"), QStringLiteral("csv"), QString()});
        INFO((summary ? std::string() : summary.error().message.toStdString()));
        REQUIRE(summary.ok());
        return *summary;
    }

    QString text(const QString &sql, const QVariantList &values = {})
    {
        auto q = runSql(db->connection(), sql, values);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toString();
    }

    qint64 noticeId(const QString &id)
    {
        return count(QStringLiteral("SELECT id FROM discharge_notices WHERE notice_id = ?"), {id});
    }

    QList<AuditEvent> changes()
    {
        AuditQuery query;
        query.action = AuditAction::ChangeDischarge;
        auto found = AuditLog(*db, clock).find(users.admin(), query);
        REQUIRE(found.ok());
        return *found;
    }

    QString condition(qint64 caseId, const char *key, const char *column = "state")
    {
        return text(QStringLiteral("SELECT %1 FROM basic_conditions WHERE case_id = ? AND condition_key = ?")
                        .arg(QLatin1String(column)),
                    {caseId, QLatin1String(key)});
    }
};

RowPerson annaByBsn()
{
    RowPerson p;
    p.bsn = bsnAnna;
    p.bsnValid = true;
    p.achternaam = QStringLiteral("Jansen");
    return p;
}

DischargeRow notice(qint64 line, const QString &id, QDate expected, InstitutionType type = InstitutionType::Detentie)
{
    DischargeRow d;
    d.line = line;
    d.noticeId = id;
    d.institutionType = type;
    d.institutionName = QStringLiteral("PI Vangstad");
    d.expectedDate = expected;
    d.channel = DischargeChannel::DrPlan;
    d.idDocument = ConditionState::Geregeld;
    d.shelter = ConditionState::NietGeregeld;
    d.income = ConditionState::InBehandeling;
    d.person = annaByBsn();
    return d;
}

} // namespace

TEST_CASE_METHOD(Fixture, "A notice re-delivered with a new date updates, not duplicates", "[import][discharge]")
{
    const ImportSummary first = run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15))});
    REQUIRE(first.imported == 1);
    const qint64 id = noticeId(QStringLiteral("M-1"));

    const ImportSummary again = run({notice(2, QStringLiteral("M-1"), QDate(2027, 1, 10))});
    CHECK(again.read == 1);
    CHECK(again.updated == 1);
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 0);
    CHECK(again.rejected == 0);
    CHECK(again.households == QList<qint64>{annaHousehold});
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notices")) == 1);
    CHECK(text(QStringLiteral("SELECT expected_date FROM discharge_notices WHERE id = ?"), {id}) == QStringLiteral("2027-01-10"));
    CHECK(text(QStringLiteral("SELECT fact_key FROM discharge_notices WHERE id = ?"), {id}).endsWith(QStringLiteral("|2027-01-10")));
    CHECK_FALSE(text(QStringLiteral("SELECT updated_at FROM discharge_notices WHERE id = ?"), {id}).isEmpty());

    // What it said before, kept once, with the batch that changed it.
    auto history = DischargeRepository(db->connection()).history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).change == QStringLiteral("redelivered"));
    CHECK(history->at(0).expectedDate == QDate(2026, 12, 15));
    CHECK(history->at(0).batchId == again.batch);
    CHECK(history->at(0).channel == QStringLiteral("dr_plan"));
    CHECK(history->at(0).changedBy == users.caseworkerA().user().displayName);

    // On record with ids and kinds only.
    const QList<AuditEvent> audited = changes();
    REQUIRE(audited.size() == 1);
    CHECK(audited[0].objectType == QStringLiteral("discharge_notice"));
    CHECK(audited[0].objectId == id);
    CHECK(audited[0].detail == QStringLiteral("redelivered:batch %1").arg(again.batch));
    CHECK(import.batches()->at(0).counts.updated == 1);

    // The old date once more within one file, then the new one: an update each time.
    const ImportSummary twice = run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15)),
                                     notice(3, QStringLiteral("M-1"), QDate(2027, 2, 1))});
    CHECK(twice.updated == 2);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notice_history WHERE discharge_id = ?"), {id}) == 3);
    CHECK(text(QStringLiteral("SELECT expected_date FROM discharge_notices WHERE id = ?"), {id}) == QStringLiteral("2027-02-01"));
}

TEST_CASE_METHOD(Fixture, "The same notice again is a duplicate, while new conditions or a new channel update it", "[import][discharge]")
{
    run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15))});
    const qint64 id = noticeId(QStringLiteral("M-1"));

    const ImportSummary same = run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15))});
    CHECK(same.duplicates == 1);
    CHECK(same.updated == 0);
    // A file without a channel says nothing new about it.
    DischargeRow noChannel = notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15));
    noChannel.channel.reset();
    CHECK(run({noChannel}).duplicates == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notice_history")) == 0);
    CHECK(changes().isEmpty());

    DischargeRow housed = notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15));
    housed.shelter = ConditionState::Geregeld;
    const ImportSummary conditions = run({housed});
    CHECK(conditions.updated == 1);
    CHECK(conditions.duplicates == 0);
    CHECK(text(QStringLiteral("SELECT shelter FROM discharge_notices WHERE id = ?"), {id}) == QStringLiteral("geregeld"));
    CHECK(text(QStringLiteral("SELECT shelter FROM discharge_notice_history WHERE discharge_id = ?"), {id})
          == QStringLiteral("niet_geregeld"));

    DischargeRow warm = housed;
    warm.channel = DischargeChannel::WarmeOverdracht;
    CHECK(run({warm}).updated == 1);
    CHECK(text(QStringLiteral("SELECT channel FROM discharge_notices WHERE id = ?"), {id}) == QStringLiteral("warme_overdracht"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notice_history WHERE discharge_id = ?"), {id}) == 2);
}

TEST_CASE_METHOD(Fixture, "A re-delivery that moves the date out of the policy bounds is refused, and the rest imports",
                 "[import][discharge]")
{
    run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15))});
    const qint64 id = noticeId(QStringLiteral("M-1"));

    DischargeRow other = notice(4, QStringLiteral("M-9"), QDate(2027, 3, 1), InstitutionType::GgzKliniek);
    const ImportSummary s = run({notice(3, QStringLiteral("M-1"), QDate(2031, 1, 1)), other,
                                 notice(5, QStringLiteral("M-1"), QDate(2026, 8, 1))});
    CHECK(s.read == 3);
    CHECK(s.imported == 1);
    CHECK(s.updated == 0);
    CHECK(s.rejected == 2);
    REQUIRE(s.rejects.size() == 2);
    CHECK(s.rejects[0].line == 3);
    CHECK(s.rejects[0].column == QStringLiteral("verwachte_uitstroomdatum"));
    CHECK(s.rejects[0].reason == QStringLiteral("The discharge date 2031-01-01 is more than 730 days after today (policy "
                                                "setting 'discharge_date_ahead'); the notice is left as it was."));
    CHECK(s.rejects[1].line == 5);
    CHECK(s.rejects[1].reason.contains(QStringLiteral("more than 90 days before today")));
    CHECK(s.rejects[1].reason.contains(QStringLiteral("'discharge_date_past'")));
    CHECK(text(QStringLiteral("SELECT expected_date FROM discharge_notices WHERE id = ?"), {id}) == QStringLiteral("2026-12-15"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notice_history")) == 0);
    CHECK(changes().isEmpty());

    // On the bound itself (today - 90 days) is within; the settings are read as stored.
    CHECK(run({notice(2, QStringLiteral("M-1"), QDate(2026, 8, 26))}).updated == 1);
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE clock_settings SET days = 30 WHERE clock = 'discharge_date_ahead'")).ok());
    const ImportSummary tighter = run({notice(2, QStringLiteral("M-1"), QDate(2027, 1, 10))});
    REQUIRE(tighter.rejects.size() == 1);
    CHECK(tighter.rejects[0].reason.contains(QStringLiteral("more than 30 days after today")));
}

TEST_CASE_METHOD(Fixture, "A refused date names the column as the file's header spells it", "[import][discharge]")
{
    run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15))});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("uitstroom.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("melding_id;instelling_type;instelling_naam;Verwacht;bsn;achternaam\r\n"
               "M-1;detentie;PI Vangstad;01-01-2031;999990019;Jansen\r\n");
    file.close();
    ImportProfile profile = ImportProfile::defaultDischarges();
    profile.name = QStringLiteral("Met eigen kolom");
    profile.columns.insert(QStringLiteral("verwachte_uitstroomdatum"), QStringLiteral("Verwacht"));
    auto source = openDischargeFile(path, profile);
    REQUIRE(source.ok());
    auto s = import.importDischarges(**source, {QStringLiteral("uitstroom.csv"), QStringLiteral("csv"), profile.name});
    REQUIRE(s.ok());
    REQUIRE(s->rejects.size() == 1);
    CHECK(s->rejects[0].line == 2);
    CHECK(s->rejects[0].column == QStringLiteral("Verwacht"));
}

TEST_CASE_METHOD(Fixture, "A new notice for the same person and institution type supersedes the older open one",
                 "[import][discharge]")
{
    run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15)),
         notice(3, QStringLiteral("G-1"), QDate(2027, 1, 5), InstitutionType::GgzKliniek)});
    const qint64 older = noticeId(QStringLiteral("M-1"));

    const ImportSummary s = run({notice(2, QStringLiteral("M-2"), QDate(2027, 2, 1))});
    CHECK(s.imported == 1);
    CHECK(s.superseded == 1);
    const qint64 newer = noticeId(QStringLiteral("M-2"));
    CHECK(text(QStringLiteral("SELECT lifecycle FROM discharge_notices WHERE id = ?"), {older}) == QStringLiteral("vervangen"));
    CHECK(count(QStringLiteral("SELECT superseded_by FROM discharge_notices WHERE id = ?"), {older}) == newer);
    CHECK(text(QStringLiteral("SELECT lifecycle FROM discharge_notices WHERE id = ?"), {newer}) == QStringLiteral("aangekondigd"));
    // The clinic's notice is of another institution type: it stays.
    CHECK(text(QStringLiteral("SELECT lifecycle FROM discharge_notices WHERE notice_id = 'G-1'")) == QStringLiteral("aangekondigd"));
    CHECK(text(QStringLiteral("SELECT change FROM discharge_notice_history WHERE discharge_id = ?"), {older})
          == QStringLiteral("superseded"));
    const QList<AuditEvent> audited = changes();
    REQUIRE(audited.size() == 1);
    CHECK(audited[0].objectId == older);
    CHECK(audited[0].detail == QStringLiteral("superseded_by:%1").arg(newer));
    CHECK(import.batches()->at(0).counts.superseded == 1);

    // A superseded notice is not superseded again.
    CHECK(run({notice(2, QStringLiteral("M-3"), QDate(2027, 3, 1))}).superseded == 1);
    CHECK(count(QStringLiteral("SELECT superseded_by FROM discharge_notices WHERE id = ?"), {older}) == newer);
}

TEST_CASE_METHOD(Fixture, "A superseded notice's open case carries over to the newer notice", "[import][discharge][cases]")
{
    run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15))});
    const qint64 older = noticeId(QStringLiteral("M-1"));
    auto opened = cases.openFromDischarge(older);
    REQUIRE(opened.ok());
    const qint64 caseId = opened->id;
    REQUIRE(cases.setCondition(caseId, QStringLiteral("id_bewijs"), ConditionState::InBehandeling).ok());

    DischargeRow newer = notice(2, QStringLiteral("M-2"), QDate(2027, 2, 1));
    newer.income = ConditionState::Geregeld;
    newer.idDocument = ConditionState::NietGeregeld;
    const ImportSummary s = run({newer});
    CHECK(s.superseded == 1);
    const qint64 newerId = noticeId(QStringLiteral("M-2"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM case_discharges WHERE case_id = ? AND discharge_id = ?"),
                {caseId, newerId}) == 1);
    // Taken up with the case: not offered in the queue as a notice nobody took up.
    CHECK(text(QStringLiteral("SELECT status FROM discharge_notices WHERE id = ?"), {newerId}) == QStringLiteral("in_behandeling"));
    // The checklist carries over: the notice's word follows the newer notice, the caseworker's stays.
    CHECK(condition(caseId, "inkomen") == QStringLiteral("geregeld"));
    CHECK(condition(caseId, "id_bewijs") == QStringLiteral("in_behandeling"));
    CHECK(condition(caseId, "id_bewijs", "source") == QStringLiteral("zaak"));

    // Withdrawing the batch is not refused for that link; the case keeps the older notice.
    REQUIRE(import.withdraw(s.batch).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM case_discharges WHERE case_id = ?"), {caseId}) == 1);
    CHECK(text(QStringLiteral("SELECT lifecycle FROM discharge_notices WHERE id = ?"), {older}) == QStringLiteral("aangekondigd"));
    CHECK(condition(caseId, "inkomen") == QStringLiteral("in_behandeling"));
    CHECK(condition(caseId, "id_bewijs") == QStringLiteral("in_behandeling"));
}

TEST_CASE_METHOD(Fixture, "An update reaches the open case's checklist where the notice, not the caseworker, set it",
                 "[import][discharge][cases]")
{
    run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15))});
    const qint64 id = noticeId(QStringLiteral("M-1"));
    auto opened = cases.openFromDischarge(id);
    REQUIRE(opened.ok());
    const qint64 caseId = opened->id;
    CHECK(condition(caseId, "onderdak") == QStringLiteral("niet_geregeld"));
    CHECK(condition(caseId, "onderdak", "source") == QStringLiteral("melding"));
    REQUIRE(cases.setCondition(caseId, QStringLiteral("onderdak"), ConditionState::InBehandeling).ok());
    CHECK(condition(caseId, "onderdak", "source") == QStringLiteral("zaak"));
    CHECK(condition(caseId, "onderdak", "since") == QStringLiteral("2026-11-24"));

    DischargeRow update = notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15));
    update.shelter = ConditionState::Geregeld;
    update.income = ConditionState::Geregeld;
    REQUIRE(run({update}).updated == 1);
    CHECK(condition(caseId, "inkomen") == QStringLiteral("geregeld"));         // copied from the notice: follows
    CHECK(condition(caseId, "onderdak") == QStringLiteral("in_behandeling"));  // the caseworker's word: stays
    CHECK(condition(caseId, "id_bewijs") == QStringLiteral("geregeld"));

    // A closed case keeps its checklist as it was closed.
    auto current = cases.get(caseId);
    REQUIRE(current.ok());
    auto taken = cases.move(caseId, current->version, cases::CaseStatus::InBehandeling);
    REQUIRE(taken.ok());
    auto closed = cases.close(caseId, taken->version, QStringLiteral("Inwoner heeft al een ander lopend traject"),
                              clock.today());
    INFO((closed ? std::string() : closed.error().message.toStdString()));
    REQUIRE(closed.ok());
    update.income = ConditionState::NietGeregeld;
    REQUIRE(run({update}).updated == 1);
    CHECK(condition(caseId, "inkomen") == QStringLiteral("geregeld"));
}

TEST_CASE_METHOD(Fixture, "Withdrawing a batch puts the notices it updated or superseded back", "[import][discharge]")
{
    const ImportSummary first = run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15)),
                                     notice(3, QStringLiteral("G-1"), QDate(2027, 1, 5), InstitutionType::GgzKliniek)});
    const qint64 m1 = noticeId(QStringLiteral("M-1"));
    const qint64 g1 = noticeId(QStringLiteral("G-1"));
    DischargeRow later = notice(2, QStringLiteral("M-1"), QDate(2027, 1, 10));
    later.channel = DischargeChannel::Dpan;
    const ImportSummary second = run({later, notice(3, QStringLiteral("M-1"), QDate(2027, 1, 20)),
                                      notice(4, QStringLiteral("G-2"), QDate(2027, 4, 1), InstitutionType::GgzKliniek)});
    REQUIRE(second.updated == 2);
    REQUIRE(second.superseded == 1);

    // A third batch changes M-1 again: the second cannot be undone under it.
    const ImportSummary third = run({notice(2, QStringLiteral("M-1"), QDate(2027, 2, 1))});
    REQUIRE(third.updated == 1);
    auto refused = import.withdraw(second.batch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(text(QStringLiteral("SELECT expected_date FROM discharge_notices WHERE id = ?"), {m1}) == QStringLiteral("2027-02-01"));

    REQUIRE(import.withdraw(third.batch).ok());
    CHECK(text(QStringLiteral("SELECT expected_date FROM discharge_notices WHERE id = ?"), {m1}) == QStringLiteral("2027-01-20"));
    REQUIRE(import.withdraw(second.batch).ok());
    CHECK(text(QStringLiteral("SELECT expected_date FROM discharge_notices WHERE id = ?"), {m1}) == QStringLiteral("2026-12-15"));
    CHECK(text(QStringLiteral("SELECT channel FROM discharge_notices WHERE id = ?"), {m1}) == QStringLiteral("dr_plan"));
    CHECK(text(QStringLiteral("SELECT fact_key FROM discharge_notices WHERE id = ?"), {m1}).endsWith(QStringLiteral("|2026-12-15")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notices WHERE id = ? AND updated_at IS NULL"), {m1}) == 1);
    CHECK(text(QStringLiteral("SELECT lifecycle FROM discharge_notices WHERE id = ?"), {g1}) == QStringLiteral("aangekondigd"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notices WHERE id = ? AND superseded_by IS NULL"), {g1}) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notices WHERE notice_id = 'G-2'")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notice_history")) == 0);
    int restored = 0;
    for (const AuditEvent &e : changes())
        restored += e.detail == QStringLiteral("restored:batch %1").arg(second.batch) ? 1 : 0;
    CHECK(restored == 2); // M-1 and G-1

    // The first batch, whose notices were only changed by withdrawn batches, withdraws as before.
    REQUIRE(import.withdraw(first.batch).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notices")) == 0);
}

TEST_CASE_METHOD(Fixture, "A notice entered by hand updates by its id and supersedes without one", "[import][discharge][manual]")
{
    run({notice(2, QStringLiteral("M-1"), QDate(2026, 12, 15)),
         notice(3, QStringLiteral("G-1"), QDate(2027, 1, 5), InstitutionType::GgzKliniek)});
    const qint64 m1 = noticeId(QStringLiteral("M-1"));
    const qint64 g1 = noticeId(QStringLiteral("G-1"));

    // No id: a new notice, which supersedes the member's open clinic notice.
    DischargeRow byHand;
    byHand.institutionType = InstitutionType::GgzKliniek;
    byHand.expectedDate = QDate(2027, 3, 15);
    auto added = households.addDischarge(annaHousehold, anna, byHand);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    CHECK(text(QStringLiteral("SELECT lifecycle FROM discharge_notices WHERE id = ?"), {g1}) == QStringLiteral("vervangen"));
    CHECK(count(QStringLiteral("SELECT superseded_by FROM discharge_notices WHERE id = ?"), {g1}) == *added);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notice_history WHERE discharge_id = ? AND batch_id IS NULL"),
                {g1}) == 1);
    CHECK(changes().size() == 1);

    // The id of a stored notice: that notice, updated.
    DischargeRow sameId = notice(0, QStringLiteral("M-1"), QDate(2027, 1, 31));
    auto updated = households.addDischarge(annaHousehold, anna, sameId);
    REQUIRE(updated.ok());
    CHECK(*updated == m1);
    CHECK(text(QStringLiteral("SELECT expected_date FROM discharge_notices WHERE id = ?"), {m1}) == QStringLiteral("2027-01-31"));
    CHECK(changes().size() == 2);
    CHECK(households.addDischarge(annaHousehold, anna, sameId).error().code == ErrorCode::Conflict);

    DischargeRow tooLate = sameId;
    tooLate.expectedDate = QDate(2030, 1, 1);
    auto refused = households.addDischarge(annaHousehold, anna, tooLate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    REQUIRE(refused.error().fields.size() == 1);
    CHECK(refused.error().fields[0].field == QStringLiteral("verwachte_uitstroomdatum"));
    CHECK(refused.error().fields[0].message.contains(QStringLiteral("discharge_date_ahead")));
    CHECK(text(QStringLiteral("SELECT expected_date FROM discharge_notices WHERE id = ?"), {m1}) == QStringLiteral("2027-01-31"));
}
