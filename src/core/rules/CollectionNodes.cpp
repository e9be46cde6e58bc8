#include "rules/Nodes.h"

#include "rules/Arrears.h"
#include "rules/ExplainText.h"

#include <QCoreApplication>

#include <bit>

// The collections: a source of items, a filter with its window, latest() and the aggregates.
namespace vangnet::rules::nodes {

namespace {

class Source final : public Node {
public:
    Source(ItemKind kind, SourcePos pos) : Node(collectionTypeOf(kind), pos), m_kind(kind) {}
    void items(EvalContext &ctx, ItemList &out) const override
    {
        out.clear();
        switch (m_kind) {
        case ItemKind::Signal:
            for (std::size_t i = 0; i < ctx.signals.size(); ++i) {
                if (ctx.signals[i].day == noDay) {
                    throw EvalError{QCoreApplication::translate("vangnet::rules", "signal %1 has no valid signal date")
                                        .arg(ctx.signals[i].fact->id)};
                }
                out.append(int(i));
            }
            break;
        case ItemKind::Discharge:
            for (std::size_t i = 0; i < ctx.discharges.size(); ++i) {
                if (ctx.discharges[i].day == noDay) {
                    throw EvalError{
                        QCoreApplication::translate("vangnet::rules", "discharge notice %1 has no valid expected date")
                            .arg(ctx.discharges[i].fact->id)};
                }
                out.append(int(i));
            }
            break;
        case ItemKind::Person:
            for (qsizetype i = 0; i < ctx.facts->persons.size(); ++i)
                out.append(int(i));
            break;
        case ItemKind::Attempt:
            for (std::size_t i = 0; i < ctx.attempts.size(); ++i) {
                if (ctx.attempts[i].day == noDay) {
                    throw EvalError{
                        QCoreApplication::translate("vangnet::rules", "a contact attempt has no valid date")};
                }
                out.append(int(i));
            }
            break;
        case ItemKind::Case:
            for (std::size_t i = 0; i < ctx.cases.size(); ++i) {
                if (ctx.cases[i].openedDay == noDay) {
                    throw EvalError{QCoreApplication::translate("vangnet::rules", "case %1 has no valid opening date")
                                        .arg(ctx.cases[i].fact->id)};
                }
                out.append(int(i));
            }
            break;
        }
    }

private:
    ItemKind m_kind;
};

qint64 dayOfItem(const EvalContext &ctx, ItemKind kind, int index)
{
    switch (kind) {
    case ItemKind::Signal:
        return ctx.signals[std::size_t(index)].day;
    case ItemKind::Discharge:
        return ctx.discharges[std::size_t(index)].day;
    case ItemKind::Attempt:
        return ctx.attempts[std::size_t(index)].day;
    case ItemKind::Person:
    case ItemKind::Case:
        break; // no window: the parser refuses one
    }
    return noDay;
}

class LatestPerArrear final : public Node {
public:
    LatestPerArrear(NodePtr collection, SourcePos pos) : Node(collection->type(), pos), m_collection(std::move(collection)) {}
    void items(EvalContext &ctx, ItemList &out) const override
    {
        m_collection->items(ctx, out);
        keepLatestPerArrear(ctx, out);
    }

private:
    NodePtr m_collection;
};

class Filter final : public Node {
public:
    Filter(NodePtr collection, NodePtr predicate, std::optional<Window> window, SourcePos pos)
        : Node(collection->type(), pos), m_kind(itemKindOf(collection->type())), m_collection(std::move(collection)),
          m_predicate(std::move(predicate)), m_window(window)
    {
    }
    void items(EvalContext &ctx, ItemList &out) const override
    {
        m_collection->items(ctx, out);
        qint64 from = ctx.today;
        qint64 to = ctx.today;
        if (m_window) {
            const bool ahead = m_kind == ItemKind::Discharge;
            (ahead ? to : from) = windowEdge(ctx.asOf, *m_window, ahead);
        }
        int &current = ctx.current[std::size_t(m_kind)];
        const int saved = current;
        qsizetype kept = 0;
        for (const int index : out) {
            if (m_window) {
                const qint64 day = dayOfItem(ctx, m_kind, index);
                if (day < from || day > to)
                    continue;
            }
            if (m_predicate) {
                current = index;
                const bool keep = m_predicate->boolValue(ctx);
                current = saved;
                if (!keep)
                    continue;
            }
            out[kept++] = index;
        }
        out.resize(kept);
    }

private:
    ItemKind m_kind;
    NodePtr m_collection;
    NodePtr m_predicate;
    std::optional<Window> m_window;
};

ValueType aggregateType(Aggregate what)
{
    switch (what) {
    case Aggregate::Count:
    case Aggregate::Distinct:
    case Aggregate::Arrears:
        return ValueType::Number;
    case Aggregate::Exists:
        return ValueType::Bool;
    case Aggregate::Sum:
    case Aggregate::Max:
    case Aggregate::Min:
        return ValueType::Money;
    case Aggregate::List:
        return ValueType::Text;
    }
    return ValueType::Number;
}

class AggregateNode final : public Node {
public:
    AggregateNode(Aggregate what, NodePtr collection, SourcePos pos)
        : Node(aggregateType(what), pos), m_what(what), m_kind(itemKindOf(collection->type())),
          m_collection(std::move(collection))
    {
    }
    bool boolValue(EvalContext &ctx) const override
    {
        ItemList items;
        collect(ctx, items);
        return !items.isEmpty();
    }
    std::optional<qint64> numberValue(EvalContext &ctx) const override
    {
        ItemList items;
        collect(ctx, items);
        if (m_what == Aggregate::Count)
            return items.size();
        if (m_what == Aggregate::Sum) {
            qint64 total = 0;
            for (const int i : items)
                total += ctx.signals[std::size_t(i)].fact->amountCents;
            return total;
        }
        if (m_what == Aggregate::Arrears)
            return countArrears(ctx, items);
        if (m_what == Aggregate::Max || m_what == Aggregate::Min) {
            // The single largest (smallest) amount: a partner's latest total, not a sum of
            // re-deliveries. No signals: € 0.
            std::optional<qint64> best;
            for (const int i : items) {
                const qint64 amount = ctx.signals[std::size_t(i)].fact->amountCents;
                if (!best || (m_what == Aggregate::Max ? amount > *best : amount < *best))
                    best = amount;
            }
            return best.value_or(0);
        }
        // Distinct: partner types of signals, institution types of discharge notices (few values).
        quint32 seen = 0;
        for (const int i : items)
            seen |= 1u << (m_kind == ItemKind::Signal ? ctx.partnerOf(i) : ctx.institutionOf(i));
        return qint64(std::popcount(seen));
    }
    QString textValue(EvalContext &ctx) const override
    {
        ItemList items;
        collect(ctx, items);
        return renderItems(m_kind, items, ctx);
    }

private:
    void collect(EvalContext &ctx, ItemList &items) const
    {
        m_collection->items(ctx, items);
        ctx.noteEvidence(m_kind, items);
    }

    Aggregate m_what;
    ItemKind m_kind;
    NodePtr m_collection;
};

} // namespace

qint64 windowEdge(QDate asOf, Window window, bool ahead)
{
    const qint64 n = ahead ? window.amount : -window.amount;
    switch (window.unit) {
    case Window::Unit::Days:
        return asOf.toJulianDay() + n;
    case Window::Unit::Months:
        return asOf.addMonths(int(n)).toJulianDay();
    case Window::Unit::Years:
        return asOf.addYears(int(n)).toJulianDay();
    }
    return asOf.toJulianDay();
}

NodePtr source(ItemKind kind, SourcePos pos)
{
    return std::make_shared<Source>(kind, pos);
}

NodePtr filter(NodePtr collection, NodePtr predicate, std::optional<Window> window, SourcePos pos)
{
    return std::make_shared<Filter>(std::move(collection), std::move(predicate), window, pos);
}

NodePtr aggregate(Aggregate what, NodePtr collection, SourcePos pos)
{
    return std::make_shared<AggregateNode>(what, std::move(collection), pos);
}

NodePtr latestPerArrear(NodePtr collection, SourcePos pos)
{
    return std::make_shared<LatestPerArrear>(std::move(collection), pos);
}

} // namespace vangnet::rules::nodes
