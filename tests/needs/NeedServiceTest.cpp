#include "support/TestDatabase.h"
#include "support/TestResult.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "domain/Household.h"
#include "households/HouseholdService.h"
#include "needs/NeedCsvReader.h"
#include "needs/NeedService.h"
#include "storage/SqlStatement.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::needs;
using vangnet::test::TestDatabase;
using vangnet::test::required;

namespace {

const QDateTime now(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

const QByteArray header = "huishouden_id;aanvrager_id;personen;rolstoel;huisdier;begeleiding;woonvormen;wijken;vanaf\n";

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{now};
    test::TestUsers users{*db, clock};
    Session teamLead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    NeedService needs{*db, clock, users.caseworkerA()};
    QTemporaryDir dir;
    int files = 0;

    /// A household of the session's team with one member; {household id, member id}.
    std::pair<qint64, qint64> household(const Session &session, const QString &achternaam)
    {
        Household h;
        h.address = Address{0, QStringLiteral("Lindelaan"), 1 + files++, QString(), QStringLiteral("7411 AB"),
                            QStringLiteral("Vangstad"), QStringLiteral("Noord")};
        Person p;
        p.voorletters = QStringLiteral("A.");
        p.achternaam = achternaam;
        p.geboortedatum = QDate(1980, 1, 1);
        h.members << p;
        const Household created = required(HouseholdService(*db, clock, session).create(h));
        return {created.id, created.members[0].id};
    }

    HousingNeed need(std::pair<qint64, qint64> who) const
    {
        HousingNeed n;
        n.householdId = who.first;
        n.applicantId = who.second;
        n.persons = 2;
        n.pet = true;
        n.care = places::CareLevel::Midden;
        n.woonvormen = {places::HousingType::HousingFirst, places::HousingType::BegeleidWonen};
        n.wijken = {QStringLiteral("Noord"), QStringLiteral("Centrum")};
        n.availableFrom = QDate(2026, 12, 15);
        return n;
    }

    QString write(const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("woonvragen-%1.csv").arg(++files));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    qint64 scalar(const QString &sql) const
    {
        auto q = runSql(db->connection(), sql);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }

    QList<AuditEvent> audit(AuditAction action) const
    {
        AuditQuery query;
        query.action = action;
        return required(AuditLog(*db, clock).find(users.admin(), query));
    }
};

QByteArray row(qint64 household, qint64 applicant, const QByteArray &rest)
{
    return QByteArray::number(household) + ';' + QByteArray::number(applicant) + ';' + rest + '\n';
}

} // namespace

TEST_CASE("A caseworker records, reads, updates and removes the need of a household of their team", "[needs]")
{
    Fixture f;
    const auto who = f.household(f.users.caseworkerA(), QStringLiteral("Jansen"));
    CHECK_FALSE(required(f.needs.get(who.first)).has_value());

    CHECK(required(f.needs.record(f.need(who))) == NeedChange::Inserted);
    const HousingNeed stored = *required(f.needs.get(who.first));
    CHECK(stored.sameNeedAs(f.need(who)));
    CHECK(stored.updatedBy == f.users.caseworkerA().user().username);
    CHECK(stored.updatedAt == now);

    CHECK(required(f.needs.record(f.need(who))) == NeedChange::Unchanged);
    HousingNeed changed = f.need(who);
    changed.persons = 3;
    changed.woonvormen.clear();
    CHECK(required(NeedService(*f.db, f.clock, f.teamLead).record(changed)) == NeedChange::Updated);
    CHECK(required(f.needs.get(who.first))->persons == 3);
    CHECK(required(f.needs.get(who.first))->woonvormen.isEmpty());

    const QList<AuditEvent> events = f.audit(AuditAction::ChangeNeed);
    CHECK(events.size() == 2); // the unchanged record left no trace
    CHECK(auditActionKey(AuditAction::ChangeNeed) == QStringLiteral("change_need"));
    CHECK(static_cast<int>(AuditAction::ChangeNeed) <= static_cast<int>(lastAuditAction));

    REQUIRE(f.needs.remove(who.first).ok());
    CHECK_FALSE(required(f.needs.get(who.first)).has_value());
    CHECK(f.needs.remove(who.first).error().code == ErrorCode::NotFound);
    CHECK(f.audit(AuditAction::ChangeNeed).size() == 3);
}

TEST_CASE("A need is refused for another team, a non-member applicant, no persons, and the beheerder", "[needs]")
{
    Fixture f;
    const auto mine = f.household(f.users.caseworkerA(), QStringLiteral("Jansen"));
    const auto theirs = f.household(f.users.caseworkerB(), QStringLiteral("Pietersen"));

    auto other = f.needs.record(f.need(theirs));
    REQUIRE_FALSE(other.ok());
    auto unknown = f.needs.record(f.need({999999, 1}));
    REQUIRE_FALSE(unknown.ok());
    // Not the team's and not there read the same, so a refusal says nothing of the household.
    CHECK(other.error().message == QString(unknown.error().message).replace(QStringLiteral("999999"),
                                                                   QString::number(theirs.first)));
    CHECK_FALSE(f.needs.get(theirs.first).ok());

    HousingNeed stranger = f.need(mine);
    stranger.applicantId = theirs.second;
    CHECK(f.needs.record(stranger).error().code == ErrorCode::Invalid);
    HousingNeed nobody = f.need(mine);
    nobody.persons = 0;
    CHECK(f.needs.record(nobody).error().code == ErrorCode::Invalid);

    NeedService beheer(*f.db, f.clock, f.users.admin());
    CHECK(beheer.record(f.need(mine)).error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(beheer.get(mine.first).ok());
    CHECK(beheer.importFile(f.write(header + row(mine.first, mine.second, "1;nee;nee;licht;;;2026-12-01")))
              .error().code == ErrorCode::PermissionDenied);

    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM housing_needs")) == 0);
    CHECK(f.audit(AuditAction::ChangeNeed).isEmpty());
    CHECK(f.audit(AuditAction::PermissionDenied).size() >= 4);
}

TEST_CASE("A need file is stored once, re-imported unchanged and updated per household", "[needs]")
{
    Fixture f;
    const auto a = f.household(f.users.caseworkerA(), QStringLiteral("Jansen"));
    const auto b = f.household(f.users.caseworkerA(), QStringLiteral("de Vries"));
    const QByteArray file = header + row(a.first, a.second, "2;ja;nee;intensief;housing_first,Begeleid Wonen;Noord,Centrum;2026-12-01")
                            + row(b.first, b.second, "1;nee;ja;;;;01-01-2027");

    NeedImportSummary first = required(f.needs.importFile(f.write(file)));
    CHECK(first.read == 2);
    CHECK(first.inserted == 2);
    CHECK(first.rejected == 0);
    const HousingNeed stored = *required(f.needs.get(a.first));
    CHECK(stored.wheelchair);
    CHECK_FALSE(stored.pet);
    CHECK(stored.care == places::CareLevel::Intensief);
    CHECK(stored.woonvormen == QList<places::HousingType>{places::HousingType::HousingFirst,
                                                          places::HousingType::BegeleidWonen});
    CHECK(stored.wijken == QStringList{QStringLiteral("Noord"), QStringLiteral("Centrum")});
    CHECK(required(f.needs.get(b.first))->care == places::CareLevel::Licht);
    CHECK(required(f.needs.get(b.first))->availableFrom == QDate(2027, 1, 1));

    NeedImportSummary again = required(f.needs.importFile(f.write(file)));
    CHECK(again.unchanged == 2);
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);

    NeedImportSummary changed = required(f.needs.importFile(
        f.write(header + row(b.first, b.second, "3;nee;ja;midden;;;01-01-2027"))));
    CHECK(changed.updated == 1);
    CHECK(required(f.needs.get(b.first))->persons == 3);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM housing_needs")) == 2);
}

TEST_CASE("Every kind of bad need row is rejected with line, column and reason", "[needs]")
{
    Fixture f;
    const auto a = f.household(f.users.caseworkerA(), QStringLiteral("Jansen"));
    const auto b = f.household(f.users.caseworkerA(), QStringLiteral("de Vries"));
    const auto c = f.household(f.users.caseworkerA(), QStringLiteral("Bakker"));
    const auto theirs = f.household(f.users.caseworkerB(), QStringLiteral("Pietersen"));
    const QByteArray good = "1;nee;nee;licht;;;2026-12-01";
    const QByteArray file = header
        + row(a.first, a.second, good)                                // line 2: good
        + row(999999, a.second, good)                                 // 3: unknown household
        + row(theirs.first, theirs.second, good)                      // 4: other team
        + row(b.first, theirs.second, good)                           // 5: applicant not a member
        + row(b.first, b.second, "0;nee;nee;licht;;;2026-12-01")      // 6: persons 0
        + row(b.first, b.second, "1;nee;nee;licht;kamer;;2026-12-01") // 7: unknown woonvorm
        + row(b.first, b.second, "1;nee;nee;veel;;;2026-12-01")       // 8: unknown begeleiding
        + row(b.first, b.second, "1;misschien;nee;licht;;;2026-12-01") // 9: ja/nee wrong
        + row(b.first, b.second, "1;nee;nee;licht;;;31-02-2026")      // 10: bad date
        + row(a.first, a.second, "2;nee;nee;licht;;;2026-12-01")      // 11: duplicate household
        + row(c.first, c.second, good);                               // 12: good

    const NeedImportSummary s = required(f.needs.importFile(f.write(file)));
    CHECK(s.read == 11);
    CHECK(s.inserted == 2);
    CHECK(s.rejected == 9);
    REQUIRE(s.rejects.size() == 9);
    QMap<qint64, importing::Reject> byLine;
    for (const importing::Reject &r : s.rejects)
        byLine.insert(r.line, r);
    CHECK(byLine.value(3).column == QStringLiteral("huishouden_id"));
    CHECK(byLine.value(4).column == QStringLiteral("huishouden_id"));
    CHECK(byLine.value(4).reason
          == QString(byLine.value(3).reason).replace(QStringLiteral("999999"), QString::number(theirs.first)));
    CHECK(byLine.value(5).column == QStringLiteral("aanvrager_id"));
    CHECK(byLine.value(6).column == QStringLiteral("personen"));
    CHECK(byLine.value(7).column == QStringLiteral("woonvormen"));
    CHECK(byLine.value(7).reason.contains(QStringLiteral("kamer")));
    CHECK(byLine.value(8).column == QStringLiteral("begeleiding"));
    CHECK(byLine.value(9).column == QStringLiteral("rolstoel"));
    CHECK(byLine.value(10).column == QStringLiteral("vanaf"));
    CHECK(byLine.value(11).column == QStringLiteral("huishouden_id"));
    for (const importing::Reject &r : s.rejects)
        CHECK_FALSE(r.reason.isEmpty());
    CHECK(required(f.needs.get(a.first))->persons == 1); // the first row of a household counts
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM housing_needs")) == 2);
}

TEST_CASE("A need file with the wrong header is refused whole", "[needs]")
{
    Fixture f;
    const auto a = f.household(f.users.caseworkerA(), QStringLiteral("Jansen"));
    auto refused = f.needs.importFile(f.write("huishouden;aanvrager;personen;rolstoel;huisdier;begeleiding;woonvormen;wijken;vanaf\n"
                                              + row(a.first, a.second, "1;nee;nee;licht;;;2026-12-01")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(refused.error().message.contains(NeedCsvReader::header().join(QLatin1Char(';'))));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM housing_needs")) == 0);
    CHECK(f.audit(AuditAction::ChangeNeed).isEmpty());
}

TEST_CASE("An import is audited with its counts and each stored need", "[needs]")
{
    Fixture f;
    const auto a = f.household(f.users.caseworkerA(), QStringLiteral("Jansen"));
    required(f.needs.importFile(f.write(header + row(a.first, a.second, "1;nee;nee;licht;;;2026-12-01"))));
    const QList<AuditEvent> events = f.audit(AuditAction::ChangeNeed);
    REQUIRE(events.size() == 2);
    bool counted = false;
    bool perHousehold = false;
    for (const AuditEvent &e : events) {
        counted = counted || e.detail.contains(QStringLiteral("inserted:1"));
        perHousehold = perHousehold || (e.objectType == QStringLiteral("household") && e.objectId == a.first);
    }
    CHECK(counted);
    CHECK(perHousehold);
}

TEST_CASE("Removing a household removes its need, removing the applicant keeps it without one", "[needs]")
{
    Fixture f;
    const auto a = f.household(f.users.caseworkerA(), QStringLiteral("Jansen"));
    required(f.needs.record(f.need(a)));
    REQUIRE(runSql(f.db->connection(), QStringLiteral("DELETE FROM persons WHERE id = ?"), {a.second}).ok());
    CHECK(required(f.needs.get(a.first))->applicantId == 0);
    REQUIRE(runSql(f.db->connection(), QStringLiteral("DELETE FROM households WHERE id = ?"), {a.first}).ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM housing_needs")) == 0);
}

TEST_CASE("A need keeps the day it was first registered when it is recorded again", "[needs]")
{
    Fixture f;
    const auto who = f.household(f.users.caseworkerA(), QStringLiteral("Visser"));
    REQUIRE(f.needs.record(f.need(who)).ok());
    CHECK(required(f.needs.get(who.first))->registeredOn == now.toLocalTime().date());

    FixedClock later{now.addDays(40)};
    HousingNeed changed = f.need(who);
    changed.persons = 4;
    CHECK(required(NeedService(*f.db, later, f.users.caseworkerA()).record(changed)) == NeedChange::Updated);
    const HousingNeed stored = *required(f.needs.get(who.first));
    CHECK(stored.updatedAt == now.addDays(40));
    CHECK(stored.registeredOn == now.toLocalTime().date()); // waiting time is not reset by a correction

    REQUIRE(f.needs.remove(who.first).ok());
    REQUIRE(NeedService(*f.db, later, f.users.caseworkerA()).record(f.need(who)).ok());
    CHECK(required(f.needs.get(who.first))->registeredOn == now.addDays(40).toLocalTime().date()); // a new need starts anew
}
