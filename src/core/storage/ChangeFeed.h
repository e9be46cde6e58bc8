#pragma once

#include "storage/DataKind.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class QSocketNotifier;

namespace vangnet {

class Database;

/// Live updates on a PostgreSQL team server: listens on a connection of its own to the
/// notifications the triggers of migration 27 send (`vangnet_changes`) and emits changed() for
/// each change made by another client — a colleague. Changes made through the Database it was
/// given (and through its own connection) are this client's own and are not reported: the app
/// publishes those itself. No polling: it watches the connection's socket (libpq directly, not
/// Qt's notification support, which cannot say that the connection broke), so a colleague's
/// change arrives as soon as their transaction commits, and a server that stops or restarts is
/// noticed at once (connectionLost()); TCP keepalives catch a network that went away.
///
/// On SQLite it does nothing (isActive() is false): a database file has one user at a time.
class ChangeFeed final : public QObject {
    Q_OBJECT
public:
    /// The channel the triggers notify on.
    static constexpr const char *channel = "vangnet_changes";

    /// Starts listening beside `own` (whose changes are not reported). A failure to connect is
    /// logged and leaves the feed inactive: pages are then current after a reload, as before.
    explicit ChangeFeed(const Database &own, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isActive() const { return m_listener != nullptr; }
    /// Why the feed is inactive on PostgreSQL (empty when active or on SQLite).
    const QString &problem() const { return m_problem; }

    /// Changes made on this connection are this client's own too (another window's database,
    /// which must outlive the feed).
    void ignoreChangesOf(const Database &db);

    /// After connectionLost(), once the server is back and the own Database reconnected: listens
    /// again (the own connections' new server processes are recognised). False, with problem(),
    /// while the server does not take the connection.
    bool reconnect();

    /// Reads one payload (`<pid>:<kind>:<id>,<id>,…`); false for a malformed one or an unknown kind.
    static bool parse(const QString &payload, qint64 &pid, DataKind &kind, QList<qint64> &ids);

Q_SIGNALS:
    /// Another client changed data of `kind`: the ids it names (empty = many / unknown).
    void changed(vangnet::DataKind kind, const QList<qint64> &ids);
    /// The connection to the server broke (the server stopped, restarted, ended this session or
    /// the network went away): the feed is inactive until reconnect().
    void connectionLost();

private:
    bool listen();
    void readNotifications();
    void onPayload(const QString &payload);
    void drop();

    const Database &m_own;
    QList<const Database *> m_ignored;
    std::unique_ptr<Database> m_listener;
    QSocketNotifier *m_socket = nullptr;
    qint64 m_listenerPid = 0;
    QSet<qint64> m_ownPids;
    QString m_problem;
};

} // namespace vangnet
