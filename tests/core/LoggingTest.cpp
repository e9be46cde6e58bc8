#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "households/HouseholdService.h"
#include "storage/HouseholdQuery.h"
#include "support/Logging.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

using namespace vangnet;

TEST_CASE("Technical logs carry no personal data", "[logging][privacy]")
{
    QTemporaryDir logDir;
    initLogging(LogOptions{logDir.path(), QStringLiteral("trace"), false});

    test::TestDatabase scratch(Engine::Sqlite);
    auto db = scratch.open();
    SystemClock clock;
    test::TestUsers users(*db, clock);
    HouseholdService service(*db, clock, users.caseworkerA());

    Household h;
    h.address = Address{0, QStringLiteral("Goudsbloemstraat"), 7, QStringLiteral("B"), QStringLiteral("7415 KX"),
                        QStringLiteral("Vangstad"), QStringLiteral("Bloemenwijk")};
    Person p;
    p.voornaam = QStringLiteral("Wilhelmina");
    p.voorletters = QStringLiteral("W.");
    p.achternaam = QStringLiteral("Zonneveld");
    p.bsn = QStringLiteral("999990019");
    p.telefoon = QStringLiteral("0612345678");
    h.members << p;
    auto created = service.create(h);
    REQUIRE(created.ok());
    Household edited = *created;
    edited.members[0].email = QStringLiteral("wilhelmina@voorbeeld.nl");
    REQUIRE(service.save(edited).ok());
    REQUIRE(service.addNote(created->id, QStringLiteral("Schuld bij Zonneveld")).ok());
    HouseholdQuery query(db->connection(), users.caseworkerA());
    REQUIRE(query.find(HouseholdFilter::forSearch(QStringLiteral("Zonneveld"))).ok());
    REQUIRE(query.find(HouseholdFilter::forSearch(QStringLiteral("999990019"))).ok());
    REQUIRE_FALSE(service.create(h).ok()); // a refused duplicate BSN is logged without the BSN
    spdlog::default_logger()->flush();

    QFile log(logFilePath(logDir.path()));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    CHECK(text.contains(QStringLiteral("household")));
    for (const char *secret : {"Wilhelmina", "Zonneveld", "999990019", "Goudsbloem", "7415", "0612345678", "voorbeeld.nl"}) {
        INFO(secret);
        CHECK_FALSE(text.contains(QString::fromLatin1(secret), Qt::CaseInsensitive));
    }
}
