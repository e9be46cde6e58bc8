#pragma once

#include "storage/DataKind.h"

#include <QList>
#include <QObject>

namespace vangnet {

class ChangeFeed;

/// The one "data changed" channel of a session: a page that changes data publishes what kind
/// and which ids (empty = don't know / many), every page that shows that kind subscribes to
/// changed() and reloads itself. Nothing is wired page to page. On a PostgreSQL team server a
/// colleague's change arrives the same way (follow() a ChangeFeed), so a page cannot tell a
/// local change from a colleague's unless it asks: an open edit form listens to
/// changedByColleague() to say its record changed underneath it (docs/architecture.md, "Live
/// updates"). Owned by MainWindow, passed to the pages that take part.
class DataChanges final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// A change made in this session: emits changed(kind, ids) now, on the calling (GUI) thread.
    void publish(DataKind kind, const QList<qint64> &ids = {}) { Q_EMIT changed(kind, ids); }
    /// A colleague's change: changedByColleague(), then changed() like a local one.
    void publishFromColleague(DataKind kind, const QList<qint64> &ids);
    /// Passes on every change `feed` reports (a colleague's, on the team server).
    void follow(ChangeFeed &feed);

    /// True when a change naming `ids` may concern `id` (an empty list may concern anything).
    static bool mayConcern(const QList<qint64> &ids, qint64 id) { return ids.isEmpty() || ids.contains(id); }

Q_SIGNALS:
    void changed(vangnet::DataKind kind, const QList<qint64> &ids);
    /// Only a colleague's changes (another client on the team server).
    void changedByColleague(vangnet::DataKind kind, const QList<qint64> &ids);
};

} // namespace vangnet
