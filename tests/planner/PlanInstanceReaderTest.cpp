#include "PlannerTestSupport.h"

#include "planner/PlanInstanceReader.h"
#include "planner/PlanInstanceWriter.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace vangnet;
using namespace vangnet::planner;
using namespace vangnet::plannertest;

namespace {

bool sameInstance(const PlanInstance &a, const PlanInstance &b)
{
    auto sameCandidates = std::equal(a.candidates.begin(), a.candidates.end(), b.candidates.begin(), b.candidates.end(),
        [](const PlanCandidate &x, const PlanCandidate &y) {
            return x.id == y.id && x.tier == y.tier && x.priority == y.priority;
        });
    auto samePlaces = std::equal(a.places.begin(), a.places.end(), b.places.begin(), b.places.end(),
        [](const PlanPlace &x, const PlanPlace &y) { return x.id == y.id && x.capacity == y.capacity; });
    return sameCandidates && samePlaces && a.pairs == b.pairs && a.pins == b.pins && a.exclusions == b.exclusions;
}

/// A valid instance of three households and two places, as text, for mistakes to be put into.
const QByteArray good = R"({"tiers": ["kritiek", "hoog", "midden", "laag"],
"candidates": [
  {"id": 11, "tier": "kritiek", "priority": 5},
  {"id": 12, "tier": "hoog", "priority": 0},
  {"id": 13, "tier": "laag", "priority": 7}],
"places": [{"id": "A", "capacity": 1}, {"id": "B", "capacity": 2}],
"pairs": [[0, 0], [1, 0], [1, 1], [2, 1]]})";

QByteArray with(const char *from, const char *to)
{
    QByteArray text = good;
    REQUIRE(text.contains(from));
    return text.replace(from, to);
}

QString refusal(const QByteArray &text)
{
    const auto read = PlanInstanceReader::read(text);
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::Invalid);
    REQUIRE_FALSE(read.error().fields.isEmpty());
    // Every message starts with its JSON path (none for a mistake in the top level itself).
    if (!read.error().fields.front().field.isEmpty())
        CHECK(read.error().message.startsWith(read.error().fields.front().field + QStringLiteral(": ")));
    return read.error().message;
}

} // namespace

TEST_CASE("An instance file reads back exactly what was written", "[planner][instance]")
{
    REQUIRE(PlanInstanceReader::read(good));
    for (quint64 seed = 1; seed <= 40; ++seed) {
        PlanInstance instance = randomInstance(seed, {});
        // Place ids that need escaping survive the round trip.
        instance.places.front().id = QStringLiteral("P \"één\" \\ \u2603 \U0001F3E0\t/");
        const QByteArray text
            = PlanInstanceWriter::write(instance, {{QStringLiteral("as_of"), QStringLiteral("2026-03-01")}});
        const auto read = PlanInstanceReader::read(text);
        INFO(text.toStdString());
        INFO((read ? std::string() : read.error().message.toStdString()));
        REQUIRE(read);
        CHECK(sameInstance(*read, instance));
    }

    QTemporaryDir dir;
    const PlanInstance instance = randomInstance(3, {});
    const QString path = dir.filePath(QStringLiteral("instance.json"));
    REQUIRE(PlanInstanceWriter::writeFile(instance, path));
    const auto read = PlanInstanceReader::readFile(path);
    REQUIRE(read);
    CHECK(sameInstance(*read, instance));
    const auto missing = PlanInstanceReader::readFile(dir.filePath(QStringLiteral("nope.json")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Io);
}

TEST_CASE("JSON escapes and number forms are read as RFC 8259 says", "[planner][instance]")
{
    const auto read = PlanInstanceReader::read(
        R"({"tiers":["kritiek","hoog","midden","laag"],"candidates":[{"id":1.0e1,"tier":"hoog","priority":30E-1}],)"
        R"("places":[{"id":"\u00e9\ud83c\udfe0\n","capacity":1}],"pairs":[[0,0]],"meta":{"x":[true,false,null,-1.5e-3,{}]}})");
    INFO((read ? std::string() : read.error().message.toStdString()));
    REQUIRE(read);
    CHECK(read->candidates.front().id == 10);
    CHECK(read->candidates.front().priority == 3);
    CHECK(read->places.front().id == QStringLiteral("\u00e9\U0001F3E0\n"));
}

TEST_CASE("A bad instance file is refused with a message naming the JSON path", "[planner][instance][refusals]")
{
    SECTION("indices out of range")
    {
        CHECK(refusal(with("[2, 1]]", "[2, 1], [3, 0]]"))
            == QStringLiteral("pairs[4]: candidate index 3 is out of range (3 candidates)"));
        CHECK(refusal(with("[2, 1]]", "[2, 2]]"))
            == QStringLiteral("pairs[3]: place index 2 is out of range (2 places)"));
        CHECK(refusal(with("[2, 1]]", "[2, -1]]"))
            == QStringLiteral("pairs[3]: line 7, column 39: place index -1 is out of range"));
        CHECK(refusal(good.chopped(1) + R"(, "exclusions": [[0, 9]]})")
            == QStringLiteral("exclusions[0]: place index 9 is out of range (2 places)"));
    }
    SECTION("capacity below 1")
    {
        const QString message = refusal(with(R"("capacity": 2)", R"("capacity": 0)"));
        CHECK(message
            == QStringLiteral(
                "places[1].capacity: line 6, column 64: a capacity is a whole number from 1 to 1000000 (is 0)"));
    }
    SECTION("unknown tier")
    {
        const QString message = refusal(with(R"("tier": "hoog")", R"("tier": "urgent")"));
        CHECK(message.startsWith(QStringLiteral("candidates[1].tier: line 4, column 22: ")));
        CHECK(message.endsWith(QStringLiteral("unknown tier \"urgent\"; use kritiek, hoog, midden or laag")));
        CHECK(refusal(with(R"(["kritiek", "hoog", "midden", "laag"])", R"(["hoog", "kritiek", "midden", "laag"])"))
                  .startsWith(QStringLiteral("tiers: line 1")));
    }
    SECTION("pins")
    {
        CHECK(refusal(good.chopped(1) + R"(, "pins": [[0, 1]]})")
            == QStringLiteral("pins[0]: household 11 is not eligible for place \"B\" (the pair is not in pairs)"));
        CHECK(refusal(good.chopped(1) + R"(, "pins": [[0, 0], [1, 0]]})")
            == QStringLiteral("pins[1]: place \"A\" takes 1 household(s) and already has as many pins (pins[0])"));
        CHECK(refusal(good.chopped(1) + R"(, "pins": [[1, 1], [1, 0]]})")
            == QStringLiteral("pins[1]: household 12 is already pinned (pins[0])"));
        CHECK(refusal(good.chopped(1) + R"(, "pins": [[1, 1]], "exclusions": [[1, 1]]})")
            == QStringLiteral("pins[0]: the pinned pair is also excluded (exclusions[0])"));
        // Two pins on a place for two are fine.
        CHECK(PlanInstanceReader::read(good.chopped(1) + R"(, "pins": [[1, 1], [2, 1]]})"));
    }
    SECTION("duplicates")
    {
        CHECK(refusal(with("[2, 1]]", "[2, 1], [1, 0]]"))
            == QStringLiteral("pairs[4]: the pair [1, 0] is listed twice (also pairs[1])"));
        CHECK(refusal(with(R"("id": 13)", R"("id": 11)"))
            == QStringLiteral("candidates[2].id: household 11 is listed twice (also candidates[0])"));
        CHECK(refusal(with(R"("id": "B")", R"("id": "A")"))
            == QStringLiteral("places[1].id: place \"A\" is listed twice (also places[0])"));
        CHECK(refusal(with(R"("id": 12, "tier": "hoog")", R"("id": 12, "id": 14, "tier": "hoog")"))
                  .endsWith(QStringLiteral("\"id\" is given twice")));
        // A pair excluded twice is excluded once: harmless, so allowed.
        CHECK(PlanInstanceReader::read(good.chopped(1) + R"(, "exclusions": [[0, 0], [0, 0]]})"));
    }
    SECTION("values of the wrong kind or out of range")
    {
        CHECK(refusal(with(R"("priority": 7)", R"("priority": -7)"))
            == QStringLiteral("candidates[2].priority: a priority is a whole number from 0 to 1000000000000 (is -7)"));
        CHECK(refusal(with(R"("priority": 7)", R"("priority": 7.5)"))
                  .endsWith(QStringLiteral("expected a whole number, found 7.5")));
        CHECK(refusal(with(R"("priority": 7)", R"("priority": "7")"))
                  .endsWith(QStringLiteral("expected a whole number, found a text")));
        CHECK(refusal(with(R"("priority": 7)", R"("priority": 99999999999999999999)"))
                  .contains(QStringLiteral("is too large")));
        CHECK(refusal(with(R"("id": 11)", R"("id": 0)"))
            == QStringLiteral("candidates[0].id: a household id is a whole number from 1 (is 0)"));
        CHECK(
            refusal(with(R"("id": "A")", R"("id": " ")")) == QStringLiteral("places[0].id: a place needs its plek_id"));
        CHECK(refusal(with("[1, 1]", "[1]"))
            == QStringLiteral(
                "pairs[2]: line 7, column 29: expected a pair [candidate index, place index], found ']'"));
    }
    SECTION("missing, unknown and malformed")
    {
        CHECK(refusal(with(R"("priority": 0)", R"("prio": 0)"))
                  .endsWith(QStringLiteral("unknown field \"prio\"; a candidate has id, tier and priority")));
        CHECK(refusal(with(R"(, "priority": 0)", "")).startsWith(QStringLiteral("candidates[1]: line 4")));
        CHECK(refusal(with(R"("pairs")", R"("pears")")).contains(QStringLiteral("unknown key \"pears\"")));
        CHECK(refusal(with(R"(,
"pairs": [[0, 0], [1, 0], [1, 1], [2, 1]])",
                  ""))
            == QStringLiteral("\"pairs\" is missing"));
        CHECK(refusal(with("[2, 1]]", "[2, 1],]")).startsWith(QStringLiteral("pairs[4]: line 7, column 42: ")));
        CHECK(refusal(good + "x").endsWith(QStringLiteral("unexpected text after the instance")));
        CHECK(refusal("").contains(QStringLiteral("the end of the file")));
        CHECK(refusal("[1, 2]").contains(QStringLiteral("expected an object '{'")));
        CHECK(refusal(with(R"("A")", "\"A\x01\"")).contains(QStringLiteral("control character")));
        CHECK(refusal(good.chopped(1) + R"(, "meta": )" + QByteArray(100, '[') + QByteArray(100, ']') + "}")
                  .contains(QStringLiteral("nested too deeply")));
    }
}
