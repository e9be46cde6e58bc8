// The load driver's pure parts (tests/bench/LoadRecords.h): what scripts/bench-load.sh reports
// rests on these, so they are checked without a server.

#include "LoadRecords.h"

#include <catch2/catch.hpp>

#include <map>

using namespace vangnet;
using namespace vangnet::bench;

TEST_CASE("The load driver runs against this machine only, and within its bounds", "[bench][load]")
{
    CHECK(isLoopbackHost(QStringLiteral("127.0.0.1")));
    CHECK(isLoopbackHost(QStringLiteral("localhost")));
    CHECK(isLoopbackHost(QStringLiteral("LocalHost")));
    CHECK(isLoopbackHost(QStringLiteral("::1")));
    CHECK(isLoopbackHost(QStringLiteral("[::1]")));
    CHECK_FALSE(isLoopbackHost(QStringLiteral("10.20.0.5")));
    CHECK_FALSE(isLoopbackHost(QStringLiteral("127.0.0.2")));
    CHECK_FALSE(isLoopbackHost(QStringLiteral("localhost.example.org")));
    CHECK_FALSE(isLoopbackHost(QString()));

    const QString local = QStringLiteral("postgresql://127.0.0.1:54329/vangnet_load");
    CHECK(checkBounds(local, 1, 60).ok());
    CHECK(checkBounds(local, maxClients, 600).ok());
    CHECK(checkBounds(QStringLiteral("postgresql://[::1]:54329/vangnet_load"), 5, 60).ok());

    const auto refused = [](const Result<void> &r) { return r.ok() ? QString() : r.error().message; };
    // A server elsewhere, even one reached the secure way, is refused.
    CHECK(refused(checkBounds(QStringLiteral("postgresql://db.gemeente.example:5432/vangnet?sslmode=verify-full"), 5, 60))
              .contains(QLatin1String("this machine only")));
    CHECK(refused(checkBounds(QStringLiteral("postgresql://postgres@127.0.0.1:54329/vangnet_load"), 5, 60))
              .contains(QLatin1String("must name no user")));
    CHECK(refused(checkBounds(QStringLiteral("/tmp/demo.sqlite"), 5, 60)).contains(QLatin1String("postgresql://")));
    CHECK(refused(checkBounds(local, maxClients + 1, 60)).contains(QLatin1String("1 to 30")));
    CHECK(refused(checkBounds(local, 0, 60)).contains(QLatin1String("1 to 30")));
    CHECK(refused(checkBounds(local, 5, 601)).contains(QLatin1String("1 to 600 seconds")));
}

TEST_CASE("Percentiles of the load driver are by nearest rank", "[bench][load]")
{
    std::vector<double> hundred;
    for (int i = 100; i >= 1; --i) // unsorted on purpose
        hundred.push_back(i);
    CHECK(percentile(hundred, 50) == 50);
    CHECK(percentile(hundred, 95) == 95);
    CHECK(percentile(hundred, 99) == 99);
    CHECK(percentile(hundred, 100) == 100);
    CHECK(percentile({7, 1, 3}, 50) == 3);
    CHECK(percentile({7, 1, 3}, 99) == 7);
    CHECK(percentile({42}, 95) == 42);
    CHECK(percentile({}, 95) == 0);
}

TEST_CASE("A client's result file is read back as written, and a bad line is named", "[bench][load]")
{
    const ActionRecord saved{QStringLiteral("attempt"), 12.5, true, QStringLiteral("attempt 1041 case 77")};
    const ActionRecord failed{QStringLiteral("note"), 3.25, false, QStringLiteral("server said:\tno\nreally")};
    const QString text = formatRecord(saved) + QLatin1Char('\n') + formatRecord(failed) + QStringLiteral("\n\n");
    const auto parsed = parseRecords(text, QStringLiteral("client-3.tsv"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 2);
    CHECK(parsed->at(0).action == QLatin1String("attempt"));
    CHECK(parsed->at(0).ms == Approx(12.5));
    CHECK(parsed->at(0).ok);
    CHECK(parsed->at(1).detail == QLatin1String("server said: no really")); // tabs and newlines flattened
    CHECK_FALSE(parsed->at(1).ok);

    const auto badStatus = parseRecords(QStringLiteral("queue\t10\tok\t200 lines\nqueue\t11\tmaybe\tx\n"), QStringLiteral("c.tsv"));
    REQUIRE_FALSE(badStatus.ok());
    CHECK(badStatus.error().message == QLatin1String("c.tsv, line 2: status 'maybe' is neither ok nor error"));
    const auto badTime = parseRecords(QStringLiteral("queue\tfast\tok\tx\n"), QStringLiteral("c.tsv"));
    REQUIRE_FALSE(badTime.ok());
    CHECK(badTime.error().message.contains(QLatin1String("line 1: milliseconds 'fast'")));
    CHECK_FALSE(parseRecords(QStringLiteral("queue\t10\tok\n"), QStringLiteral("c.tsv")).ok());
}

TEST_CASE("The load summary counts errors apart and lists the ids the clients were told were saved", "[bench][load]")
{
    QList<ActionRecord> records;
    for (int i = 1; i <= 20; ++i)
        records << ActionRecord{QStringLiteral("search"), double(i), true, QStringLiteral("search 'x' 3 hits")};
    records << ActionRecord{QStringLiteral("search"), 5000, false, QStringLiteral("deadlock detected")};
    records << ActionRecord{QStringLiteral("attempt"), 30, true, QStringLiteral("attempt 501 case 9")};
    records << ActionRecord{QStringLiteral("attempt"), 31, true, QStringLiteral("attempt 502 case 9")};
    records << ActionRecord{QStringLiteral("attempt"), 32, false, QStringLiteral("attempt 503 case 9")}; // not saved
    records << ActionRecord{QStringLiteral("note"), 8, true, QStringLiteral("note 77 household 3")};
    records << ActionRecord{QStringLiteral("login"), 700, true, {}};

    const QList<ActionSummary> summaries = summarize(records);
    std::map<QString, ActionSummary> by;
    for (const ActionSummary &s : summaries)
        by[s.action] = s;
    CHECK(summaries.last().action == QLatin1String("login"));
    CHECK(summaries.first().action == QLatin1String("attempt")); // the mix's order, actions without records left out
    CHECK(by.count(QStringLiteral("queue")) == 0); // no records, no line
    const ActionSummary &search = by[QStringLiteral("search")];
    CHECK(search.count == 21);
    CHECK(search.errors == 1);
    CHECK(search.p50 == 10); // the failed action's 5 s is an error, not a latency
    CHECK(search.p95 == 19);
    CHECK(search.max == 20);
    CHECK(search.errorMessages == QStringList{QStringLiteral("deadlock detected")});

    CHECK(savedIds(records, QStringLiteral("attempt")) == QList<qint64>{501, 502});
    CHECK(savedIds(records, QStringLiteral("note")) == QList<qint64>{77});
}

TEST_CASE("The action mix is read from its text and draws by weight", "[bench][load]")
{
    const ActionMix standard = ActionMix::caseworker();
    const auto again = ActionMix::parse(standard.text());
    REQUIRE(again.ok());
    CHECK(again->text() == standard.text());

    const auto onlySearch = ActionMix::parse(QStringLiteral("search=1,queue=0"));
    REQUIRE(onlySearch.ok());
    std::mt19937 random(7);
    for (int i = 0; i < 50; ++i)
        CHECK(onlySearch->pick(random) == QLatin1String("search"));

    std::map<QString, int> drawn;
    for (int i = 0; i < 10000; ++i)
        ++drawn[standard.pick(random)];
    CHECK(drawn[QStringLiteral("household")] == Approx(3000).margin(300));
    CHECK(drawn[QStringLiteral("queue")] == Approx(1500).margin(300));

    CHECK(ActionMix::parse(QStringLiteral("lunch=5")).error().message.contains(QLatin1String("unknown action 'lunch'")));
    CHECK(ActionMix::parse(QStringLiteral("queue=-1")).error().message.contains(QLatin1String("'queue=-1'")));
    CHECK(ActionMix::parse(QStringLiteral("queue=0")).error().message.contains(QLatin1String("no action a weight")));
}
