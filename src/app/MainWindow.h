#pragma once

#include "rules/RulesService.h"
#include "security/Session.h"

#include <QMainWindow>

#include <memory>

class QDialog;
class QLabel;
class QProgressBar;

namespace vangnet {

class AuthService;
class AuditPage;
class ClocksPage;
class DataChanges;
class LostConnectionBanner;
class DuplicatesPage;
class AuthWorker;
class BackgroundTask;
class CaseWindows;
class Clock;
class Database;
class HouseholdService;
class HouseholdsPage;
class SignalsPage;
class IdleLock;
class DesktopLockWatcher;
class SessionWatch;
class RetentionPage;
class PlacesPage;
class OutlookPage;
class DashboardPage;
class PlannerPage;
class RulesPage;
class UsersPage;
class WorkQueuePage;

namespace Ui {
class MainWindow;
}

/// Menus, navigation between the product areas and the status bar. Holds no business logic:
/// each area is a page that gets the services it needs. Which areas exist follows the session's
/// permissions (need-to-know); core enforces them again on every call.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Database &db, const Session &session, HouseholdService &households, AuthService &auth,
               AuthWorker &worker, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Werkvoorraad, the first page; nullptr for a user who may not work cases.
    WorkQueuePage *workQueuePage() const { return m_workQueue; }
    /// The open case windows; nullptr for a user who may not work cases.
    CaseWindows *caseWindows() const { return m_caseWindows; }
    /// Huishoudens; nullptr for a user who may not see households (the administrator).
    HouseholdsPage *householdsPage() const { return m_households; }
    SignalsPage *signalsPage() const { return m_signals; }
    /// Mogelijke dubbelingen; nullptr for a user who may not see households.
    DuplicatesPage *duplicatesPage() const { return m_duplicates; }
    /// Gebruikers; nullptr for a user who may not manage users.
    UsersPage *usersPage() const { return m_users; }
    /// Auditlog; nullptr for a user who may not review the audit log.
    AuditPage *auditPage() const { return m_audit; }
    /// Bewaartermijnen; nullptr for a user who may not manage retention.
    RetentionPage *retentionPage() const { return m_retention; }
    /// Woonplekken; nullptr for a user who may not read the place inventory.
    PlacesPage *placesPage() const { return m_places; }
    /// Capaciteitsprognose; nullptr for a user who may not plan placements.
    OutlookPage *outlookPage() const { return m_outlook; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    /// Plaatsingsplanner; nullptr for a user who neither plans nor works cases.
    PlannerPage *plannerPage() const { return m_planner; }
    /// The one "these records changed" notification the pages share.
    DataChanges &dataChanges() const { return *m_changes; }
    LostConnectionBanner &connectionBanner() const { return *m_connectionBanner; }
    /// Signaalregels; nullptr for a user who may not edit the rules.
    RulesPage *rulesPage() const { return m_rules; }
    /// Termijnen; nullptr for a user who may not change the deadline settings.
    ClocksPage *clocksPage() const { return m_clocks; }
    /// The idle timer (tests shorten it).
    IdleLock &idleLock() const { return *m_idleLock; }
    /// Follows the desktop session's lock (tests emit its signal).
    DesktopLockWatcher &desktopLock() const { return *m_desktopLock; }
    /// Re-reads the user's record every 30 s (tests call check()).
    SessionWatch &sessionWatch() const { return *m_sessionWatch; }
    /// True while the idle lock hides the window's contents and asks for the password.
    bool isLocked() const { return m_locked; }
    /// The status bar's "who is logged in" text.
    QString userText() const;
    /// True when the window closed because the user logged out (main shows the login again).
    bool logoutRequested() const { return m_logout; }
    /// True when the window closed for "Other connection…" (main shows the connection dialog).
    bool otherConnectionRequested() const { return m_otherConnection; }

    /// Bestand → Wachtwoord wijzigen…
    void changeOwnPassword();
    void logOut();
    /// Hides everything and asks the password again (the idle lock does this); a wrong
    /// password keeps it locked, "Log out" ends the session.
    void lock();
    /// The administrator disabled the account or changed its role or team: tells the user
    /// `message` and logs out (main shows the login again).
    void endSession(const QString &message);

    /// On the first login of a day the flags of every household are evaluated again (windows
    /// move, people turn 18): in the background, with a bar in the status bar. Does nothing when
    /// today's full evaluation is stored already, or for users who see no households.
    void refreshFlagsForToday(const Database &db, const Clock &clock);
    /// True while that evaluation runs.
    bool refreshingFlags() const;

protected:
    void closeEvent(QCloseEvent *event) override;


private:
    void addPage(QWidget *page, const QIcon &icon, const QString &title);
    void showPage(QWidget *page);
    /// The work queue and the case windows, for users who work cases.
    void addCasePages(const Database &db, const Session &session, const Clock &clock);
    void showAbout();
    static void closeOpenDialogs(const QDialog *except);
    void saveSettings() const;
    /// An import or a withdrawn batch: signals and their flags changed (households maybe too).
    void publishImported();
    QString teamName(qint64 teamId) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session m_session;
    AuthService &m_auth;
    AuthWorker &m_worker;
    WorkQueuePage *m_workQueue = nullptr;
    CaseWindows *m_caseWindows = nullptr;
    HouseholdsPage *m_households = nullptr;
    SignalsPage *m_signals = nullptr;
    DuplicatesPage *m_duplicates = nullptr;
    UsersPage *m_users = nullptr;
    AuditPage *m_audit = nullptr;
    RetentionPage *m_retention = nullptr;
    PlacesPage *m_places = nullptr;
    OutlookPage *m_outlook = nullptr;
    DashboardPage *m_dashboard = nullptr;
    PlannerPage *m_planner = nullptr;
    DataChanges *m_changes = nullptr;
    LostConnectionBanner *m_connectionBanner = nullptr;
    RulesPage *m_rules = nullptr;
    ClocksPage *m_clocks = nullptr;
    IdleLock *m_idleLock = nullptr;
    DesktopLockWatcher *m_desktopLock = nullptr;
    SessionWatch *m_sessionWatch = nullptr;
    bool m_locked = false;
    QLabel *m_userLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    bool m_logout = false;
    bool m_otherConnection = false;
    BackgroundTask *m_dailyTask = nullptr;
    QProgressBar *m_dailyBar = nullptr;
    rules::EvaluationRun m_dailyRun;
    QString m_dailyFailure;
};

} // namespace vangnet
