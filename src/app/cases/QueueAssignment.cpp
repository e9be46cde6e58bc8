#include "cases/QueueAssignment.h"

#include "DialogRunner.h"
#include "cases/AssignDialog.h"
#include "cases/CaseWindows.h"

namespace vangnet {

using cases::QueueItem;

QueueAssignment::QueueAssignment(cases::CaseService &cases, const rules::RulesService &rules)
    : m_cases(cases), m_rules(rules)
{
}

QString QueueAssignment::openMissing(const QList<QueueItem> &items)
{
    for (const QueueItem &item : items) {
        if (item.caseId != 0 || m_opened.contains(item.householdId))
            continue;
        auto made = CaseWindows::openNew(m_cases, m_rules, item.householdId);
        if (!made)
            return tr("No case could be opened for %1: %2").arg(item.householdName, made.error().message);
        m_opened.insert(item.householdId, made->id);
    }
    return {};
}

QueueAssignment::Outcome QueueAssignment::run(QWidget *parent, const QList<QueueItem> &items, qint64 teamCase)
{
    Outcome outcome;
    qint64 reference = 0;
    int withoutCase = 0;
    for (const QueueItem &item : items) {
        withoutCase += item.caseId == 0 ? 1 : 0;
        if (reference == 0)
            reference = item.caseId;
    }
    if (reference == 0)
        reference = teamCase;
    if (reference == 0) {
        // The caseworkers are read through a case of the team: open the cases first.
        if (!DialogRunner::confirm(parent, tr("Assign"),
                                   tr("None of these households has a case yet. Open a case for each, to assign?")))
            return outcome;
        const QString failed = openMissing(items);
        outcome.changed = !m_opened.isEmpty();
        if (!failed.isEmpty())
            return {outcome.changed, true, failed};
        reference = m_opened.value(items.first().householdId);
    }
    auto workers = m_cases.workersFor(reference);
    if (!workers)
        return {outcome.changed, true, workers.error().message};

    QString intro = tr("Assign %n household(s) to:", nullptr, static_cast<int>(items.size()));
    const int toOpen = withoutCase - static_cast<int>(m_opened.size());
    if (toOpen > 0)
        intro += QLatin1Char('\n') + tr("%n of them have no case yet: a case is opened for each.", nullptr, toOpen);
    QString assignee;
    AssignDialog dialog(*workers, intro, true, -1,
                        [&](qint64 userId) -> QString {
                            if (const QString failed = openMissing(items); !failed.isEmpty())
                                return failed;
                            QList<qint64> caseIds;
                            for (const QueueItem &item : items)
                                caseIds << (item.caseId != 0 ? item.caseId : m_opened.value(item.householdId));
                            auto done = m_cases.bulkAssign(caseIds, userId);
                            if (!done)
                                return done.error().message;
                            assignee = tr("nobody");
                            for (const cases::CaseService::Worker &worker : *workers)
                                if (worker.id == userId)
                                    assignee = worker.name;
                            return {};
                        },
                        parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted) {
        outcome.changed = !m_opened.isEmpty();
        return outcome;
    }
    return {true, false, tr("%n case(s) assigned to %1.", nullptr, static_cast<int>(items.size())).arg(assignee)};
}

} // namespace vangnet
