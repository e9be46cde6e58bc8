#include "households/HouseholdsPage.h"

#include "ui_HouseholdsPage.h"

#include "DialogRunner.h"
#include "cases/CaseService.h"
#include "exports/ListExporter.h"
#include "households/HouseholdDetailWidget.h"
#include "DataChanges.h"

#include <QScrollArea>
#include "households/HouseholdDialog.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdService.h"
#include "needs/NeedPanel.h"
#include "needs/NeedService.h"
#include "places/PlaceService.h"
#include "rules/RulesService.h"
#include "rules/SeverityText.h"
#include "security/Session.h"
#include "storage/AddressRepository.h"
#include "storage/Database.h"
#include "subjectaccess/SubjectAccessExport.h"
#include "summary/CaseSummaryExporter.h"
#include "support/Clock.h"
#include "zrm/ZrmService.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

namespace vangnet {

namespace {
constexpr int SearchDelayMs = 200;
} // namespace

HouseholdsPage::HouseholdsPage(const Database &db, const Session &session, HouseholdService &service, const Clock &clock,
                               QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HouseholdsPage>()), m_db(db), m_service(service), m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->newButton->setIcon(QIcon(QStringLiteral(":/icons/household-new.svg")));
    for (QToolButton *clear : m_ui->searchEdit->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear search"));
    m_ui->wijkCombo->view()->setAccessibleName(tr("Districts"));
    m_model = new HouseholdListModel(db, session, this);
    m_detail = new HouseholdDetailWidget(service, session, clock, this);
    m_rules = std::make_unique<rules::RulesService>(db, clock, session);
    m_detail->setRules(m_rules.get());
    if (session.can(Permission::WorkCases)) {
        m_cases = std::make_unique<cases::CaseService>(db, clock, session);
        m_detail->setCases(m_cases.get());
        connect(m_detail, &HouseholdDetailWidget::caseRequested, this, &HouseholdsPage::caseRequested);
    }
    m_zrm = std::make_unique<ZrmService>(db, clock, session);
    m_detail->setZrm(m_zrm.get());
    m_needs = std::make_unique<needs::NeedService>(db, clock, session);
    m_places = std::make_unique<places::PlaceService>(db, clock, session);
    m_detail->setNeedPanel(new NeedPanel(*m_needs, *m_places, service, session, clock));
    m_ui->newButton->setVisible(session.can(Permission::EditHouseholds));
    // The household's panel scrolls as a whole: address, members, flags, timeline and notes each
    // keep a readable height instead of all shrinking to fit the window.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setAccessibleName(tr("Household details"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidget(m_detail);
    m_ui->splitter->addWidget(detailScroll);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({700, 540});

    QTableView *view = m_ui->tableView;
    view->setModel(m_model);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSortIndicator(HouseholdListModel::Name, Qt::AscendingOrder);
    // Widths that show a whole name, town and district in the list's default share of the window;
    // the address takes what is left, and a narrower list scrolls sideways instead of cutting
    // the names short.
    const QFontMetrics metrics = view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    // A column of short values is as wide as its (translated) title or a typical value.
    auto fitting = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        return std::max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample)) + 2 * em;
    };
    const std::pair<int, int> widths[] = {
        {HouseholdListModel::Name, 12 * em},
        {HouseholdListModel::Address, 12 * em},
        {HouseholdListModel::Postcode, fitting(HouseholdListModel::Postcode, QStringLiteral("7411 AA"))},
        {HouseholdListModel::Plaats, 10 * em}, // mostly the municipality's own name
        {HouseholdListModel::Wijk, 11 * em},
        {HouseholdListModel::Members, fitting(HouseholdListModel::Members, QStringLiteral("10"))},
        {HouseholdListModel::Priority, fitting(HouseholdListModel::Priority, QStringLiteral("Kritiek"))},
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(HouseholdListModel::Address, QHeaderView::Stretch);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &HouseholdsPage::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &HouseholdsPage::applyFilter);
    connect(m_ui->wijkCombo, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyFilter);
    connect(m_ui->ruleCombo, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyFilter);
    connect(m_ui->severityCombo, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyFilter);
    m_ui->ruleCombo->view()->setAccessibleName(tr("Rules"));
    m_ui->severityCombo->view()->setAccessibleName(tr("Severities"));
    m_ui->severityCombo->addItem(tr("All severities"), 0);
    for (int severity = 1; severity <= 4; ++severity)
        m_ui->severityCombo->addItem(severity == 4 ? SeverityText::label(severity) : tr("%1 or higher").arg(SeverityText::label(severity)),
                                     severity);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &HouseholdsPage::focusSearch);
    connect(m_ui->newButton, &QPushButton::clicked, this, &HouseholdsPage::newHousehold);
    m_exporter = new ListExporter(db, session, clock, this);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HouseholdsPage::exportList);
    connect(m_exporter, &ListExporter::runningChanged, m_ui->exportButton, &QWidget::setDisabled);

    connect(m_model, &HouseholdListModel::loadingStarted, this, [this] {
        if (m_keepSelected == 0)
            m_keepSelected = selectedId();
        m_ui->countLabel->setText(tr("Searching…"));
    });
    connect(m_model, &HouseholdListModel::loaded, this, &HouseholdsPage::onLoaded);
    connect(m_model, &HouseholdListModel::loadFailed, this,
            [this](const QString &message) { DialogRunner::warn(this, tr("Households"), message); });
    connect(m_model, &HouseholdListModel::totalCountChanged, this, &HouseholdsPage::totalCountChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_detail->showHousehold(m_model->idAt(current.row())); });
    connect(m_detail, &HouseholdDetailWidget::editRequested, this, &HouseholdsPage::editHousehold);
    auto *subjectAccess = new SubjectAccessExport(db, session, clock, this);
    connect(m_detail, &HouseholdDetailWidget::subjectAccessRequested, subjectAccess, &SubjectAccessExport::run);
    m_summaries = new CaseSummaryExporter(db, session, clock, this);
    connect(m_detail, &HouseholdDetailWidget::summaryRequested, m_summaries, &CaseSummaryExporter::printOne);
    connect(m_ui->summariesButton, &QPushButton::clicked, this, &HouseholdsPage::exportSummaries);
    connect(m_summaries, &CaseSummaryExporter::runningChanged, m_ui->summariesButton, &QWidget::setDisabled);
    connect(m_detail, &HouseholdDetailWidget::flagsChanged, this, [this](qint64 id) {
        m_keepSelected = id;
        m_model->refresh();
        publish(DataKind::Signals, {id}); // a manual entry, evaluated with it
        publish(DataKind::Flags, {id});
    });
    connect(m_detail, &HouseholdDetailWidget::householdRemoved, this, [this](qint64 id) {
        m_keepSelected = 0;
        loadDistricts();
        m_model->refresh();
        publish(DataKind::Households, {id});
    });
    connect(m_detail->needPanel(), &NeedPanel::needChanged, this,
            [this](qint64 id) { publish(DataKind::Needs, {id}); });
    setTabOrder(m_ui->searchEdit, m_ui->wijkCombo);
    setTabOrder(m_ui->wijkCombo, m_ui->ruleCombo);
    setTabOrder(m_ui->ruleCombo, m_ui->severityCombo);
    setTabOrder(m_ui->severityCombo, m_ui->newButton);
    setTabOrder(m_ui->newButton, m_ui->exportButton);
    setTabOrder(m_ui->exportButton, m_ui->summariesButton);
    setTabOrder(m_ui->summariesButton, view);
    loadDistricts();
    loadRules();
}

HouseholdsPage::~HouseholdsPage() = default;

void HouseholdsPage::loadDistricts()
{
    const QString current = m_ui->wijkCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->wijkCombo);
    m_ui->wijkCombo->clear();
    m_ui->wijkCombo->addItem(tr("All districts"), QString());
    if (auto districts = AddressRepository(m_db.connection()).districts()) {
        for (const QString &wijk : *districts)
            m_ui->wijkCombo->addItem(wijk, wijk);
    }
    m_ui->wijkCombo->setCurrentIndex(std::max(0, m_ui->wijkCombo->findData(current)));
}

void HouseholdsPage::loadRules()
{
    const QString current = m_ui->ruleCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->ruleCombo);
    m_ui->ruleCombo->clear();
    m_ui->ruleCombo->addItem(tr("All households"), QString());
    m_ui->ruleCombo->addItem(tr("Any flag"), QStringLiteral("*"));
    if (auto active = m_rules->ruleSetOn(m_clock.today())) {
        const rules::ParseResult parsed = rules::RulesService::check(active->source);
        for (const rules::Rule &rule : parsed.ruleSet.rules) {
            m_ui->ruleCombo->addItem(rule.title, rule.id);
            m_ui->ruleCombo->setItemData(m_ui->ruleCombo->count() - 1, rule.id, Qt::ToolTipRole);
        }
    }
    m_ui->ruleCombo->setCurrentIndex(std::max(0, m_ui->ruleCombo->findData(current)));
}

void HouseholdsPage::setDataChanges(DataChanges &changes)
{
    m_changes = &changes;
    connect(&changes, &DataChanges::changed, this, &HouseholdsPage::onDataChanged);
}

void HouseholdsPage::publish(DataKind kind, const QList<qint64> &ids)
{
    if (!m_changes)
        return;
    m_publishing = true;
    m_changes->publish(kind, ids);
    m_publishing = false;
}

void HouseholdsPage::onDataChanged(DataKind kind, const QList<qint64> &ids)
{
    if (m_publishing)
        return;
    if (kind == DataKind::Needs) { // only the panel shows the need
        if (const qint64 shown = selectedId(); shown != 0 && DataChanges::mayConcern(ids, shown))
            m_detail->showHousehold(shown);
        return;
    }
    if (kind == DataKind::Households || kind == DataKind::Cases || kind == DataKind::Flags || kind == DataKind::Signals)
        rulesChanged();
}

void HouseholdsPage::rulesChanged()
{
    loadRules();
    m_keepSelected = selectedId();
    m_model->refresh();
    if (m_keepSelected != 0)
        m_detail->showHousehold(m_keepSelected);
}

QStringList HouseholdsPage::districts() const
{
    QStringList names;
    for (int i = 1; i < m_ui->wijkCombo->count(); ++i) // 0 is "All districts"
        names << m_ui->wijkCombo->itemData(i).toString();
    return names;
}

void HouseholdsPage::applyFilter()
{
    m_searchDelay->stop();
    // "Any flag" is a severity condition of "at least low" on any rule.
    const QString rule = m_ui->ruleCombo->currentData().toString();
    const int severity = m_ui->severityCombo->currentData().toInt();
    m_model->setFilter(m_ui->searchEdit->text().trimmed(), m_ui->wijkCombo->currentData().toString(),
                       rule == QLatin1String("*") ? QString() : rule,
                       rule == QLatin1String("*") ? std::max(severity, 1) : severity);
}

void HouseholdsPage::onLoaded()
{
    if (m_keepSelected != 0) {
        const QModelIndex index = m_model->indexOf(m_keepSelected);
        if (index.isValid()) {
            m_ui->tableView->setCurrentIndex(index);
            m_ui->tableView->scrollTo(index, QAbstractItemView::PositionAtCenter);
        } else {
            m_detail->showHousehold(0);
        }
    } else {
        m_detail->showHousehold(0);
    }
    m_keepSelected = 0;
    showCount();
}

void HouseholdsPage::showCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    if (total >= 0 && shown != total)
        m_ui->countLabel->setText(tr("%n household(s) of %1", nullptr, shown).arg(total));
    else
        m_ui->countLabel->setText(tr("%n household(s)", nullptr, shown));
}

qint64 HouseholdsPage::selectedId() const
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QList<qint64> HouseholdsPage::selectedIds() const
{
    QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows))
        if (const qint64 id = m_model->idAt(row.row()); id != 0)
            ids << id;
    return ids;
}

void HouseholdsPage::exportSummaries()
{
    m_summaries->exportMany(selectedIds());
}

void HouseholdsPage::selectHousehold(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_ui->tableView->setCurrentIndex(index);
}

void HouseholdsPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void HouseholdsPage::exportList()
{
    m_searchDelay->stop();
    applyFilter(); // search text still waiting for its delay counts too
    exports::ListExportRequest request;
    request.kind = exports::ListKind::Households;
    request.households = m_model->filter();
    m_exporter->run(request, QStringLiteral("huishoudens"));
}

void HouseholdsPage::newHousehold()
{
    HouseholdDialog dialog(m_service, Household{}, m_clock.today(), districts(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_keepSelected = dialog.saved().id;
    loadDistricts();
    m_model->refresh();
    publish(DataKind::Households, {dialog.saved().id});
}

void HouseholdsPage::editHousehold(qint64 id)
{
    auto household = m_service.get(id);
    if (!household) {
        DialogRunner::warn(this, tr("Edit household"), household.error().message);
        return;
    }
    HouseholdDialog dialog(m_service, *household, m_clock.today(), districts(), this);
    if (m_changes) // a colleague's change to this household: the dialog says so before OK is refused
        connect(m_changes, &DataChanges::changedByColleague, &dialog, [&dialog, id](DataKind kind, const QList<qint64> &ids) {
            if (kind == DataKind::Households && ids.contains(id))
                dialog.noticeChangedByColleague();
        });
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_keepSelected = id;
    loadDistricts();
    m_model->refresh();
    m_detail->showHousehold(id);
    publish(DataKind::Households, {id});
}

void HouseholdsPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("households/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("households/header"), m_ui->tableView->horizontalHeader()->saveState());
}

void HouseholdsPage::restoreSettings(const QSettings &settings)
{
    m_ui->splitter->restoreState(settings.value(QStringLiteral("households/splitter")).toByteArray());
    m_ui->tableView->horizontalHeader()->restoreState(settings.value(QStringLiteral("households/header")).toByteArray());
}

} // namespace vangnet
