#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

TEST_CASE("vangnet-cli imports a demo signal file once: again it adds nothing", "[cli][import]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("gemeente.sqlite"));
    const QString signalFile = home.filePath(QStringLiteral("signalen.csv"));
    const Run demo = cli(home, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                QStringLiteral("200"), QStringLiteral("--signals-csv"), signalFile, QStringLiteral("--rows"),
                                QStringLiteral("400"), QStringLiteral("--json")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(jsonOf(demo).value(QStringLiteral("signal_rows")).toInt() == 400);
    REQUIRE(QFile::exists(signalFile));

    const QStringList import{QStringLiteral("import"), QStringLiteral("signals"), signalFile, QStringLiteral("--json")};
    const Run first = as(home, db, QStringLiteral("consulent"), import);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject s = jsonOf(first);
    for (const char *key : {"batch", "read", "imported", "duplicates", "rejected", "matched", "new_households"})
        CHECK(s.contains(QLatin1String(key)));
    CHECK(s.value(QStringLiteral("read")).toInt() == 400);
    CHECK(s.value(QStringLiteral("imported")).toInt() + s.value(QStringLiteral("duplicates")).toInt() == 400);
    CHECK(s.value(QStringLiteral("matched")).toInt() > 300);        // most signals are about known people
    CHECK(s.value(QStringLiteral("new_households")).toInt() > 0);   // a few are not
    CHECK(s.value(QStringLiteral("duplicates")).toInt() > 0);       // the demo file re-delivers some rows

    const Run again = as(home, db, QStringLiteral("consulent"), import);
    REQUIRE(again.exitCode == 0);
    const QJsonObject t = jsonOf(again);
    CHECK(t.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(t.value(QStringLiteral("duplicates")).toInt() == 400);
    CHECK(t.value(QStringLiteral("new_households")).toInt() == 0);

    // Both batches are listed; the first is withdrawn with the households it made.
    const Run listed = as(home, db, QStringLiteral("consulent"), {QStringLiteral("import"), QStringLiteral("batches"),
                                                                  QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray batches = jsonOf(listed).value(QStringLiteral("batches")).toArray();
    REQUIRE(batches.size() == 2);
    CHECK(batches.at(1).toObject().value(QStringLiteral("file")).toString() == QStringLiteral("signalen.csv"));
    CHECK(batches.at(1).toObject().value(QStringLiteral("imported")).toInt() == s.value(QStringLiteral("imported")).toInt());
    const QString firstBatch = QString::number(s.value(QStringLiteral("batch")).toInteger());
    const Run withdrawn = as(home, db, QStringLiteral("consulent"), {QStringLiteral("import"), QStringLiteral("withdraw"), firstBatch});
    INFO(withdrawn.err.toStdString());
    CHECK(withdrawn.exitCode == 0);
    const Run twice = as(home, db, QStringLiteral("consulent"), {QStringLiteral("import"), QStringLiteral("withdraw"), firstBatch});
    CHECK(twice.exitCode == 2);
    // Withdrawn, the file imports afresh.
    const Run third = as(home, db, QStringLiteral("consulent"), import);
    CHECK(jsonOf(third).value(QStringLiteral("imported")).toInt() == s.value(QStringLiteral("imported")).toInt());
}

TEST_CASE("vangnet-cli import reports rejected rows and refuses an unusable file", "[cli][import]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString file = home.filePath(QStringLiteral("fouten.csv"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("signaal_id;signaalpartner;partner_naam;signaaldatum;ontstaansdatum;bedrag;crisissignaal;warme_overdracht;"
              "bsn;voorletters;voornaam;voorvoegsel;achternaam;geboortedatum;straat;huisnummer;toevoeging;postcode;plaats\r\n"
              "A1;Huur;Zonnehof;2026-01-05;2025-11-01;450,00;nee;nee;;J.;Jan;;Nieuwenhuis;1980-02-03;Stationsweg;4;;7426 AB;Lindewaarde\r\n"
              "A2;Onbekend;X;2026-01-05;;1;nee;nee;;J.;;;Smit;;Stationsweg;5;;7426 AB;Lindewaarde\r\n"
              "A3;Water;X;31-02-2026;;-5;nee;nee;;J.;;;Smit;;Stationsweg;6;;7426 AB;Lindewaarde\r\n");
    out.close();
    const QString rejects = home.filePath(QStringLiteral("weigeringen.csv"));
    const Run run = as(home, db, QStringLiteral("consulent"),
                       {QStringLiteral("import"), QStringLiteral("signals"), file, QStringLiteral("--rejects"), rejects,
                        QStringLiteral("--json")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1); // done, with rejected rows
    const QJsonObject s = jsonOf(run);
    CHECK(s.value(QStringLiteral("imported")).toInt() == 1);
    CHECK(s.value(QStringLiteral("new_households")).toInt() == 1);
    CHECK(s.value(QStringLiteral("rejected")).toInt() >= 2);
    QFile report(rejects);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    CHECK(text.contains(QStringLiteral("fouten.csv;3;signaalpartner")));
    CHECK(text.contains(QStringLiteral("fouten.csv;4;")));

    // Not a signal file at all: refused whole, nothing imported.
    const QString binary = home.filePath(QStringLiteral("foto.csv"));
    QFile bin(binary);
    REQUIRE(bin.open(QIODevice::WriteOnly));
    bin.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12));
    bin.close();
    const Run refused = as(home, db, QStringLiteral("consulent"), {QStringLiteral("import"), QStringLiteral("signals"), binary});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("foto.csv")));
}

TEST_CASE("vangnet-cli saves a column layout and imports a platform's own export with it", "[cli][import]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString profileFile = home.filePath(QStringLiteral("inforing.json"));
    QFile profile(profileFile);
    REQUIRE(profile.open(QIODevice::WriteOnly));
    profile.write(R"({"name": "Inforing", "kind": "signals", "delimiter": ",", "encoding": "auto",
                      "columns": {"signaal_id": "Kenmerk", "signaalpartner": "Soort", "achternaam": "Naam"}})");
    profile.close();
    const Run saved = as(home, db, QStringLiteral("consulent"), {QStringLiteral("import"), QStringLiteral("profile"),
                                                                 QStringLiteral("save"), profileFile});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    const Run listed = as(home, db, QStringLiteral("consulent"), {QStringLiteral("import"), QStringLiteral("profile"),
                                                                  QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    CHECK(jsonOf(listed).value(QStringLiteral("profiles")).toArray().size() == 3); // two built in, one saved

    const QString file = home.filePath(QStringLiteral("export.csv"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("Kenmerk,Soort,partner_naam,signaaldatum,Naam,postcode,huisnummer,straat,plaats\r\n"
              "K-1,Energie,Stroomlijn,2026-01-10,Nieuwenhuis,7426 AB,8,Stationsweg,Lindewaarde\r\n");
    out.close();
    const QStringList import{QStringLiteral("import"), QStringLiteral("signals"), file, QStringLiteral("--json")};
    const Run withoutProfile = as(home, db, QStringLiteral("consulent"), import);
    CHECK(withoutProfile.exitCode == 2); // the documented header is missing its columns
    const Run withProfile = as(home, db, QStringLiteral("consulent"), import + QStringList{QStringLiteral("--profile"),
                                                                                          QStringLiteral("inforing")});
    INFO(withProfile.err.toStdString());
    REQUIRE(withProfile.exitCode == 0);
    CHECK(jsonOf(withProfile).value(QStringLiteral("imported")).toInt() == 1);
    const Run unknown = as(home, db, QStringLiteral("consulent"), import + QStringList{QStringLiteral("--profile"),
                                                                                      QStringLiteral("bestaat-niet")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Inforing")));
}

TEST_CASE("vangnet-cli reports discharge notices updated by a re-delivery and older ones superseded", "[cli][import]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    // The CLI stands on today: dates well inside the policy bounds (90 days back, 730 ahead).
    const QDate today = QDate::currentDate();
    const auto write = [&home](const QString &name, const QByteArray &rows) {
        const QString path = home.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("melding_id;instelling_type;instelling_naam;verwachte_uitstroomdatum;kanaal;achternaam;geboortedatum;"
                  "straat;huisnummer;postcode;plaats;onderdak\r\n" + rows);
        return path;
    };
    const auto row = [](const char *id, QDate expected, const char *shelter) {
        return QByteArray(id) + ";detentie;PI Lindewaarde;" + expected.toString(Qt::ISODate).toLatin1() +
               ";D&R-plan;Meijer;1975-04-04;Stationsweg;10;7426 AB;Lindewaarde;" + shelter + "\r\n";
    };
    const QString first = write(QStringLiteral("uitstroom-1.csv"), row("M-1", today.addDays(30), "niet_geregeld"));
    const QString second = write(QStringLiteral("uitstroom-2.csv"),
                                 row("M-1", today.addDays(60), "niet_geregeld") + row("M-2", today.addDays(90), "geregeld"));
    const auto import = [&](const QString &file, bool json) {
        QStringList args{QStringLiteral("import"), QStringLiteral("discharges"), file};
        if (json)
            args << QStringLiteral("--json");
        return as(home, db, QStringLiteral("consulent"), args);
    };

    const Run initial = import(first, true);
    INFO(initial.err.toStdString());
    REQUIRE(initial.exitCode == 0);
    CHECK(jsonOf(initial).value(QStringLiteral("imported")).toInt() == 1);
    CHECK(jsonOf(initial).value(QStringLiteral("updated")).toInt() == 0);

    // M-1 moves a month: updated. M-2 is new for the same person and institution type: it
    // supersedes M-1.
    const Run redelivered = import(second, true);
    INFO(redelivered.err.toStdString());
    REQUIRE(redelivered.exitCode == 0);
    const QJsonObject s = jsonOf(redelivered);
    CHECK(s.value(QStringLiteral("read")).toInt() == 2);
    CHECK(s.value(QStringLiteral("imported")).toInt() == 1);
    CHECK(s.value(QStringLiteral("updated")).toInt() == 1);
    CHECK(s.value(QStringLiteral("superseded")).toInt() == 1);
    CHECK(s.value(QStringLiteral("duplicates")).toInt() == 0);
    CHECK(s.value(QStringLiteral("new_households")).toInt() == 0);

    const Run again = import(second, false);
    REQUIRE(again.exitCode == 0);
    const QString out = QString::fromUtf8(again.out);
    CHECK(out.contains(QStringLiteral("2 duplicates")));
    CHECK(out.contains(QStringLiteral("Discharge notices: 0 updated by a re-delivery, 0 older notices superseded.")));

    // Out of the policy bounds: the row is rejected with its line and column, exit status 1.
    const QString far = write(QStringLiteral("uitstroom-3.csv"), row("M-2", today.addDays(800), "geregeld"));
    const Run refused = import(far, true);
    CHECK(refused.exitCode == 1);
    const QJsonArray rejects = jsonOf(refused).value(QStringLiteral("rejects")).toArray();
    REQUIRE(rejects.size() == 1);
    CHECK(rejects.at(0).toObject().value(QStringLiteral("line")).toInt() == 2);
    CHECK(rejects.at(0).toObject().value(QStringLiteral("column")).toString() == QStringLiteral("verwachte_uitstroomdatum"));
    CHECK(rejects.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("discharge_date_ahead")));
}
