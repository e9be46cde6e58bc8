// The technical log holds no personal data (docs/security.md): a small demo made the way the
// application makes it, CLI flows over it (import, case actions, exports) and offscreen GUI
// flows (reveal a BSN, add a note) all log at trace level; then every name, BSN, address,
// phone number, e-mail address and note text in the database, read through logged-in sessions,
// is looked for in every log line.

#include "../cli/CliRunner.h"

#include "DatabaseStartup.h"
#include "DialogRunner.h"
#include "households/HouseholdDetailWidget.h"
#include "households/HouseholdService.h"
#include "households/RevealBsnDialog.h"
#include "storage/HouseholdQuery.h"
#include "storage/PersonRepository.h"
#include "support/Clock.h"
#include "support/Logging.h"
#include "users/AuthService.h"

#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

using namespace vangnet;
using namespace vangnet::clitest;

namespace {

/// What a leak would look like: whole strings, and surnames as whole words.
struct PersonalData {
    QSet<QString> texts;
    QSet<QString> surnames;
};

void addText(PersonalData &data, const QString &text, qsizetype minimum = 6)
{
    if (text.trimmed().size() >= minimum)
        data.texts.insert(text.trimmed());
}

/// Everything personal the session may see, read through the services as a caseworker does
/// (the BSNs through the repository, so the scan adds no reveal records of its own).
void collect(Database &db, const Session &session, PersonalData &data)
{
    const SystemClock clock;
    HouseholdService households(db, clock, session);
    PersonRepository persons(db.connection(), session.fields());
    auto ids = HouseholdQuery(db.connection(), session).ids({});
    REQUIRE(ids.ok());
    REQUIRE_FALSE(ids->isEmpty());
    for (const qint64 id : *ids) {
        auto household = households.get(id);
        REQUIRE(household.ok());
        addText(data, household->address.streetLine());
        addText(data, household->address.postcode);
        for (const Person &p : household->members) {
            addText(data, p.fullName());
            addText(data, p.telefoon);
            addText(data, p.email);
            if (p.achternaam.size() >= 4)
                data.surnames.insert(p.achternaam);
            auto bsn = persons.revealBsn(p.id);
            REQUIRE(bsn.ok());
            addText(data, *bsn, 9);
        }
        auto notes = households.notes(id);
        REQUIRE(notes.ok());
        for (const Note &note : *notes)
            addText(data, note.text, 10);
    }
}

Session login(AuthService &auth, const QString &username)
{
    auto session = auth.login(username, demoPassword);
    REQUIRE(session.ok());
    return std::move(session).value();
}

/// The technical log lines in a program's stderr: they start with the log pattern's time
/// stamp; the rest is the program talking to its user.
QStringList logLines(const QString &stderrText)
{
    static const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:?\\d\\d \\["));
    QStringList lines;
    for (const QString &line : stderrText.split(QLatin1Char('\n')))
        if (stamp.match(line).hasMatch())
            lines << line;
    return lines;
}

/// Each leak as "needle in: line".
QStringList leaks(const QStringList &lines, const PersonalData &data)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}'-]+"));
    QStringList found;
    for (const QString &line : lines) {
        for (const QString &text : data.texts)
            if (line.contains(text))
                found << text + QStringLiteral(" in: ") + line;
        for (const QString &word : line.split(nonLetters, Qt::SkipEmptyParts))
            if (data.surnames.contains(word))
                found << word + QStringLiteral(" in: ") + line;
    }
    return found;
}

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 07777) : -1;
}

/// Runs vangnet-cli at trace level as `user` (the demo password in VANGNET_PASSWORD).
Run traced(const QTemporaryDir &home, const QString &db, const QString &user, const QStringList &args)
{
    return cli(home, QStringList{QStringLiteral("--log-level"), QStringLiteral("trace"), QStringLiteral("--db"), db,
                                 QStringLiteral("--user"), user} + args, demoPassword);
}

qint64 firstId(const QJsonObject &object, const QString &key)
{
    const QJsonArray rows = object.value(key).toArray();
    REQUIRE_FALSE(rows.isEmpty());
    return rows.first().toObject().value(QStringLiteral("id")).toInteger();
}

} // namespace

TEST_CASE("No personal data reaches the technical log in demo creation, CLI and GUI flows", "[security][logs]")
{
    QTemporaryDir home;
    const QString logs = home.filePath(QStringLiteral("logs"));
    initLogging({logs, QStringLiteral("trace"), false});
    QStringList lines;

    // The CLI: a working demo with a signal file, then the day's work on it.
    const QString db = home.filePath(QStringLiteral("werkdag.sqlite"));
    const QString signalsCsv = home.filePath(QStringLiteral("signalen.csv"));
    const Run demo = cli(home, {QStringLiteral("--log-level"), QStringLiteral("trace"), QStringLiteral("demo"),
                                QStringLiteral("--db"), db, QStringLiteral("--households"), QStringLiteral("40"),
                                QStringLiteral("--workday"), QStringLiteral("--signals-csv"), signalsCsv,
                                QStringLiteral("--rows"), QStringLiteral("30")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    lines << logLines(demo.err);

    const QString consulent = QStringLiteral("consulent");
    const QString lead = QStringLiteral("teamleider");
    const Run list = traced(home, db, consulent, {QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const qint64 household = firstId(jsonOf(list), QStringLiteral("households"));
    // A case in progress for the case actions: the work queue's first item with a case.
    const Run queue = traced(home, db, consulent, {QStringLiteral("queue"), QStringLiteral("--json")});
    REQUIRE(queue.exitCode == 0);
    qint64 openCase = 0;
    for (const auto &item : jsonOf(queue).value(QStringLiteral("items")).toArray())
        if (openCase == 0)
            openCase = item.toObject().value(QStringLiteral("case_id")).toInteger();
    REQUIRE(openCase > 0);
    lines << logLines(list.err) << logLines(queue.err);
    const QString out = home.filePath(QStringLiteral("uit"));
    REQUIRE(QDir().mkpath(out));
    const QList<std::pair<QString, QStringList>> flows{
        {consulent, {QStringLiteral("info")}},
        {consulent, {QStringLiteral("household"), QStringLiteral("show"), QString::number(household), QStringLiteral("--json")}},
        {consulent, {QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("7411")}},
        {consulent, {QStringLiteral("import"), QStringLiteral("signals"), signalsCsv, QStringLiteral("--rejects"),
                     out + QStringLiteral("/afgewezen.csv")}},
        {consulent, {QStringLiteral("rules"), QStringLiteral("evaluate")}},
        {consulent, {QStringLiteral("case"), QStringLiteral("show"), QString::number(openCase), QStringLiteral("--json")}},
        {consulent, {QStringLiteral("case"), QStringLiteral("condition"), QString::number(openCase), QStringLiteral("onderdak"),
                     QStringLiteral("geregeld")}},
        {consulent, {QStringLiteral("export"), QStringLiteral("list"), QStringLiteral("queue"), QStringLiteral("--out"),
                     out + QStringLiteral("/werkvoorraad.csv")}},
        {consulent, {QStringLiteral("export"), QStringLiteral("list"), QStringLiteral("households"), QStringLiteral("--out"),
                     out + QStringLiteral("/huishoudens.xlsx")}},
        {consulent, {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--household"), QString::number(household),
                     QStringLiteral("--profile"), QStringLiteral("intern"), QStringLiteral("--out"), out + QStringLiteral("/samenvatting.pdf")}},
        {lead, {QStringLiteral("export"), QStringLiteral("feedback"), QStringLiteral("--partner-type"), QStringLiteral("Huur"),
                QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
                QStringLiteral("--out"), out + QStringLiteral("/terugkoppeling.csv")}},
        {QStringLiteral("beheerder"), {QStringLiteral("audit"), QStringLiteral("verify")}},
    };
    for (const auto &[user, args] : flows) {
        const Run run = traced(home, db, user, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + run.err.toStdString());
        CHECK(run.exitCode != 2); // every flow did its work (1: done, with problems reported)
        lines << logLines(run.err);
    }
    // The person of that household, for the subject access export.
    const Run shown = traced(home, db, consulent, {QStringLiteral("household"), QStringLiteral("show"),
                                                   QString::number(household), QStringLiteral("--json")});
    const qint64 person = firstId(jsonOf(shown), QStringLiteral("members"));
    const Run access = traced(home, db, lead, {QStringLiteral("subject-access"), QStringLiteral("--person"), QString::number(person),
                                               QStringLiteral("--reference"), QStringLiteral("INZ-LOG-1"), QStringLiteral("--format"),
                                               QStringLiteral("json"), QStringLiteral("--output"), out + QStringLiteral("/inzage.json")});
    INFO(access.err.toStdString());
    CHECK(access.exitCode == 0);
    lines << logLines(access.err);
    CHECK(lines.size() > 20); // trace level did log: the scan scans something

    // What the programs wrote is the owner's only (the database, its -wal/-shm, each export).
    for (const QString &file : QDir(out).entryList(QDir::Files)) {
        INFO(file.toStdString());
        CHECK(modeOf(QDir(out).filePath(file)) == 0600);
    }
    CHECK(modeOf(db) == 0600);

    // The GUI, offscreen, in this process: the first-run demo as the application makes it,
    // then a caseworker on the working demo reveals a BSN and writes a note.
    const QString firstRun = home.filePath(QStringLiteral("eerste-start.sqlite"));
    REQUIRE(DatabaseStartup::createDemo(firstRun, 15).ok());
    PersonalData data;
    const QString note = QStringLiteral("Bewoner vertelde over de achterstand bij de woningcorporatie");
    {
        auto opened = Database::open(DatabaseLocation::sqliteFile(db));
        REQUIRE(opened.ok());
        const SystemClock clock;
        AuthService auth(**opened, clock);
        const Session session = login(auth, consulent);
        HouseholdService service(**opened, clock, session);
        REQUIRE(service.addNote(household, note).ok());
        HouseholdDetailWidget detail(service, session, clock);
        detail.showHousehold(household);
        auto *members = detail.findChild<QTableWidget *>(QStringLiteral("membersTable"));
        REQUIRE(members);
        members->selectRow(0);
        DialogRunner::setNextHandler([](QDialog &dialog) {
            auto *reveal = qobject_cast<RevealBsnDialog *>(&dialog);
            REQUIRE(reveal);
            reveal->setReason(QStringLiteral("Aanmelding schuldhulpverlening"));
            dialog.accept();
            return dialog.result();
        });
        detail.findChild<QPushButton *>(QStringLiteral("revealBsnButton"))->click();
        DialogRunner::clearQueued();
        REQUIRE(members->item(0, 2)->text().size() == 9); // the number was shown

        collect(**opened, session, data);
        collect(**opened, login(auth, QStringLiteral("consulent2")), data);
        REQUIRE(auth.logout(session).ok());
    }
    {
        auto opened = Database::open(DatabaseLocation::sqliteFile(firstRun));
        REQUIRE(opened.ok());
        const SystemClock clock;
        AuthService auth(**opened, clock);
        collect(**opened, login(auth, consulent), data);
        collect(**opened, login(auth, QStringLiteral("consulent2")), data);
    }
    REQUIRE(data.texts.contains(note));
    REQUIRE(data.surnames.size() > 10);

    spdlog::default_logger()->flush();
    QFile log(logFilePath(logs));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QStringList appLines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(appLines.size() > 10);
    lines << appLines;
    initLogging({QString(), QStringLiteral("off"), false});

    const QStringList found = leaks(lines, data);
    INFO(found.mid(0, 20).join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}
