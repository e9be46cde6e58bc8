#include "cases/QueueAssignment.h"

#include "DialogRunner.h"
#include "cases/AssignDialog.h"

#include <algorithm>

namespace vangnet {

using cases::QueueItem;

QueueAssignment::QueueAssignment(cases::CaseService &cases) : m_cases(cases) {}

QueueAssignment::Outcome QueueAssignment::run(QWidget *parent, const QList<QueueItem> &items)
{
    if (items.isEmpty())
        return {};
    // The queue holds the lead's own team: the first household's team is everyone's.
    auto workers = m_cases.workersForHousehold(items.first().householdId);
    if (!workers)
        return {false, true, workers.error().message};

    QString intro = tr("Assign %n household(s) to:", nullptr, static_cast<int>(items.size()));
    const auto withoutCase = std::count_if(items.cbegin(), items.cend(), [](const QueueItem &i) { return i.caseId == 0; });
    if (withoutCase > 0)
        intro += QLatin1Char('\n') + tr("%n of them have no case yet: a case is opened for each.", nullptr,
                                        static_cast<int>(withoutCase));
    QList<qint64> households;
    for (const QueueItem &item : items)
        households << item.householdId;
    QString assignee;
    AssignDialog dialog(*workers, intro, true, -1,
                        [&](qint64 userId) -> QString {
                            if (auto done = m_cases.assignHouseholds(households, userId); !done)
                                return done.error().message;
                            assignee = tr("nobody");
                            for (const cases::CaseService::Worker &worker : *workers)
                                if (worker.id == userId)
                                    assignee = worker.name;
                            return {};
                        },
                        parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return {};
    return {true, false, tr("%n case(s) assigned to %1.", nullptr, static_cast<int>(items.size())).arg(assignee)};
}

} // namespace vangnet
