#include "exports/FeedbackListSource.h"

#include "security/Session.h"

namespace vangnet::exports {

FeedbackListSource::FeedbackListSource(QSqlDatabase db, const Session &session, cases::FeedbackFilter filter)
    : m_repository(std::move(db)), m_filter(std::move(filter))
{
    m_filter.teamId = session.user().teamId;
}

QString FeedbackListSource::title() const
{
    return tr("Feedback");
}

QList<ListColumn> FeedbackListSource::columns() const
{
    return {{tr("Partner type"), CellType::Text, 14},   {tr("Partner"), CellType::Text, 26},
            {tr("Partner's signal id"), CellType::Text, 20}, {tr("Signal date"), CellType::Date, 12},
            {tr("Signal status"), CellType::Text, 34},  {tr("Decided on"), CellType::Date, 12},
            {tr("Taken up"), CellType::Text, 9},        {tr("Taken up on"), CellType::Date, 12}};
}

Result<qint64> FeedbackListSource::prepare()
{
    return m_repository.feedbackCount(m_filter);
}

Result<void> FeedbackListSource::read(const RowCallback &row)
{
    return m_repository.feedback(m_filter, [&row](const cases::FeedbackRow &signal) { return row(rowOf(signal)); });
}

ListRow FeedbackListSource::rowOf(const cases::FeedbackRow &signal)
{
    auto dateOrEmpty = [](QDate day) { return day.isValid() ? QVariant(day) : QVariant(); };
    return {signal.partnerType,
            signal.partnerName,
            signal.partnerSignalId,
            dateOrEmpty(signal.signalDate),
            signal.ddasStatus,
            dateOrEmpty(signal.decidedOn),
            signal.takenUpOn.isValid() ? tr("yes") : tr("no"),
            dateOrEmpty(signal.takenUpOn)};
}

} // namespace vangnet::exports
