#include "render/PdfTools.h"
#include "subjectaccess/SubjectAccessFixture.h"

#include "SubjectAccessPdfWriter.h"
#include "subjectaccess/SubjectAccessService.h"
#include "zrm/ZrmService.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::SubjectAccessFixture;

TEST_CASE_METHOD(SubjectAccessFixture, "The subject-access PDF holds the person's data as text and is audited",
                 "[render][subjectaccess]")
{
    ZrmAssessment zrm;
    zrm.householdId = household.id;
    zrm.personId = personId;
    zrm.assessedOn = QDate(2026, 11, 20);
    zrm.scores = {{QStringLiteral("huisvesting"), 2}, {QStringLiteral("financien"), 1}};
    REQUIRE(ZrmService(*db, clock, users.caseworkerA()).record(zrm).ok());
    const SubjectAccessService service(*db, clock, leadA);
    auto report = service.gather(personId, QStringLiteral("INZ-7"));
    REQUIRE(report.ok());
    const QString path = out.filePath(QStringLiteral("inzage.pdf"));
    REQUIRE(service.save(*report, SubjectAccessPdfWriter(), path).ok());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.size() > 10000);

    const QString text = vangnet::test::pdfText(path);
    CHECK(text.contains(QStringLiteral("Subject access overview")));
    CHECK(text.contains(QStringLiteral("Jan Jansen")));
    CHECK(text.contains(QStringLiteral("999990019")));
    CHECK(text.contains(QStringLiteral("14-03-1980"))); // Dutch date notation
    CHECK(text.contains(QStringLiteral("jan.jansen@example.org")));
    CHECK(text.contains(QStringLiteral("Lindelaan 12 A")));
    CHECK(text.contains(QStringLiteral("Huurachterstand besproken")));
    CHECK(text.contains(QStringLiteral("INZ-7")));
    CHECK(text.contains(QStringLiteral("consulent-a")));
    CHECK(text.contains(QStringLiteral("Maria de Vries")));
    CHECK_FALSE(text.contains(QStringLiteral("999990020"))); // the partner's own data stays out
    CHECK(text.contains(QStringLiteral("20-11-2026, scored by")));
    if (qEnvironmentVariableIsSet("VANGNET_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("VANGNET_KEEP_PDF"));

    const QList<AuditEvent> events = auditOf(QStringLiteral("person"), personId);
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.first().action == AuditAction::Export);
    CHECK(events.first().detail == QStringLiteral("pdf"));
    CHECK(events.first().reason == QStringLiteral("INZ-7"));
}
