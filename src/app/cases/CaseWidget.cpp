#include "cases/CaseWidget.h"

#include "ui_CaseWidget.h"

#include "summary/CaseSummaryExporter.h"

#include "ChangedElsewhereBanner.h"
#include "DialogRunner.h"
#include "cases/AssignDialog.h"
#include "cases/CaseAttemptsTab.h"
#include "cases/CaseNotesTab.h"
#include "cases/CasePlanTab.h"
#include "cases/CaseText.h"
#include "cases/CloseCaseDialog.h"
#include "cases/DeadlineText.h"
#include "cases/SignalStatusDialog.h"
#include "importing/ImportKeys.h"
#include "needs/NeedPanel.h"
#include "signals/SignalRecords.h"
#include "support/Clock.h"
#include "zrm/ZrmDialog.h"
#include "zrm/ZrmHistoryWidget.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>

namespace vangnet {

using cases::CaseStatus;

namespace {
// Two columns keep the list readable in the narrow left column: the clock, then when and how.
enum DeadlineColumn { ClockColumn, StateColumn, DeadlineColumnCount };
} // namespace

CaseWidget::CaseWidget(const Database &db, const Session &session, const Clock &clock, qint64 caseId, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CaseWidget>()), m_db(db), m_session(session), m_clock(clock),
      m_cases(db, clock, m_session), m_households(db, clock, m_session), m_zrm(db, clock, m_session),
      m_needs(db, clock, m_session), m_places(db, clock, m_session), m_caseId(caseId)
{
    m_ui->setupUi(this);
    const QDate today = clock.today();
    m_attempts = new CaseAttemptsTab(m_cases, today, this);
    m_plan = new CasePlanTab(m_cases, today, session.user().displayName, this);
    m_notes = new CaseNotesTab(m_cases, today, session.user().id, this);
    m_ui->tabs->insertTab(0, m_attempts, tr("Contact attempts"));
    m_ui->tabs->insertTab(1, m_plan, tr("Plan of action"));
    m_ui->tabs->insertTab(2, m_notes, tr("Notes and reminders"));
    m_ui->tabs->setCurrentIndex(0);
    m_attempts->setAccessibleName(tr("Contact attempts"));
    m_plan->setAccessibleName(tr("Plan of action"));
    m_notes->setAccessibleName(tr("Notes and reminders"));
    for (QWidget *tab : std::initializer_list<QWidget *>{m_attempts, m_plan, m_notes})
        tab->layout()->setContentsMargins(6, 6, 6, 6);

    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_zrmHistory = new ZrmHistoryWidget(m_zrm, m_ui->zrmTab);
    m_zrmHistory->setObjectName(QStringLiteral("zrmHistory"));
    m_zrmHistory->setAccessibleName(tr("ZRM history of the household"));
    m_ui->zrmBox->addWidget(m_zrmHistory, 1);
    m_needPanel = new NeedPanel(m_needs, m_places, m_households, m_session, clock, this);
    m_needPanel->setObjectName(QStringLiteral("needPanel"));
    m_needPanel->layout()->setContentsMargins(6, 6, 6, 6);
    m_ui->tabs->addTab(m_needPanel, tr("Housing need"));

    QTreeWidget *deadlines = m_ui->deadlinesTree;
    deadlines->setColumnCount(DeadlineColumnCount);
    deadlines->setHeaderLabels({tr("Deadline"), tr("Due and state")});
    deadlines->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    deadlines->header()->setSectionResizeMode(ClockColumn, QHeaderView::Stretch);
    deadlines->header()->setStretchLastSection(false);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({440, 740});
    m_ui->messageLabel->hide();
    m_ui->assignButton->setVisible(session.can(Permission::AssignCases));

    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { moveTo(CaseStatus::InBehandeling); });
    connect(m_ui->waitButton, &QPushButton::clicked, this, [this] { moveTo(CaseStatus::WachtOpInwoner); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &CaseWidget::closeCase);
    using Step = RequestStepDialog::Step;
    connect(m_ui->requestButton, &QPushButton::clicked, this, [this] { requestStep(Step::Request); });
    connect(m_ui->conversationButton, &QPushButton::clicked, this, [this] { requestStep(Step::Conversation); });
    connect(m_ui->decisionButton, &QPushButton::clicked, this, [this] { requestStep(Step::Decision); });
    connect(m_ui->takeButton, &QPushButton::clicked, this, &CaseWidget::takeOrGiveUp);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &CaseWidget::assign);
    connect(m_ui->linkSignalsButton, &QPushButton::clicked, this, &CaseWidget::linkNewSignals);
    connect(m_ui->closeSignalButton, &QPushButton::clicked, this, &CaseWidget::closeSelectedSignal);
    m_signalStatusButton = new QPushButton(tr("Status for the &partner…"), this);
    m_signalStatusButton->setObjectName(QStringLiteral("signalStatusButton"));
    m_signalStatusButton->setAccessibleName(tr("Status for the partner of the selected signal"));
    m_ui->linkRow->insertWidget(m_ui->linkRow->indexOf(m_ui->closeSignalButton) + 1, m_signalStatusButton);
    connect(m_signalStatusButton, &QPushButton::clicked, this, &CaseWidget::decideSelectedSignal);
    connect(m_ui->signalsList, &QListWidget::currentItemChanged, this, &CaseWidget::updateLinkedActions);
    // What a caseworker may set on a notice; uitgestroomd follows from the date, vervangen from a newer notice.
    auto *noticeMenu = new QMenu(m_ui->noticeStateButton);
    noticeMenu->setAccessibleName(tr("Discharge notice states"));
    for (const auto state : {importing::DischargeLifecycle::Aangekondigd, importing::DischargeLifecycle::InDetentie,
                             importing::DischargeLifecycle::Afgerond, importing::DischargeLifecycle::Ingetrokken}) {
        QAction *action = noticeMenu->addAction(importing::dischargeLifecycleLabel(state));
        action->setObjectName(QStringLiteral("noticeState_%1").arg(importing::dischargeLifecycleKey(state)));
        connect(action, &QAction::triggered, this, [this, state] { setSelectedNoticeState(state); });
    }
    m_ui->noticeStateButton->setMenu(noticeMenu);
    connect(m_ui->zrmButton, &QPushButton::clicked, this, &CaseWidget::scoreZrm);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CaseWidget::reload);
    // The household's case summary for a handover or a meeting (docs/case-summary.md), as on the household.
    m_summaries = new CaseSummaryExporter(db, m_session, clock, this);
    connect(m_ui->summaryButton, &QPushButton::clicked, this, [this] {
        if (m_detail)
            m_summaries->printOne(m_detail->record.householdId);
    });
    connect(m_summaries, &CaseSummaryExporter::runningChanged, m_ui->summaryButton, &QWidget::setDisabled);
    connect(m_ui->householdButton, &QPushButton::clicked, this, [this] {
        if (m_detail)
            Q_EMIT householdRequested(m_detail->record.householdId);
    });
    connect(m_attempts, &CaseAttemptsTab::changed, this, &CaseWidget::changed);
    connect(m_plan, &CasePlanTab::changed, this, &CaseWidget::changed);
    connect(m_notes, &CaseNotesTab::changed, this, &CaseWidget::changed);
    connect(m_needPanel, &NeedPanel::needChanged, this, &CaseWidget::changed);
    m_colleagueBanner = new ChangedElsewhereBanner(
        tr("A colleague has changed this case; saving will be refused — reload."), true, this);
    m_ui->caseBox->insertWidget(0, m_colleagueBanner);
    connect(m_colleagueBanner, &ChangedElsewhereBanner::reloadRequested, this, &CaseWidget::reload);
    reload();
}

void CaseWidget::noticeChangedByColleague()
{
    m_colleagueBanner->show();
}

QString CaseWidget::colleagueNotice() const
{
    return m_colleagueBanner->isHidden() ? QString() : m_colleagueBanner->text();
}

CaseWidget::~CaseWidget() = default;

QWidget &CaseWidget::zrmTab() const
{
    return *m_ui->zrmTab;
}

QString CaseWidget::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void CaseWidget::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #2e6b30;"));
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void CaseWidget::reload()
{
    m_colleagueBanner->hide(); // what is read now includes the colleague's change
    auto detail = m_cases.detail(m_caseId);
    if (!detail) {
        m_detail.reset();
        showMessage(detail.error().message, true);
        m_ui->splitter->setEnabled(false);
        updateActions();
        return;
    }
    m_detail = std::move(detail).value();
    m_ui->splitter->setEnabled(true);
    const cases::CaseDetail &d = *m_detail;
    m_ui->titleLabel->setText(CaseText::title(d.record, d.householdName));
    setWindowTitle(CaseText::title(d.record, d.householdName));
    showHeader(d);
    showDeadlines(d);
    showSignals(d);
    m_attempts->showDetail(d);
    m_plan->showDetail(d);
    m_notes->showDetail(d);
    m_needPanel->showHousehold(d.record.householdId); // read when its tab is shown
    if (m_zrmHistory->householdId() != d.record.householdId)
        m_zrmHistory->setHousehold(d.record.householdId);
    else
        m_zrmHistory->refresh();
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_attempts), tr("Contact attempts (%1)").arg(d.attempts.size()));
    updateActions();
}

void CaseWidget::showHeader(const cases::CaseDetail &d)
{
    const cases::Case &c = d.record;
    const auto day = [](const QDate &date) { return date.isValid() ? DeadlineText::date(date) : tr("Not yet"); };
    m_ui->statusLabel->setText(cases::caseStatusLabel(c.status));
    m_ui->assigneeLabel->setText(c.assigneeId == 0 ? tr("Unassigned") : c.assigneeName);
    m_ui->originLabel->setText(cases::caseOriginLabel(c.origin));
    m_ui->openedLabel->setText(tr("%1 by %2").arg(DeadlineText::date(c.openedOn), c.openedBy));
    m_ui->takenUpLabel->setText(day(c.takenUpOn));
    m_ui->decisionLabel->setText(c.decisionOn.isValid() && !c.request.decision.isEmpty()
                                     ? tr("%1 · %2").arg(day(c.decisionOn), cases::requestDecisionLabel(c.request.decision))
                                     : day(c.decisionOn));
    m_ui->typeLabel->setText(CaseText::typeText(c));
    const bool closed = c.status == CaseStatus::Afgesloten;
    m_ui->closedCaption->setVisible(closed);
    m_ui->closedLabel->setVisible(closed);
    if (closed) {
        QString text = tr("%1 · %2").arg(DeadlineText::date(c.closedOn), c.outcome);
        if (!c.internalReason.isEmpty())
            text += QLatin1Char('\n') + tr("Internal reason (not reported): %1").arg(c.internalReason);
        m_ui->closedLabel->setText(text);
    }
    m_ui->versionLabel->setText(CaseText::version(c));
}

void CaseWidget::showDeadlines(const cases::CaseDetail &d)
{
    QTreeWidget *tree = m_ui->deadlinesTree;
    tree->clear();
    const QDate today = m_clock.today();
    int late = 0;
    for (const clocks::Deadline &deadline : d.deadlines) {
        auto *row = new QTreeWidgetItem(tree);
        row->setText(ClockColumn, deadline.label);
        row->setText(StateColumn, tr("%1 · %2").arg(DeadlineText::date(deadline.dueOn),
                                                    clocks::deadlineStateLabel(deadline.state)));
        row->setIcon(StateColumn, DeadlineText::icon(deadline.state));
        const QString tip = tr("%1\nStarted %2, due %3\n%4")
                                .arg(deadline.label, DeadlineText::date(deadline.startsOn),
                                     DeadlineText::date(deadline.dueOn), DeadlineText::relative(deadline, today));
        row->setToolTip(ClockColumn, tip);
        row->setToolTip(StateColumn, tip);
        if (const QColor colour = DeadlineText::colour(deadline.state); colour.isValid()) {
            for (int column = 0; column < DeadlineColumnCount; ++column)
                row->setForeground(column, colour);
        }
        late += deadline.state == clocks::DeadlineState::Overdue ? 1 : 0;
    }
    if (d.deadlines.isEmpty()) {
        auto *row = new QTreeWidgetItem(tree);
        row->setText(ClockColumn, tr("No deadline applies"));
        row->setFlags(Qt::NoItemFlags);
    }
    m_ui->deadlinesGroup->setTitle(late > 0 ? tr("Deadlines (%n overdue)", nullptr, late) : tr("Deadlines"));
}

void CaseWidget::showSignals(const cases::CaseDetail &d)
{
    m_ui->signalsList->clear();
    QHash<qint64, SignalRecord> signalById;
    if (auto all = m_households.signalsOf(d.record.householdId)) {
        for (const SignalRecord &s : *all)
            signalById.insert(s.id, s);
    }
    // Each line knows what it is, so the buttons below can act on the selected one.
    auto addLine = [this](const QString &text, LinkedKind kind, qint64 id, bool open) {
        auto *item = new QListWidgetItem(text, m_ui->signalsList);
        item->setData(KindRole, static_cast<int>(kind));
        item->setData(IdRole, id);
        item->setData(OpenRole, open);
    };
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    QHash<qint64, QString> decidedAlone; // what the partner hears of a signal decided on its own
    if (auto decisions = m_cases.signalDecisions(d.record.id)) {
        for (const cases::SignalDecision &decision : *decisions)
            if (decision.setForSignal)
                decidedAlone.insert(decision.signalId, decision.ddasStatus);
    }
    for (qint64 id : d.record.signalIds) {
        const auto found = signalById.constFind(id);
        if (found == signalById.cend()) {
            addLine(tr("Signal %1").arg(id), LinkedKind::Signal, id, false);
            continue;
        }
        const SignalRecord &s = *found;
        QStringList parts{DeadlineText::date(s.signalDate), partnerLabel(s.partnerType, s.partnerName)};
        if (s.amountCents)
            parts << dutch.toCurrencyString(static_cast<double>(*s.amountCents) / 100.0, QStringLiteral("€"));
        if (s.crisis)
            parts << tr("crisis");
        const bool open = s.status != QLatin1String("afgesloten");
        if (!open)
            parts << tr("closed");
        if (decidedAlone.contains(id))
            parts << decidedAlone.value(id);
        addLine(parts.join(QStringLiteral(" · ")), LinkedKind::Signal, id, open);
    }
    if (!d.record.dischargeIds.isEmpty()) {
        if (auto discharges = m_households.dischargesOf(d.record.householdId)) {
            for (const DischargeRecord &notice : *discharges) {
                if (!d.record.dischargeIds.contains(notice.id))
                    continue;
                const auto stored = importing::dischargeLifecycleFromKey(notice.lifecycle)
                                        .value_or(importing::DischargeLifecycle::Aangekondigd);
                const auto state = importing::lifecycleOn(stored, notice.expectedDate, m_clock.today());
                addLine(tr("%1 · Discharge from %2 · %3")
                            .arg(DeadlineText::date(notice.expectedDate),
                                 notice.institutionName.isEmpty() ? notice.institutionType : notice.institutionName,
                                 importing::dischargeLifecycleLabel(state).toLower()),
                        LinkedKind::Notice, notice.id, !importing::isFinalLifecycle(state));
            }
        }
    }
    const auto linked = d.record.signalIds.size() + d.record.dischargeIds.size();
    m_ui->signalsGroup->setTitle(tr("Linked signals (%1)").arg(linked));
    const auto unlinked = static_cast<int>(d.unlinkedSignalIds.size());
    m_ui->linkSignalsButton->setText(tr("&Link new signals (%1)").arg(unlinked));
    m_ui->linkSignalsButton->setEnabled(unlinked > 0 && d.record.status != CaseStatus::Afgesloten);
    updateLinkedActions();
}

void CaseWidget::updateLinkedActions()
{
    const QListWidgetItem *item = m_ui->signalsList->currentItem();
    const bool work = m_detail && m_session.can(Permission::WorkCases) && m_detail->record.status != CaseStatus::Afgesloten;
    const auto kind = item ? static_cast<LinkedKind>(item->data(KindRole).toInt()) : LinkedKind::Signal;
    m_ui->closeSignalButton->setEnabled(work && item && kind == LinkedKind::Signal && item->data(OpenRole).toBool());
    m_ui->noticeStateButton->setEnabled(work && item && kind == LinkedKind::Notice);
    m_signalStatusButton->setEnabled(work && item && kind == LinkedKind::Signal);
}

void CaseWidget::closeSelectedSignal()
{
    const QListWidgetItem *item = m_ui->signalsList->currentItem();
    if (!item || static_cast<LinkedKind>(item->data(KindRole).toInt()) != LinkedKind::Signal)
        return;
    if (auto closed = m_cases.closeSignal(m_caseId, item->data(IdRole).toLongLong()); !closed) {
        showMessage(closed.error().message, true);
        return;
    }
    changed();
    showMessage(tr("The signal is closed; the household's flags were evaluated again."), false);
}

void CaseWidget::decideSelectedSignal()
{
    const QListWidgetItem *item = m_ui->signalsList->currentItem();
    if (!m_detail || !item || static_cast<LinkedKind>(item->data(KindRole).toInt()) != LinkedKind::Signal)
        return;
    const qint64 signalId = item->data(IdRole).toLongLong();
    QString current = cases::ddas::notYetTakenUp();
    if (auto decisions = m_cases.signalDecisions(m_caseId)) {
        for (const cases::SignalDecision &decision : *decisions)
            if (decision.signalId == signalId)
                current = decision.ddasStatus;
    }
    SignalStatusDialog dialog(m_cases, m_caseId, signalId, item->text(), current, m_detail->record.openedOn, m_clock.today(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    changed();
    showMessage(tr("The partner hears \"%1\" about this signal; the household's flags were evaluated again.").arg(dialog.status()),
                false);
}

void CaseWidget::setSelectedNoticeState(importing::DischargeLifecycle state)
{
    const QListWidgetItem *item = m_ui->signalsList->currentItem();
    if (!item || static_cast<LinkedKind>(item->data(KindRole).toInt()) != LinkedKind::Notice)
        return;
    if (auto set = m_cases.setNoticeLifecycle(m_caseId, item->data(IdRole).toLongLong(), state); !set) {
        showMessage(set.error().message, true);
        return;
    }
    changed();
    showMessage(tr("The discharge notice is now \"%1\"; the household's flags were evaluated again.")
                    .arg(importing::dischargeLifecycleLabel(state).toLower()),
                false);
}

void CaseWidget::updateActions()
{
    const bool loaded = m_detail.has_value();
    const CaseStatus status = loaded ? m_detail->record.status : CaseStatus::Nieuw;
    const bool work = m_session.can(Permission::WorkCases);
    m_ui->startButton->setVisible(loaded && work && cases::canMove(status, CaseStatus::InBehandeling));
    m_ui->startButton->setText(CaseText::moveLabel(status, CaseStatus::InBehandeling));
    m_ui->waitButton->setVisible(loaded && work && cases::canMove(status, CaseStatus::WachtOpInwoner));
    m_ui->closeButton->setVisible(loaded && work && cases::canMove(status, CaseStatus::Afgesloten));
    const bool request = loaded && m_detail->record.type == cases::CaseType::Hulpvraag;
    m_ui->requestButton->setVisible(loaded && work && status != CaseStatus::Afgesloten);
    m_ui->requestButton->setText(request ? tr("Re&quest…") : tr("Offer accepted / register re&quest…"));
    m_ui->conversationButton->setVisible(request && work && status != CaseStatus::Afgesloten);
    m_ui->decisionButton->setVisible(request && work && status != CaseStatus::Afgesloten);
    const qint64 assignee = loaded ? m_detail->record.assigneeId : 0;
    const qint64 me = m_session.user().id;
    m_ui->takeButton->setVisible(loaded && work && status != CaseStatus::Afgesloten && (assignee == 0 || assignee == me));
    m_ui->takeButton->setText(assignee == me ? tr("&Give up") : tr("&Take"));
    m_ui->takeButton->setAccessibleName(assignee == me ? tr("Give up the case: nobody has it then")
                                                       : tr("Take the case: assign it to yourself"));
    m_ui->assignButton->setVisible(loaded && m_session.can(Permission::AssignCases) && status != CaseStatus::Afgesloten);
    m_ui->householdButton->setEnabled(loaded);
    m_ui->zrmButton->setEnabled(loaded && work && status != CaseStatus::Afgesloten);
}

void CaseWidget::changed()
{
    showMessage({}, false);
    reload();
    if (m_detail)
        Q_EMIT caseChanged(m_caseId, m_detail->record.householdId);
}

void CaseWidget::refused(const Error &error)
{
    if (m_detail && CaseText::isStale(error, m_cases, m_detail->record)) {
        reload();
        showMessage(tr("%1\nSomeone else changed this case after you opened it; it is shown as it is now. Try "
                       "again if it is still needed.")
                        .arg(error.message),
                    true);
        return;
    }
    showMessage(error.message, true);
}

void CaseWidget::moveTo(CaseStatus to)
{
    if (!m_detail)
        return;
    const cases::Case &c = m_detail->record;
    if (to == CaseStatus::Afgesloten) {
        closeCase();
        return;
    }
    auto moved = m_cases.move(c.id, c.version, to);
    if (!moved) {
        refused(moved.error());
        return;
    }
    changed();
    showMessage(tr("The case is now \"%1\".").arg(cases::caseStatusLabel(moved->status)), false);
}

void CaseWidget::closeCase()
{
    if (!m_detail)
        return;
    CloseCaseDialog dialog(m_cases, m_detail->record, m_detail->householdName, m_clock.today(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted) {
        reload(); // a reload in the dialog may have found a change
        return;
    }
    changed();
    showMessage(tr("The case is closed: %1.").arg(dialog.record().outcome), false);
}

void CaseWidget::requestStep(RequestStepDialog::Step step)
{
    if (!m_detail)
        return;
    RequestStepDialog dialog(m_cases, step, m_detail->record, m_detail->householdName, m_clock.today(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted) {
        reload();
        return;
    }
    changed();
}

void CaseWidget::takeOrGiveUp()
{
    if (!m_detail)
        return;
    const cases::Case &c = m_detail->record;
    const qint64 me = m_session.user().id;
    auto assigned = m_cases.assign(c.id, c.version, c.assigneeId == me ? 0 : me);
    if (!assigned) {
        refused(assigned.error());
        return;
    }
    changed();
}

void CaseWidget::assign()
{
    if (!m_detail)
        return;
    auto workers = m_cases.workersFor(m_caseId);
    if (!workers) {
        showMessage(workers.error().message, true);
        return;
    }
    const cases::Case c = m_detail->record;
    AssignDialog dialog(*workers, tr("Who works on %1?").arg(CaseText::title(c, m_detail->householdName)), true,
                        c.assigneeId,
                        [this, c](qint64 userId) {
                            auto assigned = m_cases.assign(c.id, c.version, userId);
                            return assigned ? QString()
                                            : CaseText::refusal(assigned.error(),
                                                                CaseText::isStale(assigned.error(), m_cases, c));
                        },
                        this);
    if (DialogRunner::exec(dialog) == QDialog::Accepted)
        changed();
    else
        reload();
}

void CaseWidget::scoreZrm()
{
    if (!m_detail)
        return;
    auto household = m_households.get(m_detail->record.householdId);
    if (!household) {
        showMessage(household.error().message, true);
        return;
    }
    ZrmDialog dialog(m_zrm, *household, m_clock.today(), this);
    dialog.setCaseId(m_caseId);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    changed(); // the scores are rule facts: the household's flags were evaluated with them
    m_ui->tabs->setCurrentWidget(m_ui->zrmTab);
}

void CaseWidget::linkNewSignals()
{
    if (!m_detail)
        return;
    auto linked = m_cases.linkNewSignals(m_caseId);
    if (!linked) {
        showMessage(linked.error().message, true);
        return;
    }
    changed();
}

} // namespace vangnet
