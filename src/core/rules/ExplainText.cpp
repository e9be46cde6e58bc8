#include "rules/ExplainText.h"

#include "importing/ImportKeys.h"
#include "rules/CaseValues.h"
#include "rules/Node.h"

#include <QCoreApplication>

namespace vangnet::rules {

namespace {

QString translated(const char *source)
{
    return QCoreApplication::translate("vangnet::rules", source);
}

QString monthAbbreviation(int month)
{
    static const char *const months[] = {
        QT_TRANSLATE_NOOP("vangnet::rules", "Jan"), QT_TRANSLATE_NOOP("vangnet::rules", "Feb"),
        QT_TRANSLATE_NOOP("vangnet::rules", "Mar"), QT_TRANSLATE_NOOP("vangnet::rules", "Apr"),
        QT_TRANSLATE_NOOP("vangnet::rules", "May"), QT_TRANSLATE_NOOP("vangnet::rules", "Jun"),
        QT_TRANSLATE_NOOP("vangnet::rules", "Jul"), QT_TRANSLATE_NOOP("vangnet::rules", "Aug"),
        QT_TRANSLATE_NOOP("vangnet::rules", "Sep"), QT_TRANSLATE_NOOP("vangnet::rules", "Oct"),
        QT_TRANSLATE_NOOP("vangnet::rules", "Nov"), QT_TRANSLATE_NOOP("vangnet::rules", "Dec"),
    };
    return translated(months[month - 1]);
}

QString signalText(const PreparedSignal &s, const EvalContext &ctx)
{
    const QString partner = s.partner >= 0 ? importing::partnerTypeLabel(importing::PartnerType(s.partner))
                                           : s.fact->partnerType;
    const QDate since = s.fact->arisenDate.isValid() ? s.fact->arisenDate : s.fact->signalDate;
    if (s.fact->amountCents == 0)
        return QCoreApplication::translate("vangnet::rules", "%1 (since %2)").arg(partner, formatShortDate(since, ctx.asOf));
    return QCoreApplication::translate("vangnet::rules", "%1 %2 (since %3)").arg(partner, formatMoney(s.fact->amountCents), formatShortDate(since, ctx.asOf));
}

QString dischargeText(const PreparedDischarge &d, const EvalContext &ctx)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("vangnet::rules", "ID document"), QT_TRANSLATE_NOOP("vangnet::rules", "shelter"),
        QT_TRANSLATE_NOOP("vangnet::rules", "income"),      QT_TRANSLATE_NOOP("vangnet::rules", "debts"),
        QT_TRANSLATE_NOOP("vangnet::rules", "care"),
    };
    const QString institution = d.institution >= 0
        ? importing::institutionTypeLabel(importing::InstitutionType(d.institution))
        : d.fact->institutionType;
    QStringList open;
    for (std::size_t i = 0; i < d.conditions.size(); ++i) {
        const int state = d.conditions[i];
        if (state == int(importing::ConditionState::Geregeld))
            continue;
        const QString stateText = state >= 0
            ? importing::conditionStateLabel(importing::ConditionState(state)).toLower()
            : QCoreApplication::translate("vangnet::rules", "unknown");
        open << QStringLiteral("%1: %2").arg(translated(names[i]), stateText);
    }
    const QString date = formatShortDate(d.fact->expectedDate, ctx.asOf);
    // A notice whose date has come is no longer an announcement: the person has left.
    if (d.state == int(importing::DischargeLifecycle::Uitgestroomd)) {
        if (open.isEmpty())
            return QCoreApplication::translate("vangnet::rules", "%1, discharged on %2").arg(institution, date);
        return QCoreApplication::translate("vangnet::rules", "%1, discharged on %2 (%3)")
            .arg(institution, date, open.join(QStringLiteral(", ")));
    }
    if (open.isEmpty())
        return QCoreApplication::translate("vangnet::rules", "%1 on %2").arg(institution, date);
    return QCoreApplication::translate("vangnet::rules", "%1 on %2 (%3)").arg(institution, date, open.join(QStringLiteral(", ")));
}

/// The lower-case word an explanation uses for a discharge state ("uitgestroomd").
QString lifecycleText(importing::DischargeLifecycle state)
{
    const char *source = "";
    switch (state) {
    case importing::DischargeLifecycle::Aangekondigd:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "announced");
        break;
    case importing::DischargeLifecycle::InDetentie:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "in detention");
        break;
    case importing::DischargeLifecycle::Uitgestroomd:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "discharged");
        break;
    case importing::DischargeLifecycle::Afgerond:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "completed");
        break;
    case importing::DischargeLifecycle::Vervangen:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "superseded");
        break;
    case importing::DischargeLifecycle::Ingetrokken:
        source = QT_TRANSLATE_NOOP("vangnet::rules", "withdrawn");
        break;
    }
    return translated(source);
}

QString personText(const PersonFact &p, const EvalContext &ctx)
{
    if (!p.birthDate.isValid())
        return QCoreApplication::translate("vangnet::rules", "age unknown");
    int age = ctx.asOf.year() - p.birthDate.year();
    if (p.birthDate.addYears(age) > ctx.asOf)
        --age;
    const QString years = QCoreApplication::translate("vangnet::rules", "%n year(s)", nullptr, age);
    if (age >= 18)
        return years;
    return QCoreApplication::translate("vangnet::rules", "%1 (18 on %2)").arg(years, formatShortDate(p.birthDate.addYears(18), ctx.asOf));
}

QString attemptText(const ContactAttemptFact &a, const EvalContext &ctx)
{
    return (a.reached ? QCoreApplication::translate("vangnet::rules", "%1 (reached)") : QCoreApplication::translate("vangnet::rules", "%1 (not reached)")).arg(formatShortDate(a.date, ctx.asOf));
}

/// "signaal, open sinds 3 mrt", or once closed "signaal, 3 mrt tot 12 apr (Definitief geen
/// contact kunnen krijgen)".
QString caseText(const PreparedCase &c, const EvalContext &ctx)
{
    const QString type = c.type >= 0 ? caseTypeText(c.type) : c.fact->origin;
    const QString opened = formatShortDate(c.fact->openedOn, ctx.asOf);
    if (c.open)
        return QCoreApplication::translate("vangnet::rules", "%1, open since %2").arg(type, opened);
    const QString closed = formatShortDate(c.fact->closedOn, ctx.asOf);
    if (c.fact->outcome.isEmpty())
        return QCoreApplication::translate("vangnet::rules", "%1, %2 to %3").arg(type, opened, closed);
    return QCoreApplication::translate("vangnet::rules", "%1, %2 to %3 (%4)").arg(type, opened, closed, c.fact->outcome);
}

} // namespace

QString formatMoney(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    QString euros = QString::number(magnitude / 100);
    for (qsizetype i = euros.size() - 3; i > 0; i -= 3)
        euros.insert(i, u'.');
    QString text = QStringLiteral("€ ") + (negative ? QStringLiteral("-") : QString()) + euros;
    if (magnitude % 100 != 0)
        text += u',' + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return text;
}

QString formatShortDate(QDate date, QDate asOf)
{
    if (!date.isValid())
        return QCoreApplication::translate("vangnet::rules", "unknown date");
    QString text = QString::number(date.day()) + u' ' + monthAbbreviation(date.month());
    if (date.year() != asOf.year())
        text += u' ' + QString::number(date.year());
    return text;
}

QString renderItems(ItemKind kind, const ItemList &items, const EvalContext &ctx)
{
    if (items.isEmpty())
        return QCoreApplication::translate("vangnet::rules", "none");
    QStringList parts;
    parts.reserve(items.size());
    for (const int i : items) {
        switch (kind) {
        case ItemKind::Signal:
            parts << signalText(ctx.signals[std::size_t(i)], ctx);
            break;
        case ItemKind::Discharge:
            parts << dischargeText(ctx.discharges[std::size_t(i)], ctx);
            break;
        case ItemKind::Person:
            parts << personText(ctx.facts->persons[i], ctx);
            break;
        case ItemKind::Attempt:
            parts << attemptText(*ctx.attempts[std::size_t(i)].fact, ctx);
            break;
        case ItemKind::Case:
            parts << caseText(ctx.cases[std::size_t(i)], ctx);
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString renderValue(const Node &node, EvalContext &ctx)
{
    const ValueType type = node.type();
    if (isCollection(type)) {
        ItemList items;
        node.items(ctx, items);
        ctx.noteEvidence(itemKindOf(type), items);
        return renderItems(itemKindOf(type), items, ctx);
    }
    switch (type) {
    case ValueType::Bool:
        return node.boolValue(ctx) ? QCoreApplication::translate("vangnet::rules", "yes") : QCoreApplication::translate("vangnet::rules", "no");
    case ValueType::Number: {
        const auto n = node.numberValue(ctx);
        return n ? QString::number(*n) : QCoreApplication::translate("vangnet::rules", "unknown");
    }
    case ValueType::Money: {
        const auto n = node.numberValue(ctx);
        return n ? formatMoney(*n) : QCoreApplication::translate("vangnet::rules", "unknown");
    }
    case ValueType::Partner:
        return importing::partnerTypeLabel(importing::PartnerType(node.enumValue(ctx)));
    case ValueType::Institution:
        return importing::institutionTypeLabel(importing::InstitutionType(node.enumValue(ctx)));
    case ValueType::Condition:
        return importing::conditionStateLabel(importing::ConditionState(node.enumValue(ctx))).toLower();
    case ValueType::Lifecycle:
        return lifecycleText(importing::DischargeLifecycle(node.enumValue(ctx)));
    case ValueType::CaseType:
        return caseTypeText(node.enumValue(ctx));
    case ValueType::Outcome: {
        const int outcome = node.enumValue(ctx);
        return outcome >= 0 ? caseOutcomeText(outcome) : QCoreApplication::translate("vangnet::rules", "none");
    }
    default:
        return node.textValue(ctx);
    }
}

} // namespace vangnet::rules
