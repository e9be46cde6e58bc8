#include "rules/ExpressionParser.h"

#include "zrm/ZrmScale.h"

#include <QCoreApplication>

#include <algorithm>

namespace vangnet::rules {

namespace {

QString describe(const Token &token)
{
    switch (token.kind) {
    case Token::Kind::End:
        return QCoreApplication::translate("vangnet::rules", "the end of the text");
    case Token::Kind::String:
        return QStringLiteral("\"%1\"").arg(token.text);
    default:
        return QStringLiteral("'%1'").arg(token.text);
    }
}

} // namespace

ExpressionParser::ExpressionParser(const QList<Token> *tokens, qsizetype *position)
    : m_tokens(tokens), m_position(position)
{
}

void ExpressionParser::setTokens(const QList<Token> *tokens, qsizetype *position)
{
    m_tokens = tokens;
    m_position = position;
}

const Token &ExpressionParser::peek(qsizetype ahead) const
{
    const qsizetype i = std::min(*m_position + ahead, m_tokens->size() - 1);
    return m_tokens->at(i);
}

const Token &ExpressionParser::next()
{
    const Token &t = peek();
    if (t.kind != Token::Kind::End)
        ++*m_position;
    return t;
}

bool ExpressionParser::atKeyword(const char *word) const
{
    return peek().kind == Token::Kind::Identifier && sameWord(canonicalWord(peek().text), word);
}

bool ExpressionParser::atSymbol(const char *symbol) const
{
    return peek().kind == Token::Kind::Symbol && peek().text == QLatin1String(symbol);
}

void ExpressionParser::expectSymbol(const char *symbol)
{
    if (!atSymbol(symbol))
        failExpected(QStringLiteral("'%1'").arg(QLatin1String(symbol)));
    next();
}

void ExpressionParser::fail(SourcePos pos, const QString &message)
{
    throw ParseFailure{ParseError{pos, message}};
}

void ExpressionParser::failExpected(const QString &what) const
{
    fail(peek().pos, QCoreApplication::translate("vangnet::rules", "expected %1, found %2").arg(what, describe(peek())));
}

void ExpressionParser::defineLet(const Token &name, NodePtr value)
{
    if (isReservedWord(name.text) || m_lets.contains(name.text))
        fail(name.pos, QCoreApplication::translate("vangnet::rules", "the name '%1' is already taken").arg(name.text));
    const int slot = int(m_letSlots.size());
    m_letSlots.push_back(value);
    m_lets.insert(name.text, nodes::letRef(slot, std::move(value), name.pos));
}

NodePtr ExpressionParser::parseExpression()
{
    return parseOr();
}

NodePtr ExpressionParser::parseCondition()
{
    return requireCondition(parseOr());
}

NodePtr ExpressionParser::parseOr()
{
    NodePtr lhs = parseAnd();
    while (atKeyword("or")) {
        const SourcePos pos = next().pos;
        lhs = nodes::logicalOr(requireCondition(lhs), requireCondition(parseAnd()), pos);
    }
    return lhs;
}

NodePtr ExpressionParser::parseAnd()
{
    NodePtr lhs = parseNot();
    while (atKeyword("and")) {
        const SourcePos pos = next().pos;
        lhs = nodes::logicalAnd(requireCondition(lhs), requireCondition(parseNot()), pos);
    }
    return lhs;
}

NodePtr ExpressionParser::parseNot()
{
    if (atKeyword("not")) {
        const SourcePos pos = next().pos;
        return nodes::logicalNot(requireCondition(parseNot()), pos);
    }
    return resolve(parseComparison(), std::nullopt);
}

ExpressionParser::Operand ExpressionParser::parseComparison()
{
    Operand lhs = parseAdditive();
    if (atKeyword("in")) {
        const Token op = next();
        NodePtr left = resolve(lhs, std::nullopt);
        if (left->type() == ValueType::Bool || isCollection(left->type()))
            fail(op.pos, QCoreApplication::translate("vangnet::rules", "'in' cannot be used with %1").arg(typeName(left->type())));
        expectSymbol("[");
        QList<NodePtr> values;
        while (true) {
            Operand value = parseUnary();
            NodePtr v = requireType(resolve(value, left->type()), left->type());
            values.append(v);
            if (atSymbol(",")) {
                next();
                continue;
            }
            expectSymbol("]");
            break;
        }
        return Operand{nodes::inList(left, values, op.pos), {}, false, lhs.pos};
    }
    static const char *const ops[] = {"=", "!=", "<", "<=", ">", ">="};
    for (const char *op : ops) {
        if (atSymbol(op)) {
            const Token opToken = next();
            const Operand rhs = parseAdditive();
            return Operand{makeComparison(opToken, lhs, rhs), {}, false, lhs.pos};
        }
    }
    return lhs;
}

NodePtr ExpressionParser::makeComparison(const Token &op, const Operand &lhs, const Operand &rhs)
{
    // Resolve the side that is not a bare name first, so the name is read as a value of its type.
    // Two names: the one that names a fact first, so `signaal = type` reads `signaal` as a case type.
    NodePtr left, right;
    if (!lhs.node && (rhs.node || (!namesFact(lhs) && namesFact(rhs)))) {
        right = resolve(rhs, std::nullopt);
        left = resolve(lhs, right->type());
    } else {
        left = resolve(lhs, std::nullopt);
        right = resolve(rhs, left->type());
    }
    if (left->type() != right->type() || isCollection(left->type())) {
        fail(op.pos, QCoreApplication::translate("vangnet::rules", "cannot compare %1 with %2").arg(typeName(left->type()), typeName(right->type())));
    }
    nodes::CompareOp compareOp = nodes::CompareOp::Equal;
    if (op.text == QLatin1String("!="))
        compareOp = nodes::CompareOp::NotEqual;
    else if (op.text == QLatin1String("<"))
        compareOp = nodes::CompareOp::Less;
    else if (op.text == QLatin1String("<="))
        compareOp = nodes::CompareOp::LessOrEqual;
    else if (op.text == QLatin1String(">"))
        compareOp = nodes::CompareOp::Greater;
    else if (op.text == QLatin1String(">="))
        compareOp = nodes::CompareOp::GreaterOrEqual;
    const bool ordered = compareOp != nodes::CompareOp::Equal && compareOp != nodes::CompareOp::NotEqual;
    if (ordered && left->type() != ValueType::Number && left->type() != ValueType::Money)
        fail(op.pos, QCoreApplication::translate("vangnet::rules", "'%1' only compares numbers and amounts").arg(op.text));
    return nodes::compare(compareOp, left, right, op.pos);
}

ExpressionParser::Operand ExpressionParser::parseAdditive()
{
    Operand lhs = parseMultiplicative();
    while (atSymbol("+") || atSymbol("-")) {
        const Token op = next();
        NodePtr left = resolve(lhs, std::nullopt);
        NodePtr right = resolve(parseMultiplicative(), std::nullopt);
        const bool numeric = left->type() == ValueType::Number || left->type() == ValueType::Money;
        if (!numeric || left->type() != right->type())
            fail(op.pos, QCoreApplication::translate("vangnet::rules", "cannot calculate with %1 and %2").arg(typeName(left->type()), typeName(right->type())));
        const auto arith = op.text == QLatin1String("+") ? nodes::ArithmeticOp::Add : nodes::ArithmeticOp::Subtract;
        lhs = Operand{nodes::arithmetic(arith, left->type(), left, right, op.pos), {}, false, lhs.pos};
    }
    return lhs;
}

ExpressionParser::Operand ExpressionParser::parseMultiplicative()
{
    Operand lhs = parseUnary();
    while (atSymbol("*") || atSymbol("/")) {
        const Token op = next();
        NodePtr left = resolve(lhs, std::nullopt);
        NodePtr right = resolve(parseUnary(), std::nullopt);
        // A number times a number, or an amount times/divided by a number.
        const bool okLeft = left->type() == ValueType::Number || left->type() == ValueType::Money;
        if (!okLeft || right->type() != ValueType::Number)
            fail(op.pos, QCoreApplication::translate("vangnet::rules", "cannot calculate with %1 and %2").arg(typeName(left->type()), typeName(right->type())));
        const auto arith = op.text == QLatin1String("*") ? nodes::ArithmeticOp::Multiply : nodes::ArithmeticOp::Divide;
        lhs = Operand{nodes::arithmetic(arith, left->type(), left, right, op.pos), {}, false, lhs.pos};
    }
    return lhs;
}

ExpressionParser::Operand ExpressionParser::parseUnary()
{
    if (atSymbol("-")) {
        const Token op = next();
        NodePtr operand = resolve(parseUnary(), std::nullopt);
        if (operand->type() != ValueType::Number && operand->type() != ValueType::Money)
            fail(op.pos, QCoreApplication::translate("vangnet::rules", "cannot calculate with %1 and %2").arg(typeName(operand->type()), typeName(operand->type())));
        return Operand{nodes::negate(operand, op.pos), {}, false, op.pos};
    }
    return parsePrimary();
}

ExpressionParser::Operand ExpressionParser::parsePrimary()
{
    const Token &t = peek();
    switch (t.kind) {
    case Token::Kind::Number:
        next();
        return Operand{nodes::numberLiteral(ValueType::Number, t.number, t.pos), {}, false, t.pos};
    case Token::Kind::Money:
        next();
        return Operand{nodes::numberLiteral(ValueType::Money, t.number, t.pos), {}, false, t.pos};
    case Token::Kind::String:
        next();
        return Operand{nullptr, t.text, true, t.pos};
    case Token::Kind::Symbol:
        if (t.text == QLatin1String("(")) {
            next();
            NodePtr inner = parseExpression();
            expectSymbol(")");
            return Operand{parseCollectionTail(inner), {}, false, t.pos};
        }
        failExpected(QCoreApplication::translate("vangnet::rules", "a value"));
    case Token::Kind::End:
        failExpected(QCoreApplication::translate("vangnet::rules", "a value"));
    case Token::Kind::Identifier:
        break;
    }
    Token name = next();
    // A let of this name comes before the Dutch word it may also be ("let uitstroom = …").
    if (m_lets.contains(name.text) && !atSymbol("(")) {
        const NodePtr let = m_lets.value(name.text);
        return Operand{isCollection(let->type()) ? parseCollectionTail(let) : let, {}, false, name.pos};
    }
    const QString word = canonicalWord(name.text);
    if (sameWord(word, "true") || sameWord(word, "false"))
        return Operand{nodes::boolLiteral(sameWord(word, "true"), name.pos), {}, false, name.pos};
    for (std::size_t i = 0; i < sourceNames().size(); ++i) {
        if (sameWord(word, sourceNames()[i])) {
            const NodePtr all = nodes::source(ItemKind(i), name.pos);
            return Operand{parseCollectionTail(all), {}, false, name.pos};
        }
    }
    if (atSymbol("(")) {
        name.text = word;
        return Operand{parseCall(name), {}, false, name.pos};
    }
    return Operand{nullptr, name.text, false, name.pos};
}

/// `… where <condition>` and/or `… within <n> <unit>` after a collection.
NodePtr ExpressionParser::parseCollectionTail(NodePtr collection)
{
    if (!isCollection(collection->type()))
        return collection;
    const ItemKind kind = itemKindOf(collection->type());
    NodePtr predicate;
    std::optional<nodes::Window> window;
    const SourcePos pos = peek().pos;
    if (atKeyword("where")) {
        next();
        m_scopes.push_back(kind);
        predicate = parseCondition();
        m_scopes.pop_back();
    }
    if (atKeyword("within")) {
        const Token at = next();
        if (kind == ItemKind::Person)
            fail(at.pos, QCoreApplication::translate("vangnet::rules", "persons have no time window; use age or turns_18_within"));
        if (kind == ItemKind::Case)
            fail(at.pos, QCoreApplication::translate("vangnet::rules", "cases have no time window; use opened_days or closed_days"));
        window = parseWindow();
    }
    if (!predicate && !window)
        return collection;
    return parseCollectionTail(nodes::filter(std::move(collection), predicate, window, pos));
}

nodes::Window ExpressionParser::parseWindow()
{
    if (peek().kind != Token::Kind::Number)
        failExpected(QCoreApplication::translate("vangnet::rules", "a number of days, months or years"));
    const Token amount = next();
    if (amount.number <= 0)
        fail(amount.pos, QCoreApplication::translate("vangnet::rules", "empty time window: use at least 1 day"));
    if (amount.number > 100000)
        fail(amount.pos, QCoreApplication::translate("vangnet::rules", "number too large"));
    nodes::Window window;
    window.amount = amount.number;
    const Token unit = peek();
    if (unit.kind != Token::Kind::Identifier)
        failExpected(QCoreApplication::translate("vangnet::rules", "days, months or years"));
    next();
    const QString unitWord = canonicalWord(unit.text);
    if (sameWord(unitWord, "days") || sameWord(unitWord, "day"))
        window.unit = nodes::Window::Unit::Days;
    else if (sameWord(unitWord, "months") || sameWord(unitWord, "month"))
        window.unit = nodes::Window::Unit::Months;
    else if (sameWord(unitWord, "years") || sameWord(unitWord, "year"))
        window.unit = nodes::Window::Unit::Years;
    else
        fail(unit.pos, QCoreApplication::translate("vangnet::rules", "unknown time unit '%1': use days, months or years").arg(unit.text));
    return window;
}

NodePtr ExpressionParser::parseCall(const Token &name)
{
    expectSymbol("(");
    NodePtr result;
    if (sameWord(name.text, "zrm") || sameWord(name.text, "zrm_age_days")) {
        const Token domain = next();
        const bool known = zrm::isDomain(domain.text);
        if ((domain.kind != Token::Kind::Identifier && domain.kind != Token::Kind::String) || !known)
            fail(domain.pos, QCoreApplication::translate("vangnet::rules", "unknown ZRM domain %1").arg(describe(domain)));
        // Inside `persons where …` the member's own score, as a member's facts hide the household's.
        const bool ofPerson = std::find(m_scopes.begin(), m_scopes.end(), ItemKind::Person) != m_scopes.end();
        result = sameWord(name.text, "zrm") ? nodes::zrmScore(domain.text, ofPerson, name.pos)
                                            : nodes::zrmAgeDays(domain.text, ofPerson, name.pos);
    } else if (sameWord(name.text, "latest")) {
        NodePtr collection = requireCollection(parseExpression(), name.text);
        if (collection->type() != ValueType::Signals)
            fail(collection->pos(), QCoreApplication::translate("vangnet::rules", "%1 expects %2, not %3")
                                        .arg(name.text, typeName(ValueType::Signals), typeName(collection->type())));
        result = nodes::latestPerArrear(std::move(collection), name.pos);
    } else if (sameWord(name.text, "turns_18_within")) {
        std::optional<ItemKind> scope;
        for (auto it = m_scopes.rbegin(); it != m_scopes.rend() && !scope; ++it) {
            if (*it == ItemKind::Person || *it == ItemKind::Discharge)
                scope = *it;
        }
        if (!scope)
            fail(name.pos, QCoreApplication::translate("vangnet::rules", "turns_18_within can only be used after 'where' on persons or discharges"));
        const nodes::Window window = parseWindow();
        result = nodes::turns18Within(*scope, window, name.pos);
    } else {
        static const std::pair<const char *, nodes::Aggregate> aggregates[] = {
            {"count", nodes::Aggregate::Count}, {"exists", nodes::Aggregate::Exists},
            {"distinct", nodes::Aggregate::Distinct}, {"sum", nodes::Aggregate::Sum},
            {"list", nodes::Aggregate::List}, {"arrears", nodes::Aggregate::Arrears},
            {"max", nodes::Aggregate::Max}, {"min", nodes::Aggregate::Min}};
        std::optional<nodes::Aggregate> what;
        for (const auto &[word, aggregate] : aggregates) {
            if (sameWord(name.text, word))
                what = aggregate;
        }
        if (!what)
            fail(name.pos, QCoreApplication::translate("vangnet::rules", "unknown function '%1'").arg(name.text));
        NodePtr collection = requireCollection(parseExpression(), name.text);
        const ValueType type = collection->type();
        const bool signalsOnly = *what == nodes::Aggregate::Sum || *what == nodes::Aggregate::Arrears
                                 || *what == nodes::Aggregate::Max || *what == nodes::Aggregate::Min;
        if (signalsOnly && type != ValueType::Signals)
            fail(collection->pos(), QCoreApplication::translate("vangnet::rules", "%1 expects %2, not %3").arg(name.text, typeName(ValueType::Signals), typeName(type)));
        if (*what == nodes::Aggregate::Distinct && type != ValueType::Signals && type != ValueType::Discharges) {
            fail(collection->pos(),
                 QCoreApplication::translate("vangnet::rules", "%1 expects %2, not %3").arg(name.text, typeName(ValueType::Signals), typeName(type)));
        }
        result = nodes::aggregate(*what, collection, name.pos);
    }
    expectSymbol(")");
    return result;
}

NodePtr ExpressionParser::resolveField(const QString &name, SourcePos pos) const
{
    for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
        for (const FieldInfo &f : itemFacts()) {
            if (f.kind == *it && name == QLatin1String(f.name))
                return nodes::field(f.kind, f.field, f.type, pos);
        }
    }
    return nullptr;
}

NodePtr ExpressionParser::resolve(const Operand &operand, std::optional<ValueType> expected)
{
    if (operand.node)
        return operand.node;
    const QString &name = operand.symbol;
    if (expected && isEnum(*expected)) {
        const int value = enumKey(*expected, name);
        if (value >= 0)
            return nodes::enumLiteral(*expected, value, operand.pos);
        if (operand.string)
            fail(operand.pos, QCoreApplication::translate("vangnet::rules", "unknown value '%1': expected %2").arg(name, typeName(*expected)));
    }
    if (operand.string)
        return nodes::textLiteral(name, operand.pos);
    if (NodePtr field = resolveField(name, operand.pos))
        return field;
    if (NodePtr household = nodes::householdFact(name, operand.pos))
        return household;
    // A value of some enum where none was expected: a type error, reported by the caller.
    for (const ValueType type : {ValueType::Partner, ValueType::Institution, ValueType::Condition, ValueType::Lifecycle}) {
        const int value = enumKey(type, name);
        if (value >= 0)
            return nodes::enumLiteral(type, value, operand.pos);
    }
    if (expected && isEnum(*expected))
        fail(operand.pos, QCoreApplication::translate("vangnet::rules", "unknown value '%1': expected %2").arg(name, typeName(*expected)));
    // A fact of another collection: say whose it is, and where it may be used.
    QStringList owners;
    for (const FieldInfo &f : itemFacts()) {
        if (name == QLatin1String(f.name))
            owners << typeName(collectionTypeOf(f.kind));
    }
    if (owners.isEmpty())
        fail(operand.pos, QCoreApplication::translate("vangnet::rules", "unknown fact '%1'").arg(name));
    const QString last = owners.takeLast();
    const QString whose = owners.isEmpty()
        ? last
        : QCoreApplication::translate("vangnet::rules", "%1 or %2").arg(owners.join(QStringLiteral(", ")), last);
    if (!m_scopes.empty()) {
        fail(operand.pos, QCoreApplication::translate("vangnet::rules", "'%1' is a fact of each of the %2, not of the %3")
                              .arg(name, whose, typeName(collectionTypeOf(m_scopes.back()))));
    }
    fail(operand.pos, QCoreApplication::translate("vangnet::rules", "'%1' is a fact of each of the %2: use it after 'where'")
                          .arg(name, whose));
}

bool ExpressionParser::namesFact(const Operand &operand) const
{
    return !operand.node && !operand.string
        && (resolveField(operand.symbol, operand.pos) || nodes::householdFact(operand.symbol, operand.pos));
}

NodePtr ExpressionParser::requireType(NodePtr node, ValueType type) const
{
    if (node->type() != type)
        fail(node->pos(), QCoreApplication::translate("vangnet::rules", "expected %1, found %2").arg(typeName(type), typeName(node->type())));
    return node;
}

NodePtr ExpressionParser::requireCondition(NodePtr node) const
{
    if (node->type() != ValueType::Bool)
        fail(node->pos(), QCoreApplication::translate("vangnet::rules", "expected a condition (true or false), found %1").arg(typeName(node->type())));
    return node;
}

NodePtr ExpressionParser::requireCollection(NodePtr node, const QString &function) const
{
    if (!isCollection(node->type()))
        fail(node->pos(), QCoreApplication::translate("vangnet::rules", "%1 expects signals, discharges, persons, attempts or cases, found %2").arg(function, typeName(node->type())));
    return node;
}

} // namespace vangnet::rules
