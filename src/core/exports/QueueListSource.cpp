#include "exports/QueueListSource.h"

#include "cases/QueueText.h"

namespace vangnet::exports {

QueueListSource::QueueListSource(const Database &db, const Clock &clock, const Session &session,
                                 cases::QueueFilter filter, QDate asOf)
    : m_db(db), m_clock(clock), m_session(session), m_filter(std::move(filter)), m_asOf(asOf)
{
}

QString QueueListSource::title() const
{
    return tr("Work queue");
}

QList<ListColumn> QueueListSource::columns() const
{
    return {{tr("Priority"), CellType::Text, 10},        {tr("Household"), CellType::Text, 26},
            {tr("District"), CellType::Text, 16},        {tr("Most severe flag"), CellType::Text, 40},
            {tr("Case status"), CellType::Text, 16},     {tr("Assigned to"), CellType::Text, 22},
            {tr("Next deadline"), CellType::Date, 14},   {tr("Deadline state"), CellType::Text, 16},
            {tr("Deadline"), CellType::Text, 34},        {tr("Open signals"), CellType::Integer, 10}};
}

Result<qint64> QueueListSource::prepare()
{
    const cases::WorkQueue queue(m_db, m_clock, m_session);
    auto index = queue.index(m_asOf);
    if (!index)
        return index.error();
    m_shown = queue.filtered(*index, m_filter);
    return static_cast<qint64>(m_shown.keys.size());
}

Result<void> QueueListSource::read(const RowCallback &row)
{
    // A page of full lines at a time: a city team's queue is 100,000 lines.
    constexpr std::size_t page = 1000;
    const cases::WorkQueue queue(m_db, m_clock, m_session);
    for (std::size_t from = 0; from < m_shown.keys.size(); from += page) {
        auto items = queue.rows(m_shown.householdIds(from, page), m_shown.asOf);
        if (!items)
            return items.error();
        for (const cases::QueueItem &item : std::as_const(*items))
            if (!row(rowOf(item)))
                return success();
    }
    return success();
}

ListRow QueueListSource::rowOf(const cases::QueueItem &item)
{
    using cases::QueueText;
    const bool running = item.next.has_value();
    return {QueueText::priority(item),
            item.householdName,
            item.wijk,
            QueueText::flag(item),
            QueueText::status(item),
            QueueText::assignee(item),
            running ? QVariant(item.next->dueOn) : QVariant(),
            running ? clocks::deadlineStateLabel(item.next->state) : QString(),
            running ? item.next->label : QueueText::noDeadline(),
            static_cast<qint64>(item.openSignals)};
}

} // namespace vangnet::exports
