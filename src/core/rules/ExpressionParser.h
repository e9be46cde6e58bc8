#pragma once

#include "rules/Lexer.h"
#include "rules/Node.h"
#include "rules/Nodes.h"
#include "rules/Vocabulary.h"

#include <QHash>
#include <QList>

#include <vector>

namespace vangnet::rules {

/// Thrown inside the parser to abandon the current rule; parseRuleSet turns it into a ParseError.
struct ParseFailure {
    ParseError error;
};

/// Reads and type-checks expressions from a token list. One instance per rule: it owns the
/// rule's `let` names. Names are resolved while parsing, so a compiled tree never looks a name up.
class ExpressionParser {
public:
    /// Tokens are read from `tokens` starting at `*position`, which is advanced.
    ExpressionParser(const QList<Token> *tokens, qsizetype *position);

    /// A full expression of any type.
    NodePtr parseExpression();
    /// An expression that must be a condition.
    NodePtr parseCondition();
    /// Registers `let name = …`; fails when the name is taken.
    void defineLet(const Token &name, NodePtr value);
    int letCount() const { return int(m_letSlots.size()); }
    /// Switches to another token list (an explanation placeholder), keeping the lets.
    void setTokens(const QList<Token> *tokens, qsizetype *position);

    const Token &peek(qsizetype ahead = 0) const;
    const Token &next();
    bool atKeyword(const char *word) const;
    bool atSymbol(const char *symbol) const;
    void expectSymbol(const char *symbol);
    [[noreturn]] static void fail(SourcePos pos, const QString &message);
    [[noreturn]] void failExpected(const QString &what) const;

private:
    /// A parsed operand whose name is resolved only once its partner in a comparison is known,
    /// so `partner = zorg` reads `zorg` as the partner type, not the discharge condition.
    struct Operand {
        NodePtr node;
        QString symbol;  ///< set when node is null
        bool string = false;
        SourcePos pos;
    };

    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseNot();
    Operand parseComparison();
    Operand parseAdditive();
    Operand parseMultiplicative();
    Operand parseUnary();
    Operand parsePrimary();
    NodePtr parseCollectionTail(NodePtr collection);
    nodes::Window parseWindow();
    NodePtr parseCall(const Token &name);
    NodePtr resolve(const Operand &operand, std::optional<ValueType> expected);
    NodePtr resolveField(const QString &name, SourcePos pos) const;
    /// Whether the operand is a bare name of a fact in scope or of the household.
    bool namesFact(const Operand &operand) const;
    NodePtr requireType(NodePtr node, ValueType type) const;
    NodePtr requireCondition(NodePtr node) const;
    NodePtr requireCollection(NodePtr node, const QString &function) const;
    NodePtr makeComparison(const Token &op, const Operand &lhs, const Operand &rhs);

    const QList<Token> *m_tokens;
    qsizetype *m_position;
    std::vector<ItemKind> m_scopes;
    QHash<QString, NodePtr> m_lets; ///< name → LetRef
    std::vector<NodePtr> m_letSlots;
};

} // namespace vangnet::rules
