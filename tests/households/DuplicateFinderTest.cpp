#include "households/DuplicateFinder.h"
#include "households/SurnameKey.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace vangnet::households;

namespace {

struct Builder {
    QList<DuplicateHousehold> households;
    QList<DuplicateMember> members;
    qint64 nextPerson = 1;

    void household(qint64 id, qint64 addressId, QList<qint64> earlier = {})
    {
        DuplicateHousehold h;
        h.side.id = id;
        h.side.address = QStringLiteral("Adres %1").arg(addressId);
        h.addressId = addressId;
        h.earlierAddressIds = std::move(earlier);
        households << h;
    }
    void member(qint64 household, const QString &voorvoegsel, const QString &achternaam, QDate born, QString hash = {})
    {
        members << DuplicateMember{
            nextPerson++, household, born, surnameKey(voorvoegsel, achternaam), std::move(hash), achternaam};
    }
    QList<DuplicatePair> find(const QSet<HouseholdPairKey> &dismissed = {}) const
    {
        return DuplicateFinder(households, members).find(dismissed);
    }
};

const QDate born(1985, 3, 1);

QList<DuplicateReasonKind> kinds(const DuplicatePair &p)
{
    QList<DuplicateReasonKind> out;
    for (const DuplicateReason &r : p.reasons)
        out << r.kind;
    return out;
}

} // namespace

TEST_CASE("surname keys fold case, spaces and Dutch prefixes", "[duplicates]")
{
    CHECK(surnameKey(QStringLiteral("van der"), QStringLiteral("Berg")) == QStringLiteral("berg"));
    CHECK(surnameKey(QString(), QStringLiteral("Van der Berg")) == QStringLiteral("berg"));
    CHECK(surnameKey(QString(), QStringLiteral("de  Vries")) == QStringLiteral("vries"));
    CHECK(surnameKey(QString(), QStringLiteral("Ter Horst-Bakker")) == QStringLiteral("horstbakker"));
    CHECK(surnameKey(QString(), QStringLiteral("Van")) == QStringLiteral("van"));
    CHECK(withinOneEdit(QStringLiteral("jansen"), QStringLiteral("janssen")));
    CHECK(withinOneEdit(QStringLiteral("jansen"), QStringLiteral("jansem")));
    CHECK(withinOneEdit(QStringLiteral("jansen"), QStringLiteral("ansen")));
    CHECK_FALSE(withinOneEdit(QStringLiteral("jansen"), QStringLiteral("jonssen")));
    CHECK_FALSE(withinOneEdit(QStringLiteral("jansen"), QStringLiteral("jans")));
}

TEST_CASE("a surname one edit apart with the same birth date is a pair", "[duplicates]")
{
    Builder b;
    b.household(1, 10);
    b.household(2, 20);
    b.household(3, 30);
    b.member(1, {}, QStringLiteral("Jansen"), born);
    b.member(2, {}, QStringLiteral("Janssen"), born);
    b.member(3, {}, QStringLiteral("Janssen"), QDate(1985, 3, 2)); // another day: no pair
    const auto pairs = b.find();
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].a.id == 1);
    CHECK(pairs[0].b.id == 2);
    CHECK(kinds(pairs[0]) == QList{DuplicateReasonKind::SimilarName});
    CHECK(pairs[0].score == 40);
    CHECK_FALSE(pairs[0].hasError());
}

TEST_CASE("a prefix written two ways still matches, and equal names score higher", "[duplicates]")
{
    Builder b;
    b.household(1, 10);
    b.household(2, 20);
    b.member(1, QStringLiteral("van der"), QStringLiteral("Berg"), born);
    b.member(2, {}, QStringLiteral("Van der Berg"), born);
    const auto pairs = b.find();
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].score == 50);
}

TEST_CASE("the same BSN hash in two households is an error-level reason", "[duplicates]")
{
    Builder b;
    b.household(1, 10);
    b.household(2, 20);
    b.member(1, {}, QStringLiteral("Bakker"), born, QStringLiteral("hash-1"));
    b.member(2, {}, QStringLiteral("Yilmaz"), QDate(1990, 1, 1), QStringLiteral("hash-1"));
    const auto pairs = b.find();
    REQUIRE(pairs.size() == 1);
    CHECK(kinds(pairs[0]) == QList{DuplicateReasonKind::SameBsn});
    CHECK(pairs[0].hasError());
    CHECK(pairs[0].score == 100);
}

TEST_CASE("the same address with a member born the same day is a pair", "[duplicates]")
{
    Builder b;
    b.household(1, 10);
    b.household(2, 10);
    b.household(3, 10); // same address, nobody born the same day: no pair
    b.member(1, {}, QStringLiteral("Bakker"), born);
    b.member(2, {}, QStringLiteral("Visser"), born);
    b.member(3, {}, QStringLiteral("Smit"), QDate(1970, 6, 6));
    const auto pairs = b.find();
    REQUIRE(pairs.size() == 1);
    CHECK(kinds(pairs[0]) == QList{DuplicateReasonKind::SameAddress});
    CHECK(pairs[0].score == 40);
}

TEST_CASE("an earlier address of one household where the other lives now is a pair", "[duplicates]")
{
    Builder b;
    b.household(1, 10);
    b.household(2, 20, {10}); // signalled at address 10 before it moved
    b.member(1, {}, QStringLiteral("Bakker"), born);
    b.member(2, {}, QStringLiteral("Mulder"), born);
    const auto pairs = b.find();
    REQUIRE(pairs.size() == 1);
    CHECK(kinds(pairs[0]) == QList{DuplicateReasonKind::EarlierAddress});
    CHECK(pairs[0].score == 30);
}

TEST_CASE("reasons add up to at most 100 and a dismissed pair is not proposed", "[duplicates]")
{
    Builder b;
    b.household(1, 10);
    b.household(2, 10);
    b.household(3, 30);
    b.household(4, 40);
    b.member(1, {}, QStringLiteral("Jansen"), born);
    b.member(2, {}, QStringLiteral("Janssen"), born);
    b.member(3, {}, QStringLiteral("de Wit"), born);
    b.member(4, {}, QStringLiteral("Wit"), born);
    const auto pairs = b.find();
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].a.id == 1); // 40 + 40 before 50
    CHECK(pairs[0].score == 80);
    CHECK(kinds(pairs[0]) == QList{DuplicateReasonKind::SimilarName, DuplicateReasonKind::SameAddress});
    CHECK(pairs[1].score == 50);
    const auto left = b.find({{1, 2}});
    REQUIRE(left.size() == 1);
    CHECK(left[0].a.id == 3);
}

TEST_CASE("detection over 200000 households stays fast", "[duplicates][performance]")
{
    Builder b;
    const QStringList names{QStringLiteral("Jansen"), QStringLiteral("de Vries"), QStringLiteral("Bakker"),
        QStringLiteral("Visser"), QStringLiteral("Smit"), QStringLiteral("Meijer"), QStringLiteral("de Boer"),
        QStringLiteral("Mulder"), QStringLiteral("Bos"), QStringLiteral("Vos")};
    const QDate first(1940, 1, 1);
    quint32 seed = 12345;
    const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    for (qint64 id = 1; id <= 200000; ++id) {
        b.household(id, id);
        for (int m = 0; m < 2; ++m)
            b.member(
                id, {}, names[next() % names.size()] + QString::number(next() % 500), first.addDays(next() % 30000));
    }
    QElapsedTimer timer;
    timer.start();
    const auto pairs = b.find();
    const qint64 ms = timer.elapsed();
    INFO("pairs " << pairs.size() << " in " << ms << " ms");
    CHECK(ms < 5000); // 0.7 s on the reference machine; generous for a loaded CI runner
    for (const DuplicatePair &p : pairs)
        REQUIRE(p.score > 0);
}
