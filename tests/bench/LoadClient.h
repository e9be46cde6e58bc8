#pragma once

// One simulated caseworker of the load driver (scripts/bench-load.sh): logs in on the team
// server as their own login role, then works the queue through the core services the GUI uses
// until the common end of the run, writing one line per action to its result file.

#include "LoadRecords.h"

#include "cases/CaseService.h"
#include "cases/WorkQueue.h"
#include "households/HouseholdService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/HouseholdQuery.h"
#include "support/Clock.h"

#include <QFile>
#include <QTextStream>

#include <memory>
#include <optional>
#include <random>

namespace vangnet::bench {

struct ClientOptions {
    QString url;        ///< the team server's URL without a user (a loopback host only)
    QString username;
    QString password;
    int seconds = 60;   ///< the run ends this long after startAtMs
    int thinkMs = 1000; ///< mean pause between actions (uniform over 0.5–1.5 × this)
    qint64 startAtMs = 0; ///< epoch ms at which every client starts working (after its login)
    quint32 seed = 1;
    ActionMix mix = ActionMix::caseworker();
    QString out;        ///< the result file
    int actions = 0;    ///< stop after this many actions as well (0 = only the time bounds the run)
    /// The URL names a superuser, and the Vangnet login goes over that connection: the same
    /// services without row-level security (as the owner role's BYPASSRLS), the reference for
    /// what row-level security costs. Otherwise the login is the user's own login role.
    bool overSuperuser = false;
};

class LoadClient {
public:
    /// Connects as the user's own login role and logs in the way the GUI does on a team server
    /// (DatabaseLocation::asUser, Database::open, AuthService::login); the time it took is the
    /// result file's `login` record.
    static Result<std::unique_ptr<LoadClient>> login(const ClientOptions &options);
    ~LoadClient();
    LoadClient(const LoadClient &) = delete;
    LoadClient &operator=(const LoadClient &) = delete;

    /// Waits for the common start, then picks actions by the mix until the common end.
    void run();

private:
    LoadClient(const ClientOptions &options, std::unique_ptr<Database> db, Session session, QFile *file);

    void write(const ActionRecord &record);
    /// Times `action`, which returns the detail of its success or an error.
    void timed(const QString &name, const std::function<Result<QString>()> &action);

    Result<QString> openQueue();
    Result<QString> openHousehold();
    Result<QString> logAttempt();
    Result<QString> search();
    Result<QString> saveNote();
    /// A line of the last queue page shown, at random.
    cases::QueueItem &pickLine();

    ClientOptions m_options;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    Session m_session;
    std::unique_ptr<QFile> m_file;
    QTextStream m_out;
    std::mt19937 m_random;
    std::optional<cases::WorkQueue> m_queue;
    std::optional<HouseholdService> m_households;
    std::optional<cases::CaseService> m_cases;
    std::optional<HouseholdQuery> m_search;
    QList<cases::QueueItem> m_lines; ///< the queue's first page as last shown
};

} // namespace vangnet::bench
