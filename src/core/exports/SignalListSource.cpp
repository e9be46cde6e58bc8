#include "exports/SignalListSource.h"

#include "signals/SignalRecords.h"

namespace vangnet::exports {

SignalListSource::SignalListSource(QSqlDatabase db, const Session &session, SignalFilter filter)
    : m_query(std::move(db), session), m_filter(std::move(filter))
{
    m_filter.limit = 0;
}

QString SignalListSource::title() const
{
    return tr("Signals");
}

QList<ListColumn> SignalListSource::columns() const
{
    return {{tr("Signal date"), CellType::Date, 12}, {tr("Partner"), CellType::Text, 34},
            {tr("Amount"), CellType::Amount, 12},    {tr("Household"), CellType::Text, 26},
            {tr("District"), CellType::Text, 16},    {tr("Status"), CellType::Text, 14},
            {tr("Marks"), CellType::Text, 18}};
}

Result<qint64> SignalListSource::prepare()
{
    return m_query.count(m_filter);
}

Result<void> SignalListSource::read(const RowCallback &row)
{
    auto read = m_query.each(m_filter, [&row](const SignalListRow &signal) { return row(rowOf(signal)); });
    if (!read)
        return read.error();
    return success();
}

ListRow SignalListSource::rowOf(const SignalListRow &signal)
{
    return {signal.signalDate,
            partnerLabel(signal.partnerType, signal.partnerName),
            signal.amountCents ? QVariant(*signal.amountCents) : QVariant(),
            signal.household,
            signal.wijk,
            signalStatusLabel(signal.status),
            signalMarksText(signal.crisis, signal.repeated)};
}

} // namespace vangnet::exports
