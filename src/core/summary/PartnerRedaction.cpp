#include "summary/PartnerRedaction.h"

#include "importing/ImportKeys.h"
#include "rules/Lexer.h"
#include "summary/CaseSummary.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vangnet::summary {

namespace {

/// A key as the rules language compares it: lower case, without spaces, '_' and '-'.
QString normalKey(const QString &text)
{
    QString key = text.toLower();
    key.remove(QRegularExpression(QStringLiteral("[\\s_-]")));
    return key;
}

/// What a rule may not read or say for its flag to reach a partner, as normalKey()s.
const QSet<QString> &specialWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> all;
        for (const QString &domain : partnerHiddenZrmDomains())
            all.insert(normalKey(domain));
        for (const auto type : {importing::InstitutionType::Detentie, importing::InstitutionType::GgzKliniek,
                 importing::InstitutionType::Ziekenhuis, importing::InstitutionType::BeschermdWonen})
            all.insert(normalKey(importing::institutionTypeKey(type)));
        all.insert(normalKey(importing::dischargeLifecycleKey(importing::DischargeLifecycle::InDetentie)));
        return all;
    }();
    return words;
}

/// Whether `text` (an identifier, or a string with its placeholders) holds a special word, alone
/// or as two words written apart ("GGZ kliniek", "beschermd wonen").
bool holdsSpecialWord(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w-]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (specialWords().contains(normalKey(words[i])))
            return true;
        if (i + 1 < words.size() && specialWords().contains(normalKey(words[i] + words[i + 1])))
            return true;
    }
    return false;
}

bool isOverig(const QString &institutionKey)
{
    return importing::institutionTypeFromKey(institutionKey) == importing::InstitutionType::Overig;
}

} // namespace

const QStringList &partnerHiddenZrmDomains()
{
    static const QStringList domains{QStringLiteral("geestelijke_gezondheid"),
        QStringLiteral("lichamelijke_gezondheid"), QStringLiteral("middelengebruik"), QStringLiteral("basale_adl"),
        QStringLiteral("justitie")};
    return domains;
}

bool isNamedForPartners(const QString &institutionKey)
{
    const auto type = importing::institutionTypeFromKey(institutionKey);
    return type == importing::InstitutionType::Jeugdzorg || type == importing::InstitutionType::MaatschappelijkeOpvang;
}

bool revealsSpecialCategory(const DischargeRecord &notice)
{
    if (importing::dischargeLifecycleFromKey(notice.lifecycle) == importing::DischargeLifecycle::InDetentie)
        return true;
    return !isNamedForPartners(notice.institutionType) && !isOverig(notice.institutionType);
}

bool ruleReadsSpecialCategory(const QString &ruleSetText, const QString &ruleId)
{
    using rules::Token;
    const QList<Token> tokens = rules::Lexer(ruleSetText).tokens();
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        const bool starts = tokens[i].kind == Token::Kind::Identifier && tokens[i].text == QLatin1String("rule")
            && tokens[i + 1].text == ruleId && tokens[i + 2].text == QLatin1String("{");
        if (!starts)
            continue;
        int depth = 0;
        for (qsizetype j = i + 2; j < tokens.size(); ++j) {
            const Token &t = tokens[j];
            if (t.kind == Token::Kind::Symbol && t.text == QLatin1String("{"))
                ++depth;
            else if (t.kind == Token::Kind::Symbol && t.text == QLatin1String("}") && --depth == 0)
                return false;
            else if (t.kind == Token::Kind::Identifier && holdsSpecialWord(t.text))
                return true;
            else if (t.kind == Token::Kind::String && holdsSpecialWord(t.raw.isEmpty() ? t.text : t.raw))
                return true;
        }
        return true; // unterminated: not a rule the engine ran
    }
    return true;
}

void reduceForPartner(CaseSummary &summary, const QHash<int, QString> &ruleSets)
{
    summary.profile = SummaryProfile::Partner;
    for (SummaryMember &m : summary.members)
        m.bsn.clear();
    summary.notes.clear();

    // Flags first: they are judged by the notices as stored, before those lose their type.
    QSet<qint64> openNotices;
    for (const DischargeRecord &d : std::as_const(summary.discharges))
        if (!revealsSpecialCategory(d))
            openNotices.insert(d.id);
    summary.flags.removeIf([&](const rules::StoredFlag &f) {
        const bool specialEvidence = std::any_of(f.flag.dischargeIds.cbegin(), f.flag.dischargeIds.cend(),
            [&](qint64 id) { return !openNotices.contains(id); });
        const auto source = ruleSets.constFind(f.flag.ruleVersion);
        return specialEvidence || source == ruleSets.cend() || ruleReadsSpecialCategory(*source, f.flag.ruleId);
    });

    for (DischargeRecord &d : summary.discharges) {
        d.institutionName.clear();
        if (!isNamedForPartners(d.institutionType))
            d.institutionType.clear(); // shown as "an institution"
        if (importing::dischargeLifecycleFromKey(d.lifecycle) == importing::DischargeLifecycle::InDetentie)
            d.lifecycle = importing::dischargeLifecycleKey(importing::DischargeLifecycle::Aangekondigd);
    }

    for (cases::CaseDetail &c : summary.cases) {
        c.record.internalReason.clear();
        c.notes.clear();
        c.reminders.clear();
        for (cases::ContactAttempt &a : c.attempts)
            a.note.clear();
    }

    for (ZrmAssessment &a : summary.zrm)
        for (const QString &domain : partnerHiddenZrmDomains())
            a.scores.remove(domain);
    summary.zrm.removeIf([](const ZrmAssessment &a) { return a.scores.isEmpty(); });

    for (plans::PlanEntry &e : summary.placements)
        e.declineReason.clear();
}

} // namespace vangnet::summary
