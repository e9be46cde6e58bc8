#include "rules/EvalContext.h"

#include "importing/ImportKeys.h"
#include "rules/CaseValues.h"

#include <QCoreApplication>

namespace vangnet::rules {

namespace {

/// Looks a key up without allocating: keys are short ASCII, so a stack copy is enough.
template <typename Lookup>
int resolveKey(const QString &key, Lookup lookup)
{
    std::array<char, 48> buffer{};
    if (key.size() >= qsizetype(buffer.size()))
        return -1;
    qsizetype n = 0;
    for (const QChar c : key) {
        if (c.unicode() > 127)
            return -1;
        buffer[std::size_t(n++)] = char(c.unicode());
    }
    const auto value = lookup(QByteArrayView(buffer.data(), n));
    return value ? int(*value) : -1;
}

int partnerKey(const QString &key)
{
    return resolveKey(key, [](QByteArrayView k) { return importing::partnerTypeFromKey(k); });
}

int institutionKey(const QString &key)
{
    return resolveKey(key, [](QByteArrayView k) { return importing::institutionTypeFromKey(k); });
}

int conditionKey(const QString &key)
{
    return resolveKey(key, [](QByteArrayView k) { return importing::conditionStateFromKey(k); });
}

qint64 dayOf(QDate date)
{
    return date.isValid() ? date.toJulianDay() : noDay;
}

} // namespace

bool isClosedStatus(const QString &status)
{
    static const QString closed[] = {QStringLiteral("afgesloten"), QStringLiteral("gesloten"),
                                     QStringLiteral("ingetrokken"), QStringLiteral("afgerond")};
    for (const QString &c : closed) {
        if (status.compare(c, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const QStringList &conditionKeysInFactOrder()
{
    static const QStringList keys{QStringLiteral("id_bewijs"), QStringLiteral("onderdak"), QStringLiteral("inkomen"),
                                  QStringLiteral("schulden"), QStringLiteral("zorg")};
    return keys;
}

void EvalContext::prepare(const HouseholdFacts &householdFacts, QDate date)
{
    facts = &householdFacts;
    asOf = date;
    today = dayOf(date);

    signals.clear();
    oldestOpenSignalDay = noDay;
    for (const SignalFact &s : householdFacts.signals) {
        PreparedSignal p;
        p.fact = &s;
        p.day = dayOf(s.signalDate);
        if (p.day != noDay && p.day > today)
            continue; // not yet known on the as-of date
        p.sinceDay = s.arisenDate.isValid() ? dayOf(s.arisenDate) : p.day;
        p.partner = partnerKey(s.partnerType);
        p.open = !isClosedStatus(s.status);
        if (p.open && p.day != noDay && (oldestOpenSignalDay == noDay || p.day < oldestOpenSignalDay))
            oldestOpenSignalDay = p.day;
        signals.push_back(p);
    }

    discharges.clear();
    for (const DischargeFact &d : householdFacts.discharges) {
        PreparedDischarge p;
        p.fact = &d;
        p.day = dayOf(d.expectedDate);
        p.institution = institutionKey(d.institutionType);
        // The caseworker's word on the case's checklist counts from the day it holds; before
        // that, and for conditions the caseworker did not set, the notice's own state.
        const std::array<const QString *, 5> fromNotice{{&d.idDocument, &d.shelter, &d.income, &d.debts, &d.care}};
        for (std::size_t i = 0; i < fromNotice.size(); ++i) {
            const CaseCondition &onCase = d.caseConditions[i];
            const bool caseSays = !onCase.state.isEmpty() && (!onCase.since.isValid() || onCase.since <= date);
            p.conditionTexts[i] = caseSays ? &onCase.state : fromNotice[i];
            p.conditions[i] = conditionKey(*p.conditionTexts[i]);
        }
        const auto stored = importing::dischargeLifecycleFromKey(d.lifecycle);
        if (isClosedStatus(d.status))
            p.state = int(importing::DischargeLifecycle::Afgerond);
        else if (stored)
            p.state = int(importing::lifecycleOn(*stored, d.expectedDate, date));
        else
            p.state = -1;
        p.open = !isClosedStatus(d.status)
              && !(stored && importing::isFinalLifecycle(*stored));
        for (const PersonFact &person : householdFacts.persons) {
            if (person.id == d.personId && d.personId != 0)
                p.birthDate = person.birthDate;
        }
        discharges.push_back(p);
    }

    attempts.clear();
    for (const ContactAttemptFact &a : householdFacts.contactAttempts) {
        PreparedAttempt p{&a, dayOf(a.date)};
        if (p.day != noDay && p.day > today)
            continue;
        attempts.push_back(p);
    }

    cases.clear();
    for (const CaseFact &c : householdFacts.cases) {
        PreparedCase p;
        p.fact = &c;
        p.openedDay = dayOf(c.openedOn);
        if (p.openedDay != noDay && p.openedDay > today)
            continue; // not opened yet on the as-of date
        // Closed by the as-of date; a case closed after it was open then, and had no outcome yet.
        const qint64 closedDay = dayOf(c.closedOn);
        p.open = !isClosedStatus(c.status) || (closedDay != noDay && closedDay > today);
        p.closedDay = p.open ? noDay : closedDay;
        p.type = caseTypeFromName(c.origin);
        if (!p.open && !c.outcome.isEmpty()) {
            const int outcome = caseOutcomeFromName(c.outcome);
            p.outcome = outcome >= 0 ? outcome : PreparedCase::unknownOutcome;
        }
        cases.push_back(p);
    }
}

void EvalContext::startRule(int letCount)
{
    current.fill(-1);
    lets.resize(std::size_t(letCount));
    for (LetSlot &slot : lets)
        slot.ready = false;
    evidenceSignals.clear();
    evidenceDischarges.clear();
}

void EvalContext::noteEvidence(ItemKind kind, const ItemList &items)
{
    if (kind == ItemKind::Signal) {
        for (const int i : items)
            evidenceSignals.append(signals[std::size_t(i)].fact->id);
    } else if (kind == ItemKind::Discharge) {
        for (const int i : items)
            evidenceDischarges.append(discharges[std::size_t(i)].fact->id);
    }
}

int EvalContext::partnerOf(int index) const
{
    const PreparedSignal &s = signals[std::size_t(index)];
    if (s.partner < 0) {
        throw EvalError{QCoreApplication::translate("vangnet::rules", "signal %1 has an unknown partner type '%2'")
                            .arg(s.fact->id)
                            .arg(s.fact->partnerType)};
    }
    return s.partner;
}

int EvalContext::institutionOf(int index) const
{
    const PreparedDischarge &d = discharges[std::size_t(index)];
    if (d.institution < 0) {
        throw EvalError{
            QCoreApplication::translate("vangnet::rules", "discharge notice %1 has an unknown institution type '%2'")
                .arg(d.fact->id)
                .arg(d.fact->institutionType)};
    }
    return d.institution;
}

int EvalContext::conditionOf(int index, int condition) const
{
    const PreparedDischarge &d = discharges[std::size_t(index)];
    const int value = d.conditions[std::size_t(condition)];
    if (value < 0) {
        throw EvalError{
            QCoreApplication::translate("vangnet::rules", "discharge notice %1 has an unknown condition state '%2'")
                .arg(d.fact->id)
                .arg(*d.conditionTexts[std::size_t(condition)])};
    }
    return value;
}

int EvalContext::caseTypeOf(int index) const
{
    const PreparedCase &c = cases[std::size_t(index)];
    if (c.type < 0) {
        throw EvalError{QCoreApplication::translate("vangnet::rules", "case %1 has an unknown type '%2'")
                            .arg(c.fact->id)
                            .arg(c.fact->origin)};
    }
    return c.type;
}

int EvalContext::outcomeOf(int index) const
{
    const PreparedCase &c = cases[std::size_t(index)];
    if (c.outcome == PreparedCase::unknownOutcome) {
        throw EvalError{QCoreApplication::translate("vangnet::rules", "case %1 has an unknown outcome '%2'")
                            .arg(c.fact->id)
                            .arg(c.fact->outcome)};
    }
    return c.outcome;
}

} // namespace vangnet::rules
