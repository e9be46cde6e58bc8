#pragma once

#include "security/KeySlot.h"
#include "storage/DatabaseLocation.h"
#include "support/Result.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace vangnet {

class AuthService;
class Clock;
class Database;

/// Runs the slow AuthService calls (login, new passwords: Argon2id, ≈1.3 s each) on a thread of
/// its own, so the window keeps painting and the dialogs can show that they are busy. The
/// thread opens its own connection to the database: a connection belongs to the thread that
/// opened it. Jobs run one at a time, in the order they were started.
class AuthWorker final : public QObject {
    Q_OBJECT
public:
    AuthWorker(DatabaseLocation location, const Clock &clock, KdfLimits limits, QObject *parent = nullptr);
    /// Waits for the running job, then closes the worker's connection in the worker thread.
    ~AuthWorker() override;
    AuthWorker(const AuthWorker &) = delete;
    AuthWorker &operator=(const AuthWorker &) = delete;

    /// Runs `job` on the worker thread, then `done` with its result on the GUI thread, unless
    /// `receiver` was destroyed in the meantime (a dialog closed while the job ran).
    template <typename T>
    void run(QObject *receiver, std::function<Result<T>(AuthService &)> job, std::function<void(const Result<T> &)> done)
    {
        ++m_running;
        Q_EMIT busyChanged(true);
        QPointer<QObject> guard(receiver);
        post([this, guard, job = std::move(job), done = std::move(done)] {
            Result<T> result = withService<T>(job);
            QMetaObject::invokeMethod(
                this,
                [this, guard, done, result] {
                    --m_running;
                    Q_EMIT busyChanged(m_running > 0);
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    bool isBusy() const { return m_running > 0; }

    /// A team server (docs/team-mode.md): the login is the connection. Jobs posted after this
    /// call run on a connection as `username`'s own login role; no-op on any other database.
    void connectAs(const QString &username, const QString &password);
    /// The location the last login connected with (the user's login role on a team server).
    const DatabaseLocation &loginLocation() const { return m_loginLocation; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    template <typename T>
    Result<T> withService(const std::function<Result<T>(AuthService &)> &job)
    {
        auto service = open();
        if (!service)
            return service.error();
        return job(**service);
    }
    /// On the worker thread: the service on the worker's own connection, opened on first use.
    Result<AuthService *> open();
    void post(std::function<void()> task);

    DatabaseLocation m_location;      ///< touched only in m_thread once the thread runs
    DatabaseLocation m_loginLocation; ///< GUI thread's copy
    bool m_teamServer = false;        ///< the location names no user: each login connects as its user
    DatabaseLocation m_teamServerLocation; ///< that location, without a user
    const Clock &m_clock;
    KdfLimits m_limits;
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives in m_thread; jobs are queued to it
    std::unique_ptr<Database> m_db;     ///< touched only in m_thread
    std::unique_ptr<AuthService> m_auth; ///< touched only in m_thread
    int m_running = 0;
};

} // namespace vangnet
