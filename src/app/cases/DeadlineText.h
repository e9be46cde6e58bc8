#pragma once

#include "clocks/Deadlines.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace vangnet {

/// How the GUI shows a deadline (termijn): the state in words, a colour and an icon, the same
/// in the work queue and on the case screen. Colour and icon only repeat the words: nothing is
/// told by colour alone.
class DeadlineText {
    Q_DECLARE_TR_FUNCTIONS(vangnet::DeadlineText)
public:
    /// "dd-MM-yyyy", or "" for an invalid date.
    static QString date(const QDate &day);
    /// "dd-MM-yyyy HH:mm" in local time, or "" for an invalid moment.
    static QString moment(const QDateTime &at);
    /// "12-06-2025 · Overdue · First conversation (4 weeks)"
    static QString summary(const clocks::Deadline &deadline);
    /// "Overdue by 3 days", "Due in 2 days", "Due today", "Met on 03-06-2025".
    static QString relative(const clocks::Deadline &deadline, const QDate &today);
    /// A text colour readable on a white background; invalid (the default) for an open deadline.
    static QColor colour(clocks::DeadlineState state);
    /// A small round icon: red "!" overdue, amber "…" due soon, green tick met, grey ring open.
    static QIcon icon(clocks::DeadlineState state);
};

} // namespace vangnet
