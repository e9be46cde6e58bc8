#include "ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::importing::test;

namespace {

QByteArray file(std::initializer_list<QByteArray> records)
{
    QByteArray out(dischargeHeader);
    for (const QByteArray &r : records)
        out += '\n' + r;
    return out + '\n';
}

} // namespace

TEST_CASE("A default-profile discharge row is read into every field", "[import][discharge]")
{
    const auto result = readDischarges(file({dischargeRecord()}));
    REQUIRE_FALSE(result.refused);
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 1);
    const DischargeRow &row = result.rows.front();
    CHECK(row.line == 2);
    CHECK(row.noticeId == QStringLiteral("U-1"));
    CHECK(row.institutionType == InstitutionType::Detentie);
    CHECK(row.institutionName == QStringLiteral("PI Noord"));
    CHECK(row.expectedDate == QDate(2025, 4, 1));
    CHECK(row.channel == DischargeChannel::DrPlan);
    CHECK(row.person.bsn == QStringLiteral("999990019"));
    CHECK(row.person.bsnValid);
    CHECK(row.person.achternaam == QStringLiteral("Vries"));
    CHECK(row.person.postcode == QStringLiteral("1234 AB"));
    CHECK(row.idDocument == ConditionState::Geregeld);
    CHECK(row.shelter == ConditionState::NietGeregeld);
    CHECK(row.income == ConditionState::InBehandeling);
    CHECK(row.debts == ConditionState::Onbekend);
    CHECK(row.care == ConditionState::Onbekend); // empty
}

TEST_CASE("Every institution type and condition spelling", "[import][discharge]")
{
    const auto result = readDischarges(file({
        dischargeRecord({{"instelling_type", "ggz_kliniek"}, {"onderdak", "Niet geregeld"}}),
        dischargeRecord({{"instelling_type", "Jeugdzorg"}, {"onderdak", "IN_BEHANDELING"}}),
        dischargeRecord({{"instelling_type", "beschermd wonen"}}),
        dischargeRecord({{"instelling_type", "maatschappelijke_opvang"}}),
        dischargeRecord({{"instelling_type", "ziekenhuis"}}),
        dischargeRecord({{"instelling_type", "overig"}, {"verwachte_uitstroomdatum", "15-06-2025"}}),
    }));
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 6);
    CHECK(result.rows[0].institutionType == InstitutionType::GgzKliniek);
    CHECK(result.rows[0].shelter == ConditionState::NietGeregeld);
    CHECK(result.rows[1].institutionType == InstitutionType::Jeugdzorg);
    CHECK(result.rows[1].shelter == ConditionState::InBehandeling);
    CHECK(result.rows[2].institutionType == InstitutionType::BeschermdWonen);
    CHECK(result.rows[3].institutionType == InstitutionType::MaatschappelijkeOpvang);
    CHECK(result.rows[4].institutionType == InstitutionType::Ziekenhuis);
    CHECK(result.rows[5].institutionType == InstitutionType::Overig);
    CHECK(result.rows[5].expectedDate == QDate(2025, 6, 15));
}

TEST_CASE("Discharge reject reasons", "[import][discharge][reject]")
{
    struct Case {
        std::initializer_list<std::pair<const char *, const char *>> changes;
        const char *column;
        const char *reasonPart;
    };
    const Case cases[] = {
        {{{"instelling_type", ""}}, "instelling_type", "required value is missing"},
        {{{"instelling_type", "kazerne"}}, "instelling_type", "Unknown institution type \"kazerne\""},
        {{{"verwachte_uitstroomdatum", ""}}, "verwachte_uitstroomdatum", "required value is missing"},
        {{{"verwachte_uitstroomdatum", "2025-04-31"}}, "verwachte_uitstroomdatum", "is not a date"},
        {{{"achternaam", ""}}, "achternaam", "required value is missing"},
        {{{"zorg", "prima"}}, "zorg", "\"prima\" is not a condition status"},
        {{{"id_bewijs", "ja"}}, "id_bewijs", "is not a condition status"},
        {{{"bsn", ""}, {"postcode", ""}}, "", "cannot be matched"},
    };
    for (const Case &c : cases) {
        const auto result = readDischarges(file({dischargeRecord(c.changes)}));
        CHECK(result.rows.isEmpty());
        REQUIRE(result.rejects.size() == 1);
        const Reject &reject = result.rejects.front();
        INFO(reject.reason.toStdString());
        CHECK(reject.line == 2);
        CHECK(reject.column == QString::fromLatin1(c.column));
        CHECK(reject.reason.contains(QString::fromLatin1(c.reasonPart), Qt::CaseInsensitive));
    }
}

TEST_CASE("Discharge files without the required columns are refused", "[import][discharge][refuse]")
{
    const auto result = readDischarges("melding_id;bsn;achternaam\n1;999990019;Vries\n");
    REQUIRE(result.refused);
    CHECK(result.refused->message.contains(QStringLiteral("instelling_type, verwachte_uitstroomdatum")));
    const auto signalsProfile = readDischarges(file({dischargeRecord()}), ImportProfile::defaultSignals());
    CHECK(signalsProfile.refused);
}
