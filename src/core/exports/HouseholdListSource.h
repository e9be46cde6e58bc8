#pragma once

#include "exports/ListSource.h"
#include "storage/HouseholdQuery.h"

#include <QCoreApplication>

namespace vangnet::exports {

/// The household list as the households page shows it (HouseholdQuery: the team's households
/// under the page's search, district and flag filters, in the page's sort order), every
/// matching household, read in pages.
class HouseholdListSource final : public ListSource {
    Q_DECLARE_TR_FUNCTIONS(vangnet::exports::HouseholdListSource)
public:
    HouseholdListSource(QSqlDatabase db, const Session &session, HouseholdFilter filter);

    QString title() const override;
    QList<ListColumn> columns() const override;
    Result<qint64> prepare() override;
    Result<void> read(const RowCallback &row) override;

    static ListRow rowOf(const HouseholdRow &household);

private:
    HouseholdQuery m_query;
    HouseholdFilter m_filter;
    QVector<qint64> m_ids;
};

} // namespace vangnet::exports
