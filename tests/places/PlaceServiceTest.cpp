#include "support/TestDatabase.h"
#include "support/TestResult.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "places/PlaceCsvReader.h"
#include "places/PlaceKeys.h"
#include "places/PlaceService.h"
#include "storage/SqlStatement.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::places;
using vangnet::test::TestDatabase;
using vangnet::test::required;

namespace {

const QDateTime now(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

const QByteArray header = "plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;"
                          "max_leeftijd;max_personen;rolstoel;huisdieren;begeleiding\n";

/// Three good places: one with every bound, one without any, one in DD-MM-YYYY.
const QByteArray goodRows = "WP-001;Leger des Heils;Kerkstraat 1;Centrum;housing_first;1;2026-12-01;18;;1;ja;nee;intensief\n"
                            "WP-002;Kwadraad;Dorpsweg 4;Noord;Begeleid Wonen;3;2026-11-01;;;;nee;ja;midden\n"
                            "WP-003;Iriszorg;Laan 9;Zuid;jongeren;2;15-01-2027;16;23;2;nee;nee;licht\n";

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{now};
    test::TestUsers users{*db, clock};
    Session teamLead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    PlaceService beheer{*db, clock, users.admin()};
    QTemporaryDir dir;
    int files = 0;

    QString write(const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("plekken-%1.csv").arg(++files));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    PlaceImportSummary import(const QByteArray &content) { return required(beheer.importFile(write(content))); }

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

    Place place(const QString &plekId) const
    {
        for (const Place &p : required(PlaceService(*db, clock, users.admin()).list()))
            if (p.details.plekId == plekId)
                return p;
        FAIL("no place " << plekId.toStdString());
        return {};
    }
};

/// The one reject of a file with the good rows and `row` after them (line 5).
importing::Reject onlyReject(Fixture &f, const QByteArray &row)
{
    const PlaceImportSummary summary = f.import(header + goodRows + row);
    REQUIRE(summary.rejects.size() == 1);
    CHECK(summary.rejected == 1);
    CHECK(summary.read == 4);
    CHECK(summary.inserted == 3); // the good rows are stored all the same
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM places")) == 3);
    return summary.rejects.constFirst();
}

} // namespace

TEST_CASE("Place keys parse in any spelling and give their key back", "[places]")
{
    for (HousingType type : allHousingTypes())
        CHECK(housingTypeFromKey(housingTypeKey(type)) == type);
    for (PlaceStatus status : allPlaceStatuses())
        CHECK(placeStatusFromKey(placeStatusKey(status)) == status);
    for (CareLevel level : allCareLevels())
        CHECK(careLevelFromKey(careLevelKey(level)) == level);
    CHECK(housingTypeFromKey(QStringLiteral("Skaeve-Huse")) == HousingType::SkaeveHuse);
    CHECK(placeStatusFromKey(QStringLiteral("Buiten gebruik")) == PlaceStatus::BuitenGebruik);
    CHECK(careLevelFromKey(QStringLiteral(" INTENSIEF")) == CareLevel::Intensief);
    CHECK_FALSE(housingTypeFromKey(QStringLiteral("kamer")));
    CHECK_FALSE(careLevelFromKey(QString()));
    CHECK(CareLevel::Licht < CareLevel::Midden);
    CHECK(CareLevel::Midden < CareLevel::Intensief);
}

TEST_CASE_METHOD(Fixture, "The beheerder imports places, stored with every field and status vrij", "[places]")
{
    const PlaceImportSummary summary = import(header + goodRows);
    CHECK(summary.read == 3);
    CHECK(summary.inserted == 3);
    CHECK(summary.updated == 0);
    CHECK(summary.unchanged == 0);
    CHECK(summary.rejected == 0);
    CHECK(summary.rejects.isEmpty());

    const Place first = place(QStringLiteral("WP-001"));
    CHECK(first.details.provider == QStringLiteral("Leger des Heils"));
    CHECK(first.details.location == QStringLiteral("Kerkstraat 1"));
    CHECK(first.details.wijk == QStringLiteral("Centrum"));
    CHECK(first.details.housingType == HousingType::HousingFirst);
    CHECK(first.details.capacity == 1);
    CHECK(first.details.availableFrom == QDate(2026, 12, 1));
    CHECK(first.details.minAge == 18);
    CHECK_FALSE(first.details.maxAge);
    CHECK(first.details.maxPersons == 1);
    CHECK(first.details.wheelchair);
    CHECK_FALSE(first.details.pets);
    CHECK(first.details.care == CareLevel::Intensief);
    CHECK(first.status == PlaceStatus::Vrij);
    CHECK(first.updatedBy == users.admin().user().username);
    CHECK(first.updatedAt == now);

    const Place second = place(QStringLiteral("WP-002"));
    CHECK(second.details.housingType == HousingType::BegeleidWonen);
    CHECK_FALSE(second.details.minAge);
    CHECK_FALSE(second.details.maxPersons);
    CHECK(second.details.pets);
    CHECK(place(QStringLiteral("WP-003")).details.availableFrom == QDate(2027, 1, 15));
}

TEST_CASE_METHOD(Fixture, "Importing the same file again changes nothing", "[places]")
{
    import(header + goodRows);
    clock.set(now.addDays(1));
    const PlaceImportSummary again = import(header + goodRows);
    CHECK(again.read == 3);
    CHECK(again.unchanged == 3);
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM places")) == 3);
    CHECK(place(QStringLiteral("WP-001")).updatedAt == now); // not touched
}

TEST_CASE_METHOD(Fixture, "A changed row updates its place and keeps the status, a new one is added", "[places]")
{
    import(header + goodRows);
    REQUIRE(beheer.setStatus(QStringLiteral("WP-002"), PlaceStatus::Bezet).ok());
    clock.set(now.addDays(1));
    const PlaceImportSummary summary
        = import(header + "WP-001;Leger des Heils;Kerkstraat 1;Centrum;housing_first;1;2026-12-01;18;;1;ja;nee;intensief\n"
                          "WP-002;Kwadraad;Dorpsweg 4;Noord;begeleid_wonen;4;2026-11-01;;;;nee;ja;midden\n"
                          "WP-004;Kwadraad;Dorpsweg 6;Noord;gezinsplek;1;2027-02-01;;;5;nee;nee;licht\n");
    CHECK(summary.unchanged == 1);
    CHECK(summary.updated == 1);
    CHECK(summary.inserted == 1);
    const Place changed = place(QStringLiteral("WP-002"));
    CHECK(changed.details.capacity == 4);
    CHECK(changed.status == PlaceStatus::Bezet);
    CHECK(changed.updatedAt == now.addDays(1));
    CHECK(place(QStringLiteral("WP-004")).details.housingType == HousingType::Gezinsplek);
    // A place missing from the file stays: a provider's file may cover part of its places.
    CHECK(place(QStringLiteral("WP-003")).details.capacity == 2);
}

TEST_CASE("Every bad value is rejected with its line, column and reason", "[places]")
{
    struct Case {
        const char *row;
        const char *column;
        const char *reasonPart;
    };
    const Case cases[] = {
        {"WP-9;A;;;housing_first;0;2026-12-01;;;;nee;nee;licht\n", "capaciteit", "at least 1"},
        {"WP-9;A;;;housing_first;twee;2026-12-01;;;;nee;nee;licht\n", "capaciteit", "twee"},
        {"WP-9;A;;;housing_first;1;2026-12-01;30;18;;nee;nee;licht\n", "max_leeftijd", "below the minimum age 30"},
        {"WP-9;A;;;kamer;1;2026-12-01;;;;nee;nee;licht\n", "woonvorm", "Unknown woonvorm \"kamer\""},
        {"WP-9;A;;;housing_first;1;2026-12-01;;;;nee;nee;zwaar\n", "begeleiding", "Unknown begeleiding \"zwaar\""},
        {"WP-9;A;;;housing_first;1;2026-12-01;;;;misschien;nee;licht\n", "rolstoel", "not ja or nee"},
        {"WP-9;A;;;housing_first;1;2026-12-01;;;;nee;1;licht\n", "huisdieren", "not ja or nee"},
        {"WP-001;A;;;housing_first;1;2026-12-01;;;;nee;nee;licht\n", "plek_id", "more than once"},
        {";A;;;housing_first;1;2026-12-01;;;;nee;nee;licht\n", "plek_id", "required value is missing"},
        {"WP-9;;;;housing_first;1;2026-12-01;;;;nee;nee;licht\n", "aanbieder", "required value is missing"},
        {"WP-9;A;;;;1;2026-12-01;;;;nee;nee;licht\n", "woonvorm", "required value is missing"},
        {"WP-9;A;;;housing_first;;2026-12-01;;;;nee;nee;licht\n", "capaciteit", "required value is missing"},
        {"WP-9;A;;;housing_first;1;;;;;nee;nee;licht\n", "beschikbaar_vanaf", "required value is missing"},
        {"WP-9;A;;;housing_first;1;2026-02-30;;;;nee;nee;licht\n", "beschikbaar_vanaf", "not a date"},
        {"WP-9;A;;;housing_first;1;2026-12-01;;;;nee;nee\n", "", "13"},
    };
    for (const Case &c : cases) {
        INFO(c.row);
        Fixture f;
        const importing::Reject reject = onlyReject(f, c.row);
        CHECK(reject.line == 5);
        CHECK(reject.column == QString::fromLatin1(c.column));
        CHECK(reject.reason.contains(QString::fromUtf8(c.reasonPart)));
    }
}

TEST_CASE_METHOD(Fixture, "An empty begeleiding is the least support and empty yes-no columns are nee", "[places]")
{
    const PlaceImportSummary summary = import(header + "WP-1;A;;;overig;1;2026-12-01;;;;;;\n");
    CHECK(summary.inserted == 1);
    CHECK(summary.rejects.isEmpty());
    const Place stored = place(QStringLiteral("WP-1"));
    CHECK(stored.details.care == CareLevel::Licht);
    CHECK_FALSE(stored.details.wheelchair);
    CHECK_FALSE(stored.details.pets);
}

TEST_CASE_METHOD(Fixture, "A row with several bad fields counts once as rejected, with a reject per field", "[places]")
{
    const PlaceImportSummary summary
        = import(header + "WP-1;A;;;kamer;0;2026-12-01;25;18;;ok;nee;zwaar\n"
                          "WP-2;A;;;overig;1;2026-12-01;;;;nee;nee;licht\n");
    CHECK(summary.read == 2);
    CHECK(summary.inserted == 1);
    CHECK(summary.rejected == 1);
    QStringList columns;
    for (const importing::Reject &r : summary.rejects) {
        CHECK(r.line == 2);
        columns << r.column;
    }
    CHECK(columns == QStringList{QStringLiteral("woonvorm"), QStringLiteral("capaciteit"), QStringLiteral("max_leeftijd"),
                                 QStringLiteral("rolstoel"), QStringLiteral("begeleiding")});
}

TEST_CASE_METHOD(Fixture, "Within a file the first row of a plek_id counts and a later one is rejected", "[places]")
{
    const PlaceImportSummary summary
        = import(header + "WP-1;A;;;overig;1;2026-12-01;;;;nee;nee;licht\n"
                          "WP-1;B;;;overig;2;2026-12-01;;;;nee;nee;licht\n");
    REQUIRE(summary.rejects.size() == 1);
    CHECK(summary.rejects.constFirst().line == 3);
    CHECK(place(QStringLiteral("WP-1")).details.provider == QStringLiteral("A"));
}

TEST_CASE_METHOD(Fixture, "A file with another header is refused whole and nothing is stored", "[places]")
{
    const QByteArray headers[] = {
        // a column missing
        "plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;max_leeftijd;max_personen;"
        "rolstoel;huisdieren\n",
        // two columns swapped
        "aanbieder;plek_id;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;max_leeftijd;max_personen;"
        "rolstoel;huisdieren;begeleiding\n",
        // commas instead of semicolons
        QByteArray(header).replace(';', ','),
    };
    for (const QByteArray &wrong : headers) {
        INFO(wrong.toStdString());
        auto refused = beheer.importFile(write(wrong + goodRows));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
        CHECK(refused.error().message.contains(QStringLiteral("header")));
    }
    CHECK_FALSE(beheer.importFile(dir.filePath(QStringLiteral("missing.csv"))).ok());
    CHECK_FALSE(beheer.importFile(write(QByteArray())).ok());
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM places")) == 0);
    CHECK(audit(AuditAction::ChangePlaces).isEmpty());
}

TEST_CASE_METHOD(Fixture, "Caseworkers and team leads read places but cannot change them", "[places]")
{
    import(header + goodRows);
    for (const Session *reader : std::initializer_list<const Session *>{&teamLead, &users.caseworkerA()}) {
        PlaceService service(*db, clock, *reader);
        CHECK(required(service.list()).size() == 3);
        auto imported = service.importFile(write(header + "WP-7;A;;;overig;1;2026-12-01;;;;nee;nee;licht\n"));
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().code == ErrorCode::PermissionDenied);
        auto changed = service.setStatus(QStringLiteral("WP-001"), PlaceStatus::Bezet);
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM places")) == 3);
    CHECK(place(QStringLiteral("WP-001")).status == PlaceStatus::Vrij);
    // Each refusal is in the audit log: two attempts by each of the two.
    CHECK(audit(AuditAction::PermissionDenied).size() >= 4);
}

TEST_CASE_METHOD(Fixture, "The wijken of the places are listed once each and sorted, without the empty one", "[places]")
{
    CHECK(required(PlaceService(*db, clock, users.caseworkerA()).wijken()).isEmpty());
    import(header + goodRows + "WP-004;Kwadraad;Dorpsweg 6;Centrum;overig;1;2026-12-01;;;;nee;nee;licht\n"
                               "WP-005;Kwadraad;Dorpsweg 8;;overig;1;2026-12-01;;;;nee;nee;licht\n");
    const QStringList expected{QStringLiteral("Centrum"), QStringLiteral("Noord"), QStringLiteral("Zuid")};
    CHECK(required(PlaceService(*db, clock, users.caseworkerA()).wijken()) == expected);
    CHECK(required(beheer.wijken()) == expected);
}

TEST_CASE_METHOD(Fixture, "Imports and status changes are audited, an unknown plek_id is not found", "[places]")
{
    import(header + goodRows + "WP-9;A;;;overig;0;2026-12-01;;;;nee;nee;licht\n");
    REQUIRE(beheer.setStatus(QStringLiteral("WP-003"), PlaceStatus::BuitenGebruik).ok());
    REQUIRE(beheer.setStatus(QStringLiteral("WP-003"), PlaceStatus::BuitenGebruik).ok()); // no change, no record
    auto unknown = beheer.setStatus(QStringLiteral("WP-404"), PlaceStatus::Bezet);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);

    const QList<AuditEvent> events = audit(AuditAction::ChangePlaces);
    REQUIRE(events.size() == 2);
    QStringList details;
    for (const AuditEvent &e : events) {
        CHECK(e.actorId == users.admin().user().id);
        details << e.detail;
    }
    CHECK(details.contains(QStringLiteral("import read:4 inserted:3 updated:0 unchanged:0 rejected:1")));
    CHECK(details.contains(QStringLiteral("status WP-003:vrij→buiten_gebruik")));
    CHECK(auditActionKey(AuditAction::ChangePlaces) == QStringLiteral("change_places"));
    // Later actions follow it (test_needs pins the current last one); this one must stay within the range.
    CHECK(static_cast<int>(AuditAction::ChangePlaces) <= static_cast<int>(lastAuditAction));
}

TEST_CASE_METHOD(Fixture, "The database refuses values outside the vocabularies", "[places]")
{
    const QString insert = QStringLiteral(
        "INSERT INTO places (plek_id, aanbieder, woonvorm, capaciteit, beschikbaar_vanaf, begeleiding, updated_at, "
        "updated_by, min_leeftijd, max_leeftijd) VALUES (?, 'A', ?, ?, '2026-12-01', ?, '', 'x', ?, ?)");
    CHECK(runSql(db->connection(), insert, {QStringLiteral("ok"), QStringLiteral("overig"), 1, QStringLiteral("licht"), 18, 30}).ok());
    CHECK_FALSE(runSql(db->connection(), insert, {QStringLiteral("b"), QStringLiteral("kamer"), 1, QStringLiteral("licht"), 18, 30}).ok());
    CHECK_FALSE(runSql(db->connection(), insert, {QStringLiteral("c"), QStringLiteral("overig"), 0, QStringLiteral("licht"), 18, 30}).ok());
    CHECK_FALSE(runSql(db->connection(), insert, {QStringLiteral("d"), QStringLiteral("overig"), 1, QStringLiteral("zwaar"), 18, 30}).ok());
    CHECK_FALSE(runSql(db->connection(), insert, {QStringLiteral("e"), QStringLiteral("overig"), 1, QStringLiteral("licht"), 30, 18}).ok());
    CHECK_FALSE(runSql(db->connection(), insert, {QStringLiteral("ok"), QStringLiteral("overig"), 1, QStringLiteral("licht"), 18, 30}).ok());
}
