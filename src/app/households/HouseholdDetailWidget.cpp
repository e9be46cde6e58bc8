#include "households/HouseholdDetailWidget.h"

#include "ui_HouseholdDetailWidget.h"

#include "DialogRunner.h"
#include "cases/CaseService.h"
#include "households/FlagsPanel.h"
#include "households/HouseholdService.h"
#include "households/RevealBsnDialog.h"
#include "needs/NeedPanel.h"
#include "signals/DischargeEntryDialog.h"
#include "signals/SignalEntryDialog.h"
#include "rules/RulesService.h"
#include "security/Session.h"
#include "security/Wipe.h"
#include "importing/ImportKeys.h"
#include "signals/SignalRecords.h"
#include "support/Clock.h"
#include "zrm/ZrmDialog.h"
#include "zrm/ZrmHistoryWidget.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>

namespace vangnet {

namespace {
// Two lines a member (name over role, date over age, phone over e-mail) keep the table narrow
// enough for the detail panel without a horizontal scroll bar.
enum MemberColumn { NameColumn, BornColumn, BsnColumn, ContactColumn, MemberColumnCount };
} // namespace

HouseholdDetailWidget::HouseholdDetailWidget(HouseholdService &service, const Session &session, const Clock &clock,
                                             QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HouseholdDetailWidget>()), m_service(service), m_clock(clock),
      m_canEdit(session.can(Permission::EditHouseholds)),
      m_canWorkCases(session.can(Permission::WorkCases))
{
    m_ui->setupUi(this);
    // In the page's scroll area: room for a few members, timeline entries and notes each.
    m_ui->membersTable->setMinimumHeight(120);
    m_ui->timelineList->setMinimumHeight(170);
    m_ui->notesList->setMinimumHeight(110);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->editButton, m_ui->deleteButton, m_ui->noteEdit,
                                                       m_ui->addNoteButton, m_ui->addSignalButton, m_ui->addDischargeButton})
        w->setVisible(m_canEdit);
    m_ui->editButton->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    QTableWidget *table = m_ui->membersTable;
    table->setColumnCount(MemberColumnCount);
    table->setHorizontalHeaderLabels({tr("Name and role"), tr("Date of birth"), tr("BSN"), tr("Phone and e-mail")});
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    // Room for a large household; the notes below get the rest of the height.
    const int rowHeight = 2 * table->fontMetrics().lineSpacing() + 10;
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    table->setMaximumHeight(rowHeight * 7 + table->horizontalHeader()->sizeHint().height() + 4);
    m_ui->membersGroup->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_ui->addNoteButton->setEnabled(false);
    connect(m_ui->noteEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ui->addNoteButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->noteEdit, &QLineEdit::returnPressed, this, &HouseholdDetailWidget::addNote);
    connect(m_ui->addNoteButton, &QPushButton::clicked, this, &HouseholdDetailWidget::addNote);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &HouseholdDetailWidget::removeHousehold);
    connect(m_ui->addSignalButton, &QPushButton::clicked, this, &HouseholdDetailWidget::addSignal);
    connect(m_ui->addDischargeButton, &QPushButton::clicked, this, &HouseholdDetailWidget::addDischarge);
    connect(m_ui->revealBsnButton, &QPushButton::clicked, this, [this] { revealBsn(m_ui->membersTable->currentRow()); });
    connect(m_ui->membersTable, &QTableWidget::itemSelectionChanged, this, &HouseholdDetailWidget::updateRevealButton);
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        if (m_household)
            Q_EMIT editRequested(m_household->id);
    });
    // Inzageverzoek: offered only to who may (the check itself is in SubjectAccessService).
    m_ui->subjectAccessButton->setVisible(session.can(Permission::SubjectAccess));
    m_ui->subjectAccessButton->setEnabled(false);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui->subjectAccessButton->setEnabled(selectedMember() != nullptr); });
    connect(m_ui->subjectAccessButton, &QPushButton::clicked, this, [this] {
        if (const Person *member = selectedMember())
            Q_EMIT subjectAccessRequested(member->id, member->fullName());
    });
    m_ui->caseButton->setVisible(false);
    m_ui->caseLabel->setVisible(false);
    connect(m_ui->caseButton, &QPushButton::clicked, this, [this] {
        if (m_household)
            Q_EMIT caseRequested(m_household->id, m_household->displayName());
    });
    connect(m_ui->summaryButton, &QPushButton::clicked, this, [this] {
        if (m_household)
            Q_EMIT summaryRequested(m_household->id);
    });
    m_ui->zrmGroup->setVisible(false);
    connect(m_ui->zrmButton, &QPushButton::clicked, this, &HouseholdDetailWidget::assessZrm);
    m_ui->flagsGroup->setVisible(false);
    m_ui->needGroup->setVisible(false);
    m_ui->needGroup->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_ui->flagsPanel, &FlagsPanel::evidenceActivated, this, &HouseholdDetailWidget::showEvidence);
    connect(m_ui->flagsPanel, &FlagsPanel::openCountChanged, this,
            [this](int open) { m_ui->flagsGroup->setTitle(tr("Flags (%1)").arg(open)); });
    showHousehold(0);
}

HouseholdDetailWidget::~HouseholdDetailWidget()
{
    forgetRevealed();
}

void HouseholdDetailWidget::forgetRevealed()
{
    for (QString &bsn : m_revealed)
        wipeSecret(bsn);
    m_revealed.clear();
}

void HouseholdDetailWidget::setRules(rules::RulesService *rules)
{
    m_rules = rules;
    m_ui->flagsPanel->setService(rules, m_canEdit);
    m_ui->flagsGroup->setVisible(rules != nullptr);
    if (m_household)
        m_ui->flagsPanel->showHousehold(m_household->id);
}

void HouseholdDetailWidget::setCases(cases::CaseService *cases)
{
    m_cases = cases;
    updateCaseButton();
}

void HouseholdDetailWidget::updateCaseButton()
{
    m_openCaseId = 0;
    QString about = tr("No open case");
    if (m_cases && m_household) {
        if (auto open = m_cases->openCaseOf(m_household->id); open && *open != 0) {
            m_openCaseId = *open;
            if (auto c = m_cases->get(m_openCaseId))
                about = tr("Case %1: %2, %3")
                            .arg(c->id)
                            .arg(cases::caseStatusLabel(c->status),
                                 c->assigneeId == 0 ? tr("unassigned") : tr("with %1").arg(c->assigneeName));
        }
    }
    m_ui->caseLabel->setText(about);
    m_ui->caseLabel->setVisible(m_cases != nullptr);
    m_ui->caseButton->setVisible(m_cases != nullptr);
    m_ui->caseButton->setText(m_openCaseId != 0 ? tr("Open &case") : tr("New &case…"));
    m_ui->caseButton->setAccessibleName(m_openCaseId != 0 ? tr("Open the household's case")
                                                          : tr("Open a new case for the household"));
}

void HouseholdDetailWidget::setZrm(ZrmService *zrm)
{
    delete m_zrmHistory;
    m_zrmHistory = nullptr;
    m_zrm = zrm;
    if (zrm) {
        m_zrmHistory = new ZrmHistoryWidget(*zrm, m_ui->zrmGroup);
        m_zrmHistory->setObjectName(QStringLiteral("zrmHistory"));
        m_zrmHistory->setAccessibleName(tr("ZRM history of this household"));
        m_ui->zrmBox->addWidget(m_zrmHistory);
        m_zrmHistory->setHousehold(m_household ? m_household->id : 0);
    }
    m_ui->zrmGroup->setVisible(zrm != nullptr);
    m_ui->zrmButton->setVisible(zrm != nullptr && m_canWorkCases);
}

void HouseholdDetailWidget::setNeedPanel(NeedPanel *panel)
{
    delete m_needPanel;
    m_needPanel = panel;
    if (panel) {
        panel->setObjectName(QStringLiteral("needPanel"));
        m_ui->needBox->addWidget(panel);
        if (m_household)
            panel->setHousehold(*m_household);
    }
    m_ui->needGroup->setVisible(panel != nullptr);
}

void HouseholdDetailWidget::assessZrm()
{
    if (!m_household || !m_zrm)
        return;
    ZrmDialog dialog(*m_zrm, *m_household, m_clock.today(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_zrmHistory->refresh();
    refreshFlags(); // the service evaluated the household with the new scores
}

bool HouseholdDetailWidget::showEvidence(const QString &key)
{
    for (int row = 0; row < m_ui->timelineList->count(); ++row) {
        QListWidgetItem *item = m_ui->timelineList->item(row);
        if (item->data(Qt::UserRole).toString() == key) {
            m_ui->timelineList->setCurrentItem(item);
            m_ui->timelineList->scrollToItem(item);
            m_ui->timelineList->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void HouseholdDetailWidget::refreshFlags()
{
    if (!m_household || !m_rules)
        return;
    // The entry was evaluated with it (HouseholdService); the new signal may have completed a
    // stack of arrears, so the flags are shown again.
    m_ui->flagsPanel->showHousehold(m_household->id);
    Q_EMIT flagsChanged(m_household->id);
}

const Person *HouseholdDetailWidget::selectedMember() const
{
    const QModelIndexList rows = m_ui->membersTable->selectionModel()->selectedRows();
    if (!m_household || rows.size() != 1 || rows.first().row() >= m_household->members.size())
        return nullptr;
    return &m_household->members.at(rows.first().row());
}

void HouseholdDetailWidget::showHousehold(qint64 id)
{
    forgetRevealed();
    m_household.reset();
    if (id != 0) {
        if (auto loaded = m_service.get(id))
            m_household = std::move(loaded).value();
    }
    if (!m_household) {
        m_ui->flagsPanel->showHousehold(0);
        if (m_zrmHistory)
            m_zrmHistory->setHousehold(0);
        if (m_needPanel)
            m_needPanel->clear();
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    const Household &h = *m_household;
    m_ui->titleLabel->setText(h.displayName());
    const Address &a = h.address;
    QString address = a.streetLine() + QLatin1Char('\n') + a.postcode + QStringLiteral("  ") + a.plaats;
    if (!a.wijk.isEmpty())
        address += QLatin1Char('\n') + tr("District: %1").arg(a.wijk);
    m_ui->addressLabel->setText(address);
    showMembers(h);
    showTimeline(h.id);
    m_ui->flagsPanel->showHousehold(m_rules ? h.id : 0);
    if (m_zrmHistory)
        m_zrmHistory->setHousehold(h.id);
    if (m_needPanel)
        m_needPanel->setHousehold(h);
    showNotes(h.id);
    updateCaseButton();
    m_ui->stack->setCurrentWidget(m_ui->detailPage);
}

QString HouseholdDetailWidget::ageText(const QDate &born) const
{
    if (!born.isValid())
        return {};
    const QDate today = m_clock.today();
    int age = today.year() - born.year();
    if (today < born.addYears(age))
        --age;
    return tr("%1\n%n years", nullptr, age).arg(born.toString(QStringLiteral("dd-MM-yyyy")));
}

void HouseholdDetailWidget::showMembers(const Household &h)
{
    QTableWidget *table = m_ui->membersTable;
    table->setRowCount(static_cast<int>(h.members.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const Person &p = h.members.at(row);
        const QString cells[] = {p.fullName() + QLatin1Char('\n') + roleLabel(p.role), ageText(p.geboortedatum), p.maskedBsn(),
                                 (p.telefoon + QLatin1Char('\n') + p.email).trimmed()};
        for (int column = 0; column < MemberColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]); // the full text where the column elides it
            table->setItem(row, column, item);
        }
    }
    updateRevealButton();
}

void HouseholdDetailWidget::updateRevealButton()
{
    const int row = m_ui->membersTable->currentRow();
    const bool masked = m_household && row >= 0 && row < m_household->members.size() &&
                        m_household->members.at(row).hasBsn() &&
                        m_ui->membersTable->item(row, BsnColumn)->text() == m_household->members.at(row).maskedBsn();
    m_ui->revealBsnButton->setEnabled(masked);
}

void HouseholdDetailWidget::revealBsn(int row)
{
    if (!m_household || row < 0 || row >= m_household->members.size())
        return;
    const Person &p = m_household->members.at(row);
    RevealBsnDialog dialog(p.fullName(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    auto plain = m_service.revealBsn(p.id, dialog.reason());
    if (!plain) {
        DialogRunner::warn(this, tr("BSN not shown"), plain.error().message);
        return;
    }
    QTableWidgetItem *item = m_ui->membersTable->item(row, BsnColumn);
    item->setText(*plain);
    m_revealed.append(std::move(*plain));
    item->setToolTip(tr("Shown for: %1").arg(dialog.reason()));
    updateRevealButton();
}

void HouseholdDetailWidget::addSignal()
{
    if (!m_household)
        return;
    SignalEntryDialog dialog(m_service, *m_household, m_clock.today(), this);
    if (DialogRunner::exec(dialog) == QDialog::Accepted) {
        showTimeline(m_household->id);
        refreshFlags();
    }
}

void HouseholdDetailWidget::addDischarge()
{
    if (!m_household)
        return;
    DischargeEntryDialog dialog(m_service, *m_household, this);
    if (DialogRunner::exec(dialog) == QDialog::Accepted) {
        showTimeline(m_household->id);
        refreshFlags();
    }
}

void HouseholdDetailWidget::showTimeline(qint64 id)
{
    m_ui->timelineList->clear();
    auto signalList = m_service.signalsOf(id);
    auto discharges = m_service.dischargesOf(id);
    if (!signalList || !discharges)
        return;
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    const auto day = [](const QDate &d) { return d.toString(QStringLiteral("dd-MM-yyyy")); };
    struct Entry {
        QDate date;
        QString text;
        QString key; ///< "signal:<id>" / "discharge:<id>", what flags cite as evidence
    };
    QList<Entry> entries;
    QHash<QString, QString> evidence;
    for (const SignalRecord &s : *signalList) {
        QStringList facts;
        if (s.amountCents)
            facts << tr("arrears %1").arg(dutch.toCurrencyString(static_cast<double>(*s.amountCents) / 100.0, QStringLiteral("€")));
        if (s.arisenDate.isValid())
            facts << tr("since %1").arg(day(s.arisenDate));
        if (s.crisis)
            facts << tr("crisis");
        if (s.warmHandover)
            facts << tr("warm handover");
        if (s.repeated)
            facts << tr("repeated signal");
        if (s.bsnInvalid)
            facts << tr("BSN in the signal was invalid");
        const QString partner = partnerLabel(s.partnerType, s.partnerName);
        const QString key = QStringLiteral("signal:%1").arg(s.id);
        entries.append({s.signalDate, tr("%1  Early signal %2\n%3").arg(day(s.signalDate), partner,
                                                                        facts.join(QStringLiteral(", "))), key});
        evidence.insert(key, tr("signal %1 of %2").arg(s.partnerType, day(s.signalDate)));
    }
    for (const DischargeRecord &d : *discharges) {
        QStringList missing;
        const std::pair<QString, QString> conditions[] = {{tr("ID document"), d.idDocument}, {tr("shelter"), d.shelter},
                                                          {tr("income"), d.income}, {tr("debts"), d.debts}, {tr("care"), d.care}};
        for (const auto &[label, state] : conditions)
            if (state == QLatin1String("niet_geregeld"))
                missing << label;
        QStringList facts;
        // Where the person stands today: announced, in detention, discharged, superseded, …
        const auto stored = importing::dischargeLifecycleFromKey(d.lifecycle).value_or(importing::DischargeLifecycle::Aangekondigd);
        facts << importing::dischargeLifecycleLabel(importing::lifecycleOn(stored, d.expectedDate, m_clock.today()));
        if (!missing.isEmpty())
            facts << tr("not arranged: %1").arg(missing.join(QStringLiteral(", ")));
        if (d.updatedAt.isValid())
            facts << tr("updated %1").arg(day(d.updatedAt.toLocalTime().date()));
        const QString key = QStringLiteral("discharge:%1").arg(d.id);
        entries.append({d.expectedDate, tr("%1  Discharge from %2 (%3)\n%4")
                                            .arg(day(d.expectedDate), d.institutionName.isEmpty() ? d.institutionType : d.institutionName,
                                                 d.institutionType, facts.join(QStringLiteral(", "))), key});
        evidence.insert(key, tr("discharge %1 on %2").arg(d.institutionType, day(d.expectedDate)));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.date > b.date; });
    for (const Entry &entry : std::as_const(entries)) {
        auto *item = new QListWidgetItem(entry.text.trimmed(), m_ui->timelineList);
        item->setData(Qt::UserRole, entry.key);
    }
    m_ui->flagsPanel->setEvidenceLabels(evidence);
    m_ui->timelineGroup->setTitle(tr("Signals and discharge notices (%1)").arg(entries.size()));
}

void HouseholdDetailWidget::showNotes(qint64 id)
{
    m_ui->notesList->clear();
    auto notes = m_service.notes(id);
    if (!notes)
        return;
    const QLocale locale;
    for (const Note &n : *notes) { // newest first, as the service returns them
        const QString when = locale.toString(n.createdAt.toLocalTime(), QLocale::ShortFormat);
        m_ui->notesList->addItem(tr("%1 · %2\n%3").arg(n.author, when, n.text));
    }
}

void HouseholdDetailWidget::addNote()
{
    if (!m_household || m_ui->noteEdit->text().trimmed().isEmpty())
        return;
    auto added = m_service.addNote(m_household->id, m_ui->noteEdit->text());
    if (!added) {
        DialogRunner::warn(this, tr("Note not added"), added.error().message);
        return;
    }
    m_ui->noteEdit->clear();
    showNotes(m_household->id);
}

void HouseholdDetailWidget::removeHousehold()
{
    if (!m_household)
        return;
    const Household h = *m_household;
    if (!DialogRunner::confirm(this, tr("Delete household"),
                               tr("Delete the household of %1 at %2 with all its members and notes? "
                                  "This cannot be undone.")
                                   .arg(h.displayName(), h.address.oneLine())))
        return;
    if (auto removed = m_service.remove(h.id, h.version); !removed) {
        DialogRunner::warn(this, tr("Household not deleted"), removed.error().message);
        return;
    }
    showHousehold(0);
    Q_EMIT householdRemoved(h.id);
}

} // namespace vangnet
