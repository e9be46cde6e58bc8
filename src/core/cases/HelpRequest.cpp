#include "cases/HelpRequest.h"

#include <QCoreApplication>

namespace vangnet::cases {

namespace {

QString shown(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

FieldError error(const char *field, const QString &message)
{
    return FieldError{QString::fromLatin1(field), message};
}

} // namespace

QList<FieldError> helpRequestErrors(const Case &c, QDate today)
{
    const HelpRequest &r = c.request;
    QList<FieldError> errors;
    if (c.type != CaseType::Hulpvraag) {
        if (r.registeredOn.isValid() || r.crisis() || r.firstConversationOn.isValid() || !r.decision.isEmpty())
            errors << error("type", QCoreApplication::translate("vangnet::cases::HelpRequest", "This case is not a request for debt help: register the request (aanmelding) first."));
        return errors;
    }
    if (!r.registeredOn.isValid())
        errors << error("registeredOn", QCoreApplication::translate("vangnet::cases::HelpRequest", "Give the date the request for help was registered."));
    else if (r.registeredOn > today)
        errors << error("registeredOn", QCoreApplication::translate("vangnet::cases::HelpRequest", "The request is dated %1, which is in the future.").arg(shown(r.registeredOn)));
    if (r.crisis() && !crisisKinds().contains(r.crisisKind))
        errors << error("crisisKind", QCoreApplication::translate("vangnet::cases::HelpRequest", "\"%1\" is not a crisis intervention (eviction, disconnection of energy or "
                                         "water, termination of the health insurance).").arg(r.crisisKind));
    const QDate conversation = r.firstConversationOn;
    if (conversation.isValid()) {
        if (conversation > today)
            errors << error("firstConversationOn", QCoreApplication::translate("vangnet::cases::HelpRequest", "The first conversation is dated %1, which is in the future.")
                                                       .arg(shown(conversation)));
        else if (r.registeredOn.isValid() && conversation < r.registeredOn)
            errors << error("firstConversationOn", QCoreApplication::translate("vangnet::cases::HelpRequest", "The first conversation (%1) is before the request was registered (%2).")
                                                       .arg(shown(conversation), shown(r.registeredOn)));
    }
    const bool dated = c.decisionOn.isValid();
    if (dated != !r.decision.isEmpty())
        errors << error(dated ? "decision" : "decisionOn",
                        dated ? QCoreApplication::translate("vangnet::cases::HelpRequest", "Say whether the decision admits the resident or refuses.")
                              : QCoreApplication::translate("vangnet::cases::HelpRequest", "Give the date of the decision."));
    if (!r.decision.isEmpty() && !requestDecisions().contains(r.decision))
        errors << error("decision", QCoreApplication::translate("vangnet::cases::HelpRequest", "\"%1\" is not a decision: toelating or afwijzing.").arg(r.decision));
    if (dated) {
        if (c.decisionOn > today)
            errors << error("decisionOn", QCoreApplication::translate("vangnet::cases::HelpRequest", "The decision is dated %1, which is in the future.").arg(shown(c.decisionOn)));
        else if (!conversation.isValid())
            errors << error("decisionOn", QCoreApplication::translate("vangnet::cases::HelpRequest", "Record the first conversation before the decision: the decision term runs from it."));
        else if (c.decisionOn < conversation)
            errors << error("decisionOn", QCoreApplication::translate("vangnet::cases::HelpRequest", "The decision (%1) is before the first conversation (%2).")
                                              .arg(shown(c.decisionOn), shown(conversation)));
    }
    return errors;
}

bool isResidentContact(const QString &contactsoort)
{
    return contactsoort != QLatin1String("Administratief");
}

} // namespace vangnet::cases
