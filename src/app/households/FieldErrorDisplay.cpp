#include "households/FieldErrorDisplay.h"

#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace vangnet {

void FieldErrorDisplay::add(const QString &field, QWidget *input, QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    label->setVisible(false);
    m_slots.insert(field, {input, label});
}

void FieldErrorDisplay::touchAll()
{
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it)
        m_touched.insert(it.key());
}

QStringList FieldErrorDisplay::show(const QList<FieldError> &errors, const QString &fallback)
{
    QHash<QString, QStringList> byField;
    QStringList unplaced;
    for (const FieldError &e : errors) {
        if (m_slots.contains(e.field))
            byField[e.field] << e.message;
        else if (!fallback.isEmpty() && m_slots.contains(fallback))
            byField[fallback] << e.message;
        else
            unplaced << e.message;
    }
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        const QString text = m_touched.contains(it.key()) ? byField.value(it.key()).join(QLatin1Char('\n')) : QString();
        it->label->setText(text);
        it->label->setVisible(!text.isEmpty());
        if (it->input)
            it->input->setAccessibleDescription(text);
    }
    return unplaced;
}

QString FieldErrorDisplay::shownMessage(const QString &field) const
{
    const auto it = m_slots.constFind(field);
    return it == m_slots.cend() ? QString() : it->label->text();
}

void FieldErrorDisplay::watch(QLineEdit *edit, const QString &field, QObject *context,
                              const std::function<void()> &revalidate)
{
    QObject::connect(edit, &QLineEdit::textEdited, context, [this, field, revalidate] {
        touch(field);
        revalidate();
    });
    QObject::connect(edit, &QLineEdit::textChanged, context, [revalidate] { revalidate(); });
}

} // namespace vangnet
