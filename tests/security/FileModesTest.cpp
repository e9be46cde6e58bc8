// Every file Vangnet creates is owner-only (0600), also for a library caller that did not set
// the process umask: each test runs under umask 022, which would leave 0644 behind.

#include "ddas/DdasFixture.h"
#include "exports/ListExportFixture.h"
#include "subjectaccess/SubjectAccessFixture.h"
#include "support/TestDatabase.h"

#include "ddas/DdasExport.h"
#include "importing/RejectWriter.h"
#include "planner/PlanInstanceWriter.h"
#include "storage/SqlStatement.h"
#include "subjectaccess/SubjectAccessJsonWriter.h"
#include "subjectaccess/SubjectAccessService.h"
#include "support/Logging.h"
#include "support/PrivateFiles.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

using namespace vangnet;
using namespace vangnet::test;

namespace {

/// The permission bits of `path` as stat() sees them; -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

/// The umask a default desktop session has, for the length of a test.
class WideUmask {
public:
    WideUmask() : m_previous(::umask(022)) {}
    ~WideUmask() { ::umask(m_previous); }
    WideUmask(const WideUmask &) = delete;
    WideUmask &operator=(const WideUmask &) = delete;

private:
    mode_t m_previous;
};

void requireOwnerOnly(const QString &path)
{
    INFO(path.toStdString());
    CHECK(modeOf(path) == 0600);
}

} // namespace

TEST_CASE("A new SQLite database and its -wal and -shm files are owner-only", "[security][files]")
{
    const WideUmask umask022;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nieuw.sqlite"));
    auto db = Database::open(DatabaseLocation::sqliteFile(path));
    REQUIRE(db.ok());
    // A write while open: WAL mode keeps the -wal and -shm files beside the database.
    REQUIRE(runSql((*db)->connection(), QStringLiteral("CREATE TABLE probe (x INTEGER)"), {}, "probe").ok());
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    for (const char *suffix : {"", "-wal", "-shm"})
        requireOwnerOnly(path + QLatin1String(suffix));
}

TEST_CASE("An existing database file left world-readable is narrowed to owner-only when opened", "[security][files]")
{
    const WideUmask umask022;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("oud.sqlite"));
    REQUIRE(Database::open(DatabaseLocation::sqliteFile(path)).ok());
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    REQUIRE(modeOf(path) == 0644);
    auto reopened = Database::open(DatabaseLocation::sqliteFile(path));
    REQUIRE(reopened.ok());
    requireOwnerOnly(path);
}

TEST_CASE("The technical log file and its folder are the owner's only", "[security][files]")
{
    const WideUmask umask022;
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("logs"));
    initLogging({logs, QStringLiteral("info"), false});
    spdlog::info("file mode probe");
    requireOwnerOnly(logFilePath(logs));
    CHECK(modeOf(logs) == 0700);
    initLogging({QString(), QStringLiteral("off"), false});
}

TEST_CASE("Rejects files and planner instance files are owner-only", "[security][files]")
{
    const WideUmask umask022;
    QTemporaryDir dir;
    const QString rejects = dir.filePath(QStringLiteral("afgewezen.csv"));
    {
        auto writer = importing::RejectWriter::create(rejects);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->write(QStringLiteral("signalen.csv"), importing::Reject{3, QStringLiteral("bsn"), QStringLiteral("no valid BSN")}).ok());
        REQUIRE((*writer)->finish().ok());
    }
    requireOwnerOnly(rejects);

    const QString instance = dir.filePath(QStringLiteral("instance.json"));
    REQUIRE(planner::PlanInstanceWriter::writeFile(planner::PlanInstance{}, instance).ok());
    requireOwnerOnly(instance);
}

TEST_CASE_METHOD(SubjectAccessFixture, "A subject access export is owner-only, also when it replaces a world-readable file",
                 "[security][files]")
{
    const WideUmask umask022;
    SubjectAccessService lead(*db, clock, leadA);
    auto report = lead.gather(personId, QStringLiteral("INZ-MODE-1"));
    REQUIRE(report.ok());
    const QString file = out.filePath(QStringLiteral("inzage.json"));
    REQUIRE(lead.save(*report, SubjectAccessJsonWriter(), file).ok());
    requireOwnerOnly(file);

    // QSaveFile keeps the mode of a file it replaces: the export narrows it.
    REQUIRE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    REQUIRE(lead.save(*report, SubjectAccessJsonWriter(), file).ok());
    requireOwnerOnly(file);
}

TEST_CASE_METHOD(ListExportFixture, "List exports as CSV and xlsx and the feedback export are owner-only", "[security][files]")
{
    const WideUmask umask022;
    exports::ListExportRequest csv;
    csv.kind = exports::ListKind::Households;
    csv.format = exports::ListFormat::Csv;
    requireOwnerOnly(exported(users.caseworkerA(), csv, QStringLiteral("huishoudens.csv")));
    exports::ListExportRequest xlsx = csv;
    xlsx.format = exports::ListFormat::Xlsx;
    requireOwnerOnly(exported(users.caseworkerA(), xlsx, QStringLiteral("huishoudens.xlsx")));

    exports::ListExportRequest feedback;
    feedback.kind = exports::ListKind::Feedback;
    feedback.format = exports::ListFormat::Csv;
    feedback.feedback.partnerType = QStringLiteral("Huur");
    feedback.feedback.from = QDate(2026, 11, 1);
    feedback.feedback.to = QDate(2026, 11, 30);
    requireOwnerOnly(exported(teamLeadA, feedback, QStringLiteral("terugkoppeling.csv")));
    // Nothing else is left in the folder (libxlsxwriter's work files are gone).
    for (const QString &name : filesInFolder())
        requireOwnerOnly(out.filePath(name));
}

TEST_CASE_METHOD(DdasFixture, "A DDAS delivery file is owner-only", "[security][files]")
{
    const WideUmask umask022;
    const Resident visser = resident(teamA, QStringLiteral("Visser"), 3, QStringLiteral("999990019"));
    signal(teamA, visser, importing::PartnerType::Huur, QStringLiteral("H-1"), QDate(2025, 1, 10));
    DdasRequest request;
    request.from = QDate(2025, 1, 1);
    request.to = QDate(2025, 1, 31);
    request.gemeentecodes = {QStringLiteral("0518")};
    const QString file = out.filePath(QStringLiteral("ddas.json"));
    auto written = DdasExport(*db, clock, leadA).write(request, file);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    requireOwnerOnly(file);
}

TEST_CASE("openOwnerOnly makes a plain file owner-only from its creation", "[security][files]")
{
    const WideUmask umask022;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("los.txt"));
    QFile file(path);
    REQUIRE(privatefiles::openOwnerOnly(file));
    requireOwnerOnly(path); // before a byte is written
    file.write("x");
    file.close();
    requireOwnerOnly(path);
}
