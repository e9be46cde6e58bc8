#pragma once

#include "exports/ListSource.h"
#include "signals/SignalQuery.h"

#include <QCoreApplication>

namespace vangnet::exports {

/// The signals list as the signals page shows it (SignalQuery: the team's signals, newest
/// first, under the page's filter) — every matching signal, not only the newest 5,000 the page
/// holds on screen. Read as a stream, so a million signals never sit in memory at once.
class SignalListSource final : public ListSource {
    Q_DECLARE_TR_FUNCTIONS(vangnet::exports::SignalListSource)
public:
    /// The filter's limit is ignored: an export holds every match.
    SignalListSource(QSqlDatabase db, const Session &session, SignalFilter filter);

    QString title() const override;
    QList<ListColumn> columns() const override;
    Result<qint64> prepare() override;
    Result<void> read(const RowCallback &row) override;

    static ListRow rowOf(const SignalListRow &signal);

private:
    SignalQuery m_query;
    SignalFilter m_filter;
};

} // namespace vangnet::exports
