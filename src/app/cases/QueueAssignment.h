#pragma once

#include "cases/CaseService.h"
#include "cases/WorkQueue.h"

#include <QCoreApplication>

class QWidget;

namespace vangnet {

/// The team lead's "Assign…" on lines of the work queue: all the households' cases go to one
/// caseworker at once, and households without a case get one (from their most severe flag), in
/// one transaction (CaseService::assignHouseholds).
class QueueAssignment {
    Q_DECLARE_TR_FUNCTIONS(vangnet::QueueAssignment)
public:
    struct Outcome {
        bool changed = false; ///< something was stored (cases opened, or assigned)
        bool problem = false;
        QString message;      ///< for the page's message line; "" when cancelled
    };

    explicit QueueAssignment(cases::CaseService &cases);

    /// Asks (AssignDialog) and assigns.
    Outcome run(QWidget *parent, const QList<cases::QueueItem> &items);

private:
    cases::CaseService &m_cases;
};

} // namespace vangnet
