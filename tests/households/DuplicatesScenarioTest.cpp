#include "MergeFixture.h"

#include "households/DuplicateService.h"
#include "households/HouseholdMergeService.h"
#include "importing/ImportFiles.h"
#include "importing/ImportProfile.h"
#include "rules/RulesService.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::households;
using vangnet::test::required;

namespace {

const QByteArray header = "signaal_id;signaalpartner;partner_naam;signaaldatum;ontstaansdatum;bedrag;crisissignaal;"
                          "warme_overdracht;bsn;voorletters;voornaam;voorvoegsel;achternaam;geboortedatum;straat;"
                          "huisnummer;toevoeging;postcode;plaats\n";

QStringList openRules(const QList<rules::StoredFlag> &flags)
{
    QStringList ids;
    for (const rules::StoredFlag &f : flags)
        if (f.isOpen())
            ids << f.flag.ruleId;
    return ids;
}

} // namespace

TEST_CASE_METHOD(test::MergeFixture,
    "A caseworker imports a family twice with a surname typo, merges the pair and the merged household is flagged",
    "[merge][duplicates][scenario]")
{
    // One family, two partners, no BSN: the housing corporation spells the name right, the
    // energy company with one s too many. The import makes two households at one address.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signalen.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(header
        + "H-1;Huur;Woonstichting Oost;2026-11-02;2026-10-01;812.40;nee;nee;;M.;Maria;;Visser;1979-07-14;"
          "Kerkstraat;5;;7412 CD;Vangstad\n"
          "E-1;Energie;Energie Noord;2026-11-05;2026-09-15;236.10;nee;nee;;M.;Maria;;Vissser;1979-07-14;"
          "Kerkstraat;5;;7412 CD;Vangstad\n");
    file.close();
    auto source
        = required(importing::openSignalFile(path, QStringLiteral("csv"), importing::ImportProfile::defaultSignals()));
    const auto summary
        = required(importing::ImportService(*db, clock, users.caseworkerA())
                       .importSignals(*source,
                           {QStringLiteral("signalen.csv"), QStringLiteral("csv"), QStringLiteral("standaard")}));
    REQUIRE(summary.imported == 2);
    REQUIRE(summary.newHouseholds == 2);

    rules::RulesService rulesService(*db, clock, users.caseworkerA());
    DuplicateService duplicates(*db, clock, users.caseworkerA());
    const auto pairs = required(duplicates.candidates());
    const DuplicatePair *pair = nullptr;
    for (const DuplicatePair &p : pairs)
        if (p.a.name.contains(QStringLiteral("Visser")) || p.b.name.contains(QStringLiteral("Visser")))
            pair = &p;
    REQUIRE(pair != nullptr);
    QList<DuplicateReasonKind> kinds;
    for (const DuplicateReason &r : pair->reasons)
        kinds << r.kind;
    CHECK(kinds == QList{DuplicateReasonKind::SimilarName, DuplicateReasonKind::SameAddress});
    CHECK(pair->score == 80);
    CHECK(pair->reasonsText().contains(QStringLiteral("Vissser")));

    // Neither record alone has two kinds of arrears.
    const QString stacked = QStringLiteral("meerdere_achterstanden");
    CHECK_FALSE(openRules(required(rulesService.flagsOf(pair->a.id))).contains(stacked));
    CHECK_FALSE(openRules(required(rulesService.flagsOf(pair->b.id))).contains(stacked));

    const auto merged = required(HouseholdMergeService(*db, clock, users.caseworkerA())
                                     .merge(pair->a.id, pair->b.id, pair->a.version, pair->b.version));
    CHECK(merged.personsJoined == 1);
    CHECK(merged.moved.value(QStringLiteral("signals")) == 1);
    CHECK(openRules(required(rulesService.flagsOf(pair->a.id))).contains(stacked));
    CHECK(required(households.get(pair->a.id)).members.size() == 1);
    for (const DuplicatePair &p : required(duplicates.candidates()))
        CHECK((p.a.id != pair->b.id && p.b.id != pair->b.id));
}
