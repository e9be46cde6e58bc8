#include "summary/CaseSummaryFixture.h"

#include "rules/DefaultRules.h"
#include "summary/CaseSummaryDocument.h"
#include "summary/PartnerRedaction.h"
#include "zrm/ZrmScale.h"

#include <QDir>
#include <QFile>
#include <QIODevice>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::summary;
using vangnet::test::CaseSummaryFixture;

namespace {

/// Stands in for the PDF renderer: the document's text, so tests can read what was written.
Result<void> textRenderer(const ReportDocument &document, QIODevice &out)
{
    out.write(CaseSummaryFixture::textOf(document).toUtf8());
    return success();
}

/// Fails halfway, as a full disk would.
Result<void> failingRenderer(const ReportDocument &, QIODevice &out)
{
    out.write("%PDF-1.4 half");
    return Error(ErrorCode::Io, QStringLiteral("disk full"));
}

QList<AuditEvent> auditOf(CaseSummaryFixture &f, AuditAction action)
{
    QList<AuditEvent> events;
    for (const AuditEvent &e : f.audit(action))
        if (e.objectType == QLatin1String("household") && e.objectId == f.householdId)
            events << e;
    return events;
}

QString documentText(CaseSummaryFixture &f, SummaryProfile profile)
{
    const CaseSummary s = CaseSummaryFixture::require(
        CaseSummaryService(*f.db, f.clock, f.users.caseworkerA()).gather(f.householdId, profile));
    return CaseSummaryFixture::textOf(caseSummaryDocument(s));
}

} // namespace

TEST_CASE_METHOD(
    CaseSummaryFixture, "The intern summary is complete, with masked BSNs and the flags' explanations", "[summary]")
{
    const CaseSummary s
        = require(CaseSummaryService(*db, clock, users.caseworkerA()).gather(householdId, SummaryProfile::Intern));
    CHECK(s.profile == SummaryProfile::Intern);
    CHECK(s.generatedByName == users.caseworkerA().user().displayName);
    REQUIRE(s.members.size() == 2);
    CHECK(s.teamName == users.teamA().name);
    REQUIRE(s.flags.size() >= 3);
    REQUIRE(s.cases.size() == 1);
    REQUIRE(s.zrm.size() == 1);
    CHECK(s.zrm.first().scores.size() == 7);
    REQUIRE(s.need.has_value());
    REQUIRE(s.placements.size() == 1);
    CHECK(s.places.contains(s.placements.first().placeId));

    const QString text = CaseSummaryFixture::textOf(caseSummaryDocument(s));
    CHECK(text.contains(QStringLiteral("*****0019")));
    CHECK(text.contains(QStringLiteral("*****0020")));
    CHECK_FALSE(text.contains(QStringLiteral("999990019"))); // masked, exactly as on screen
    CHECK_FALSE(text.contains(QStringLiteral("999990020")));
    for (const rules::StoredFlag &flag : s.flags) {
        CHECK(text.contains(flag.flag.title));
        CHECK(text.contains(flag.flag.explanation));
    }
    CHECK(text.contains(QStringLiteral("Uitstroom binnen 60 dagen")));
    for (const QString &marker : CaseSummaryFixture::noteMarkers()) {
        INFO(marker.toStdString());
        CHECK(text.contains(marker));
    }
    CHECK(text.contains(QStringLiteral("PI Vangstad")));
    CHECK(text.contains(zrm::domainLabel(u"geestelijke_gezondheid")));
    CHECK(text.contains(zrm::domainLabel(u"justitie")));
    CHECK(text.contains(QStringLiteral("Jan Jansen")));
    CHECK(text.contains(QStringLiteral("14-03-1980"))); // Dutch dates
    CHECK(text.contains(QStringLiteral("€\u00A0950,00"))); // Dutch amounts, the sign kept with the number
    CHECK(text.contains(QStringLiteral("Woonruimte na uitstroom")));
    CHECK(text.contains(QStringLiteral("WP-001")));
    CHECK(text.contains(QStringLiteral("Confidential")));
    CHECK(text.contains(QStringLiteral("Printed 24-11-2026")));
}

TEST_CASE_METHOD(CaseSummaryFixture,
    "The partner summary has no BSN, no notes and no health, addiction or detention details", "[summary]")
{
    const CaseSummary s
        = require(CaseSummaryService(*db, clock, users.caseworkerA()).gather(householdId, SummaryProfile::Partner));
    CHECK(s.profile == SummaryProfile::Partner);
    for (const SummaryMember &m : s.members)
        CHECK(m.bsn.isEmpty());
    CHECK(s.notes.isEmpty());
    REQUIRE(s.discharges.size() == 2);
    for (const DischargeRecord &d : s.discharges) {
        CHECK(d.institutionName.isEmpty());
        CHECK((d.institutionType.isEmpty() || d.institutionType == QLatin1String("jeugdzorg")));
    }
    REQUIRE(s.zrm.size() == 1);
    for (const QString &domain : partnerHiddenZrmDomains())
        CHECK_FALSE(s.zrm.first().scores.contains(domain));
    CHECK(s.zrm.first().scores.size() == 2); // huisvesting, financien

    const QString text = CaseSummaryFixture::textOf(caseSummaryDocument(s));
    CHECK_FALSE(text.contains(QStringLiteral("99999")));
    CHECK_FALSE(text.contains(QStringLiteral("0019")));
    CHECK_FALSE(text.contains(QStringLiteral("0020")));
    CHECK_FALSE(text.contains(QStringLiteral("BSN")));
    for (const QString &marker : CaseSummaryFixture::noteMarkers()) {
        INFO(marker.toStdString());
        CHECK_FALSE(text.contains(marker));
    }
    for (const QString &word : CaseSummaryFixture::specialWords()) {
        INFO(word.toStdString());
        CHECK_FALSE(text.contains(word, Qt::CaseInsensitive));
    }
    for (const QString &domain : partnerHiddenZrmDomains())
        CHECK_FALSE(text.contains(zrm::domainLabel(domain)));
    CHECK_FALSE(text.contains(QStringLiteral("Jeugdhuis De Brug"))); // no institution names at all

    // What a handover needs stays: the crisis flag and the youth-care flag with their explanations,
    // the notices (dated, with their conditions), the plan of action, housing and finance scores.
    CHECK(text.contains(QStringLiteral("Crisissignaal")));
    CHECK(text.contains(QStringLiteral("Jeugdzorg: wordt 18")));
    CHECK_FALSE(text.contains(QStringLiteral("Uitstroom binnen 60 dagen"))); // rests on the detention notice
    CHECK(text.contains(QStringLiteral("an institution")));
    CHECK(text.contains(QStringLiteral("Youth care")));
    CHECK(text.contains(QStringLiteral("Woonruimte na uitstroom")));
    CHECK(text.contains(QStringLiteral("Inschrijven bij de woningcorporatie")));
    CHECK(text.contains(zrm::domainLabel(u"huisvesting")));
    CHECK(text.contains(QStringLiteral("Jan Jansen")));
    CHECK(text.contains(QStringLiteral("Partner (minimised)")));
}

TEST_CASE_METHOD(CaseSummaryFixture, "A notice of someone in detention reaches a partner as announced", "[summary]")
{
    require(service.setNoticeLifecycle(
        caseId, service.detail(caseId)->record.dischargeIds.first(), importing::DischargeLifecycle::InDetentie));
    const QString intern = documentText(*this, SummaryProfile::Intern);
    CHECK(intern.contains(QStringLiteral("In detention")));
    const QString partner = documentText(*this, SummaryProfile::Partner);
    CHECK_FALSE(partner.contains(QStringLiteral("detention"), Qt::CaseInsensitive));
    CHECK(partner.contains(QStringLiteral("Announced")));
}

TEST_CASE_METHOD(CaseSummaryFixture, "Another team's household is refused and the refusal audited", "[summary]")
{
    const CaseSummaryService other(*db, clock, users.caseworkerB());
    auto refused = other.gather(householdId, SummaryProfile::Intern);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    const QString file = out.filePath(QStringLiteral("b.pdf"));
    auto written = other.write(householdId, SummaryProfile::Partner, file, textRenderer);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(file));

    const QList<AuditEvent> denied = auditOf(*this, AuditAction::PermissionDenied);
    REQUIRE(denied.size() == 2);
    CHECK(denied.first().actorId == users.caseworkerB().user().id);
    CHECK(denied.first().result == AuditResult::Denied);
    CHECK(auditOf(*this, AuditAction::Export).isEmpty());

    SECTION("an unknown household is not found")
    {
        auto missing
            = CaseSummaryService(*db, clock, users.caseworkerA()).gather(householdId + 1000, SummaryProfile::Intern);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == ErrorCode::NotFound);
    }
    SECTION("the administrator, who sees no household data, is refused")
    {
        auto admin = CaseSummaryService(*db, clock, users.admin()).gather(householdId, SummaryProfile::Intern);
        REQUIRE_FALSE(admin.ok());
        CHECK(admin.error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE_METHOD(CaseSummaryFixture, "Each written summary is audited as an export with its profile", "[summary]")
{
    const CaseSummaryService summaries(*db, clock, users.caseworkerA());
    const QString file = out.filePath(QStringLiteral("samenvatting.pdf"));
    require(summaries.write(householdId, SummaryProfile::Partner, file, textRenderer));
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(written.readAll()).contains(QStringLiteral("Partner (minimised)")));

    QList<AuditEvent> exports = auditOf(*this, AuditAction::Export);
    REQUIRE(exports.size() == 1);
    CHECK(exports.first().actorId == users.caseworkerA().user().id);
    CHECK(exports.first().result == AuditResult::Success);
    CHECK(exports.first().detail == QStringLiteral("case_summary:partner"));

    require(summaries.write(householdId, SummaryProfile::Intern, file, textRenderer));
    exports = auditOf(*this, AuditAction::Export);
    REQUIRE(exports.size() == 2);
    CHECK(exports.last().detail == QStringLiteral("case_summary:intern"));
}

TEST_CASE_METHOD(CaseSummaryFixture, "A summary that fails to render leaves no file and no export record", "[summary]")
{
    const CaseSummaryService summaries(*db, clock, users.caseworkerA());
    const QString file = out.filePath(QStringLiteral("half.pdf"));
    auto failed = summaries.write(householdId, SummaryProfile::Intern, file, failingRenderer);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message == QStringLiteral("disk full"));
    CHECK(QDir(out.path()).entryList(QDir::Files).isEmpty());
    CHECK(auditOf(*this, AuditAction::Export).isEmpty());

    auto folder = summaries.write(householdId, SummaryProfile::Intern, out.path(), textRenderer);
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().code == ErrorCode::Invalid);
    auto missing
        = summaries.write(householdId, SummaryProfile::Intern, out.filePath(QStringLiteral("weg/s.pdf")), textRenderer);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().fields.first().message.contains(QStringLiteral("does not exist")));
}

TEST_CASE_METHOD(
    CaseSummaryFixture, "A batch writes one summary per household and stops at the first failure", "[summary]")
{
    const qint64 second = household(QStringLiteral("Bakker"), 3).first;
    const qint64 third = household(QStringLiteral("Mulder"), 5).first;
    const CaseSummaryService summaries(*db, clock, users.caseworkerA());
    CHECK(CaseSummaryService::fileNameFor(second, SummaryProfile::Partner)
        == QStringLiteral("samenvatting-%1-partner.pdf").arg(second));

    QList<std::pair<qint64, qint64>> steps;
    auto all = summaries.writeAll({householdId, second, third}, SummaryProfile::Partner, out.path(), textRenderer,
        [&](qint64 done, qint64 total) {
            steps.append({done, total});
            return true;
        });
    REQUIRE(all.ok());
    CHECK(all->written.size() == 3);
    CHECK_FALSE(all->failure);
    CHECK(steps.last() == std::pair<qint64, qint64>{3, 3});
    for (const qint64 id : {householdId, second, third})
        CHECK(QFile::exists(out.filePath(CaseSummaryService::fileNameFor(id, SummaryProfile::Partner))));
    CHECK(auditOf(*this, AuditAction::Export).size() == 1); // this household's; the others have their own

    SECTION("a household whose file cannot be written stops the batch, naming it")
    {
        QTemporaryDir folder;
        REQUIRE(QDir(folder.path()).mkdir(CaseSummaryService::fileNameFor(second, SummaryProfile::Intern)));
        auto stopped
            = summaries.writeAll({householdId, second, third}, SummaryProfile::Intern, folder.path(), textRenderer);
        REQUIRE(stopped.ok());
        CHECK(stopped->written.size() == 1);
        CHECK(stopped->failedHousehold == second);
        REQUIRE(stopped->failure);
        CHECK(stopped->failure->fields.first().message.contains(QStringLiteral("is a folder")));
        CHECK_FALSE(QFile::exists(
            QDir(folder.path()).filePath(CaseSummaryService::fileNameFor(third, SummaryProfile::Intern))));
    }
    SECTION("stopping between households keeps what was written")
    {
        QTemporaryDir folder;
        auto cancelled = summaries.writeAll({householdId, second, third}, SummaryProfile::Intern, folder.path(),
            textRenderer, [](qint64 done, qint64) { return done < 1; });
        REQUIRE(cancelled.ok());
        CHECK(cancelled->cancelled);
        CHECK(cancelled->written.size() == 1);
        CHECK(QDir(folder.path()).entryList(QDir::Files).size() == 1);
    }
    SECTION("a folder that does not exist is refused before anything runs")
    {
        auto refused = summaries.writeAll(
            {householdId}, SummaryProfile::Intern, out.filePath(QStringLiteral("weg")), textRenderer);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
    }
}

TEST_CASE("The profiles have exactly the keys intern and partner", "[summary]")
{
    CHECK(profileFromKey(QStringLiteral("intern")) == SummaryProfile::Intern);
    CHECK(profileFromKey(QStringLiteral("partner")) == SummaryProfile::Partner);
    CHECK_FALSE(profileFromKey(QStringLiteral("Partner")));
    CHECK_FALSE(profileFromKey(QStringLiteral("extern")));
    CHECK(profileKey(SummaryProfile::Partner) == QStringLiteral("partner"));
    CHECK(CaseSummaryService::auditDetail(SummaryProfile::Intern) == QStringLiteral("case_summary:intern"));
}

TEST_CASE("A rule that reads or names a special category keeps its flags from partners", "[summary]")
{
    const QString rules = QStringLiteral(R"(
rule ggz { title "Lage score" severity hoog score 10
  when zrm(geestelijke_gezondheid) <= 2 and zrm(geestelijke_gezondheid) > 0
  explain "Lage score" }
rule kliniek { title "Uitstroom" severity hoog score 10
  let u = discharges where institution = "GGZ kliniek"
  when exists(u) explain "{u}" }
rule tekst { title "Vrij" severity laag score 1
  let s = signals where open
  when exists(s) explain "Komt net uit Detentie: {s}" }
rule plaatshouder { title "Vrij" severity laag score 1
  when zrm(huisvesting) >= 1 explain "{zrm(justitie)}" }
rule huur { title "Huur" severity laag score 1 # detentie in commentaar telt niet
  let s = signals where open and partner = Huur
  when exists(s) explain "Huur open: {s}" }
)");
    CHECK(ruleReadsSpecialCategory(rules, QStringLiteral("ggz")));
    CHECK(ruleReadsSpecialCategory(rules, QStringLiteral("kliniek")));
    CHECK(ruleReadsSpecialCategory(rules, QStringLiteral("tekst")));
    CHECK(ruleReadsSpecialCategory(rules, QStringLiteral("plaatshouder")));
    CHECK_FALSE(ruleReadsSpecialCategory(rules, QStringLiteral("huur")));
    CHECK(ruleReadsSpecialCategory(rules, QStringLiteral("bestaat_niet")));

    // The shipped rules: none names a special category itself; a flag on a detention notice goes
    // by its evidence instead.
    const QString shipped = rules::defaultRuleSetText();
    REQUIRE_FALSE(shipped.isEmpty());
    for (const QString &id : {QStringLiteral("meerdere_achterstanden"), QStringLiteral("crisissignaal"),
             QStringLiteral("uitstroom_zonder_onderdak"), QStringLiteral("jeugdzorg_18_zonder_woonplek"),
             QStringLiteral("zorgverzekering"), QStringLiteral("geen_contact")})
        CHECK_FALSE(ruleReadsSpecialCategory(shipped, id));
}
