#pragma once

#include "cases/ClosingRepository.h"
#include "exports/ListSource.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace vangnet {
class Session;
}

namespace vangnet::exports {

/// The feedback to the signal platform (terugkoppeling, docs/exports.md): per signal of the own
/// team, of the partner and period asked for, what the partner may hear back — the partner, its
/// own signal id and the signal date (enough to find its signal), the reported status
/// (EnumSignaalstatus) and the day it was decided, and whether the case took it up and when.
/// No names, no addresses, no internal reason, no notes.
class FeedbackListSource final : public ListSource {
    Q_DECLARE_TR_FUNCTIONS(vangnet::exports::FeedbackListSource)
public:
    /// The filter's team is replaced by the session's: a team lead exports their own team.
    FeedbackListSource(QSqlDatabase db, const Session &session, cases::FeedbackFilter filter);

    QString title() const override;
    QList<ListColumn> columns() const override;
    Result<qint64> prepare() override;
    Result<void> read(const RowCallback &row) override;

    static ListRow rowOf(const cases::FeedbackRow &signal);

private:
    cases::ClosingRepository m_repository;
    cases::FeedbackFilter m_filter;
};

} // namespace vangnet::exports
