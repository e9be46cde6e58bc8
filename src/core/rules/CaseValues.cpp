#include "rules/CaseValues.h"

#include "cases/CaseVocabulary.h"

#include <QCoreApplication>

#include <array>

namespace vangnet::rules {

namespace {

/// Lower case without spaces, underscores and hyphens, as the other domain values are compared.
QString squashed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c != u' ' && c != u'_' && c != u'-' && c != u'\t')
            out.append(c.toLower());
    }
    return out;
}

struct CaseTypeWords {
    cases::CaseOrigin origin;
    const char *dutch;       ///< the Dutch word a rule may write beside the stored key
    const char *explanation; ///< English source of the word an explanation shows
};

constexpr std::array<CaseTypeWords, 4> caseTypes{{
    {cases::CaseOrigin::Flag, "signalering", QT_TRANSLATE_NOOP("vangnet::rules", "flag")},
    {cases::CaseOrigin::Signal, "signaal", QT_TRANSLATE_NOOP("vangnet::rules", "signal")},
    {cases::CaseOrigin::Discharge, "uitstroommelding", QT_TRANSLATE_NOOP("vangnet::rules", "discharge notice")},
    {cases::CaseOrigin::Manual, "handmatig", QT_TRANSLATE_NOOP("vangnet::rules", "by hand")},
}};

} // namespace

int caseTypeFromName(const QString &name)
{
    if (const auto stored = cases::caseOriginFromKey(name))
        return int(*stored);
    const QString word = squashed(name);
    for (const CaseTypeWords &t : caseTypes) {
        if (word == QLatin1String(t.dutch) || word == cases::caseOriginKey(t.origin))
            return int(t.origin);
    }
    return -1;
}

QString caseTypeText(int type)
{
    for (const CaseTypeWords &t : caseTypes) {
        if (int(t.origin) == type)
            return QCoreApplication::translate("vangnet::rules", t.explanation);
    }
    return {};
}

int caseOutcomeFromName(const QString &name)
{
    const QStringList &outcomes = cases::ddas::eindresultaat();
    if (const qsizetype exact = outcomes.indexOf(name); exact >= 0)
        return int(exact);
    const QString wanted = squashed(name);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (squashed(outcomes.at(i)) == wanted)
            return int(i);
    }
    return -1;
}

QString caseOutcomeText(int outcome)
{
    const QStringList &outcomes = cases::ddas::eindresultaat();
    return outcome >= 0 && outcome < outcomes.size() ? outcomes.at(outcome) : QString();
}

} // namespace vangnet::rules
