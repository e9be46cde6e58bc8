#include "LoadClient.h"

#include "cases/CaseVocabulary.h"
#include "storage/DatabaseLocation.h"
#include "users/AuthService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace vangnet::bench {

namespace {

/// What the household list's search box gets: the demo's common surnames (DemoNames) and
/// postcodes of both teams' parts of town (Team Noord up to 7418, Team Zuid after).
const QStringList &searchTerms()
{
    static const QStringList terms{QStringLiteral("jansen"), QStringLiteral("de vries"), QStringLiteral("bakker"),
                                   QStringLiteral("visser"), QStringLiteral("smit"),     QStringLiteral("van dijk"),
                                   QStringLiteral("7412"),   QStringLiteral("7415 B"),   QStringLiteral("7417 C"),
                                   QStringLiteral("7421"),   QStringLiteral("7426 A"),   QStringLiteral("7433")};
    return terms;
}

/// How many rows the list and the queue show first (HouseholdListModel and WorkQueueModel pages).
constexpr int listPage = 100;
constexpr int queuePage = 200;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Result<std::unique_ptr<LoadClient>> LoadClient::login(const ClientOptions &options)
{
    auto file = std::make_unique<QFile>(options.out);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Error(ErrorCode::Io, QStringLiteral("%1: cannot write (%2)").arg(options.out, file->errorString()));
    auto location = DatabaseLocation::parse(options.url);
    if (!location)
        return location.error();
    QElapsedTimer timer;
    timer.start();
    // As AuthWorker does on a team server: the login is the connection.
    auto db = Database::open(options.overSuperuser ? *location : location->asUser(options.username, options.password),
                             Database::Options{.create = false, .migrate = false, .migrations = {}});
    if (!db)
        return Error(ErrorCode::AuthenticationFailed,
                     QStringLiteral("the team server refused the login of %1: %2").arg(options.username, db.error().message));
    const SystemClock clock;
    auto session = AuthService(**db, clock).login(options.username, options.password);
    if (!session)
        return session.error();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    std::unique_ptr<LoadClient> client(new LoadClient(options, std::move(*db), std::move(*session), file.release()));
    client->write(ActionRecord{QStringLiteral("login"), ms, true, {}});
    return client;
}

LoadClient::LoadClient(const ClientOptions &options, std::unique_ptr<Database> db, Session session, QFile *file)
    : m_options(options), m_db(std::move(db)), m_session(std::move(session)), m_file(file), m_out(file),
      m_random(options.seed)
{
    // Built once and kept, as the pages keep theirs.
    m_queue.emplace(*m_db, m_clock, m_session);
    m_households.emplace(*m_db, m_clock, m_session);
    m_cases.emplace(*m_db, m_clock, m_session);
    m_search.emplace(m_db->connection(), m_session);
}

LoadClient::~LoadClient()
{
    // The end of the session is on record, as when a caseworker logs out (not timed).
    (void)AuthService(*m_db, m_clock).logout(m_session);
}

void LoadClient::write(const ActionRecord &record)
{
    m_out << formatRecord(record) << '\n';
    m_out.flush(); // a client that dies keeps what it measured
}

void LoadClient::timed(const QString &name, const std::function<Result<QString>()> &action)
{
    QElapsedTimer timer;
    timer.start();
    const Result<QString> done = action();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    write(ActionRecord{name, ms, done.ok(), done ? *done : done.error().message});
}

void LoadClient::run()
{
    const qint64 start = std::max(nowMs(), m_options.startAtMs);
    if (m_options.startAtMs > nowMs())
        QThread::msleep(static_cast<unsigned long>(m_options.startAtMs - nowMs()));
    const qint64 end = (m_options.startAtMs > 0 ? m_options.startAtMs : start) + qint64(m_options.seconds) * 1000;
    std::uniform_int_distribution<int> think(m_options.thinkMs / 2, m_options.thinkMs * 3 / 2);
    // The caseworker starts where the day starts: the work queue.
    timed(QStringLiteral("queue"), [this] { return openQueue(); });
    for (int done = 1; nowMs() < end && (m_options.actions == 0 || done < m_options.actions); ++done) {
        QThread::msleep(static_cast<unsigned long>(think(m_random)));
        if (nowMs() >= end)
            break;
        const QString action = m_lines.isEmpty() ? QStringLiteral("queue") : m_options.mix.pick(m_random);
        if (action == QLatin1String("queue"))
            timed(action, [this] { return openQueue(); });
        else if (action == QLatin1String("household"))
            timed(action, [this] { return openHousehold(); });
        else if (action == QLatin1String("attempt"))
            timed(action, [this] { return logAttempt(); });
        else if (action == QLatin1String("search"))
            timed(action, [this] { return search(); });
        else
            timed(action, [this] { return saveNote(); });
    }
}

Result<QString> LoadClient::openQueue()
{
    // What the page waits for before its first paint (WorkQueuePage::reload): the head of the
    // team's queue, then the full lines of its first page.
    auto head = m_queue->head(cases::QueueFilter::Scope::Team, queuePage);
    if (!head)
        return head.error();
    auto rows = m_queue->rows(head->householdIds(0, queuePage), head->asOf);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("the team's work queue is empty"));
    m_lines = std::move(*rows);
    return QStringLiteral("%1 lines").arg(m_lines.size());
}

cases::QueueItem &LoadClient::pickLine()
{
    return m_lines[std::uniform_int_distribution<qsizetype>(0, m_lines.size() - 1)(m_random)];
}

Result<QString> LoadClient::openHousehold()
{
    // What the household panel reads (HouseholdDetailWidget): the household, its timeline of
    // signals and notices, its notes, and its open case.
    const qint64 id = pickLine().householdId;
    auto household = m_households->get(id);
    if (!household)
        return household.error();
    auto signalList = m_households->signalsOf(id);
    if (!signalList)
        return signalList.error();
    auto discharges = m_households->dischargesOf(id);
    if (!discharges)
        return discharges.error();
    auto notes = m_households->notes(id);
    if (!notes)
        return notes.error();
    auto open = m_cases->openCaseOf(id);
    if (!open)
        return open.error();
    if (*open != 0)
        if (auto c = m_cases->get(*open); !c)
            return c.error();
    return QStringLiteral("household %1").arg(id);
}

Result<QString> LoadClient::logAttempt()
{
    // The queue's "Contact attempt" (WorkQueuePage::quickAttempt): a line without a case, or
    // with nobody's case, is taken first; then the attempt goes on the case.
    cases::QueueItem &line = pickLine();
    qint64 caseId = line.caseId;
    if (caseId == 0 || line.assigneeId == 0) {
        auto taken = m_cases->claim(line.householdId);
        if (!taken) {
            // A colleague took it since the page was read: what the user sees after reloading.
            auto fresh = m_queue->rows({line.householdId});
            if (!fresh || fresh->isEmpty() || fresh->first().caseId == 0)
                return Error(taken.error().code, QStringLiteral("take: %1").arg(taken.error().message));
            line = fresh->first();
            caseId = line.caseId;
        } else {
            caseId = taken->id;
            line.caseId = caseId;
            line.assigneeId = taken->assigneeId;
        }
    }
    cases::ContactAttempt attempt;
    const QStringList &kinds = cases::ddas::contactsoort();
    const QStringList &parts = cases::ddas::dagdeel();
    attempt.kind = kinds[std::uniform_int_distribution<qsizetype>(0, kinds.size() - 1)(m_random)];
    attempt.reached = std::uniform_int_distribution<int>(0, 9)(m_random) < 3;
    attempt.date = m_clock.today();
    attempt.dayPart = parts[std::uniform_int_distribution<qsizetype>(0, parts.size() - 1)(m_random)];
    attempt.note = attempt.reached ? QStringLiteral("Gesproken, afspraak volgt") : QStringLiteral("Geen gehoor");
    auto saved = m_cases->addAttempt(caseId, attempt);
    if (!saved)
        return saved.error();
    return QStringLiteral("attempt %1 case %2").arg(saved->id).arg(caseId);
}

Result<QString> LoadClient::search()
{
    // The household list's search box: the matching ids in list order, then the first page.
    const QStringList &terms = searchTerms();
    const QString text = terms[std::uniform_int_distribution<qsizetype>(0, terms.size() - 1)(m_random)];
    auto ids = m_search->ids(HouseholdFilter::forSearch(text));
    if (!ids)
        return ids.error();
    auto rows = m_search->rows(ids->mid(0, listPage));
    if (!rows)
        return rows.error();
    return QStringLiteral("search '%1' %2 hits").arg(text).arg(ids->size());
}

Result<QString> LoadClient::saveNote()
{
    const qint64 id = pickLine().householdId;
    auto note = m_households->addNote(id, QStringLiteral("Belronde: stand van zaken bijgewerkt (belastingtest)"));
    if (!note)
        return note.error();
    return QStringLiteral("note %1 household %2").arg(note->id).arg(id);
}

} // namespace vangnet::bench
