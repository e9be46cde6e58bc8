#include "cases/CaseText.h"

#include "cases/CaseService.h"
#include "cases/DeadlineText.h"


namespace vangnet {

using cases::CaseStatus;

QString CaseText::title(const cases::Case &record, const QString &householdName)
{
    return tr("Case %1 · %2").arg(record.id).arg(householdName);
}

QString CaseText::version(const cases::Case &record)
{
    if (!record.updatedAt.isValid() || record.updatedBy.isEmpty())
        return tr("Version %1").arg(record.version);
    return tr("Version %1, changed %2 by %3")
        .arg(record.version)
        .arg(DeadlineText::moment(record.updatedAt), record.updatedBy);
}

bool CaseText::isStale(const Error &error, const cases::CaseService &service, const cases::Case &read)
{
    if (error.code == ErrorCode::StaleEdit)
        return true;
    auto now = service.get(read.id);
    return now && now->version != read.version;
}

QString CaseText::refusal(const Error &error, bool stale)
{
    if (stale)
        return tr("%1\nSomeone else changed this case after you opened it. What you entered is kept: reload the "
                  "case to see their change, then save again.")
            .arg(error.message);
    return error.message;
}

QString CaseText::reloaded(const cases::Case &record)
{
    return tr("Reloaded: the case is now \"%1\" (%2). Check what you entered and save again.")
        .arg(cases::caseStatusLabel(record.status), version(record));
}

QString CaseText::typeText(const cases::Case &record)
{
    QStringList parts{cases::caseTypeLabel(record.type)};
    const cases::HelpRequest &r = record.request;
    if (record.type == cases::CaseType::Hulpvraag) {
        parts << tr("registered %1").arg(DeadlineText::date(r.registeredOn));
        if (r.crisis())
            parts << tr("crisis intervention: %1").arg(cases::crisisKindLabel(r.crisisKind));
        parts << (r.firstConversationOn.isValid() ? tr("first conversation %1").arg(DeadlineText::date(r.firstConversationOn))
                                                  : tr("no first conversation yet"));
    }
    return parts.join(QStringLiteral(" · "));
}

QString CaseText::moveLabel(CaseStatus from, CaseStatus to)
{
    switch (to) {
    case CaseStatus::InBehandeling:
        if (from == CaseStatus::Afgesloten)
            return tr("Reopen");
        if (from == CaseStatus::WachtOpInwoner)
            return tr("Resume work");
        return tr("Start working on it");
    case CaseStatus::WachtOpInwoner: return tr("Wait for resident");
    case CaseStatus::Afgesloten: return tr("Close case…");
    case CaseStatus::Nieuw: return cases::caseStatusLabel(to);
    }
    return {};
}

} // namespace vangnet
