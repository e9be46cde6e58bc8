#pragma once

#include "cases/Case.h"

#include <QWidget>

#include <memory>

namespace vangnet {

namespace cases {
class CaseService;
}

namespace Ui {
class CaseAttemptsTab;
}

class ContactAttemptForm;

/// The case screen's contactpogingen: every attempt, oldest first, and the form for a new one.
class CaseAttemptsTab final : public QWidget {
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, ReachedColumn, NoteColumn, AuthorColumn, ColumnCount };

    CaseAttemptsTab(cases::CaseService &service, const QDate &today, QWidget *parent = nullptr);
    ~CaseAttemptsTab() override;

    void showDetail(const cases::CaseDetail &detail);
    ContactAttemptForm &form() const;
    /// Saves the form as a new attempt; on success clears it and emits changed().
    void addAttempt();
    QString errorText() const;
    int attemptCount() const;

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<Ui::CaseAttemptsTab> m_ui;
    cases::CaseService &m_service;
    qint64 m_caseId = 0;
};

} // namespace vangnet
