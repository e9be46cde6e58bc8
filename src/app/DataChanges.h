#pragma once

#include <QList>
#include <QObject>

namespace vangnet {

/// What kind of data changed. Pages say what they changed; pages that show it listen.
enum class DataKind {
    Households, ///< a household, its members or its address
    Needs,      ///< a household's housing need
    Places,     ///< the place inventory: an import or a status
    PlanRuns,   ///< a plan run stored, or an entry's workflow status (which may take a place)
    Cases,      ///< a case or its records
    Flags,      ///< flags raised, resolved or dismissed
};

/// The one "data changed" channel of a session: a page that changes data publishes what kind
/// and which ids (empty = don't know / many), every page that shows that kind subscribes to
/// changed() and reloads itself. Nothing is wired page to page. Owned by MainWindow, passed to
/// the pages that take part.
class DataChanges final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// Emits changed(kind, ids) now, on the calling (GUI) thread.
    void publish(DataKind kind, const QList<qint64> &ids = {}) { Q_EMIT changed(kind, ids); }

Q_SIGNALS:
    void changed(vangnet::DataKind kind, const QList<qint64> &ids);
};

} // namespace vangnet
