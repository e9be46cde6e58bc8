// The "Done when", in core: a caseworker opens the queue, takes the most urgent
// household, logs two contact attempts, scores a ZRM, closes the case with an outcome, and the
// period's DDAS file validates against the schema.
#include "DdasSchemaCheck.h"
#include "cases/CaseFixture.h"

#include "cases/WorkQueue.h"
#include "ddas/DdasExport.h"
#include "ddas/MunicipalityService.h"
#include "storage/AddressRepository.h"
#include "zrm/ZrmService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace vangnet;
using namespace vangnet::cases;
using vangnet::test::CaseFixture;

TEST_CASE("A caseworker's round ends in a DDAS delivery that validates", "[ddas][cases]")
{
    CaseFixture f;
    const QDate today = CaseFixture::today();
    const auto calm = f.household(QStringLiteral("Kalm"), 1);
    const auto urgent = f.household(QStringLiteral("Dringend"), 2);
    f.signal(calm, QStringLiteral("H-1"), today.addDays(-3));
    importing::SignalRow energy; // rent and energy arrears: flagged, but less urgent than a crisis
    energy.signalId = QStringLiteral("N-1");
    energy.partnerType = importing::PartnerType::Energie;
    energy.signalDate = today.addDays(-2);
    energy.amountCents = 30000;
    CaseFixture::require(f.households.addSignal(calm.first, calm.second, energy));
    const qint64 crisis = f.signal(urgent, QStringLiteral("E-9"), today.addDays(-1), true); // disconnection

    const QList<QueueItem> queue = CaseFixture::require(WorkQueue(*f.db, f.clock, f.users.caseworkerA()).load());
    REQUIRE(queue.size() == 2);
    const QueueItem top = queue.first();
    CHECK(top.householdId == urgent.first);
    CHECK(top.severity == 4);

    Case c = CaseFixture::require(f.service.claim(top.householdId));
    CHECK(c.assigneeId == f.users.caseworkerA().user().id);
    CHECK(c.signalIds == QList<qint64>{crisis});
    ContactAttempt letter;
    letter.kind = QStringLiteral("Telefoon");
    letter.date = today.addDays(-1);
    letter.dayPart = QStringLiteral("Avond");
    CaseFixture::require(f.service.addAttempt(c.id, letter));
    ContactAttempt visit;
    visit.kind = QStringLiteral("Huisbezoek");
    visit.reached = true;
    visit.date = today;
    visit.dayPart = QStringLiteral("Ochtend");
    CaseFixture::require(f.service.addAttempt(c.id, visit));

    ZrmAssessment zrm;
    zrm.householdId = urgent.first;
    zrm.caseId = c.id;
    zrm.assessedOn = today;
    zrm.scores = {{QStringLiteral("financien"), 2}, {QStringLiteral("huisvesting"), 3}};
    CaseFixture::require(ZrmService(*f.db, f.clock, f.users.caseworkerA()).record(zrm));

    c = CaseFixture::require(f.service.get(c.id));
    c = CaseFixture::require(f.service.close(c.id, c.version, QStringLiteral("(Budget)advies en/of quick fix"), today));
    CHECK(c.status == CaseStatus::Afgesloten);

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    DdasRequest request;
    request.from = QDate(today.year(), today.month(), 1);
    request.to = request.from.addMonths(1).addDays(-1);
    request.gemeentecodes = {QStringLiteral("0518")};
    // Every wijk of the addresses lies in municipality 0518.
    const MunicipalityService municipalities(*f.db, f.clock, f.teamLeadA);
    REQUIRE(municipalities.set({}, QStringLiteral("0518")).ok());
    for (const QString &wijk : CaseFixture::require(AddressRepository(f.db->connection()).districts()))
        REQUIRE(municipalities.set(wijk, QStringLiteral("0518")).ok());
    const DdasCounts counts = CaseFixture::require(DdasExport(*f.db, f.clock, f.teamLeadA).write(request, file));
    CHECK(counts.signals == 3);
    CHECK(counts.cases == 1);

    const test::SchemaCheck check = test::checkAgainstSchema(file);
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);
    QFile json(file);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject levering =
        QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("leveringen")).toArray().first().toObject();
    const QJsonArray zaken = levering.value(QStringLiteral("vroegsignaalzaken")).toArray();
    REQUIRE(zaken.size() == 1);
    const QJsonObject zaak = zaken.first().toObject();
    CHECK(zaak.value(QStringLiteral("resultaat")).toString() == QStringLiteral("(Budget)advies en/of quick fix"));
    CHECK(zaak.value(QStringLiteral("datum_opgepakt")).toString() == today.addDays(-1).toString(Qt::ISODate));
    CHECK(zaak.value(QStringLiteral("contactpogingen")).toArray().size() == 2);
    CHECK(zaak.value(QStringLiteral("vroegsignalen")).toArray().first().toObject().value(QStringLiteral("ID")).toString()
          .startsWith(QLatin1String("VN-"))); // the partner's own E-9 stays in Vangnet
}
