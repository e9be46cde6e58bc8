#pragma once

#include "cases/Case.h"

#include <QWidget>

#include <memory>

namespace vangnet {

namespace cases {
class CaseService;
}

namespace Ui {
class CaseNotesTab;
}

/// Notities and herinneringen on a case, each with who wrote it and when.
class CaseNotesTab final : public QWidget {
    Q_OBJECT
public:
    enum ReminderColumn { DueColumn, TextColumn, StateColumn, AuthorColumn, ReminderColumnCount };

    /// Reminders added here are for `me` (the logged-in user).
    CaseNotesTab(cases::CaseService &service, const QDate &today, qint64 me, QWidget *parent = nullptr);
    ~CaseNotesTab() override;

    void showDetail(const cases::CaseDetail &detail);

    void setNoteText(const QString &text);
    /// Adds the note field's text; on success clears it and emits changed().
    void addNote();
    void setReminder(const QString &text, const QDate &due);
    void addReminder();
    /// Completes the selected open reminder.
    void completeSelected();
    bool selectReminder(qint64 reminderId);
    QString errorText() const;

Q_SIGNALS:
    void changed();

private:
    void showError(const QString &text);
    void updateButtons();

    std::unique_ptr<Ui::CaseNotesTab> m_ui;
    cases::CaseService &m_service;
    QDate m_today;
    qint64 m_me = 0;
    qint64 m_caseId = 0;
};

} // namespace vangnet
