#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

namespace {

/// The two lowest household ids of the demo caseworker's team, or of another team.
QList<qint64> householdsOf(const QString &db, bool ownTeam)
{
    auto opened = vangnet::Database::open(vangnet::DatabaseLocation::sqliteFile(db));
    REQUIRE(opened.ok());
    auto q = vangnet::runSql((*opened)->connection(),
        QStringLiteral("SELECT id FROM households WHERE team_id %1 "
                       "(SELECT team_id FROM users WHERE username = 'consulent') ORDER BY id LIMIT 2")
            .arg(ownTeam ? QStringLiteral("=") : QStringLiteral("<>")));
    REQUIRE(q.ok());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    REQUIRE(ids.size() == 2);
    return ids;
}

QStringList batchArgs(const QList<qint64> &households, const QString &folder)
{
    QStringList args{QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--profile"),
        QStringLiteral("partner"), QStringLiteral("--out"), folder, QStringLiteral("--json")};
    for (const qint64 id : households)
        args << QStringLiteral("--household") << QString::number(id);
    return args;
}

QStringList pdfArgs(qint64 household, const QString &profile, const QString &out)
{
    return {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--household"), QString::number(household),
        QStringLiteral("--profile"), profile, QStringLiteral("--out"), out};
}

/// The details of the export records about `household` in the audit log, read by the administrator.
QStringList exportDetails(const QTemporaryDir &home, const QString &db, qint64 household)
{
    const Run audit = as(home, db, QStringLiteral("beheerder"),
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    QStringList details;
    for (const auto &row : jsonOf(audit).value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = row.toObject();
        if (r.value(QStringLiteral("action")).toString() == QLatin1String("export")
            && r.value(QStringLiteral("object_type")).toString() == QLatin1String("household")
            && r.value(QStringLiteral("object_id")).toInteger() == household)
            details << r.value(QStringLiteral("detail")).toString();
    }
    details.sort();
    return details;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("vangnet-cli export pdf writes a household's case summary per profile, audited", "[cli][summary]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QList<qint64> own = householdsOf(db, true);
    const qint64 household = own.first();
    const QString worker = QStringLiteral("consulent");
    QTemporaryDir out;

    for (const QString &profile : {QStringLiteral("intern"), QStringLiteral("partner")}) {
        const QString pdf = out.filePath(profile + QStringLiteral(".pdf"));
        const Run run = as(home, db, worker, pdfArgs(household, profile, pdf),
            {{QStringLiteral("DISPLAY"), QString()}, {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")}});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(QString::fromUtf8(run.out).contains(QStringLiteral("Case summary (%1) written to").arg(profile)));
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == "%PDF-");
        CHECK(file.size() > 10000);
    }
    CHECK(exportDetails(home, db, household)
        == QStringList{QStringLiteral("case_summary:intern"), QStringLiteral("case_summary:partner")});

    SECTION("several households go to a folder, one file each, named by number")
    {
        QTemporaryDir folder;
        const Run run = as(home, db, worker, batchArgs(own, folder.path()));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(jsonOf(run).value(QStringLiteral("files")).toArray().size() == 2);
        CHECK(filesIn(folder.path())
            == QStringList{QStringLiteral("samenvatting-%1-partner.pdf").arg(own[0]),
                QStringLiteral("samenvatting-%1-partner.pdf").arg(own[1])});
    }
    SECTION("a batch stops at a household of another team; the files before it stay")
    {
        QTemporaryDir folder;
        const qint64 other = householdsOf(db, false).first();
        const Run run = as(home, db, worker, batchArgs({own[0], other, own[1]}, folder.path()));
        CHECK(run.exitCode == 2);
        CHECK(
            run.err.contains(QStringLiteral("stopped at household %1; 1 summary(ies) written before it.").arg(other)));
        CHECK(filesIn(folder.path()) == QStringList{QStringLiteral("samenvatting-%1-partner.pdf").arg(own[0])});
    }
}

TEST_CASE("vangnet-cli export pdf refuses bad input with exit code 2 and writes nothing", "[cli][summary]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const qint64 own = householdsOf(db, true).first();
    const qint64 other = householdsOf(db, false).first();
    const QString worker = QStringLiteral("consulent");
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("s.pdf"));

    const Run profile = as(home, db, worker, pdfArgs(own, QStringLiteral("extern"), pdf));
    CHECK(profile.exitCode == 2);
    CHECK(profile.err.contains(QStringLiteral("unknown profile 'extern'; use intern or partner")));

    const Run unknown = as(home, db, worker, pdfArgs(99999999, QStringLiteral("intern"), pdf));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("99999999")));

    const Run otherTeam = as(home, db, worker, pdfArgs(other, QStringLiteral("partner"), pdf));
    CHECK(otherTeam.exitCode == 2);
    CHECK_FALSE(otherTeam.err.trimmed().isEmpty());

    const Run missingFolder
        = as(home, db, worker, pdfArgs(own, QStringLiteral("intern"), out.filePath(QStringLiteral("weg/s.pdf"))));
    CHECK(missingFolder.exitCode == 2);
    CHECK(missingFolder.err.contains(QStringLiteral("does not exist")));

    const Run folder = as(home, db, worker, pdfArgs(own, QStringLiteral("intern"), out.path()));
    CHECK(folder.exitCode == 2);
    CHECK(folder.err.contains(QStringLiteral("is a folder")));

    const Run noId = as(home, db, worker, pdfArgs(0, QStringLiteral("intern"), pdf));
    CHECK(noId.exitCode == 2);
    CHECK(noId.err.contains(QStringLiteral("--household")));

    CHECK(filesIn(out.path()).isEmpty()); // not even a temporary file beside the target
    CHECK(exportDetails(home, db, own).isEmpty());
    CHECK(exportDetails(home, db, other).isEmpty());

    // The refusal of the other team's household is in the audit log.
    const Run audit = as(home, db, QStringLiteral("beheerder"),
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    bool refused = false;
    for (const auto &row : jsonOf(audit).value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = row.toObject();
        refused = refused
            || (r.value(QStringLiteral("action")).toString() == QLatin1String("permission_denied")
                && r.value(QStringLiteral("object_type")).toString() == QLatin1String("household")
                && r.value(QStringLiteral("object_id")).toInteger() == other);
    }
    CHECK(refused);
}
