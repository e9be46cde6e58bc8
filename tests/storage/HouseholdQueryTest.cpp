#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "households/HouseholdService.h"
#include "storage/AddressRepository.h"
#include "storage/HouseholdQuery.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;

namespace {

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    test::TestUsers users{*db, clock};
    HouseholdService service{*db, clock, users.caseworkerA()};
    HouseholdQuery query{db->connection(), users.caseworkerA()};

    qint64 add(const char *straat, int nr, const char *postcode, const char *wijk, const char *voorvoegsel,
               const char *achternaam, const char *voornaam, const char *bsn)
    {
        Household h;
        h.address = Address{0, QString::fromUtf8(straat), nr, QString(), QString::fromLatin1(postcode), QStringLiteral("Vangstad"),
                            QString::fromUtf8(wijk)};
        Person p;
        p.voornaam = QString::fromUtf8(voornaam);
        p.voorletters = p.voornaam.left(1) + QLatin1Char('.');
        p.voorvoegsel = QString::fromUtf8(voorvoegsel);
        p.achternaam = QString::fromUtf8(achternaam);
        p.bsn = QString::fromLatin1(bsn);
        h.members << p;
        auto created = service.create(h);
        INFO((created ? std::string() : created.error().message.toStdString()));
        REQUIRE(created.ok());
        return created->id;
    }

    /// A stored flag as the rules service writes it (table `flags`, migration 7), and the
    /// household's priority rank; `resolved` closes it.
    void flag(qint64 household, const char *rule, int severity, int score, bool resolved = false)
    {
        auto inserted = runSql(db->connection(),
                               QStringLiteral("INSERT INTO flags (household_id, rule_id, rule_version, title, severity, score, "
                                              "explanation, raised_on, raised_at, resolved_on, resolution) "
                                              "VALUES (?, ?, 1, ?, ?, ?, 'uitleg', '2026-11-20', '2026-11-20T09:00:00Z', ?, ?)"),
                               {household, QString::fromLatin1(rule), QString::fromLatin1(rule), severity, score,
                                resolved ? QVariant(QStringLiteral("2026-11-23")) : sqlNull(),
                                resolved ? QVariant(QStringLiteral("resolved")) : sqlNull()},
                               "insert flag");
        INFO((inserted ? std::string() : inserted.error().message.toStdString()));
        REQUIRE(inserted.ok());
        if (!resolved)
            REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE households SET priority_rank = ? WHERE id = ? AND priority_rank < ?"),
                           {qint64(severity) * 1000000 + score, household, qint64(severity) * 1000000 + score}, "rank")
                        .ok());
    }

    QVector<qint64> flagged(const char *rule, int minSeverity, HouseholdSort sort = HouseholdSort::Name, bool desc = false)
    {
        HouseholdFilter f;
        f.ruleId = QString::fromLatin1(rule);
        f.minSeverity = minSeverity;
        f.sort = sort;
        f.descending = desc;
        auto ids = query.ids(f);
        INFO((ids ? std::string() : ids.error().message.toStdString()));
        REQUIRE(ids.ok());
        return *ids;
    }

    QVector<qint64> find(const QString &text, HouseholdSort sort = HouseholdSort::Name, bool desc = false)
    {
        auto ids = query.ids(HouseholdFilter{text, QString(), sort, desc, QString(), 0});
        REQUIRE(ids.ok());
        return *ids;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "The household list searches by name, BSN, postcode and street with number", "[query]")
{
    const qint64 berg = add("Lindelaan", 12, "7411 AB", "Centrum", "van den", "Berg", "Jan", "999990019");
    const qint64 celik = add("Eikenweg", 3, "7412 CD", "Noord", "", "Çelik", "Ayşe", "999999990");
    const qint64 vries = add("Lindelaan", 14, "7411 AC", "Centrum", "de", "Vries", "Sanne", "");

    CHECK(find(QString()) == QVector<qint64>{berg, celik, vries}); // sorted by surname, prefixes ignored
    CHECK(find(QStringLiteral("berg")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("jan berg")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("celik")) == QVector<qint64>{celik}); // diacritics folded
    CHECK(find(QStringLiteral("AYSE")) == QVector<qint64>{celik});
    CHECK(find(QStringLiteral("999990019")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("9999.90.019")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("7411")) == QVector<qint64>{berg, vries});
    CHECK(find(QStringLiteral("7411ac")) == QVector<qint64>{vries});
    CHECK(find(QStringLiteral("7411 AB")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("lindelaan 14")) == QVector<qint64>{vries});
    CHECK(find(QStringLiteral("Linde 12")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("lindelaan")) == QVector<qint64>{berg, vries});
    CHECK(find(QStringLiteral("nobody")).isEmpty());
    CHECK(find(QStringLiteral("50%")).isEmpty()); // wildcards are literal
}

TEST_CASE_METHOD(Fixture, "The household list sorts in SQL in both directions", "[query]")
{
    const qint64 a = add("Zwaluwstraat", 1, "7413 AA", "Oost", "", "Aalders", "Tom", "");
    const qint64 b = add("Beukenlaan", 9, "7411 ZZ", "West", "", "Bakker", "Eva", "");
    CHECK(find(QString(), HouseholdSort::Address) == QVector<qint64>{b, a});
    CHECK(find(QString(), HouseholdSort::Postcode) == QVector<qint64>{b, a});
    CHECK(find(QString(), HouseholdSort::Name, true) == QVector<qint64>{b, a});
    CHECK(find(QString(), HouseholdSort::Wijk, true) == QVector<qint64>{b, a});

    auto west = query.ids(HouseholdFilter{QString(), QStringLiteral("West"), HouseholdSort::Name, false, QString(), 0});
    CHECK(*west == QVector<qint64>{b});
    CHECK(*AddressRepository(db->connection()).districts() == QStringList{QStringLiteral("Oost"), QStringLiteral("West")});
}

TEST_CASE_METHOD(Fixture, "List rows carry what the list shows, in the order asked", "[query]")
{
    const qint64 a = add("Lindelaan", 12, "7411 AB", "Centrum", "van den", "Berg", "Jan", "");
    const qint64 b = add("Eikenweg", 3, "7412 CD", "Noord", "", "Smit", "Kees", "");
    auto rows = query.rows({b, a, 999999});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).id == b);
    CHECK(rows->at(1).name == QStringLiteral("Berg, J. van den"));
    CHECK(rows->at(1).address == QStringLiteral("Lindelaan 12"));
    CHECK(rows->at(1).postcode == QStringLiteral("7411 AB"));
    CHECK(rows->at(1).wijk == QStringLiteral("Centrum"));
    CHECK(rows->at(1).memberCount == 1);

    auto limited = query.find(HouseholdFilter{}, 1);
    REQUIRE(limited->size() == 1);
    CHECK(limited->first().id == a);
}

TEST_CASE_METHOD(Fixture, "The household list filters on open flags by rule and severity, in SQL", "[query][rules]")
{
    const qint64 a = add("Zwaluwstraat", 1, "7413 AA", "Oost", "", "Aalders", "Tom", "");
    const qint64 b = add("Beukenlaan", 9, "7411 ZZ", "West", "", "Bakker", "Eva", "");
    const qint64 c = add("Eikenweg", 3, "7412 CD", "Noord", "", "Claassen", "Kees", "");
    const qint64 d = add("Dorpsstraat", 7, "7412 AA", "Noord", "", "Dekker", "Ans", "");
    flag(a, "meerdere_achterstanden", 3, 30);
    flag(a, "veel_signalen", 2, 20);
    flag(b, "crisissignaal", 4, 50);
    flag(c, "veel_signalen", 2, 20);
    flag(d, "crisissignaal", 4, 50, true); // resolved: no longer counts

    CHECK(flagged("", 0) == QVector<qint64>{a, b, c, d}); // no condition at all
    CHECK(flagged("veel_signalen", 0) == QVector<qint64>{a, c});
    CHECK(flagged("crisissignaal", 0) == QVector<qint64>{b});
    CHECK(flagged("", 1) == QVector<qint64>{a, b, c}); // any open flag
    CHECK(flagged("", 3) == QVector<qint64>{a, b});
    CHECK(flagged("", 4) == QVector<qint64>{b});
    // Rule and severity hold for the same flag: a's veel_signalen is only midden.
    CHECK(flagged("veel_signalen", 3).isEmpty());
    CHECK(flagged("meerdere_achterstanden", 3) == QVector<qint64>{a});

    // Combined with the district and the search box.
    HouseholdFilter noord;
    noord.wijk = QStringLiteral("Noord");
    noord.minSeverity = 1;
    CHECK(*query.ids(noord) == QVector<qint64>{c});
    HouseholdFilter named = HouseholdFilter::forSearch(QStringLiteral("Bakker"));
    named.ruleId = QStringLiteral("veel_signalen");
    CHECK(query.ids(named)->isEmpty());

    // Another team's caseworker sees none of them, flagged or not.
    HouseholdQuery other(db->connection(), users.caseworkerB());
    HouseholdFilter any;
    any.minSeverity = 1;
    CHECK(other.ids(any)->isEmpty());
}

TEST_CASE_METHOD(Fixture, "The household list sorts by priority and its rows carry the rank", "[query][rules]")
{
    const qint64 a = add("Zwaluwstraat", 1, "7413 AA", "Oost", "", "Aalders", "Tom", "");
    const qint64 b = add("Beukenlaan", 9, "7411 ZZ", "West", "", "Bakker", "Eva", "");
    const qint64 c = add("Eikenweg", 3, "7412 CD", "Noord", "", "Claassen", "Kees", "");
    flag(a, "meerdere_achterstanden", 3, 30);
    flag(b, "crisissignaal", 4, 50);

    CHECK(find(QString(), HouseholdSort::Priority, true) == QVector<qint64>{b, a, c});
    CHECK(find(QString(), HouseholdSort::Priority, false) == QVector<qint64>{c, a, b});
    auto rows = query.rows({a, b, c});
    REQUIRE(rows.ok());
    CHECK(rows->at(0).priorityRank == 3000030);
    CHECK(rows->at(1).priorityRank == 4000050);
    CHECK(rows->at(2).priorityRank == 0);
}
