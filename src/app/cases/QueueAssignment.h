#pragma once

#include "cases/CaseService.h"
#include "cases/WorkQueue.h"
#include "rules/RulesService.h"

#include <QCoreApplication>
#include <QHash>

class QWidget;

namespace vangnet {

/// The team lead's "Assign…" on lines of the work queue: households without a case get one
/// (from their most severe flag), then all cases go to one caseworker at once (bulkAssign).
class QueueAssignment {
    Q_DECLARE_TR_FUNCTIONS(vangnet::QueueAssignment)
public:
    struct Outcome {
        bool changed = false; ///< something was stored (cases opened, or assigned)
        bool problem = false;
        QString message;      ///< for the page's message line; "" when cancelled
    };

    QueueAssignment(cases::CaseService &cases, const rules::RulesService &rules);

    /// Asks (AssignDialog) and assigns. `teamCase` is any case of the team, to read its
    /// caseworkers when none of the lines has a case yet (0 = none known).
    Outcome run(QWidget *parent, const QList<cases::QueueItem> &items, qint64 teamCase);

private:
    /// Opens a case for each line without one; "" or why it failed. Opened ones are remembered,
    /// so a retried assignment does not open them twice.
    QString openMissing(const QList<cases::QueueItem> &items);

    cases::CaseService &m_cases;
    const rules::RulesService &m_rules;
    QHash<qint64, qint64> m_opened; ///< household → the case opened here
};

} // namespace vangnet
