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

class ZrmScore final : public Node {
public:
    ZrmScore(const QString &domain, SourcePos pos) : Node(ValueType::Number, pos), m_domain(domain) {}
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        // 0 = not scored, so `zrm(huisvesting) <= 2` does not fire before anyone has scored it.
        return ctx.facts->zrmScores.value(m_domain, 0);
    }

private:
    QString m_domain;
};

class ZrmAgeDays final : public Node {
public:
    ZrmAgeDays(const QString &domain, SourcePos pos) : Node(ValueType::Number, pos), m_domain(domain) {}
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        // Not scored: unknown, so every comparison with it is false (as an unknown age).
        const QDate on = ctx.facts->zrmDates.value(m_domain);
        if (!on.isValid())
            return std::nullopt;
        return ctx.today - on.toJulianDay();
    }

private:
    QString m_domain;
};

} // namespace

NodePtr turns18Within(ItemKind kind, Window window, SourcePos pos)
{
    return std::make_shared<Turns18Within>(kind, window, pos);
}

NodePtr zrmScore(const QString &domain, SourcePos pos)
{
    return std::make_shared<ZrmScore>(domain, pos);
}

NodePtr zrmAgeDays(const QString &domain, SourcePos pos)
{
    return std::make_shared<ZrmAgeDays>(domain, pos);
}

} // namespace vangnet::rules::nodes
