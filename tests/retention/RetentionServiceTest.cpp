#include "support/TestDatabase.h"
#include "support/TestResult.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "households/HouseholdService.h"
#include "retention/RetentionService.h"
#include "storage/HouseholdRepository.h"
#include "storage/SqlStatement.h"

#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;
using vangnet::test::required;

namespace {

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

Household household(const QString &achternaam, int huisnummer, const QString &bsn = {})
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), huisnummer, QString(), QStringLiteral("7411 AB"),
                        QStringLiteral("Vangstad"), QStringLiteral("Centrum")};
    Person p;
    p.voornaam = QStringLiteral("Anna");
    p.voorletters = QStringLiteral("A.");
    p.achternaam = achternaam;
    p.role = MemberRole::Hoofdbewoner;
    p.bsn = bsn;
    p.geboortedatum = QDate(1980, 5, 1);
    h.members << p;
    return h;
}

qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = runSql(db.connection(), sql, values);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

/// Households made on known days by a caseworker of team A. Standing on 2026-05-15, the default
/// 18 months put the cutoff on 2024-11-15: oldA, sharedC, notedF and lateH are due; the rest
/// had a change or a note since.
struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{utc(2024, 1, 10)};
    test::TestUsers users{*db, clock};
    HouseholdService households{*db, clock, users.caseworkerA()};
    RetentionService retention{*db, clock, users.admin()};
    qint64 oldA = 0, notedB = 0, sharedC = 0, sharedD = 0, changedE = 0, notedF = 0, onCutoffG = 0, lateH = 0;

    qint64 make(const QString &name, int huisnummer, const QString &bsn = {})
    {
        return required(households.create(household(name, huisnummer, bsn))).id;
    }

    Fixture()
    {
        oldA = make(QStringLiteral("Aalders"), 1, QStringLiteral("999990019"));
        notedB = make(QStringLiteral("Bakker"), 2);
        sharedC = make(QStringLiteral("Claassen"), 3);
        changedE = make(QStringLiteral("Evers"), 5);
        clock.set(utc(2024, 6, 1));
        notedF = make(QStringLiteral("Franken"), 6);
        clock.set(utc(2024, 8, 1));
        required(households.addNote(notedF, QStringLiteral("Gebeld, niet bereikt")));
        clock.set(utc(2024, 11, 14, 9));
        lateH = make(QStringLiteral("Hermans"), 8);
        clock.set(utc(2024, 11, 15, 15));
        onCutoffG = make(QStringLiteral("Gerritsen"), 7);
        clock.set(utc(2025, 2, 1));
        Household e = required(households.get(changedE));
        e.members[0].telefoon = QStringLiteral("0612345678");
        required(households.save(e));
        clock.set(utc(2025, 3, 1));
        required(households.addNote(notedB, QStringLiteral("Huisbezoek gepland")));
        clock.set(utc(2025, 6, 1));
        sharedD = make(QStringLiteral("Dekker"), 3); // same address as sharedC
        clock.set(utc(2026, 5, 15));
    }

    RetentionDue householdsDue()
    {
        const QList<RetentionDue> all = required(retention.due());
        for (const RetentionDue &d : all)
            if (d.category == RetentionCategory::HouseholdInactive)
                return d;
        FAIL("no household_inactive category");
        return {};
    }

    bool exists(qint64 id) const { return HouseholdRepository(db->connection()).get(id, users.admin().fields()).ok(); }
};

} // namespace

TEST_CASE_METHOD(Fixture, "Retention periods start at the documented defaults and are validated", "[retention]")
{
    const QList<RetentionPeriod> periods = required(retention.periods());
    REQUIRE(periods.size() == 4);
    CHECK(periods[0].category == RetentionCategory::SignalNotTakenUp);
    CHECK(periods[0].months == 6);
    CHECK(periods[1].months == 12);
    CHECK(periods[2].category == RetentionCategory::CaseClosed);
    CHECK(periods[2].months == 18);
    CHECK(periods[3].category == RetentionCategory::HouseholdInactive);
    CHECK(periods[3].months == 18);
    CHECK_FALSE(periods[3].updatedAt.isValid());

    for (int wrong : {0, -3, 121}) {
        auto refused = retention.setPeriod(RetentionCategory::HouseholdInactive, wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
        REQUIRE(refused.error().fields.size() == 1);
        CHECK(refused.error().fields[0].field == QStringLiteral("household_inactive"));
    }
    CHECK(required(retention.periods())[3].months == 18);

    const RetentionPeriod set = required(retention.setPeriod(RetentionCategory::HouseholdInactive, 24));
    CHECK(set.months == 24);
    const RetentionPeriod stored = required(retention.periods())[3];
    CHECK(stored.months == 24);
    CHECK(stored.updatedBy == QStringLiteral("beheer"));
    CHECK(stored.updatedAt == clock.now());
    CHECK(required(retention.setPeriod(RetentionCategory::SignalNotTakenUp, 120)).months == 120);

    AuditLog log(*db, clock);
    const auto changes = required(log.find(users.admin(), AuditQuery{{}, {}, 0, {}, 0, AuditAction::RetentionChange}));
    REQUIRE(changes.size() == 2);
    CHECK(changes.last().detail == QStringLiteral("category:household_inactive months:24"));
}

TEST_CASE_METHOD(Fixture, "A dry run on a fixed day counts exactly the households without activity and changes nothing",
                 "[retention]")
{
    const qint64 householdsBefore = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households"));
    const qint64 auditBefore = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QList<RetentionDue> all = required(retention.due());
    REQUIRE(all.size() == 4);
    for (qsizetype i = 0; i < 3; ++i) {
        CHECK(all[i].hasData); // signals and cases: none in this database
        CHECK(all[i].count == 0);
        CHECK(all[i].asOf == QDate(2026, 5, 15));
    }
    CHECK(all[0].months == 6);
    CHECK(all[0].cutoff == QDate(2025, 11, 15));
    const RetentionDue &due = all[3];
    CHECK(due.hasData);
    CHECK(due.months == 18);
    CHECK(due.cutoff == QDate(2024, 11, 15));
    CHECK(due.count == 4); // oldA, sharedC, notedF, lateH
    CHECK(due.oldest == utc(2024, 1, 10).toLocalTime().date());

    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households")) == householdsBefore);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM retention_purges")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditBefore);

    SECTION("a longer period makes fewer households due")
    {
        required(retention.setPeriod(RetentionCategory::HouseholdInactive, 24)); // cutoff 2024-05-15
        CHECK(householdsDue().count == 2);                                        // oldA, sharedC
    }
}

TEST_CASE_METHOD(Fixture, "Applying purges exactly the due households with their members, notes and addresses",
                 "[retention]")
{
    const RetentionDue due = householdsDue();
    REQUIRE(due.count == 4);
    const qint64 addressOfA = required(households.get(oldA)).address.id;
    const qint64 sharedAddress = required(households.get(sharedC)).address.id;

    const RetentionPurge purge = required(retention.purge(due));
    CHECK(purge.id > 0);
    CHECK(purge.count == 4);
    CHECK(purge.cutoff == QDate(2024, 11, 15));

    for (qint64 gone : {oldA, sharedC, notedF, lateH})
        CHECK_FALSE(exists(gone));
    for (qint64 kept : {notedB, sharedD, changedE, onCutoffG})
        CHECK(exists(kept));
    const QVariantList purged{oldA, sharedC, notedF, lateH};
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE household_id IN (?, ?, ?, ?)"), purged) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM notes WHERE household_id IN (?, ?, ?, ?)"), purged) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM notes")) == 1); // notedB's
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM persons")) == 4);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM addresses WHERE id = ?"), {addressOfA}) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM addresses WHERE id = ?"), {sharedAddress}) == 1); // sharedD
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM addresses")) == 4);

    // The purge record: category, count, date and who, no personal data.
    auto row = runSql(db->connection(), QStringLiteral("SELECT * FROM retention_purges"));
    REQUIRE(row.ok());
    REQUIRE(row->next());
    QStringList values;
    for (int i = 0; i < row->record().count(); ++i)
        values << row->value(i).toString();
    const QString text = values.join(QLatin1Char('|'));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("household_inactive")));
    CHECK(text.contains(QStringLiteral("2024-11-15")));
    CHECK(text.contains(QStringLiteral("beheer")));
    for (const char *personal : {"Aalders", "Claassen", "Franken", "Hermans", "999990019", "7411", "Lindelaan", "Gebeld"})
        CHECK_FALSE(text.contains(QLatin1String(personal)));
    CHECK_FALSE(row->next());

    const QList<RetentionPurge> history = required(retention.purges());
    REQUIRE(history.size() == 1);
    CHECK(history[0].count == 4);
    CHECK(history[0].actorName == QStringLiteral("beheer"));
    CHECK(history[0].at == clock.now());

    AuditLog log(*db, clock);
    const auto records = required(log.find(users.admin(), AuditQuery{{}, {}, 0, {}, 0, AuditAction::RetentionPurge}));
    REQUIRE(records.size() == 1);
    CHECK(records[0].objectId == purge.id);
    CHECK(records[0].detail == QStringLiteral("category:household_inactive count:4 cutoff:2024-11-15"));
    CHECK(required(log.verify(users.admin())).intact());

    // Nothing is due any more; the same confirmation again purges nothing.
    CHECK(householdsDue().count == 0);
    auto again = retention.purge(due);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::StaleEdit);
}

TEST_CASE_METHOD(Fixture, "A purge deletes nothing when what is due changed since the administrator looked",
                 "[retention]")
{
    const RetentionDue due = householdsDue();
    REQUIRE(due.count == 4);
    const qint64 before = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households"));

    SECTION("a note was added to a due household")
    {
        required(households.addNote(oldA, QStringLiteral("Weer in beeld")));
        auto refused = retention.purge(due);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::StaleEdit);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households")) == before);
    }
    SECTION("the period was changed")
    {
        required(retention.setPeriod(RetentionCategory::HouseholdInactive, 12));
        auto refused = retention.purge(due);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::StaleEdit);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households")) == before);
    }
    SECTION("a cutoff later than the period allows")
    {
        RetentionDue greedy = due;
        greedy.cutoff = QDate(2026, 5, 1);
        auto refused = retention.purge(greedy);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households")) == before);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM retention_purges")) == 0);
}

TEST_CASE_METHOD(Fixture, "A category with nothing due purges nothing and records nothing", "[retention]")
{
    const RetentionDue signals = required(retention.due()).first();
    REQUIRE(signals.count == 0);
    const RetentionPurge nothing = required(retention.purge(signals));
    CHECK(nothing.id == 0);
    CHECK(nothing.count == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM retention_purges")) == 0);
}

TEST_CASE_METHOD(Fixture, "Caseworkers and team leads may not see or purge what is due, and the refusal is audited",
                 "[retention][security]")
{
    const RetentionDue due = householdsDue();
    const Session teamLead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    const qint64 before = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households"));
    for (const Session *session : {&users.caseworkerA(), &teamLead}) {
        RetentionService refused(*db, clock, *session);
        CHECK(refused.due().error().code == ErrorCode::PermissionDenied);
        CHECK(refused.purge(due).error().code == ErrorCode::PermissionDenied);
        CHECK(refused.periods().error().code == ErrorCode::PermissionDenied);
        CHECK(refused.setPeriod(RetentionCategory::HouseholdInactive, 1).error().code == ErrorCode::PermissionDenied);
        CHECK(refused.purges().error().code == ErrorCode::PermissionDenied);
        const auto denials = required(AuditLog(*db, clock).find(
            users.admin(), AuditQuery{{}, {}, session->user().id, QStringLiteral("retention"), 0,
                                      AuditAction::PermissionDenied}));
        CHECK(denials.size() == 5);
        for (const AuditEvent &e : denials)
            CHECK(e.result == AuditResult::Denied);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM households")) == before);
    CHECK(required(retention.periods())[3].months == 18);
}
