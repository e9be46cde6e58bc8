#pragma once

#include "cases/Case.h"

#include <QWidget>

#include <memory>

namespace vangnet {

namespace Ui {
class ContactAttemptForm;
}

/// The fields of one contactpoging: soort (EnumContactsoort), bereikt, datum (not after today),
/// dagdeel (EnumDagdeel or none) and a note. Used by the quick entry from the queue and by the
/// case screen's contact attempts tab.
class ContactAttemptForm final : public QWidget {
    Q_OBJECT
public:
    explicit ContactAttemptForm(QWidget *parent = nullptr);
    ~ContactAttemptForm() override;

    /// The last day an attempt may be dated; the date field starts there.
    void setToday(const QDate &today);
    /// What the fields hold now (id, case and author are left to the service).
    cases::ContactAttempt attempt() const;
    void setAttempt(const cases::ContactAttempt &attempt);
    /// Empties the fields for the next attempt; the kind stays, the date goes back to today.
    void clear();
    /// What the user must fix before saving, "" when the fields can be saved. The service
    /// checks the same again.
    QString problem() const;
    /// Puts the cursor on the first field.
    void focusFirst();

private:
    std::unique_ptr<Ui::ContactAttemptForm> m_ui;
    QDate m_today;
};

} // namespace vangnet
