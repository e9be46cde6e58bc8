#include "rules/RuleParametersForm.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace vangnet {

namespace {

constexpr int maxNumber = 100000;        // as a time window allows
constexpr double maxEuros = 10000000.0;  // ten million: beyond any arrear

} // namespace

RuleParametersForm::RuleParametersForm(QPlainTextEdit &editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    setAccessibleName(tr("Parameters of the rules"));
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(tr("Parameters (change a value here; the rules use it by name):"), this);
    m_hint->setAccessibleName(tr("About the parameters"));
    box->addWidget(m_hint);
    m_form = new QFormLayout();
    box->addLayout(m_form);
    connect(&m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_writing)
            rebuild();
    });
    rebuild();
}

void RuleParametersForm::rebuild()
{
    const rules::ParseResult parsed = rules::parseRuleSet(m_editor.toPlainText());
    // While the text does not parse, the form keeps what it had, greyed: the positions it knows
    // may be stale, so it does not write.
    setEnabled(parsed.ok());
    if (!parsed.ok())
        return;
    m_parameters = parsed.ruleSet.parameters;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    for (int i = 0; i < m_parameters.size(); ++i) {
        const rules::RuleParameter &p = m_parameters.at(i);
        QWidget *field = nullptr;
        if (p.type == rules::ValueType::Money) {
            auto *euros = new QDoubleSpinBox(this);
            euros->setPrefix(QStringLiteral("€ "));
            euros->setDecimals(2);
            euros->setRange(0, maxEuros);
            euros->setValue(double(p.value) / 100.0);
            connect(euros, &QDoubleSpinBox::valueChanged, this, [this, i](double v) { write(i, qint64(std::llround(v * 100))); });
            field = euros;
        } else {
            auto *number = new QSpinBox(this);
            number->setRange(0, maxNumber);
            number->setValue(int(std::min<qint64>(p.value, maxNumber)));
            connect(number, &QSpinBox::valueChanged, this, [this, i](int v) { write(i, v); });
            field = number;
        }
        field->setObjectName(QStringLiteral("parameter_") + p.name);
        field->setAccessibleName(tr("Parameter %1").arg(p.name));
        auto *label = new QLabel(p.name, this);
        label->setBuddy(field);
        m_form->addRow(label, field);
        m_fields << field;
    }
    m_hint->setVisible(!m_parameters.isEmpty());
    setVisible(!m_parameters.isEmpty());
}

void RuleParametersForm::write(int index, qint64 value)
{
    if (index < 0 || index >= m_parameters.size() || !isEnabled() || m_parameters.at(index).value == value)
        return;
    const QString text = rules::withParameterValue(m_editor.toPlainText(), m_parameters.at(index), value);
    const rules::ParseResult parsed = rules::parseRuleSet(text);
    if (!parsed.ok() || parsed.ruleSet.parameters.size() != m_parameters.size())
        return;
    // Keep the field being edited: only the text and the known positions change.
    m_writing = true;
    QTextCursor cursor(m_editor.document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text); // one undo step in the editor
    m_writing = false;
    m_parameters = parsed.ruleSet.parameters;
}

bool RuleParametersForm::setValue(const QString &name, qint64 value)
{
    for (int i = 0; i < m_parameters.size(); ++i) {
        if (m_parameters.at(i).name != name)
            continue;
        if (auto *euros = qobject_cast<QDoubleSpinBox *>(m_fields.value(i)))
            euros->setValue(double(value) / 100.0);
        else if (auto *number = qobject_cast<QSpinBox *>(m_fields.value(i)))
            number->setValue(int(value));
        return true;
    }
    return false;
}

} // namespace vangnet
