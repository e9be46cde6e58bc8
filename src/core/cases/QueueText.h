#pragma once

#include "cases/WorkQueue.h"

#include <QCoreApplication>
#include <QString>

namespace vangnet::cases {

/// How a line of the werkvoorraad is worded: the same on the work queue page, on the case
/// screen and in the list export, so a spreadsheet says what the screen says.
class QueueText {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cases::QueueText)
public:
    /// The highest severity of the open flags ("High"), or "No flag".
    static QString priority(const QueueItem &item);
    /// The most severe open flag ("Huurachterstand (+2 more)"), why an unflagged household is in
    /// the queue (a signal or discharge notice nobody has taken up), or "" for a case alone.
    static QString flag(const QueueItem &item);
    /// The case's status, or "No case yet".
    static QString status(const QueueItem &item);
    /// Who has the case, or "Unassigned".
    static QString assignee(const QueueItem &item);
    /// What the next-deadline column says when no deadline runs.
    static QString noDeadline();
};

} // namespace vangnet::cases
