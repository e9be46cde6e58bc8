#pragma once

#include "domain/Person.h"
#include "households/FieldErrorDisplay.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace vangnet {

namespace Ui {
class PersonDialog;
}

/// Adds or edits one member of a household. Each field's problem is shown beside it while the
/// user types; OK stays disabled until the member is valid. Keeps the id and version of an
/// existing member so the household service can tell changed members from new ones.
class PersonDialog final : public QDialog {
    Q_OBJECT
public:
    /// `today` bounds the birth date (injected so tests can stand on any day).
    PersonDialog(const Person &person, const QDate &today, QWidget *parent = nullptr);
    ~PersonDialog() override;

    /// The member as entered (not normalised).
    Person person() const;
    /// The message shown beside a field ("bsn", "geboortedatum", …), "" when none.
    QString fieldError(const QString &field) const { return m_errors.shownMessage(field); }
    bool canAccept() const;

    /// Dates are typed as DD-MM-YYYY (also D-M-YYYY); an invalid QDate when empty or unreadable.
    static QDate parseDate(const QString &text);

private:
    void load(const Person &person);
    void revalidate();

    std::unique_ptr<Ui::PersonDialog> m_ui;
    Person m_person;
    QDate m_today;
    FieldErrorDisplay m_errors;
};

} // namespace vangnet
