#pragma once

#include "cases/CaseService.h"
#include "cases/RequestStepDialog.h"
#include "households/HouseholdService.h"
#include "needs/NeedService.h"
#include "places/PlaceService.h"
#include "security/Session.h"
#include "zrm/ZrmService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;

namespace vangnet {

class CaseAttemptsTab;
class ChangedElsewhereBanner;
class CaseSummaryExporter;
class CaseNotesTab;
class CasePlanTab;
class Clock;
class Database;
class NeedPanel;
class ZrmHistoryWidget;

namespace Ui {
class CaseWidget;
}

/// The case screen (zaak): who and what it is about, its status with only the transitions that
/// make sense, its deadlines, the signals it answers, and tabs for contact attempts, the plan of
/// action, notes and reminders, the household's ZRM (zrmTab) and its housing need (needPanel).
/// Shown as its own window from the work queue and the household panel (CaseWindows).
class CaseWidget final : public QWidget {
    Q_OBJECT
public:
    CaseWidget(const Database &db, const Session &session, const Clock &clock, qint64 caseId,
               QWidget *parent = nullptr);
    ~CaseWidget() override;

    qint64 caseId() const { return m_caseId; }
    /// What was read last; empty when the case could not be read.
    const std::optional<cases::CaseDetail> &detail() const { return m_detail; }
    cases::CaseService &service() { return m_cases; }
    const Session &session() const { return m_session; }
    const Clock &clock() const { return m_clock; }
    const Database &database() const { return m_db; }

    CaseAttemptsTab &attemptsTab() const { return *m_attempts; }
    CasePlanTab &planTab() const { return *m_plan; }
    CaseNotesTab &notesTab() const { return *m_notes; }
    /// The ZRM tab's page: the household's ZRM history and "Score ZRM…".
    QWidget &zrmTab() const;
    ZrmHistoryWidget &zrmHistory() const { return *m_zrmHistory; }
    /// The housing need tab: the household's need, as on the household panel.
    NeedPanel &needPanel() const { return *m_needPanel; }
    CaseSummaryExporter &summaries() const { return *m_summaries; }
    /// The last message above the tabs (what a refused change said).
    QString messageText() const;

    /// Reads the case again and shows it.
    void reload();
    /// A colleague changed the case: says so above the tabs until it is read again (typed
    /// input stays). CaseWindows calls this for changes from DataChanges::changedByColleague().
    void noticeChangedByColleague();
    /// The notice's text while it shows; empty when it does not.
    QString colleagueNotice() const;
    /// A transition other than closing (the button for it is shown only when canMove allows it).
    void moveTo(cases::CaseStatus to);
    /// "Close case…": the outcome dialog.
    void closeCase();
    /// A step of the request for help: "Offer accepted / register request…", "First
    /// conversation…" or "Decision…".
    void requestStep(RequestStepDialog::Step step);
    /// Takes an unassigned case, or gives up one's own.
    void takeOrGiveUp();
    /// The team lead's "Assign…".
    void assign();
    void linkNewSignals();
    /// Closes the signal selected among the linked ones.
    void closeSelectedSignal();
    /// "Status for the partner…" of the signal selected among the linked ones (SignalStatusDialog).
    void decideSelectedSignal();
    /// Sets the lifecycle of the discharge notice selected among the linked ones.
    void setSelectedNoticeState(importing::DischargeLifecycle state);
    /// "Score ZRM…": an assessment of the household or a member, recorded in this case.
    void scoreZrm();

Q_SIGNALS:
    /// Anything on the case changed (status, assignment, records): queues and lists refresh.
    void caseChanged(qint64 caseId, qint64 householdId);
    void householdRequested(qint64 householdId);

private:
    /// What a line of the linked list stands for (item data roles).
    enum class LinkedKind { Signal, Notice };
    static constexpr int KindRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int OpenRole = Qt::UserRole + 2;

    void updateLinkedActions();
    void showHeader(const cases::CaseDetail &detail);
    void showDeadlines(const cases::CaseDetail &detail);
    void showSignals(const cases::CaseDetail &detail);
    void updateActions();
    void showMessage(const QString &text, bool problem);
    /// After a save: show it again and tell the others.
    void changed();
    /// A refused change of the case's own fields: a stale one reloads the case and says so.
    void refused(const Error &error);

    std::unique_ptr<Ui::CaseWidget> m_ui;
    const Database &m_db;
    Session m_session;
    const Clock &m_clock;
    cases::CaseService m_cases;
    HouseholdService m_households;
    ZrmService m_zrm;
    needs::NeedService m_needs;
    places::PlaceService m_places;
    qint64 m_caseId = 0;
    std::optional<cases::CaseDetail> m_detail;
    CaseAttemptsTab *m_attempts = nullptr;
    CasePlanTab *m_plan = nullptr;
    CaseNotesTab *m_notes = nullptr;
    ZrmHistoryWidget *m_zrmHistory = nullptr;
    NeedPanel *m_needPanel = nullptr;
    CaseSummaryExporter *m_summaries = nullptr;
    QPushButton *m_signalStatusButton = nullptr;
    ChangedElsewhereBanner *m_colleagueBanner = nullptr;
};

} // namespace vangnet
