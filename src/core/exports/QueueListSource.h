#pragma once

#include "cases/WorkQueue.h"
#include "exports/ListSource.h"

#include <QCoreApplication>
#include <QDate>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::exports {

/// The werkvoorraad as the work queue page shows it: the team's queue (cases::WorkQueue, which
/// needs Permission::WorkCases), under the page's filter, in queue order. The page's one
/// "next deadline" column becomes three: its due date (a real date in a spreadsheet), its state
/// and which deadline it is.
class QueueListSource final : public ListSource {
    Q_DECLARE_TR_FUNCTIONS(vangnet::exports::QueueListSource)
public:
    /// `asOf`: the day the deadlines are judged on (invalid = the clock's today).
    QueueListSource(const Database &db, const Clock &clock, const Session &session, cases::QueueFilter filter,
                    QDate asOf);

    QString title() const override;
    QList<ListColumn> columns() const override;
    Result<qint64> prepare() override;
    Result<void> read(const RowCallback &row) override;

    /// One line of the queue as the export writes it.
    static ListRow rowOf(const cases::QueueItem &item);

private:
    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
    cases::QueueFilter m_filter;
    QDate m_asOf;
    cases::QueueIndex m_shown; ///< the filtered keys; the full lines are read a page at a time
};

} // namespace vangnet::exports
