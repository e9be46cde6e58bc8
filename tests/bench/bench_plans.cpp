// Planner-on-the-database benchmark (docs/performance.md, "Planner"): the whole proposal —
// candidates, eligibility of every household–place pair, the instance, the solve and the Dutch
// explanations — at the reference size and on a demo database. Medians of R runs.
//
//   bench_plans --synthetic [--candidates C] [--places P] [--repeat R]
//       made-up inputs in memory (no database): ProposalBuilder::build alone
//   bench_plans --db FILE [--furnish N] [--repeat R]
//       a demo database (vangnet-cli demo --workday: flags); --furnish first adds N places and
//       a need for every other flagged household, deterministically, through the repositories;
//       then the team lead's PlanService::propose (reading included)

#include "needs/NeedRepository.h"
#include "places/PlaceRepository.h"
#include "plans/PlanService.h"
#include "plans/ProposalBuilder.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "support/Clock.h"
#include "support/Logging.h"
#include "support/Translations.h"
#include "users/AuthService.h"

#include "BenchSupport.h"

#include <QCoreApplication>

#include <ctime>
#include <random>

using namespace vangnet;
using namespace vangnet::bench;
using places::CareLevel;
using places::HousingType;

namespace {

const QStringList wijken{QStringLiteral("Centrum"), QStringLiteral("Noord"), QStringLiteral("Zuid"),
    QStringLiteral("Oost"), QStringLiteral("West"), QStringLiteral("Rivierenwijk")};

/// Places as a provider's list has them: every woonvorm, a sixth with an age band, most for one
/// or two persons, capacity 1–3, available from a month ago to two months ahead.
places::PlaceDetails madeUpPlace(std::mt19937_64 &random, int n, const QDate &asOf)
{
    const auto pick = [&](int below) { return int(random() % unsigned(below)); };
    places::PlaceDetails d;
    d.plekId = QStringLiteral("BENCH-%1").arg(n, 5, 10, QLatin1Char('0'));
    d.provider = QStringLiteral("Aanbieder %1").arg(pick(12));
    d.wijk = wijken[pick(int(wijken.size()))];
    d.housingType = static_cast<HousingType>(pick(7));
    d.capacity = 1 + pick(3);
    d.availableFrom = asOf.addDays(pick(90) - 30);
    if (pick(6) == 0) {
        d.minAge = 18;
        d.maxAge = 23 + pick(5);
    }
    if (pick(3) != 0)
        d.maxPersons = 1 + pick(3);
    d.wheelchair = pick(10) < 3;
    d.pets = pick(10) < 4;
    d.care = static_cast<CareLevel>(1 + pick(3));
    return d;
}

/// A household's need: mostly one or two persons, some with a wheelchair or a pet, one or two
/// acceptable woonvormen or any, a fifth bound to a wijk, ready within two months.
needs::HousingNeed madeUpNeed(std::mt19937_64 &random, qint64 household, qint64 applicant, const QDate &asOf)
{
    const auto pick = [&](int below) { return int(random() % unsigned(below)); };
    needs::HousingNeed n;
    n.householdId = household;
    n.applicantId = applicant;
    n.persons = 1 + (pick(4) == 0 ? 1 + pick(2) : 0);
    n.wheelchair = pick(10) == 0;
    n.pet = pick(5) == 0;
    n.care = static_cast<CareLevel>(1 + pick(3));
    for (int k = pick(3); k > 0; --k)
        n.woonvormen << static_cast<HousingType>(pick(7));
    if (pick(5) == 0)
        n.wijken << wijken[pick(int(wijken.size()))];
    n.availableFrom = asOf.addDays(pick(60) - 20);
    n.registeredOn = asOf.addDays(-pick(200));
    return n;
}

plans::PlanInputs madeUpInputs(int candidates, int placeCount, const QDate &asOf)
{
    std::mt19937_64 random(1);
    plans::PlanInputs inputs;
    for (int p = 0; p < placeCount; ++p)
        inputs.places << places::Place{p + 1, madeUpPlace(random, p + 1, asOf), places::PlaceStatus::Vrij, {}, {}};
    for (int c = 0; c < candidates; ++c) {
        plans::NeedHolder h;
        h.householdId = c + 1;
        h.need = madeUpNeed(random, c + 1, 100000 + c, asOf);
        h.applicantBirthDate = asOf.addDays(-int(6570 + random() % 20000));
        h.activeFlags = 1 + int(random() % 3);
        h.highestSeverity = 1 + int(random() % 4);
        h.scoreSum = qint64(random() % 200);
        h.firstFlagRaised = asOf.addDays(-int(random() % 300));
        h.standing = plans::Standing::Candidate;
        inputs.holders << h;
    }
    return inputs;
}

/// The runs' wall times with the proposal's figures and the process's CPU time per run (on a
/// shared machine the wall time also counts the other processes).
void describe(const char *name, const std::vector<double> &runs, const plans::PlanProposal &p, double cpuMs)
{
    const auto &placed = p.result.objective.placedByTier;
    const auto &greedy = p.result.greedyObjective.placedByTier;
    report(name, runs,
        QStringLiteral("(%1 candidates, %2 places, %3 pairs; placed %4/%5/%6/%7, greedy %8/%9/%10/%11; solve %12 ms; "
                       "cpu %13 ms per run)")
            .arg(p.instance.candidates.size())
            .arg(p.instance.places.size())
            .arg(p.instance.pairs.size())
            .arg(placed[0])
            .arg(placed[1])
            .arg(placed[2])
            .arg(placed[3])
            .arg(greedy[0])
            .arg(greedy[1])
            .arg(greedy[2])
            .arg(greedy[3])
            .arg(p.result.seconds * 1e3, 0, 'f', 1)
            .arg(cpuMs, 0, 'f', 1));
}

/// N places and a need for every other flagged household, in one transaction.
void furnish(Database &db, int placeCount, const QDate &asOf)
{
    std::mt19937_64 random(2);
    Transaction tx(db.connection());
    if (auto begun = tx.beginResult(); !begun)
        fail(begun.error().message);
    places::PlaceRepository placeRepository(db.connection());
    for (int p = 1; p <= placeCount; ++p)
        (void)orFail(placeRepository.insert(
            madeUpPlace(random, p, asOf), QStringLiteral("bench"), QDateTime::currentDateTimeUtc()));
    auto q = orFail(runSql(db.connection(),
        QStringLiteral("SELECT h.id AS household, MIN(p.id) AS applicant FROM households h "
                       "JOIN persons p ON p.household_id = h.id WHERE EXISTS (SELECT 1 FROM flags f "
                       "WHERE f.household_id = h.id AND f.resolved_on IS NULL) "
                       "AND NOT EXISTS (SELECT 1 FROM housing_needs n WHERE n.household_id = h.id) "
                       "GROUP BY h.id ORDER BY h.id")));
    QList<std::pair<qint64, qint64>> flagged;
    while (q.next())
        flagged << std::pair{
            q.value(QStringLiteral("household")).toLongLong(), q.value(QStringLiteral("applicant")).toLongLong()};
    q.finish();
    needs::NeedRepository needRepository(db.connection());
    for (qsizetype i = 0; i < flagged.size(); i += 2) {
        needs::HousingNeed n = madeUpNeed(random, flagged[i].first, flagged[i].second, asOf);
        n.updatedAt = QDateTime::currentDateTimeUtc();
        n.updatedBy = QStringLiteral("bench");
        if (auto stored = needRepository.store(n, false); !stored)
            fail(stored.error().message);
    }
    if (auto committed = tx.commit(); !committed)
        fail(committed.error().message);
    std::printf("furnished: %d places, %lld needs\n", placeCount, static_cast<long long>((flagged.size() + 1) / 2));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initLogging(LogOptions{QString(), QStringLiteral("warn"), true});
    installTranslations(app); // explanations are written in Dutch, as in the application
    QString path;
    int repeat = 3, candidates = 10000, placeCount = 2000, furnishPlaces = 0;
    bool synthetic = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--synthetic")) {
            synthetic = true;
            continue;
        }
        const QString name = args[i];
        const QString value = i + 1 < args.size() ? args[++i] : QString();
        if (name == QLatin1String("--db"))
            path = value;
        else if (name == QLatin1String("--repeat"))
            repeat = value.toInt();
        else if (name == QLatin1String("--candidates"))
            candidates = value.toInt();
        else if (name == QLatin1String("--places"))
            placeCount = value.toInt();
        else if (name == QLatin1String("--furnish"))
            furnishPlaces = value.toInt();
        else
            fail(QStringLiteral("unknown argument %1").arg(name));
    }
    if ((synthetic == !path.isEmpty()) || repeat < 1)
        fail(QStringLiteral("usage: bench_plans --synthetic [--candidates C] [--places P] [--repeat R] | "
                            "--db FILE [--furnish N] [--repeat R]"));
    const QDate asOf = QDate::currentDate();
    plans::PlanProposal proposal;
    if (synthetic) {
        const plans::PlanInputs inputs = madeUpInputs(candidates, placeCount, asOf);
        const std::clock_t cpu = std::clock();
        const auto runs = timed(repeat, [&] { proposal = orFail(plans::ProposalBuilder::build({asOf, 30}, inputs)); });
        describe("proposal from inputs in memory", runs, proposal, cpuMsPerRun(cpu, repeat));
        return 0;
    }
    auto db = orFail(Database::open(DatabaseLocation::sqliteFile(path)));
    if (furnishPlaces > 0)
        furnish(*db, furnishPlaces, asOf);
    const SystemClock clock;
    const Session lead = orFail(AuthService(*db, clock).login(QStringLiteral("teamleider"), QStringLiteral("demo")));
    const plans::PlanService service(*db, clock, lead);
    const std::clock_t cpu = std::clock();
    const auto runs = timed(repeat, [&] { proposal = orFail(service.propose({asOf, 30})); });
    describe("team lead's proposal from the database", runs, proposal, cpuMsPerRun(cpu, repeat));
    return 0;
}
