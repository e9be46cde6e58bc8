#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

/// A person in a household of the demo team lead's team, and one of another team.
qint64 personOf(const QString &db, bool ownTeam)
{
    auto opened = vangnet::Database::open(vangnet::DatabaseLocation::sqliteFile(db));
    REQUIRE(opened.ok());
    auto q = vangnet::runSql((*opened)->connection(),
                             QStringLiteral("SELECT MIN(p.id) FROM persons p JOIN households h ON h.id = p.household_id "
                                            "WHERE %1 (SELECT team_id FROM users WHERE username = 'teamleider')")
                                 .arg(ownTeam ? QStringLiteral("h.team_id =") : QStringLiteral("h.team_id <>")));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    REQUIRE(q->value(0).toLongLong() > 0);
    return q->value(0).toLongLong();
}

QStringList exportArgs(qint64 person, const QString &format, const QString &output)
{
    return {QStringLiteral("subject-access"), QStringLiteral("--person"), QString::number(person),
            QStringLiteral("--reference"), QStringLiteral("INZ-CLI-1"), QStringLiteral("--format"), format,
            QStringLiteral("--output"), output};
}

} // namespace

TEST_CASE("vangnet-cli subject-access writes JSON and PDF for the team lead, audited", "[cli][subjectaccess]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const qint64 person = personOf(db, true);
    const QString lead = QStringLiteral("teamleider");

    const QString json = home.filePath(QStringLiteral("inzage.json"));
    const Run asJson = as(home, db, lead, exportArgs(person, QStringLiteral("json"), json));
    INFO(asJson.err.toStdString());
    REQUIRE(asJson.exitCode == 0);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(report.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger() == person);
    CHECK(report.value(QStringLiteral("request_reference")).toString() == QStringLiteral("INZ-CLI-1"));
    CHECK(report.value(QStringLiteral("generated_by")).toObject().value(QStringLiteral("username")).toString() == lead);

    // PDF with no display at all: the CLI runs on Qt's offscreen platform.
    const QString pdf = home.filePath(QStringLiteral("inzage.pdf"));
    const Run asPdf = as(home, db, lead, exportArgs(person, QStringLiteral("pdf"), pdf),
                         {{QStringLiteral("DISPLAY"), QString()}, {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")}});
    INFO(asPdf.err.toStdString());
    REQUIRE(asPdf.exitCode == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
    CHECK(pdfFile.size() > 10000);

    const Run audit = as(home, db, QStringLiteral("beheerder"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    QStringList formats;
    for (const auto &row : jsonOf(audit).value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = row.toObject();
        if (r.value(QStringLiteral("action")).toString() == QLatin1String("export")
            && r.value(QStringLiteral("object_type")).toString() == QLatin1String("person")
            && r.value(QStringLiteral("object_id")).toInteger() == person
            && r.value(QStringLiteral("reason")).toString() == QLatin1String("INZ-CLI-1"))
            formats << r.value(QStringLiteral("detail")).toString();
    }
    formats.sort();
    CHECK(formats == QStringList{QStringLiteral("json"), QStringLiteral("pdf")});
}

TEST_CASE("vangnet-cli subject-access refuses others and unusable input", "[cli][subjectaccess]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString output = home.filePath(QStringLiteral("inzage.json"));
    const qint64 own = personOf(db, true);

    CHECK(as(home, db, QStringLiteral("consulent"), exportArgs(own, QStringLiteral("json"), output)).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("beheerder"), exportArgs(own, QStringLiteral("json"), output)).exitCode == 2);
    const Run otherTeam = as(home, db, QStringLiteral("teamleider"), exportArgs(personOf(db, false), QStringLiteral("json"), output));
    CHECK(otherTeam.exitCode == 2);
    CHECK_FALSE(otherTeam.err.isEmpty());
    CHECK(as(home, db, QStringLiteral("teamleider"), exportArgs(own, QStringLiteral("docx"), output)).exitCode == 2);
    CHECK(as(home, db, QStringLiteral("teamleider"),
             {QStringLiteral("subject-access"), QStringLiteral("--person"), QString::number(own), QStringLiteral("--format"),
              QStringLiteral("json"), QStringLiteral("--output"), output})
              .exitCode == 2); // no --reference
    CHECK_FALSE(QFile::exists(output));
}
