#pragma once

#include "storage/DatabaseLocation.h"
#include "security/Session.h"
#include "storage/HouseholdQuery.h"

#include <QObject>
#include <QVector>

#include <memory>

namespace vangnet {

class Database;

/// Runs HouseholdQuery::ids() on a worker thread, over a connection of its own (a connection
/// belongs to the thread that opened it), so the list never blocks the user interface.
/// Lives in the worker thread; call load() through a queued invocation.
class HouseholdIdLoader final : public QObject {
    Q_OBJECT
public:
    /// The worker gets its own copy of the session: the query is scoped to the session's team.
    HouseholdIdLoader(DatabaseLocation location, Session session);
    ~HouseholdIdLoader() override;

    /// Computes the ids for `filter`; with `countAll` also the number of households in total.
    void load(int generation, const HouseholdFilter &filter, bool countAll);

Q_SIGNALS:
    /// `total` is -1 when it was not asked for; `error` is empty on success.
    void loaded(int generation, const QVector<qint64> &ids, int total, const QString &error);

private:
    DatabaseLocation m_location;
    Session m_session;
    std::unique_ptr<Database> m_db;
};

} // namespace vangnet
