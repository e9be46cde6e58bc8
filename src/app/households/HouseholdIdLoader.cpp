#include "households/HouseholdIdLoader.h"

#include "storage/Database.h"

namespace vangnet {

HouseholdIdLoader::HouseholdIdLoader(DatabaseLocation location, Session session)
    : m_location(std::move(location)), m_session(std::move(session))
{
}

HouseholdIdLoader::~HouseholdIdLoader() = default;

void HouseholdIdLoader::load(int generation, const HouseholdFilter &filter, bool countAll)
{
    if (!m_db) {
        auto opened = Database::open(m_location, Database::Options{.create = false, .migrate = false, .migrations = {}});
        if (!opened) {
            Q_EMIT loaded(generation, {}, -1, opened.error().message);
            return;
        }
        m_db = std::move(opened.value());
    }
    const HouseholdQuery query(m_db->connection(), m_session);
    auto ids = query.ids(filter);
    if (!ids && m_db->isBroken() && m_db->reconnect()) // the server was away: a read may simply run again
        ids = query.ids(filter);
    if (!ids) {
        Q_EMIT loaded(generation, {}, -1, ids.error().message);
        return;
    }
    int total = -1;
    const bool unfiltered = filter.search.trimmed().isEmpty() && filter.wijk.isEmpty();
    if (countAll && unfiltered) {
        total = static_cast<int>(ids->size());
    } else if (countAll) {
        if (auto all = query.ids(HouseholdFilter{.search = {}, .wijk = {}, .sort = HouseholdSort::Id, .descending = false, .ruleId = {}, .minSeverity = 0}))
            total = static_cast<int>(all->size());
    }
    Q_EMIT loaded(generation, *ids, total, QString());
}

} // namespace vangnet
