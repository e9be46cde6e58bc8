#include "ImportTestSupport.h"

#include "importing/RejectWriter.h"
#include "importing/SignalCsvWriter.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::importing::test;

namespace {

SignalRow sample(int i)
{
    SignalRow row;
    row.signalId = QStringLiteral("S-%1").arg(i);
    row.partnerType = i % 2 ? PartnerType::CakEigenBijdrage : PartnerType::Huur;
    row.partnerName = i % 3 ? QStringLiteral("Woon; \"Oost\"") : QString();
    row.signalDate = QDate(2025, 1, 1).addDays(i);
    row.arisenDate = i % 4 ? QDate(2024, 12, 1) : QDate();
    if (i % 5)
        row.amountCents = qint64(i) * 101 + 5;
    row.crisis = i % 2;
    row.warmHandover = i % 3 == 0;
    row.person.bsn = i % 6 ? QStringLiteral("999990019") : QStringLiteral("123456789");
    row.person.bsnValid = i % 6 != 0;
    row.person.voorletters = QStringLiteral("A.B.");
    row.person.voornaam = QString::fromUtf8("Zoë");
    row.person.voorvoegsel = i % 2 ? QStringLiteral("van der") : QString();
    row.person.achternaam = QString::fromUtf8("Müller-\nLüdenscheidt");
    row.person.geboortedatum = i % 7 ? QDate(1970, 1, 1).addDays(i) : QDate();
    row.person.straat = QStringLiteral("Kerkstraat");
    row.person.huisnummer = 1 + i;
    row.person.toevoeging = i % 2 ? QStringLiteral("BIS") : QString();
    row.person.postcode = QStringLiteral("1234 AB");
    row.person.plaats = QStringLiteral("Nergens");
    return row;
}

bool same(const SignalRow &a, const SignalRow &b)
{
    const RowPerson &p = a.person;
    const RowPerson &q = b.person;
    return a.signalId == b.signalId && a.partnerType == b.partnerType && a.partnerName == b.partnerName
        && a.signalDate == b.signalDate && a.arisenDate == b.arisenDate && a.amountCents == b.amountCents
        && a.crisis == b.crisis && a.warmHandover == b.warmHandover && p.bsn == q.bsn && p.bsnValid == q.bsnValid
        && p.voorletters == q.voorletters && p.voornaam == q.voornaam && p.voorvoegsel == q.voorvoegsel
        && p.achternaam == q.achternaam && p.geboortedatum == q.geboortedatum && p.straat == q.straat
        && p.huisnummer == q.huisnummer && p.toevoeging == q.toevoeging && p.postcode == q.postcode
        && p.plaats == q.plaats;
}

} // namespace

TEST_CASE("SignalCsvWriter writes what SignalCsvReader reads back unchanged", "[import][writer]")
{
    QByteArray bytes;
    {
        auto device = std::make_unique<QBuffer>(&bytes);
        auto writer = SignalCsvWriter::create(std::move(device), QStringLiteral("mem"));
        REQUIRE(writer.ok());
        for (int i = 0; i < 100; ++i)
            REQUIRE((*writer)->write(sample(i)).ok());
        REQUIRE((*writer)->finish().ok());
    }
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "signaal_id;signaalpartner;"));
    const auto result = readSignals(bytes);
    REQUIRE_FALSE(result.refused);
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 100);
    qint64 expectedLine = 2;
    for (int i = 0; i < 100; ++i) {
        INFO(i);
        CHECK(same(result.rows[i], sample(i)));
        CHECK(result.rows[i].line == expectedLine);
        expectedLine += 2; // the surname holds a newline
    }
}

TEST_CASE("SignalCsvWriter's record format", "[import][writer]")
{
    SignalRow row;
    row.signalId = QStringLiteral("7");
    row.partnerType = PartnerType::CakZorgverzekeringen;
    row.signalDate = QDate(2025, 2, 3);
    row.amountCents = 100005;
    row.crisis = true;
    row.person.achternaam = QStringLiteral("Smit");
    row.person.postcode = QStringLiteral("1234 AB");
    row.person.huisnummer = 3;
    CHECK(SignalCsvWriter::record(row)
        == "7;CAK Zorgverzekeringen;;2025-02-03;;1000.05;ja;nee;;;;;Smit;;;3;;1234 AB;\r\n");
}

TEST_CASE("RejectWriter writes file, line, column and reason with quoting", "[import][writer]")
{
    QByteArray bytes;
    {
        auto writer = RejectWriter::create(std::make_unique<QBuffer>(&bytes), QStringLiteral("mem"));
        REQUIRE(writer.ok());
        REQUIRE((*writer)
                    ->write(QStringLiteral("in.csv"),
                        Reject{12, QStringLiteral("bedrag"), QStringLiteral("\"-1\" is negative; fix it")})
                    .ok());
        REQUIRE((*writer)
                    ->write(QStringLiteral("in.json"),
                        QList<Reject>{{0, QStringLiteral("leveringen[0].vroegsignalen[3]"), QStringLiteral("x")},
                            {5, QStringLiteral("=cmd"), QStringLiteral("y")}})
                    .ok());
        REQUIRE((*writer)->finish().ok());
    }
    CHECK(bytes
        == "\xEF\xBB\xBF"
           "file;line;column;reason\r\n"
           "in.csv;12;bedrag;\"\"\"-1\"\" is negative; fix it\"\r\n"
           "in.json;;leveringen[0].vroegsignalen[3];x\r\n"
           "in.json;5;'=cmd;y\r\n");
}
