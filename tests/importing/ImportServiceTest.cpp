#include "ImportServiceFixture.h"

#include "audit/AuditLog.h"
#include "households/HouseholdService.h"
#include "importing/ImportService.h"
#include "rules/RulesService.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using vangnet::test::TestDatabase;

namespace {

const QString bsnAnna = test::ImportServiceFixture::annasBsn();

struct Fixture : test::ImportServiceFixture {
    ImportSummary run(QVector<SignalRow> rows, const ImportProgress &progress = {})
    {
        VectorSource<SignalRow> source(std::move(rows));
        auto summary = import.importSignals(source, {QStringLiteral("signalen.csv"), QStringLiteral("csv"),
                                                     QStringLiteral("standaard")}, progress);
        INFO((summary ? std::string() : summary.error().message.toStdString()));
        REQUIRE(summary.ok());
        return *summary;
    }
};

RowPerson someone(const QString &achternaam, const QString &postcode, int huisnummer, const QDate &born,
                  const QString &bsn = {}, bool bsnValid = true)
{
    RowPerson p;
    p.achternaam = achternaam;
    p.voorletters = achternaam.left(1) + QLatin1Char('.');
    p.postcode = postcode;
    p.huisnummer = huisnummer;
    p.straat = QStringLiteral("Lindelaan");
    p.plaats = QStringLiteral("Vangstad");
    p.geboortedatum = born;
    p.bsn = bsn;
    p.bsnValid = bsnValid && !bsn.isEmpty();
    return p;
}

SignalRow signal(qint64 line, const QString &id, PartnerType type, const RowPerson &person, qint64 cents = 45000,
                 const QDate &arisen = QDate(2026, 10, 1))
{
    SignalRow s;
    s.line = line;
    s.signalId = id;
    s.partnerType = type;
    s.partnerName = QStringLiteral("Woonstichting Zonnehof");
    s.signalDate = QDate(2026, 11, 1);
    s.arisenDate = arisen;
    s.amountCents = cents;
    s.person = person;
    return s;
}

} // namespace

TEST_CASE_METHOD(Fixture, "Rows find their household by BSN, then by address and person, else get a new one",
                 "[import]")
{
    // 1: Anna's BSN with another address: the BSN wins.
    // 2: no BSN, but Anna's address, surname and birth date.
    // 3: an invalid BSN: kept and marked, matched by the address like 2.
    // 4: nobody known: a new household for the importer's team.
    // 5: the same new person again (another partner): the household made by row 4.
    const QVector<SignalRow> rows{
        signal(2, QStringLiteral("S-1"), PartnerType::Huur, someone(QStringLiteral("Jansen"), QStringLiteral("9999 ZZ"), 1, {}, bsnAnna)),
        signal(3, QStringLiteral("S-2"), PartnerType::Energie, someone(QStringLiteral("Jansen"), QStringLiteral("7411 AB"), 12, QDate(1985, 3, 1))),
        signal(4, QStringLiteral("S-3"), PartnerType::Water,
               someone(QStringLiteral("Jansen"), QStringLiteral("7411 AB"), 12, QDate(1985, 3, 1), QStringLiteral("123456789"), false)),
        signal(5, QStringLiteral("S-4"), PartnerType::Huur, someone(QStringLiteral("Visser"), QStringLiteral("7412 CD"), 3, QDate(1990, 1, 2))),
        signal(6, QStringLiteral("S-5"), PartnerType::Zorg, someone(QStringLiteral("Visser"), QStringLiteral("7412 CD"), 3, QDate(1990, 1, 2))),
    };
    const ImportSummary s = run(rows);
    CHECK(s.read == 5);
    CHECK(s.imported == 5);
    CHECK(s.matched == 4);
    CHECK(s.newHouseholds == 1);
    CHECK(s.rejected == 0);
    CHECK(s.batch > 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE household_id = ?"), {annaHousehold}) == 3);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE bsn_invalid = 1")) == 1);
    const qint64 visser = count(QStringLiteral("SELECT id FROM households WHERE created_batch_id = ?"), {s.batch});
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE household_id = ?"), {visser}) == 2);
    CHECK(count(QStringLiteral("SELECT team_id FROM households WHERE id = ?"), {visser}) == users.teamA().id);
    // The new household is a normal one: the caseworker opens it, its head found by name.
    auto opened = households.get(visser);
    REQUIRE(opened.ok());
    CHECK(opened->members.constFirst().achternaam == QStringLiteral("Visser"));
    CHECK(opened->address.postcode == QStringLiteral("7412 CD"));
}

TEST_CASE_METHOD(Fixture, "Importing the same rows again adds nothing, and a new period is kept as repeated", "[import]")
{
    const QVector<SignalRow> rows{
        signal(2, QStringLiteral("S-1"), PartnerType::Huur, someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna)),
        // No id of its own: recognised by partner, person, date arisen and amount.
        signal(3, QString(), PartnerType::Energie, someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna)),
        signal(4, QStringLiteral("S-9"), PartnerType::Huur, someone(QStringLiteral("Visser"), QStringLiteral("7412 CD"), 3, QDate(1990, 1, 2))),
    };
    const ImportSummary first = run(rows);
    CHECK(first.imported == 3);
    CHECK(first.repeated == 0);
    const ImportSummary again = run(rows);
    CHECK(again.read == 3);
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 3);
    CHECK(again.newHouseholds == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals")) == 3);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM households")) == 2);

    // The same landlord a month later with a new arrear: kept, marked as repeated.
    const ImportSummary later = run({signal(2, QStringLiteral("S-20"), PartnerType::Huur,
                                            someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna), 90000, QDate(2026, 11, 1))});
    CHECK(later.imported == 1);
    CHECK(later.repeated == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE repeated = 1")) == 1);
}

TEST_CASE_METHOD(Fixture, "A row repeated within one file counts once, whatever the engine writes at a time", "[import]")
{
    const RowPerson byBsn = someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna);
    QVector<SignalRow> rows;
    // 450 rows: more than one PostgreSQL statement's worth, each id twice in a row, some a
    // third time much later (in another statement).
    for (int i = 0; i < 150; ++i) {
        rows << signal(2 + 2 * i, QStringLiteral("D-%1").arg(i), PartnerType::Huur, byBsn, 1000 + i);
        rows << signal(3 + 2 * i, QStringLiteral("D-%1").arg(i), PartnerType::Huur, byBsn, 1000 + i);
    }
    for (int i = 0; i < 150; ++i)
        rows << signal(400 + i, QStringLiteral("D-%1").arg(i % 75), PartnerType::Huur, byBsn, 5000 + i);
    const ImportSummary s = run(rows);
    CHECK(s.read == 450);
    CHECK(s.imported == 150);
    CHECK(s.duplicates == 300);
    CHECK(s.repeated == 149); // every signal of this landlord after the first
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals")) == 150);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE repeated = 1")) == 149);
}

TEST_CASE_METHOD(Fixture, "Importing rows about unknown people again makes no second household", "[import]")
{
    // No BSN and no birth date: nothing to find them by, so the first import makes households.
    QVector<SignalRow> rows;
    for (int i = 0; i < 3; ++i)
        rows << signal(2 + i, QStringLiteral("U-%1").arg(i), PartnerType::Energie,
                       someone(QStringLiteral("Onbekend%1").arg(i), QStringLiteral("7419 ZZ"), 10 + i, {}));
    const ImportSummary first = run(rows);
    CHECK(first.imported == 3);
    CHECK(first.newHouseholds == 3);
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM households"));

    const ImportSummary again = run(rows);
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 3);
    CHECK(again.newHouseholds == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM households")) == before);

    // The same within one file: the second copy is a duplicate, not a second household.
    const ImportSummary twice = run({signal(2, QStringLiteral("U-9"), PartnerType::Water,
                                            someone(QStringLiteral("Nieuw"), QStringLiteral("7419 ZZ"), 30, {})),
                                     signal(3, QStringLiteral("U-9"), PartnerType::Water,
                                            someone(QStringLiteral("Nieuw"), QStringLiteral("7419 ZZ"), 30, {}))});
    CHECK(twice.imported == 1);
    CHECK(twice.duplicates == 1);
    CHECK(twice.newHouseholds == 1);
}

TEST_CASE_METHOD(Fixture, "A row that matches nobody and lacks an address is rejected with its line", "[import]")
{
    RowPerson noStreet = someone(QStringLiteral("Bakker"), QStringLiteral("7413 EF"), 8, QDate(1970, 5, 5));
    noStreet.straat.clear();
    const ImportSummary s = run({signal(7, QStringLiteral("S-1"), PartnerType::Huur, noStreet)});
    CHECK(s.imported == 0);
    CHECK(s.rejected == 1);
    REQUIRE(s.rejects.size() == 1);
    CHECK(s.rejects[0].line == 7);
    CHECK(s.rejects[0].reason.contains(QStringLiteral("straat")));
}

TEST_CASE_METHOD(Fixture, "A cancelled import leaves nothing behind", "[import]")
{
    QVector<SignalRow> rows;
    for (int i = 0; i < 2500; ++i)
        rows << signal(i + 2, QStringLiteral("S-%1").arg(i), PartnerType::Huur,
                       someone(QStringLiteral("Nieuw%1").arg(i), QStringLiteral("7414 GH"), i + 1, QDate(1980, 1, 1)));
    int calls = 0;
    const ImportSummary s = run(rows, [&calls](qint64, qint64) { return ++calls < 3; });
    CHECK(s.cancelled);
    CHECK(s.batch == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM import_batches")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM households")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM addresses")) == 1);
}

namespace {

/// 60,000 signals about one person from 60,000 landlords' files: past the row count at which
/// a large load drops the table's non-unique indexes and builds them again at the end.
QVector<SignalRow> largeLoad(const RowPerson &person)
{
    QVector<SignalRow> rows;
    rows.reserve(60000);
    for (int i = 0; i < 60000; ++i)
        rows << signal(i + 2, QStringLiteral("L-%1").arg(i), PartnerType::Huur, person, 1000 + i);
    return rows;
}

QStringList indexesOfSignals(Fixture &f)
{
    const QString sql = f.db->dialect().engine() == Engine::Sqlite
        ? QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'signals' ORDER BY name")
        : QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'signals' ORDER BY indexname");
    auto q = runSql(f.db->connection(), sql, {});
    REQUIRE(q.ok());
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

} // namespace

TEST_CASE_METHOD(Fixture, "A large load keeps every index and the foreign-key checks, or on cancel changes nothing",
                 "[import][bulk]")
{
    const QStringList indexes = indexesOfSignals(*this);
    REQUIRE(indexes.contains(QStringLiteral("signals_household")));
    const RowPerson annaByBsn = someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna);

    SECTION("cancelled after the indexes were dropped: all of them are back, no rows")
    {
        int calls = 0;
        const ImportSummary s = run(largeLoad(annaByBsn), [&calls](qint64, qint64) { return ++calls < 58; });
        CHECK(s.cancelled);
        CHECK(indexesOfSignals(*this) == indexes);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals")) == 0);
    }
    SECTION("imported: every row, the same indexes, in use again")
    {
        const ImportSummary s = run(largeLoad(annaByBsn));
        CHECK(s.imported == 60000);
        CHECK(indexesOfSignals(*this) == indexes);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE household_id = ?"), {annaHousehold}) == 60000);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE batch_id = ?"), {s.batch}) == 60000);
        // Importing it again: the unique keys stayed in place throughout.
        const ImportSummary again = run(largeLoad(annaByBsn));
        CHECK(again.imported == 0);
        CHECK(again.duplicates == 60000);
    }
    if (db->dialect().engine() == Engine::Sqlite) {
        CHECK(count(QStringLiteral("PRAGMA foreign_keys")) == 1);
        auto violations = runSql(db->connection(), QStringLiteral("PRAGMA foreign_key_check"), {});
        REQUIRE(violations.ok());
        CHECK_FALSE(violations->next());
    }
}

TEST_CASE_METHOD(Fixture, "A batch is listed, and withdrawn with the households it made", "[import]")
{
    const ImportSummary s = run({
        signal(2, QStringLiteral("S-1"), PartnerType::Huur, someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna)),
        signal(3, QStringLiteral("S-2"), PartnerType::Huur, someone(QStringLiteral("Visser"), QStringLiteral("7412 CD"), 3, QDate(1990, 1, 2))),
    });
    auto listed = import.batches();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).origin.fileName == QStringLiteral("signalen.csv"));
    CHECK(listed->at(0).counts.imported == 2);
    CHECK(listed->at(0).actorName == users.caseworkerA().user().displayName);

    REQUIRE(import.withdraw(s.batch).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM signals")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM households")) == 1); // Anna's stays
    CHECK(import.withdraw(s.batch).error().code == ErrorCode::Conflict);
    CHECK(import.batches()->at(0).withdrawnAt.isValid());

    // Once a signal was worked on, its batch stays.
    const ImportSummary second = run({signal(2, QStringLiteral("S-7"), PartnerType::Water,
                                             someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna))});
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE signals SET status = 'in_behandeling'")).ok());
    CHECK(import.withdraw(second.batch).error().code == ErrorCode::Conflict);
}

TEST_CASE_METHOD(Fixture, "Withdrawing a batch resolves the flags its signals raised", "[import][rules]")
{
    const RowPerson byBsn = someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna);
    const ImportSummary s = run({signal(2, QStringLiteral("S-1"), PartnerType::Huur, byBsn, 125000, QDate(2026, 10, 1)),
                                 signal(3, QStringLiteral("S-2"), PartnerType::Energie, byBsn, 43000, QDate(2026, 10, 5))});
    CHECK(s.households == QList<qint64>{annaHousehold});
    rules::RulesService rules(*db, clock, users.caseworkerA());
    REQUIRE(rules.evaluateHouseholds(s.households).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM flags WHERE resolved_on IS NULL")) == 1);
    REQUIRE(import.withdraw(s.batch).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM flags WHERE resolved_on IS NULL")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM flags WHERE resolution = 'resolved'")) == 1);
    CHECK(count(QStringLiteral("SELECT priority_rank FROM households WHERE id = ?"), {annaHousehold}) == 0);
}

TEST_CASE_METHOD(Fixture, "Discharge notices are imported once, matched like signals", "[import]")
{
    DischargeRow d;
    d.line = 2;
    d.noticeId = QStringLiteral("M-1");
    d.institutionType = InstitutionType::Detentie;
    d.institutionName = QStringLiteral("PI Vangstad");
    d.expectedDate = QDate(2026, 12, 15);
    d.shelter = ConditionState::NietGeregeld;
    d.person = someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna);
    for (int round = 0; round < 2; ++round) {
        VectorSource<DischargeRow> source({d});
        auto s = import.importDischarges(source, {QStringLiteral("uitstroom.csv"), QStringLiteral("csv"), QStringLiteral("standaard")});
        REQUIRE(s.ok());
        CHECK(s->imported == (round == 0 ? 1 : 0));
        CHECK(s->duplicates == (round == 0 ? 0 : 1));
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM discharge_notices WHERE household_id = ? AND shelter = 'niet_geregeld'"),
                {annaHousehold}) == 1);
}

TEST_CASE_METHOD(Fixture, "Only caseworkers and team leads import, and a refusal is on record", "[import][permissions]")
{
    ImportService asAdmin(*db, clock, users.admin());
    VectorSource<SignalRow> source({});
    auto refused = asAdmin.importSignals(source, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    AuditQuery query;
    query.action = AuditAction::PermissionDenied;
    CHECK(AuditLog(*db, clock).find(users.admin(), query)->size() == 1);

    // And an import is itself on record, with counts only.
    const ImportSummary s = run({signal(2, QStringLiteral("S-1"), PartnerType::Huur, someone(QStringLiteral("Jansen"), {}, 0, {}, bsnAnna))});
    query.action = AuditAction::Import;
    auto imports = AuditLog(*db, clock).find(users.admin(), query);
    REQUIRE(imports->size() == 1);
    CHECK(imports->at(0).objectId == s.batch);
    CHECK_FALSE(imports->at(0).detail.contains(bsnAnna));
}

TEST_CASE_METHOD(Fixture, "A signal or notice entered by hand is validated, stored once and audited", "[import][manual]")
{
    SignalRow s = signal(0, QString(), PartnerType::Water, {});
    auto id = households.addSignal(annaHousehold, anna, s);
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    auto stored = households.signalsOf(annaHousehold);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).id == *id);
    CHECK(stored->at(0).batchId == 0);
    CHECK(stored->at(0).personId == anna);
    CHECK(stored->at(0).amountCents == 45000);
    CHECK(households.addSignal(annaHousehold, anna, s).error().code == ErrorCode::Conflict);

    SignalRow future = s;
    future.signalDate = clock.today().addDays(1);
    CHECK(households.addSignal(annaHousehold, anna, future).error().fields.constFirst().field == QStringLiteral("signaaldatum"));
    SignalRow negative = s;
    negative.amountCents = -5;
    CHECK(households.addSignal(annaHousehold, anna, negative).error().fields.constFirst().field == QStringLiteral("bedrag"));
    CHECK(households.addSignal(annaHousehold, 987654, s).error().code == ErrorCode::Invalid);
    HouseholdService otherTeam(*db, clock, users.caseworkerB());
    CHECK(otherTeam.addSignal(annaHousehold, anna, s).error().code == ErrorCode::PermissionDenied);

    DischargeRow d;
    d.institutionType = InstitutionType::GgzKliniek;
    d.expectedDate = QDate(2027, 1, 15);
    REQUIRE(households.addDischarge(annaHousehold, anna, d).ok());
    CHECK(households.dischargesOf(annaHousehold)->size() == 1);
    CHECK(households.addDischarge(annaHousehold, anna, d).error().code == ErrorCode::Conflict);
}

namespace {

/// Rows enough for many of the writer thread's chunks (SQLite), and a COPY chunk (PostgreSQL): repeats from partners, duplicates by
/// fact and by id, people unknown (some twice, some too incomplete for a household).
QVector<SignalRow> manyRows()
{
    QVector<SignalRow> rows;
    const PartnerType partners[] = {PartnerType::Huur, PartnerType::Energie, PartnerType::Water, PartnerType::Zorg};
    for (int i = 0; i < 3000; ++i) {
        const qint64 line = i + 2;
        const PartnerType partner = partners[i % 4];
        const QString id = QStringLiteral("M-%1").arg(i);
        if (i % 10 == 3) { // a re-delivered row: the id of an earlier one
            rows << signal(line, QStringLiteral("M-%1").arg(i - 3), partners[(i - 3) % 4],
                           someone(QStringLiteral("Jansen"), QStringLiteral("7411 AB"), 12, QDate(1985, 3, 1), bsnAnna),
                           1000 + i - 3);
        } else if (i % 10 == 5) { // the same fact as the row before, without an id
            rows << signal(line, QString(), partners[(i - 1) % 4],
                           someone(QStringLiteral("Jansen"), QStringLiteral("7411 AB"), 12, QDate(1985, 3, 1), bsnAnna),
                           1000 + i - 1);
        } else if (i % 10 == 7) { // someone unknown, each twice (seven rows apart)
            const int who = i / 20;
            rows << signal(line, id, partner,
                           someone(QStringLiteral("Nieuw%1").arg(who), QStringLiteral("7420 AA"), 100 + who, QDate(1970, 1, 1)));
        } else if (i % 97 == 0) { // unknown and without a house number: rejected
            rows << signal(line, id, partner, someone(QStringLiteral("Zonder"), QStringLiteral("7420 AA"), 0, QDate(1970, 1, 1)));
        } else { // Anna, by BSN: from the second row of each partner on, a repeat
            rows << signal(line, id, partner,
                           someone(QStringLiteral("Jansen"), QStringLiteral("7411 AB"), 12, QDate(1985, 3, 1), bsnAnna),
                           1000 + i);
        }
    }
    return rows;
}

QList<QVariantList> storedSignals(Fixture &f)
{
    auto q = runSql(f.db->connection(), QStringLiteral(
        "SELECT id, batch_id, household_id, person_id, partner_type, partner_name, partner_signal_id, signal_date, "
        "arisen_date, amount_cents, crisis, warm_handover, bsn_invalid, repeated, id_key, fact_key FROM signals ORDER BY id"));
    REQUIRE(q.ok());
    QList<QVariantList> out;
    while (q->next()) {
        QVariantList row;
        for (int c = 0; c < 16; ++c)
            row << q->value(c).toString();
        out << row;
    }
    return out;
}

} // namespace

TEST_CASE("Bulk writing (a writer thread, COPY) stores exactly what writing as by hand stores", "[import]")
{
    Fixture threaded;
    Fixture rowByRow;
    rowByRow.import.setBulkWriting(false);
    const ImportSummary a = threaded.run(manyRows());
    const ImportSummary b = rowByRow.run(manyRows());
    CHECK(a.read == 3000);
    CHECK(a.duplicates > 500);
    CHECK(a.repeated > 1000);
    CHECK(a.newHouseholds == 150);
    CHECK(a.rejected > 10);
    CHECK(a.imported == b.imported);
    CHECK(a.duplicates == b.duplicates);
    CHECK(a.repeated == b.repeated);
    CHECK(a.matched == b.matched);
    CHECK(a.newHouseholds == b.newHouseholds);
    CHECK(a.rejected == b.rejected);
    CHECK(a.households == b.households);
    const QList<QVariantList> stored = storedSignals(threaded);
    CHECK(stored.size() == a.imported);
    CHECK(stored == storedSignals(rowByRow));
    // Every path keeps the address each signal came with: its household's at the import.
    for (Fixture *f : {&threaded, &rowByRow})
        CHECK(f->count(QStringLiteral("SELECT COUNT(*) FROM signals s JOIN households h ON h.id = s.household_id "
                                      "WHERE s.address_id IS NULL OR s.address_id <> h.address_id"))
              == 0);

    SECTION("a cancel with rows still on their way keeps nothing")
    {
        const qint64 before = threaded.count(QStringLiteral("SELECT COUNT(*) FROM signals"));
        const qint64 householdsBefore = threaded.count(QStringLiteral("SELECT COUNT(*) FROM households"));
        QVector<SignalRow> more = manyRows();
        for (SignalRow &row : more) {
            row.signalId += QStringLiteral("-b");
            row.amountCents = *row.amountCents + 1;
            row.person.huisnummer += row.person.huisnummer >= 100 ? 1000 : 0; // new people again
        }
        VectorSource<SignalRow> source(std::move(more));
        int calls = 0;
        auto cancelled = threaded.import.importSignals(source, {QStringLiteral("b.csv"), QStringLiteral("csv"), QString()},
                                                       [&calls](qint64, qint64) { return ++calls < 3; });
        REQUIRE(cancelled.ok());
        CHECK(cancelled->cancelled);
        CHECK(threaded.count(QStringLiteral("SELECT COUNT(*) FROM signals")) == before);
        CHECK(threaded.count(QStringLiteral("SELECT COUNT(*) FROM households")) == householdsBefore);
    }
}
