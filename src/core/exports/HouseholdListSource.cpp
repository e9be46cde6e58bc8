#include "exports/HouseholdListSource.h"

#include "rules/Flag.h"
#include "rules/Severity.h"

namespace vangnet::exports {

namespace {
constexpr qsizetype PageSize = 500; ///< rows read per query
} // namespace

HouseholdListSource::HouseholdListSource(QSqlDatabase db, const Session &session, HouseholdFilter filter)
    : m_query(std::move(db), session), m_filter(std::move(filter))
{
}

QString HouseholdListSource::title() const
{
    return tr("Households");
}

QList<ListColumn> HouseholdListSource::columns() const
{
    return {{tr("Name"), CellType::Text, 26},    {tr("Address"), CellType::Text, 30},
            {tr("Postcode"), CellType::Text, 10}, {tr("Town"), CellType::Text, 18},
            {tr("District"), CellType::Text, 16}, {tr("Members"), CellType::Integer, 9},
            {tr("Priority"), CellType::Text, 10}};
}

Result<qint64> HouseholdListSource::prepare()
{
    auto ids = m_query.ids(m_filter);
    if (!ids)
        return ids.error();
    m_ids = std::move(*ids);
    return static_cast<qint64>(m_ids.size());
}

Result<void> HouseholdListSource::read(const RowCallback &row)
{
    for (qsizetype start = 0; start < m_ids.size(); start += PageSize) {
        auto page = m_query.rows(m_ids.mid(start, PageSize));
        if (!page)
            return page.error();
        for (const HouseholdRow &household : std::as_const(*page)) {
            if (!row(rowOf(household)))
                return success();
        }
    }
    return success();
}

ListRow HouseholdListSource::rowOf(const HouseholdRow &household)
{
    return {household.name,
            household.address,
            household.postcode,
            household.plaats,
            household.wijk,
            static_cast<qint64>(household.memberCount),
            rules::severityLabel(rules::Priority::severityOfRank(household.priorityRank))};
}

} // namespace vangnet::exports
