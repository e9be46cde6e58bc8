// CaseService: the Wgs request of a case (aanmelding, eerste gesprek, beschikking) and the
// opening of a case as a request. The rules of the dates are in HelpRequest.cpp.
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "cases/HelpRequest.h"
#include "security/Session.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "support/IsoDate.h"

#include <QCoreApplication>

namespace vangnet::cases {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : sqlNull();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? sqlNull() : QVariant(s);
}

} // namespace

Result<Case> CaseService::openRequest(qint64 householdId, QDate registeredOn, const QString &crisisKind)
{
    Case draft;
    draft.type = CaseType::Hulpvraag;
    draft.request.registeredOn = registeredOn.isValid() ? registeredOn : m_clock.today();
    draft.request.crisisKind = crisisKind.trimmed();
    if (auto errors = helpRequestErrors(draft, m_clock.today()); !errors.isEmpty())
        return Error::invalid(errors);
    return open(householdId, CaseOrigin::Manual, 0, 0, &draft.request);
}

Result<Case> CaseService::registerRequest(qint64 caseId, int version, QDate registeredOn, const QString &crisisKind)
{
    auto c = getAtVersion(caseId, version);
    if (!c)
        return c.error();
    Case changed = *c;
    changed.type = CaseType::Hulpvraag;
    changed.request.registeredOn = registeredOn.isValid() ? registeredOn : m_clock.today();
    changed.request.crisisKind = crisisKind.trimmed();
    const QString detail = c->type == CaseType::Hulpvraag
        ? QStringLiteral("request")
        : QStringLiteral("type:%1>%2").arg(caseTypeKey(c->type), caseTypeKey(CaseType::Hulpvraag));
    return saveRequest(*c, changed, detail + (changed.request.crisis() ? QStringLiteral(" crisis") : QString()));
}

Result<Case> CaseService::setFirstConversation(qint64 caseId, int version, QDate conversationOn)
{
    auto c = getAtVersion(caseId, version);
    if (!c)
        return c.error();
    Case changed = *c;
    changed.request.firstConversationOn = conversationOn;
    return saveRequest(*c, changed, QStringLiteral("first_conversation"));
}

Result<Case> CaseService::setDecision(qint64 caseId, int version, QDate decisionOn, const QString &decision)
{
    auto c = getAtVersion(caseId, version);
    if (!c)
        return c.error();
    Case changed = *c;
    changed.decisionOn = decisionOn;
    changed.request.decision = decision.trimmed();
    return saveRequest(*c, changed, QStringLiteral("decision:%1").arg(changed.request.decision));
}

Result<Case> CaseService::saveRequest(const Case &before, const Case &changed, const QString &auditDetail)
{
    if (before.status == CaseStatus::Afgesloten)
        return Error::invalid({{QStringLiteral("status"), QCoreApplication::translate("vangnet::cases::CaseService",
                                                                                      "This case is closed. Reopen it to add to it.")}});
    if (auto errors = helpRequestErrors(changed, m_clock.today()); !errors.isEmpty())
        return Error::invalid(errors);
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    const HelpRequest &r = changed.request;
    if (auto saved = bump(before.id, before.version,
                          QStringLiteral("case_type = ?, request_on = ?, request_crisis = ?, first_conversation_on = ?, "
                                         "decision_on = ?, decision = ?"),
                          {caseTypeKey(changed.type), dateOrNull(r.registeredOn), textOrNull(r.crisisKind),
                           dateOrNull(r.firstConversationOn), dateOrNull(changed.decisionOn), textOrNull(r.decision)});
        !saved)
        return saved.error();
    if (auto audited = audit(before.id, auditDetail); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return CaseRepository(m_db, m_session.fields()).load(before.id);
}

} // namespace vangnet::cases
