#include "importing/FieldParsers.h"
#include "domain/Bsn.h"
#include "domain/Postcode.h"
#include "importing/ImportKeys.h"
#include "importing/StringPool.h"
#include "importing/TextDecoder.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;

namespace {

qint64 cents(const char *text)
{
    const parse::Amount a = parse::amount(QByteArrayView(text));
    INFO(text);
    REQUIRE(a.problem == parse::AmountProblem::None);
    return a.cents;
}

parse::AmountProblem amountProblem(const char *text)
{
    return parse::amount(QByteArrayView(text)).problem;
}

} // namespace

TEST_CASE("Dates are read as YYYY-MM-DD or DD-MM-YYYY", "[import][parse]")
{
    CHECK(parse::date("2025-03-01") == QDate(2025, 3, 1));
    CHECK(parse::date("01-03-2025") == QDate(2025, 3, 1));
    CHECK(parse::date("1-3-2025") == QDate(2025, 3, 1));
    CHECK(parse::date("5-12-2025") == QDate(2025, 12, 5));
    CHECK(parse::date("2024-02-29") == QDate(2024, 2, 29));
    for (const char *bad : {"31-02-2025", "2025-02-29", "2025-13-01", "2025-00-10", "00-01-2025", "2025/03/01",
             "01.03.2025", "2025-3-1x", "20250301", "1-3-25", "", "2025-03-01T00:00", "03-2025"}) {
        INFO(bad);
        CHECK_FALSE(parse::date(QByteArrayView(bad)).has_value());
    }
}

TEST_CASE("Amounts in each notation become cents", "[import][parse]")
{
    CHECK(cents("1234.56") == 123456);
    CHECK(cents("1.234,56") == 123456);
    CHECK(cents("1234") == 123400);
    CHECK(cents("1234,56") == 123456);
    CHECK(cents("1,234.56") == 123456);
    CHECK(cents("1234,5") == 123450);
    CHECK(cents("0,05") == 5);
    CHECK(cents("1.234.567,89") == 123456789);
    CHECK(cents("€ 12,50") == 1250);
    CHECK(cents("\x80 12,50") == 1250); // Windows-1252 euro sign
    CHECK(cents("0") == 0);
    CHECK(cents("-0") == 0);
    // The documented ambiguity rule: three digits after the only separator are thousands.
    CHECK(cents("1.234") == 123400);
    CHECK(cents("1,234") == 123400);
}

TEST_CASE("Malformed, negative and huge amounts are refused with their own problem", "[import][parse]")
{
    CHECK(amountProblem("-12,50") == parse::AmountProblem::Negative);
    CHECK(amountProblem("- 3") == parse::AmountProblem::Negative);
    for (const char *bad : {"12.", "1.23.4", "1,2345", "1.234.5", "12,34,56", ".5", "abc", "12 euro", "1.2345,00",
             "1.23,45", "1,234,56", "12a", "--5", "1 234"}) {
        INFO(bad);
        CHECK(amountProblem(bad) == parse::AmountProblem::Invalid);
    }
    CHECK(amountProblem("99999999999999") == parse::AmountProblem::TooLarge);
}

TEST_CASE("Booleans accept ja/nee, true/false, 1/0 in any case", "[import][parse]")
{
    for (const char *yes : {"ja", "JA", "Ja", "true", "TRUE", "1", "j", "yes"})
        CHECK(parse::boolean(QByteArrayView(yes)) == true);
    for (const char *no : {"nee", "NEE", "false", "0", "n", "no"})
        CHECK(parse::boolean(QByteArrayView(no)) == false);
    for (const char *bad : {"misschien", "2", "jaa", "t"})
        CHECK_FALSE(parse::boolean(QByteArrayView(bad)).has_value());
}

TEST_CASE("House numbers take a suffix in the same field", "[import][parse]")
{
    CHECK(parse::houseNumber("12")->number == 12);
    CHECK(parse::houseNumber("12")->suffix.isEmpty());
    CHECK(parse::houseNumber("12a")->suffix == QByteArrayView("a"));
    CHECK(parse::houseNumber("12-2")->suffix == QByteArrayView("2"));
    CHECK(parse::houseNumber("12 bis")->suffix == QByteArrayView("bis"));
    CHECK(parse::houseNumber("99999")->number == 99999);
    for (const char *bad : {"0", "100000", "a12", "", "12-", "-3"}) {
        INFO(bad);
        CHECK_FALSE(parse::houseNumber(QByteArrayView(bad)).has_value());
    }
}

TEST_CASE("The byte-level BSN and postcode rules agree with the domain's", "[import][parse]")
{
    for (const char *text : {"999990019", "99999001", "9999.90.019", " 999 990 019 ", "123456789", "1234567",
             "1234567890", "12345678a", "000000000", "---", "0-0-0-0-0-0-0-0"}) {
        INFO(text);
        const auto fast = parse::bsnDigits(QByteArrayView(text));
        const auto slow = bsn::normalize(QString::fromLatin1(text));
        REQUIRE(fast.has_value() == slow.has_value());
        if (fast) {
            CHECK(QString::fromLatin1(fast->data(), 9) == *slow);
            CHECK(parse::elfproef(*fast) == bsn::passesElfproef(*slow));
        }
    }
    for (const char *text : {"1234AB", "1234 ab", " 1234  AB ", "1234 SA", "1234 SD", "1234 SS", "1234 sa", "0123 AB",
             "123 AB", "1234 A", "1234 ABC", "12345 AB", "1234-AB", "ABCD 12", "9999 ZZ"}) {
        INFO(text);
        const auto fast = parse::postcode(QByteArrayView(text));
        const auto slow = postcode::normalize(QString::fromLatin1(text));
        REQUIRE(fast.has_value() == slow.has_value());
        if (fast)
            CHECK(QString::fromLatin1(fast->data(), 7) == *slow);
    }
}

TEST_CASE("Enum keys parse without regard to case, spaces and underscores", "[import][keys]")
{
    CHECK(partnerTypeFromKey(QByteArrayView("huur")) == PartnerType::Huur);
    CHECK(partnerTypeFromKey(QByteArrayView("CAK Zorgverzekeringen")) == PartnerType::CakZorgverzekeringen);
    CHECK(partnerTypeFromKey(QByteArrayView("cak_eigen_bijdrage")) == PartnerType::CakEigenBijdrage);
    CHECK(partnerTypeFromKey(QByteArrayView("DIENST TOESLAGEN")) == PartnerType::DienstToeslagen);
    CHECK_FALSE(partnerTypeFromKey(QByteArrayView("Gas")).has_value());
    CHECK(institutionTypeFromKey(QByteArrayView("GGZ-kliniek")) == InstitutionType::GgzKliniek);
    CHECK(conditionStateFromKey(QByteArrayView("Niet geregeld")) == ConditionState::NietGeregeld);
    for (const PartnerType t :
        {PartnerType::Energie, PartnerType::Huur, PartnerType::Hypotheek, PartnerType::CakZorgverzekeringen,
            PartnerType::Zorg, PartnerType::Water, PartnerType::Duo, PartnerType::Belastingdienst,
            PartnerType::CakEigenBijdrage, PartnerType::Overige, PartnerType::DienstToeslagen}) {
        CHECK(partnerTypeFromKey(partnerTypeKey(t)) == t);
        CHECK_FALSE(partnerTypeLabel(t).isEmpty());
    }
    for (const InstitutionType t : {InstitutionType::Detentie, InstitutionType::GgzKliniek, InstitutionType::Jeugdzorg,
             InstitutionType::BeschermdWonen, InstitutionType::MaatschappelijkeOpvang, InstitutionType::Ziekenhuis,
             InstitutionType::Overig})
        CHECK(institutionTypeFromKey(institutionTypeKey(t)) == t);
    for (const ConditionState s : {ConditionState::Geregeld, ConditionState::InBehandeling,
             ConditionState::NietGeregeld, ConditionState::Onbekend})
        CHECK(conditionStateFromKey(conditionStateKey(s)) == s);
}

TEST_CASE("The decoder tells UTF-8 from Windows-1252", "[import][encoding]")
{
    TextDecoder utf8;
    CHECK(utf8.decode("M\xC3\xBCller") == QString::fromUtf8("Müller"));
    CHECK(utf8.encoding() == TextEncoding::Utf8);

    TextDecoder cp1252;
    CHECK(cp1252.decode("M\xFCller") == QString::fromUtf8("Müller"));
    CHECK(cp1252.encoding() == TextEncoding::Windows1252);
    CHECK(cp1252.decode("\x80 \x93x\x94") == QString::fromUtf8("€ “x”"));

    CHECK(TextDecoder::isValidUtf8("\xE2\x82", true));
    CHECK_FALSE(TextDecoder::isValidUtf8("\xE2\x82", false));
    CHECK_FALSE(TextDecoder::isValidUtf8("\xC0\xAF")); // overlong
    CHECK_FALSE(TextDecoder::isValidUtf8("\xED\xA0\x80")); // surrogate
}

TEST_CASE("The string pool shares repeated text and never mixes texts up", "[import][pool]")
{
    StringPool pool;
    const QString a = pool.get("Kerkstraat");
    const QString b = pool.get("Kerkstraat");
    CHECK(a == QStringLiteral("Kerkstraat"));
    CHECK(a.constData() == b.constData()); // one buffer
    // Many different texts: whatever slot they land in, each comes back as itself.
    for (int i = 0; i < 5000; ++i) {
        const QByteArray text = "Straat " + QByteArray::number(i * 7919);
        REQUIRE(pool.get(text) == QString::fromLatin1(text));
    }
    // Same first and last eight bytes and length, so the same slot: told apart all the same.
    CHECK(pool.get("Kerkstraat-x-Oosterweg") == QStringLiteral("Kerkstraat-x-Oosterweg"));
    CHECK(pool.get("Kerkstraat-y-Oosterweg") == QStringLiteral("Kerkstraat-y-Oosterweg"));
    CHECK(pool.get("Kerkstraat-x-Oosterweg") == QStringLiteral("Kerkstraat-x-Oosterweg"));
    const QByteArray longText(100, 'x');
    CHECK(pool.get(longText) == QString::fromLatin1(longText));
    CHECK(pool.get("").isEmpty());
}
