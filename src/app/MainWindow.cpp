#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "BackgroundTask.h"
#include "DataChanges.h"
#include "LostConnectionBanner.h"
#include "DialogRunner.h"
#include "audit/AuditPage.h"
#include "cases/CaseWindows.h"
#include "cases/WorkQueuePage.h"
#include "clocks/ClocksPage.h"
#include "ddas/DdasExportDialog.h"
#include "exports/FeedbackExportDialog.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdDetailWidget.h"
#include "households/DuplicatesPage.h"
#include "households/HouseholdsPage.h"
#include "signals/SignalsPage.h"
#include "importing/ImportBatchesDialog.h"
#include "importing/ImportWizard.h"
#include "places/PlacesPage.h"
#include "plans/OutlookPage.h"
#include "dashboard/DashboardPage.h"
#include "settings/OrganisationDialog.h"
#include "settings/OrganisationService.h"
#include "plans/PlannerPage.h"
#include "retention/RetentionPage.h"
#include "rules/RulesPage.h"
#include "security/DesktopLockWatcher.h"
#include "security/IdleLock.h"
#include "security/IdleLockCover.h"
#include "security/LockDialog.h"
#include "security/PasswordDialog.h"
#include "security/SessionWatch.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "users/AuthService.h"
#include "users/IdleLockPolicy.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>

namespace vangnet {

MainWindow::MainWindow(const Database &db, const Session &session, HouseholdService &households, AuthService &auth,
                       AuthWorker &worker, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session), m_auth(auth), m_worker(worker)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vangnet.svg")));
    m_ui->actionNewHousehold->setIcon(QIcon(QStringLiteral(":/icons/household-new.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->navigationList->setFrameShape(QFrame::NoFrame);
    m_ui->navigationList->setSpacing(2);
    m_ui->centralBox->setContentsMargins(6, 6, 6, 0);
    m_ui->demoBanner->setVisible(db.isDemo());
    m_ui->demoBanner->setStyleSheet(
        QStringLiteral("background: #f0a500; color: #1d1600; font-weight: bold; padding: 4px;"));
    // A member whose team key has not reached them yet sees why BSNs and notes stay closed.
    const bool waitingForKey = session.user().teamId != 0 && session.fields().mode() == FieldCipher::Mode::Locked;
    m_ui->keyBanner->setVisible(waitingForKey);
    m_ui->keyBanner->setText(session.keys().lockedReason);
    m_ui->keyBanner->setStyleSheet(QStringLiteral("background: #dbe9f6; color: #10263b; padding: 4px;"));

    // Need-to-know: an area the user may not use is not built at all.
    m_countLabel = new QLabel(this);
    m_changes = new DataChanges(this);
    // On a team server a colleague's change reaches the pages like a local one (docs/architecture.md);
    // a broken connection is said above the pages and mended when the server is back.
    auto *feed = new ChangeFeed(db, this);
    m_changes->follow(*feed);
    m_connectionBanner = new LostConnectionBanner(db, *feed, *m_changes, this);
    m_ui->outerBox->insertWidget(0, m_connectionBanner);
    addCasePages(db, session, clock);
    if (session.can(Permission::ViewHouseholds)) {
        m_households = new HouseholdsPage(db, session, households, clock, this);
        m_households->setDataChanges(*m_changes);
        addPage(m_households, QIcon(QStringLiteral(":/icons/households.svg")), tr("Households"));
        connect(m_households, &HouseholdsPage::totalCountChanged, this,
                [this](int total) { m_countLabel->setText(tr("%n household(s) in total", nullptr, total)); });
    }
    if (m_households && m_caseWindows) {
        connect(m_households, &HouseholdsPage::caseRequested, m_caseWindows, &CaseWindows::openForHousehold);
        connect(m_caseWindows, &CaseWindows::householdRequested, this, [this](qint64 id) {
            showPage(m_households);
            m_households->selectHousehold(id);
            activateWindow();
            raise();
        });
    }
    m_ui->actionNewHousehold->setVisible(session.can(Permission::EditHouseholds) && m_households);
    if (session.can(Permission::ViewHouseholds)) {
        m_signals = new SignalsPage(db, session, clock, this);
        m_signals->setDataChanges(*m_changes);
        addPage(m_signals, style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Signals"));
        connect(m_signals, &SignalsPage::householdRequested, this, [this](qint64 id) {
            m_ui->navigationList->setCurrentRow(m_ui->pageStack->indexOf(m_households));
            m_households->selectHousehold(id);
        });
    }
    // Mogelijke dubbelingen: caseworkers and team leads, who see the team's households.
    if (m_households) {
        m_duplicates = new DuplicatesPage(db, session, clock, *m_changes, this);
        addPage(m_duplicates, style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Possible duplicates"));
    }
    if (session.can(Permission::EditRules) && m_households) {
        m_rules = new RulesPage(db, session, clock, this);
        addPage(m_rules, style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Signal rules"));
        connect(m_rules, &RulesPage::householdRequested, this, [this](qint64 id) {
            m_ui->navigationList->setCurrentRow(m_ui->pageStack->indexOf(m_households));
            m_households->selectHousehold(id);
        });
        m_rules->setDataChanges(*m_changes);
    }
    // Woonplekken: team leads plan with the places, caseworkers match to them, the beheerder keeps them.
    if (session.can(Permission::ManagePlaces) || session.can(Permission::ViewHouseholds)) {
        m_places = new PlacesPage(db, session, clock, this);
        addPage(m_places, style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Places"));
        m_places->setDataChanges(*m_changes);
    }
    // Weekoverzicht: the team's week in figures, for the team lead and the team's caseworkers.
    if (session.can(Permission::ViewDashboard)) {
        m_dashboard = new DashboardPage(db, session, clock, *m_changes, this);
        addPage(m_dashboard, style()->standardIcon(QStyle::SP_FileDialogListView), tr("Weekly dashboard"));
        if (m_households)
            connect(m_dashboard, &DashboardPage::householdRequested, this, [this](qint64 id) {
                showPage(m_households);
                m_households->selectHousehold(id);
            });
    }
    // Capaciteitsprognose: the team lead, who plans the places for the whole municipality.
    if (session.can(Permission::ApprovePlacements)) {
        m_outlook = new OutlookPage(db, session, clock, *m_changes, this);
        addPage(m_outlook, style()->standardIcon(QStyle::SP_FileDialogInfoView), tr("Capacity outlook"));
    }
    // Plaatsingsplanner: the team lead runs and approves, the caseworker records offers and placements.
    if (session.can(Permission::ApprovePlacements) || session.can(Permission::WorkCases)) {
        m_planner = new PlannerPage(db, session, clock, *m_changes, this);
        addPage(m_planner, style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Planner"));
        if (m_households)
            connect(m_planner, &PlannerPage::householdRequested, this, [this](qint64 id) {
                showPage(m_households);
                m_households->selectHousehold(id);
            });
    }
    if (session.can(Permission::ManageClocks)) {
        m_clocks = new ClocksPage(db, session, clock, this);
        addPage(m_clocks, QIcon(QStringLiteral(":/icons/clocks.svg")), tr("Deadlines"));
        m_clocks->setDataChanges(*m_changes);
    }
    if (session.can(Permission::ManageUsers)) {
        m_users = new UsersPage(session, auth, worker, clock, this);
        addPage(m_users, QIcon(QStringLiteral(":/icons/users.svg")), tr("Users"));
    }
    if (session.can(Permission::ReviewAudit)) {
        m_audit = new AuditPage(db, session, auth, clock, this);
        addPage(m_audit, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Audit log"));
    }
    if (session.can(Permission::ManageRetention)) {
        m_retention = new RetentionPage(db, session, clock, this);
        addPage(m_retention, style()->standardIcon(QStyle::SP_TrashIcon), tr("Retention"));
    }
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack, &QStackedWidget::setCurrentIndex);
    m_ui->navigationList->setCurrentRow(0);

    connect(m_ui->actionNewHousehold, &QAction::triggered, this, [this] {
        if (!m_households)
            return;
        m_ui->navigationList->setCurrentRow(m_ui->pageStack->indexOf(m_households));
        m_households->newHousehold();
    });
    m_ui->actionImport->setVisible(session.can(Permission::ImportSignals) && m_households);
    connect(m_ui->actionImport, &QAction::triggered, this, [this, database = &db, time = &clock] {
        ImportWizard wizard(*database, m_session, *time, this);
        DialogRunner::exec(wizard);
        if (wizard.summary().imported > 0) // new signals, maybe new households and flags
            publishImported();
    });
    m_ui->actionImportBatches->setVisible(m_ui->actionImport->isVisible());
    connect(m_ui->actionImportBatches, &QAction::triggered, this, [this, database = &db, time = &clock] {
        ImportBatchesDialog dialog(*database, m_session, *time, this);
        DialogRunner::exec(dialog);
        if (dialog.changed()) // a withdrawn batch takes its signals and their flags along
            publishImported();
    });
    // The DDAS delivery for CBS (docs/ddas.md): a team lead's statutory statistics.
    m_ui->actionDdasExport->setVisible(session.can(Permission::ExportStatistics));
    connect(m_ui->actionDdasExport, &QAction::triggered, this, [this, database = &db, time = &clock] {
        DdasExportDialog dialog(*database, m_session, *time, this);
        DialogRunner::exec(dialog);
    });
    // The feedback to the signal platform (docs/exports.md), beside the DDAS delivery.
    m_ui->menuFile->insertAction(m_ui->actionOrganisation, FeedbackExportDialog::makeAction(db, m_session, clock, this));
    // The municipality's name and logo on reports: the functioneel beheerder's.
    m_ui->actionOrganisation->setVisible(session.can(Permission::ManageOrganisation));
    connect(m_ui->actionOrganisation, &QAction::triggered, this, [this, database = &db, time = &clock] {
        const settings::OrganisationService service(*database, *time, m_session);
        OrganisationDialog dialog(service, this);
        DialogRunner::exec(dialog);
    });
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changeOwnPassword);
    connect(m_ui->actionLogout, &QAction::triggered, this, &MainWindow::logOut);
    // Ends the session as logging out does; main then asks which database next.
    auto *otherConnection = new QAction(tr("Other &connection…"), this);
    otherConnection->setObjectName(QStringLiteral("actionOtherConnection"));
    m_ui->menuFile->insertAction(m_ui->actionLogout, otherConnection);
    connect(otherConnection, &QAction::triggered, this, [this] { m_otherConnection = true; logOut(); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_userLabel = new QLabel(userText(), this);
    m_userLabel->setAccessibleName(tr("Logged in as"));
    const QString engine = db.location().engine == Engine::Sqlite ? tr("SQLite") : tr("PostgreSQL");
    m_databaseLabel = new QLabel(tr("Database: %1 %2").arg(engine, db.location().display()), this);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    // A message takes the place of the user and database labels while it shows. QStatusBar is
    // meant to hide them itself, but Qt 6.4 paints the message over them (both unreadable).
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        m_userLabel->setVisible(message.isEmpty());
        m_databaseLabel->setVisible(message.isEmpty());
    });

    const QSettings settings;
    // The idle-lock time is the administrator's (database), read again with the session check.
    const IdleLockPolicy idlePolicy(db, clock);
    const auto idleMinutes = idlePolicy.minutes();
    m_idleLock = new IdleLock(std::chrono::minutes(idleMinutes ? *idleMinutes : IdleLockPolicy::defaultMinutes), this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    m_desktopLock = new DesktopLockWatcher(this);
    connect(m_desktopLock, &DesktopLockWatcher::desktopLocked, this, &MainWindow::lock);
    m_sessionWatch = new SessionWatch(auth, m_session, this);
    connect(m_sessionWatch, &SessionWatch::ended, this, &MainWindow::endSession);
    connect(m_sessionWatch, &SessionWatch::checked, this, [this, database = &db, time = &clock] {
        const auto minutes = IdleLockPolicy(*database, *time).minutes();
        if (minutes && std::chrono::minutes(*minutes) != m_idleLock->timeout())
            m_idleLock->setTimeout(std::chrono::minutes(*minutes));
    });
    // First start: most of the screen (the work queue's columns need the width), never more.
    const QSize screen = this->screen() ? this->screen()->availableGeometry().size() : QSize(1280, 800);
    resize(std::clamp(screen.width() * 9 / 10, std::min(1280, screen.width()), screen.width()),
           std::clamp(screen.height() * 9 / 10, std::min(800, screen.height()), screen.height()));
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (m_households)
        m_households->restoreSettings(settings);
}

MainWindow::~MainWindow() = default;

bool MainWindow::refreshingFlags() const
{
    return m_dailyTask && m_dailyTask->isRunning();
}

void MainWindow::refreshFlagsForToday(const Database &db, const Clock &clock)
{
    if (!m_households || !m_session.can(Permission::ViewHouseholds) || m_dailyTask)
        return;
    auto last = rules::RulesService(db, clock, m_session).lastFullEvaluation();
    if (!last || *last >= clock.now().toLocalTime().date())
        return;
    m_dailyTask = new BackgroundTask(this);
    m_dailyBar = new QProgressBar(this);
    m_dailyBar->setMaximumWidth(160);
    m_dailyBar->setAccessibleName(tr("Updating the flags for today"));
    statusBar()->addPermanentWidget(m_dailyBar);
    statusBar()->showMessage(tr("Updating the flags of every household for today…"));
    const DatabaseLocation location = db.location();
    m_dailyTask->start(
        [this, location, &clock] {
            auto worker = openForWorker(location);
            if (!worker) {
                m_dailyFailure = worker.error().message;
                return;
            }
            auto run = rules::RulesService(**worker, clock, m_session)
                           .evaluateAll({}, [this](qint64 done, qint64 total) { return m_dailyTask->progress(done, total); });
            if (run)
                m_dailyRun = *run;
            else
                m_dailyFailure = run.error().message;
        },
        [this] {
            statusBar()->removeWidget(m_dailyBar);
            m_dailyBar->deleteLater();
            m_dailyBar = nullptr;
            if (!m_dailyFailure.isEmpty()) {
                statusBar()->showMessage(tr("The flags could not be updated for today: %1").arg(m_dailyFailure));
                return;
            }
            statusBar()->showMessage(tr("Flags updated for today: %1 new, %2 resolved.")
                                         .arg(m_dailyRun.raised)
                                         .arg(m_dailyRun.resolved),
                                     10000);
            m_changes->publish(DataKind::Flags);
        },
        m_dailyBar);
}

void MainWindow::publishImported()
{
    m_changes->publish(DataKind::Signals);
    m_changes->publish(DataKind::Flags);
}

QString MainWindow::teamName(qint64 teamId) const
{
    if (teamId == 0)
        return {};
    if (auto teams = m_auth.teams()) {
        for (const Team &team : *teams) {
            if (team.id == teamId)
                return team.name;
        }
    }
    return {};
}

QString MainWindow::userText() const
{
    const User &user = m_session.user();
    const QString team = teamName(user.teamId);
    return team.isEmpty() ? tr("%1 (%2)").arg(user.displayName, roleLabel(user.role))
                          : tr("%1 (%2, %3)").arg(user.displayName, roleLabel(user.role), team);
}

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    m_ui->pageStack->addWidget(page);
    // Every page is also in the Go menu, the first nine with Ctrl+1 … Ctrl+9, so the keyboard
    // reaches each page without tabbing to the navigation list.
    auto *go = m_ui->menuGo->addAction(icon, title);
    if (const int number = m_ui->pageStack->count(); number <= 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    go->setShortcutContext(Qt::WindowShortcut);
    connect(go, &QAction::triggered, this, [this, page] { showPage(page); });
    auto *item = new QListWidgetItem(icon, title, m_ui->navigationList);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));
    const int width = fontMetrics().horizontalAdvance(title) + 24 + 48;
    m_ui->navigationList->setFixedWidth(std::max(m_ui->navigationList->minimumWidth(), std::max(140, width)));
}

void MainWindow::showPage(QWidget *page)
{
    m_ui->navigationList->setCurrentRow(m_ui->pageStack->indexOf(page));
}

void MainWindow::addCasePages(const Database &db, const Session &session, const Clock &clock)
{
    if (!session.can(Permission::WorkCases))
        return;
    m_caseWindows = new CaseWindows(db, m_session, clock, this);
    m_caseWindows->setDataChanges(*m_changes);
    m_workQueue = new WorkQueuePage(db, m_session, clock, *m_caseWindows, this);
    m_workQueue->setDataChanges(*m_changes);
    addPage(m_workQueue, style()->standardIcon(QStyle::SP_FileDialogListView), tr("Work queue"));
    // Imports, evaluations and other pages change the queue: it is read again when shown.
    connect(m_ui->pageStack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_ui->pageStack->widget(index) == m_workQueue && m_ui->pageStack->isVisible())
            m_workQueue->reload();
    });
}

void MainWindow::changeOwnPassword()
{
    const Session session = m_session;
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, session.user().username, m_auth, m_worker,
                          [session](AuthService &auth, const QString &oldPassword, const QString &newPassword) {
                              return auth.changeOwnPassword(session, oldPassword, newPassword);
                          },
                          this);
    if (DialogRunner::exec(dialog) == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password has been changed."), 5000);
}

void MainWindow::logOut()
{
    m_logout = true;
    close();
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idleLock->pause();
    centralWidget()->hide();
    menuBar()->setEnabled(false);
    // Open dialogs (a household being edited) are covered, not hidden: hiding would end them.
    QList<QPointer<IdleLockCover>> covers;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window != this && window->isVisible())
            covers << QPointer<IdleLockCover>(new IdleLockCover(window));
    }

    LockDialog dialog(m_session.user(), m_worker, this);
    const int result = DialogRunner::exec(dialog);
    for (const QPointer<IdleLockCover> &cover : std::as_const(covers))
        delete cover.data();
    if (result != QDialog::Accepted) {
        closeOpenDialogs(&dialog);
        logOut();
        return;
    }
    centralWidget()->show();
    menuBar()->setEnabled(true);
    m_locked = false;
    m_idleLock->resume();
}

void MainWindow::closeOpenDialogs(const QDialog *except)
{
    // Ending the session cancels open dialogs: unsaved input is not kept.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (auto *open = qobject_cast<QDialog *>(window); open && open->isVisible() && open != except)
            open->reject();
    }
}

void MainWindow::endSession(const QString &message)
{
    // While locked the lock dialog asks the password again, and the login refuses a disabled
    // account itself; a changed role is caught by the first check after unlocking.
    if (m_locked)
        return;
    closeOpenDialogs(nullptr);
    DialogRunner::inform(this, tr("Session ended"), message);
    logOut();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vangnet"),
                       tr("<h3>Vangnet %1</h3><p>Case management for homelessness prevention "
                          "teams of Dutch municipalities.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (m_households)
        m_households->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace vangnet
