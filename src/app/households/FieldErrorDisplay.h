#pragma once

#include "support/Result.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QObject;
class QWidget;

namespace vangnet {

/// Shows validation messages beside the fields they belong to. A field's message appears once
/// the user has touched it (or after touchAll()), so a fresh form is not covered in red.
class FieldErrorDisplay {
public:
    /// `label` shows the messages for `field`; `input` gets them as accessible description.
    void add(const QString &field, QWidget *input, QLabel *label);
    void touch(const QString &field) { m_touched.insert(field); }
    /// Revalidates on every change of `edit`, and marks `field` touched when the user types.
    void watch(QLineEdit *edit, const QString &field, QObject *context, const std::function<void()> &revalidate);
    void touchAll();
    /// Shows the messages of `errors` for the touched fields; messages for unknown fields go to
    /// the label registered for `fallback` (if any). Returns the messages that were not placed.
    QStringList show(const QList<FieldError> &errors, const QString &fallback = {});
    /// The message currently shown for a field ("" when none).
    QString shownMessage(const QString &field) const;

private:
    struct Slot {
        QWidget *input = nullptr;
        QLabel *label = nullptr;
    };
    QHash<QString, Slot> m_slots;
    QSet<QString> m_touched;
};

} // namespace vangnet
