#include "cases/QueueText.h"

#include "rules/Severity.h"

namespace vangnet::cases {

QString QueueText::priority(const QueueItem &item)
{
    return item.severity > 0 ? rules::severityLabel(item.severity) : tr("No flag");
}

QString QueueText::flag(const QueueItem &item)
{
    if (item.openFlags == 0) { // in the queue for its case, or for a signal or notice no rule flags
        if (item.caseId)
            return QString();
        return item.openSignals == 0 && item.openNotices > 0 ? tr("Discharge notice not taken up yet (no rule flags it)")
                                                             : tr("Signal not taken up yet (no rule flags it)");
    }
    return item.openFlags > 1 ? tr("%1 (+%n more)", nullptr, item.openFlags - 1).arg(item.topFlag) : item.topFlag;
}

QString QueueText::status(const QueueItem &item)
{
    return item.caseId == 0 ? tr("No case yet") : caseStatusLabel(item.status);
}

QString QueueText::assignee(const QueueItem &item)
{
    return item.assigneeId == 0 ? tr("Unassigned") : item.assigneeName;
}

QString QueueText::noDeadline()
{
    return tr("None running");
}

} // namespace vangnet::cases
