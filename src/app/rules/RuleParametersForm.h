#pragma once

#include "rules/RuleSet.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace vangnet {

/// The parameters at the top of the draft rule set (`param huur_drempel = € 1.000`) as a form a
/// team lead fills in without touching an expression: a field per parameter, a number or an
/// amount in euros. A change writes the new value into the draft text, in place of the old one
/// (rules::withParameterValue), so the text stays what is checked, previewed and stored.
/// Follows the text: typing in the editor rebuilds the form once the text parses.
class RuleParametersForm final : public QWidget {
    Q_OBJECT
public:
    explicit RuleParametersForm(QPlainTextEdit &editor, QWidget *parent = nullptr);

    /// The parameters the form shows (of the text as it last parsed).
    const QList<rules::RuleParameter> &parameters() const { return m_parameters; }
    /// Sets parameter `name` as its field would (cents for an amount); false when there is none.
    bool setValue(const QString &name, qint64 value);

private:
    void rebuild();
    void write(int index, qint64 value);

    QPlainTextEdit &m_editor;
    QFormLayout *m_form = nullptr;
    QLabel *m_hint = nullptr;
    QList<rules::RuleParameter> m_parameters;
    QList<QWidget *> m_fields;
    bool m_writing = false;
};

} // namespace vangnet
