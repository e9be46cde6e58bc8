#pragma once

#include "storage/DataKind.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

namespace vangnet {

class Database;

/// Live updates on a PostgreSQL team server: listens on a connection of its own to the
/// notifications the triggers of migration 27 send (`vangnet_changes`) and emits changed() for
/// each change made by another client — a colleague. Changes made through the Database it was
/// given (and through its own connection) are this client's own and are not reported: the app
/// publishes those itself. No polling: the driver watches the connection's socket, so a
/// colleague's change arrives as soon as their transaction commits.
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

    /// Changes made on this connection are this client's own too (another window's database).
    void ignoreChangesOf(const Database &db);

    /// Reads one payload (`<pid>:<kind>:<id>,<id>,…`); false for a malformed one or an unknown kind.
    static bool parse(const QString &payload, qint64 &pid, DataKind &kind, QList<qint64> &ids);

Q_SIGNALS:
    /// Another client changed data of `kind`: the ids it names (empty = many / unknown).
    void changed(vangnet::DataKind kind, const QList<qint64> &ids);

private:
    void onNotification(const QString &name, int source, const QVariant &payload);

    std::unique_ptr<Database> m_listener;
    QSet<qint64> m_ownPids;
    QString m_problem;
};

} // namespace vangnet
