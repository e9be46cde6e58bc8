#include "ImportTestSupport.h"

#include "importing/ImportFields.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::importing::test;

namespace {

QByteArray file(std::initializer_list<QByteArray> records, const char *header = signalHeader)
{
    QByteArray out(header);
    for (const QByteArray &r : records)
        out += '\n' + r;
    return out + '\n';
}

/// The single reject of a file with one bad record (line 2).
Reject onlyReject(const QByteArray &record)
{
    const auto result = readSignals(file({record}));
    REQUIRE_FALSE(result.refused);
    CHECK(result.rows.isEmpty());
    REQUIRE(result.rejects.size() == 1);
    CHECK(result.rejects.front().line == 2);
    return result.rejects.front();
}

} // namespace

TEST_CASE("A default-profile signal row is read into every field", "[import][csv]")
{
    const auto result = readSignals(file({signalRecord({{"toevoeging", "b"}, {"crisissignaal", "ja"}})}));
    REQUIRE_FALSE(result.refused);
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 1);
    const SignalRow &row = result.rows.front();
    CHECK(row.line == 2);
    CHECK(row.signalId == QStringLiteral("S-1"));
    CHECK(row.partnerType == PartnerType::Huur);
    CHECK(row.partnerName == QStringLiteral("Woonstichting Oost"));
    CHECK(row.signalDate == QDate(2025, 3, 1));
    CHECK(row.arisenDate == QDate(2025, 1, 15));
    CHECK(row.amountCents == 123456);
    CHECK(row.crisis);
    CHECK_FALSE(row.warmHandover);
    CHECK(row.person.bsn == QStringLiteral("999990019"));
    CHECK(row.person.bsnValid);
    CHECK(row.person.voorletters == QStringLiteral("J."));
    CHECK(row.person.voornaam == QStringLiteral("Jan"));
    CHECK(row.person.voorvoegsel == QStringLiteral("de"));
    CHECK(row.person.achternaam == QStringLiteral("Vries"));
    CHECK(row.person.geboortedatum == QDate(1980, 5, 17));
    CHECK(row.person.straat == QStringLiteral("Dorpsstraat"));
    CHECK(row.person.huisnummer == 12);
    CHECK(row.person.toevoeging == QStringLiteral("B"));
    CHECK(row.person.postcode == QStringLiteral("1234 AB"));
    CHECK(row.person.plaats == QStringLiteral("Ergens"));
    CHECK(result.rowsRead == 1);
    CHECK(result.rowsRejected == 0);
}

TEST_CASE("Optional fields may be empty", "[import][csv]")
{
    const auto result = readSignals(file({signalRecord(
        {{"signaal_id", ""}, {"partner_naam", ""}, {"ontstaansdatum", ""}, {"bedrag", ""}, {"crisissignaal", ""},
            {"warme_overdracht", ""}, {"geboortedatum", ""}, {"voornaam", ""}, {"straat", ""}})}));
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 1);
    const SignalRow &row = result.rows.front();
    CHECK(row.signalId.isEmpty());
    CHECK_FALSE(row.arisenDate.isValid());
    CHECK_FALSE(row.amountCents.has_value());
    CHECK_FALSE(row.crisis);
    CHECK_FALSE(row.warmHandover);
    CHECK_FALSE(row.person.geboortedatum.isValid());
}

TEST_CASE("Partner types, amounts, dates and flags in every accepted notation", "[import][csv]")
{
    const auto result = readSignals(file({
        signalRecord(
            {{"signaalpartner", "cak zorgverzekeringen"}, {"bedrag", "1.234,56"}, {"signaaldatum", "01-03-2025"}}),
        signalRecord({{"signaalpartner", "DUO"}, {"bedrag", "1234"}, {"warme_overdracht", "TRUE"}}),
        signalRecord({{"signaalpartner", "Dienst Toeslagen"}, {"bedrag", "\"1234,56\""}, {"crisissignaal", "1"}}),
        signalRecord({{"signaalpartner", "CAK Eigen bijdrage"}, {"bedrag", "0,5"}, {"crisissignaal", "false"}}),
    }));
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 4);
    CHECK(result.rows[0].partnerType == PartnerType::CakZorgverzekeringen);
    CHECK(result.rows[0].amountCents == 123456);
    CHECK(result.rows[0].signalDate == QDate(2025, 3, 1));
    CHECK(result.rows[1].partnerType == PartnerType::Duo);
    CHECK(result.rows[1].amountCents == 123400);
    CHECK(result.rows[1].warmHandover);
    CHECK(result.rows[2].partnerType == PartnerType::DienstToeslagen);
    CHECK(result.rows[2].amountCents == 123456);
    CHECK(result.rows[2].crisis);
    CHECK(result.rows[3].partnerType == PartnerType::CakEigenBijdrage);
    CHECK(result.rows[3].amountCents == 50);
    CHECK_FALSE(result.rows[3].crisis);
}

TEST_CASE("BSNs: normalised, 11-proef failures and odd lengths kept as invalid", "[import][csv][bsn]")
{
    const auto result = readSignals(file({
        signalRecord({{"bsn", "9999.90.019"}}),
        signalRecord({{"bsn", "12345672"}}), // 8 digits: leading zero restored, passes
        signalRecord({{"bsn", "123456789"}}), // fails the 11-proef
        signalRecord({{"bsn", " 12345 "}}), // wrong length
        signalRecord({{"bsn", "ABC"}}),
    }));
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 5);
    CHECK(result.rows[0].person.bsn == QStringLiteral("999990019"));
    CHECK(result.rows[0].person.bsnValid);
    CHECK(result.rows[1].person.bsn == QStringLiteral("012345672"));
    CHECK(result.rows[1].person.bsnValid);
    CHECK(result.rows[2].person.bsn == QStringLiteral("123456789"));
    CHECK_FALSE(result.rows[2].person.bsnValid);
    CHECK(result.rows[3].person.bsn == QStringLiteral("12345"));
    CHECK_FALSE(result.rows[3].person.bsnValid);
    CHECK(result.rows[4].person.bsn == QStringLiteral("ABC"));
    CHECK_FALSE(result.rows[4].person.bsnValid);
}

TEST_CASE("Addresses: postcode normalised, suffix in the house number, BSN or address suffices", "[import][csv]")
{
    const auto result = readSignals(file({
        signalRecord({{"postcode", "1234ab"}, {"huisnummer", "12a"}}),
        signalRecord({{"postcode", " 1234  ab "}, {"huisnummer", "7-2"}, {"toevoeging", "hs"}}),
        signalRecord({{"bsn", ""}}), // the address suffices
        signalRecord({{"postcode", ""}, {"huisnummer", ""}, {"straat", ""}}), // the BSN suffices
    }));
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 4);
    CHECK(result.rows[0].person.postcode == QStringLiteral("1234 AB"));
    CHECK(result.rows[0].person.huisnummer == 12);
    CHECK(result.rows[0].person.toevoeging == QStringLiteral("A"));
    CHECK(result.rows[1].person.postcode == QStringLiteral("1234 AB"));
    CHECK(result.rows[1].person.huisnummer == 7);
    CHECK(result.rows[1].person.toevoeging == QStringLiteral("HS")); // the column wins over the field's suffix
    CHECK(result.rows[2].person.bsn.isEmpty());
    CHECK_FALSE(result.rows[2].person.bsnValid);
    CHECK(result.rows[3].person.postcode.isEmpty());
    CHECK(result.rows[3].person.huisnummer == 0);
}

TEST_CASE("Every reject reason names the line and the column", "[import][csv][reject]")
{
    struct Case {
        std::initializer_list<std::pair<const char *, const char *>> changes;
        const char *column;
        const char *reasonPart;
    };
    const Case cases[] = {
        {{{"signaalpartner", ""}}, "signaalpartner", "required value is missing"},
        {{{"signaalpartner", "Gas"}}, "signaalpartner", "Unknown signal partner type \"Gas\""},
        {{{"signaaldatum", ""}}, "signaaldatum", "required value is missing"},
        {{{"signaaldatum", "31-02-2025"}}, "signaaldatum", "\"31-02-2025\" is not a date that exists"},
        {{{"ontstaansdatum", "2025-13-01"}}, "ontstaansdatum", "is not a date"},
        {{{"geboortedatum", "gisteren"}}, "geboortedatum", "is not a date"},
        {{{"bedrag", "-12,50"}}, "bedrag", "is negative"},
        {{{"bedrag", "12,3,4"}}, "bedrag", "is not an amount"},
        {{{"bedrag", "123456789012345"}}, "bedrag", "is too large"},
        {{{"crisissignaal", "misschien"}}, "crisissignaal", "is not yes or no"},
        {{{"warme_overdracht", "2"}}, "warme_overdracht", "is not yes or no"},
        {{{"achternaam", ""}}, "achternaam", "required value is missing"},
        {{{"huisnummer", "nul"}}, "huisnummer", "is not a number from 1 to 99999"},
        {{{"postcode", "12345"}}, "postcode", "is not a Dutch postcode"},
        {{{"bsn", ""}, {"postcode", ""}}, "", "cannot be matched: no BSN and no address"},
        {{{"bsn", ""}, {"huisnummer", ""}}, "", "cannot be matched: no BSN and no address"},
    };
    for (const Case &c : cases) {
        const Reject reject = onlyReject(signalRecord(c.changes));
        INFO(reject.reason.toStdString());
        CHECK(reject.column == QString::fromLatin1(c.column));
        CHECK(reject.reason.contains(QString::fromLatin1(c.reasonPart), Qt::CaseInsensitive));
    }
}

TEST_CASE("A row with several bad fields gives one reject per field and counts once", "[import][csv][reject]")
{
    const auto result = readSignals(file({signalRecord({{"signaaldatum", "x"}, {"bedrag", "-1"}}), signalRecord()}));
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows.front().line == 3);
    REQUIRE(result.rejects.size() == 2);
    CHECK(result.rejects[0].column == QStringLiteral("signaaldatum"));
    CHECK(result.rejects[1].column == QStringLiteral("bedrag"));
    CHECK(result.rowsRead == 2);
    CHECK(result.rowsRejected == 1);
}

TEST_CASE("Too many and too few columns reject the row", "[import][csv][reject]")
{
    const auto result = readSignals(file({signalRecord() + ";extra", signalRecord().chopped(7), signalRecord() + ";;",
        QByteArray("\"open quote;") + signalRecord()}));
    REQUIRE(result.rejects.size() == 3);
    CHECK(result.rejects[0].line == 2);
    CHECK(result.rejects[0].column.isEmpty());
    CHECK(result.rejects[0].reason.contains(QStringLiteral("Too many columns: 20 where the header has 19")));
    CHECK(result.rejects[1].line == 3);
    CHECK(result.rejects[1].reason.contains(QStringLiteral("Too few columns: 18 where the header has 19")));
    // Trailing empty columns are a spreadsheet's habit, not an error.
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows.front().line == 4);
    CHECK(result.rejects[2].line == 5);
    CHECK(result.rejects[2].reason.contains(QStringLiteral("not closed")));
}

TEST_CASE("Quoted fields hold delimiters, quotes and newlines, and later line numbers stay right", "[import][csv]")
{
    const QByteArray data = file({
        signalRecord({{"partner_naam", "\"Water; Zuid \"\"BV\"\"\""}, {"straat", "\"Lange\nstraat\r\nhoek\""}}),
        signalRecord({{"achternaam", "Bakker"}}),
        "",
        signalRecord({{"signaaldatum", "nooit"}}),
    });
    const auto result = readSignals(data);
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].line == 2);
    CHECK(result.rows[0].partnerName == QStringLiteral("Water; Zuid \"BV\""));
    CHECK(result.rows[0].person.straat == QStringLiteral("Lange\nstraat\r\nhoek"));
    CHECK(result.rows[1].line == 5);
    CHECK(result.rows[1].person.achternaam == QStringLiteral("Bakker"));
    REQUIRE(result.rejects.size() == 1);
    CHECK(result.rejects[0].line == 7); // after a blank line 6
}

TEST_CASE("CRLF line ends, blank lines and rows of empty fields", "[import][csv]")
{
    QByteArray data = QByteArray(signalHeader) + "\r\n" + signalRecord() + "\r\n\r\n;;;;;;;;;;;;;;;;;;\r\n"
        + signalRecord({{"achternaam", "Laatste"}}); // no final line end
    const auto result = readSignals(data);
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].person.plaats == QStringLiteral("Ergens"));
    CHECK(result.rows[1].line == 5);
    CHECK(result.rows[1].person.plaats == QStringLiteral("Ergens"));
    CHECK(result.rows[1].person.achternaam == QStringLiteral("Laatste"));
}

TEST_CASE("The delimiter is detected: comma", "[import][csv]")
{
    QByteArray header(signalHeader);
    header.replace(';', ',');
    QByteArray record = signalRecord({{"bedrag", "\"1.234,56\""}, {"partner_naam", "\"Oost, Noord\""}});
    record.replace(';', ',');
    const auto result = readSignals(header + '\n' + record + '\n');
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].amountCents == 123456);
    CHECK(result.rows[0].partnerName == QStringLiteral("Oost, Noord"));
}

TEST_CASE("UTF-8 with and without BOM, and Windows-1252", "[import][csv][encoding]")
{
    const QByteArray utf8 = file({signalRecord({{"achternaam", "M\xC3\xBCller"}, {"plaats", "\xE2\x82\xAC-stad"}})});
    for (const QByteArray &data : {utf8, QByteArray("\xEF\xBB\xBF") + utf8}) {
        const auto result = readSignals(data);
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].person.achternaam == QString::fromUtf8("Müller"));
        CHECK(result.rows[0].person.plaats == QString::fromUtf8("€-stad"));
        CHECK(result.rows[0].signalId == QStringLiteral("S-1")); // the BOM is not part of the first header
    }
    const QByteArray cp1252
        = file({signalRecord({{"achternaam", "M\xFCller"}, {"plaats", "\x80-stad"}, {"bedrag", "\x80 5"}})});
    const auto result = readSignals(cp1252);
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].person.achternaam == QString::fromUtf8("Müller"));
    CHECK(result.rows[0].person.plaats == QString::fromUtf8("€-stad"));
    CHECK(result.rows[0].amountCents == 500);

    ImportProfile forced = ImportProfile::defaultSignals();
    forced.encoding = TextEncoding::Windows1252;
    const auto mojibake = readSignals(utf8, SignalFileReader::Format::Csv, forced);
    REQUIRE(mojibake.rows.size() == 1);
    CHECK(mojibake.rows[0].person.achternaam == QString::fromUtf8("MÃ¼ller"));
}

TEST_CASE("Unusable files are refused whole, naming the file and the problem", "[import][csv][refuse]")
{
    auto refused = [](const QByteArray &data) {
        const auto result = readSignals(data);
        REQUIRE(result.refused);
        CHECK(result.refused->code == ErrorCode::Invalid);
        CHECK(result.refused->message.contains(QStringLiteral("test.csv")));
        CHECK(result.rows.isEmpty());
        CHECK(result.rejects.isEmpty());
        return result.refused->message;
    };
    CHECK(refused(QByteArray()).contains(QStringLiteral("empty")));
    CHECK(refused(QByteArray("\xEF\xBB\xBF\r\n\r\n")).contains(QStringLiteral("empty")));
    CHECK(refused(QByteArray("PK\x03\x04\x00\x00 binary", 16)).contains(QStringLiteral("binary")));
    CHECK(refused(QByteArray("\xFF\xFEs\0i\0", 6)).contains(QStringLiteral("UTF-16")));

    const QString missing = refused("signaal_id;partner;datum;bsn\n1;Huur;2025-01-01;999990019\n");
    CHECK(missing.contains(QStringLiteral("signaalpartner, signaaldatum, achternaam")));
    const QString noMatchKey = refused("signaalpartner;signaaldatum;achternaam;postcode\n");
    CHECK(noMatchKey.contains(QStringLiteral("bsn (or postcode and huisnummer)")));
}

TEST_CASE("A header without rows is an empty import, not an error", "[import][csv]")
{
    const auto result = readSignals(QByteArray(signalHeader) + "\n");
    CHECK_FALSE(result.refused);
    CHECK(result.rows.isEmpty());
    CHECK(result.rejects.isEmpty());
    CHECK(result.rowsRead == 0);
}

TEST_CASE("A mapping profile reads a platform's own column layout", "[import][csv][profile]")
{
    ImportProfile profile;
    profile.name = QStringLiteral("Inforing export");
    profile.kind = ImportProfile::Kind::Signals;
    profile.columns = {{QStringLiteral("signaalpartner"), QStringLiteral("Soort schuldeiser")},
        {QStringLiteral("signaaldatum"), QStringLiteral("Datum signaal")},
        {QStringLiteral("achternaam"), QStringLiteral("Naam")},
        {QStringLiteral("bedrag"), QStringLiteral("Achterstand (EUR)")},
        {QStringLiteral("bsn"), QStringLiteral("Burgerservicenummer")}};
    profile.delimiter = ',';
    const QByteArray data
        = "Datum signaal,NAAM,Soort schuldeiser,Achterstand (EUR),burgerservicenummer,postcode,Onbekend\n"
          "02-01-2025,Jansen,Energie,\"1.050,00\",999990019,1234 ab,x\n"
          "02-01-2025,Jansen,Energie,wat,999990019,1234 ab,x\n";
    const auto result = readSignals(data, SignalFileReader::Format::Csv, profile);
    REQUIRE_FALSE(result.refused);
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].partnerType == PartnerType::Energie);
    CHECK(result.rows[0].signalDate == QDate(2025, 1, 2));
    CHECK(result.rows[0].amountCents == 105000);
    CHECK(result.rows[0].person.achternaam == QStringLiteral("Jansen"));
    CHECK(result.rows[0].person.postcode == QStringLiteral("1234 AB")); // unmapped: found under its own key
    REQUIRE(result.rejects.size() == 1);
    CHECK(result.rejects[0].line == 3);
    CHECK(result.rejects[0].column == QStringLiteral("Achterstand (EUR)")); // as the file spells it

    const auto wrongKind = readSignals(data, SignalFileReader::Format::Csv, ImportProfile::defaultDischarges());
    REQUIRE(wrongKind.refused);
}

TEST_CASE("Files larger than one read block keep records and line numbers intact", "[import][csv]")
{
    QByteArray data(signalHeader);
    data += '\n';
    const int rows = 30000; // ~3 MB: several 1 MiB blocks, records cut at block boundaries
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = "S-" + QByteArray::number(i);
        data += signalRecord({{"signaal_id", id.constData()}, {"straat", "\"Kade\nnoord\""}}) + '\n';
    }
    const auto result = readSignals(data);
    REQUIRE(result.rejects.isEmpty());
    REQUIRE(result.rows.size() == rows);
    for (int i = 0; i < rows; i += 997) {
        CHECK(result.rows[i].signalId == QStringLiteral("S-%1").arg(i));
        CHECK(result.rows[i].line == 2 + 2 * i);
    }
    CHECK(result.rows.back().person.straat == QStringLiteral("Kade\nnoord"));
}

TEST_CASE("A runaway quoted field stops the import at its line without reading the rest into memory",
          "[import][csv]")
{
    QByteArray data = file({signalRecord()});
    data += "\"" + QByteArray(3 << 20, 'x') + "\n" + signalRecord() + "\n";
    const auto result = readSignals(data);
    REQUIRE_FALSE(result.refused);
    CHECK(result.rows.size() == 1);
    REQUIRE(result.failed);
    CHECK(result.failed->code == ErrorCode::Invalid);
    CHECK(result.failed->message.contains(QStringLiteral("test.csv, line 3")));
}
