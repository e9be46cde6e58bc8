#include "rules/Nodes.h"

#include <stdexcept>

// The functions on a person or the household: turns_18_within, zrm and zrm_age_days.
namespace vangnet::rules::nodes {

namespace {

class Turns18Within final : public Node {
public:
    Turns18Within(ItemKind kind, Window window, SourcePos pos) : Node(ValueType::Bool, pos), m_kind(kind), m_window(window)
    {
    }
    bool boolValue(EvalContext &ctx) const override
    {
        const int i = ctx.current[std::size_t(m_kind)];
        if (i < 0)
            throw std::logic_error("rules: turns_18_within outside its filter");
        const QDate birth = m_kind == ItemKind::Person ? ctx.facts->persons[i].birthDate
                                                       : ctx.discharges[std::size_t(i)].birthDate;
        if (!birth.isValid())
            return false;
        const qint64 eighteen = birth.addYears(18).toJulianDay();
        return eighteen >= ctx.today && eighteen <= windowEdge(ctx.asOf, m_window, true);
    }

private:
    ItemKind m_kind;
    Window m_window;
};

/// What zrm() and zrm_age_days() read: the household's latest scores, or the person's in scope.
class ZrmNode : public Node {
public:
    ZrmNode(const QString &domain, bool ofPerson, SourcePos pos)
        : Node(ValueType::Number, pos), m_domain(domain), m_ofPerson(ofPerson)
    {
    }

protected:
    /// The domain's latest score, absent when never scored.
    std::optional<int> score(const EvalContext &ctx) const
    {
        const auto &scores = m_ofPerson ? person(ctx).zrmScores : ctx.facts->zrmScores;
        const auto found = scores.constFind(m_domain);
        return found == scores.cend() ? std::nullopt : std::optional<int>(*found);
    }
    /// The day that score was given; invalid when never scored.
    QDate scoredOn(const EvalContext &ctx) const
    {
        return (m_ofPerson ? person(ctx).zrmDates : ctx.facts->zrmDates).value(m_domain);
    }

private:
    static const PersonFact &person(const EvalContext &ctx)
    {
        const int i = ctx.current[std::size_t(ItemKind::Person)];
        if (i < 0)
            throw std::logic_error("rules: a person's zrm outside its filter");
        return ctx.facts->persons[i];
    }

    QString m_domain;
    bool m_ofPerson;
};

class ZrmScore final : public ZrmNode {
public:
    using ZrmNode::ZrmNode;
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        // 0 = not scored, so `zrm(huisvesting) <= 2` does not fire before anyone has scored it.
        return score(ctx).value_or(0);
    }
};

class ZrmAgeDays final : public ZrmNode {
public:
    using ZrmNode::ZrmNode;
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        // Not scored: unknown, so every comparison with it is false (as an unknown age).
        const QDate on = scoredOn(ctx);
        if (!on.isValid())
            return std::nullopt;
        return ctx.today - on.toJulianDay();
    }
};

} // namespace

NodePtr turns18Within(ItemKind kind, Window window, SourcePos pos)
{
    return std::make_shared<Turns18Within>(kind, window, pos);
}

NodePtr zrmScore(const QString &domain, bool ofPerson, SourcePos pos)
{
    return std::make_shared<ZrmScore>(domain, ofPerson, pos);
}

NodePtr zrmAgeDays(const QString &domain, bool ofPerson, SourcePos pos)
{
    return std::make_shared<ZrmAgeDays>(domain, ofPerson, pos);
}

} // namespace vangnet::rules::nodes
