#include "dashboard/DashboardPage.h"

#include "ui_DashboardPage.h"

#include "BackgroundTask.h"
#include "DashboardPdfWriter.h"
#include "FileDialog.h"
#include "clocks/ClockSettings.h"
#include "dashboard/DashboardDocument.h"
#include "dashboard/DashboardService.h"
#include "dashboard/DrillDownModel.h"
#include "support/Clock.h"
#include "support/OutputTarget.h"

#include <QChartView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLocale>
#include <QVBoxLayout>

namespace vangnet {

using namespace dashboard;

namespace {

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

DashboardPage::DashboardPage(const Database &db, const Session &session, const Clock &clock, DataChanges &changes,
                             QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DashboardPage>()), m_location(db.location()), m_session(session),
      m_clock(clock)
{
    m_ui->setupUi(this);
    setAccessibleName(tr("Weekly dashboard"));
    for (QLabel *label : {m_ui->teamLabel, m_ui->statusLabel, m_ui->drillTitle, m_ui->drillCount})
        label->setTextFormat(Qt::PlainText);
    m_ui->weekLabel->setAccessibleName(tr("Week"));
    m_ui->figuresWidget->setAccessibleName(tr("Figures of the week"));
    m_ui->drillPanel->setAccessibleName(tr("Households behind the figure"));
    m_ui->statusLabel->hide();
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({3000, 2000}); // three fifths for the figures, in whatever width the page gets
    m_ui->figuresArea->setMinimumWidth(480);

    m_drillModel = new DrillDownModel(this);
    m_ui->drillTable->setModel(m_drillModel);
    m_ui->drillTable->verticalHeader()->hide();
    m_ui->drillTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->drillTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->drillTitle->setText(tr("Click a number or a bar to list the households behind it."));
    m_ui->openButton->setEnabled(false);
    connect(m_ui->drillTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui->openButton->setEnabled(m_ui->drillTable->currentIndex().isValid()); });
    connect(m_ui->drillTable, &QAbstractItemView::activated, this, &DashboardPage::openSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &DashboardPage::openSelected);

    fillWeeks();
    connect(m_ui->weekCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_ui->previousButton, &QToolButton::clicked, this,
            [this] { m_ui->weekCombo->setCurrentIndex(std::min(m_ui->weekCombo->currentIndex() + 1, m_ui->weekCombo->count() - 1)); });
    connect(m_ui->nextButton, &QToolButton::clicked, this,
            [this] { m_ui->weekCombo->setCurrentIndex(std::max(m_ui->weekCombo->currentIndex() - 1, 0)); });

    m_task = new BackgroundTask(this);
    m_drillTask = new BackgroundTask(this);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_task, &BackgroundTask::cancel);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &DashboardPage::exportPdf);
    connect(&changes, &DataChanges::changed, this, &DashboardPage::onDataChanged);
}

DashboardPage::~DashboardPage() = default; // the tasks, children, cancel and wait for their work

void DashboardPage::fillWeeks()
{
    // Two years back, newest first; the running week is there too, marked.
    const IsoWeek current = IsoWeek::containing(m_clock.today());
    for (int i = 0; i < 105; ++i) {
        const IsoWeek week = current.plusWeeks(-i);
        QString label = tr("%1 (%2 to %3)").arg(week.key(), day(week.monday()), day(week.sunday()));
        if (i == 0)
            label = tr("%1 (running)").arg(label);
        m_ui->weekCombo->addItem(label, week.monday());
    }
    m_ui->weekCombo->setCurrentIndex(1); // the last complete week
}

IsoWeek DashboardPage::selectedWeek() const
{
    return IsoWeek::containing(m_ui->weekCombo->currentData().toDate());
}

bool DashboardPage::selectWeek(const IsoWeek &week)
{
    const int index = m_ui->weekCombo->findData(week.monday());
    if (index < 0)
        return false;
    if (index == m_ui->weekCombo->currentIndex())
        refresh();
    else
        m_ui->weekCombo->setCurrentIndex(index);
    return true;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded || m_stale)
        refresh();
}

void DashboardPage::onDataChanged()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

bool DashboardPage::isBusy() const
{
    return m_task->isRunning() || m_drillTask->isRunning();
}

void DashboardPage::setBusy(bool busy)
{
    m_ui->progressBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->refreshButton->setEnabled(!busy);
    m_ui->pdfButton->setEnabled(!busy && m_result.has_value());
}

void DashboardPage::refresh()
{
    if (m_task->isRunning()) {
        m_stale = true; // once more when this one ends: it may have read before the change
        return;
    }
    m_loaded = true;
    m_stale = false;
    m_error.clear();
    const IsoWeek week = selectedWeek();
    auto computed = std::make_shared<std::optional<WeeklyDashboard>>();
    setBusy(true);
    showStatus(tr("Computing %1…").arg(week.key()), false);
    const DatabaseLocation location = m_location;
    m_task->start(
        [this, location, week, computed] {
            auto worker = openForWorker(location);
            if (!worker) {
                m_error = worker.error().message;
                return;
            }
            auto d = DashboardService(**worker, m_clock, m_session)
                         .weekly(week, std::nullopt, [this](int done, int total) { return m_task->progress(done, total); });
            if (d)
                *computed = std::move(*d);
            else
                m_error = d.error().message;
        },
        [this, computed] {
            m_result = std::move(*computed);
            onComputed();
        },
        m_ui->progressBar);
}

void DashboardPage::onComputed()
{
    clearSections();
    if (m_result) {
        showStatus(m_result->reference < m_result->week.sunday()
                       ? tr("This week has not ended: states are taken on %1.").arg(day(m_result->reference))
                       : QString(),
                   false);
        m_ui->teamLabel->setText(m_result->teamName);
        buildSections(*m_result);
    } else {
        showStatus(tr("The dashboard could not be computed: %1").arg(m_error), true);
    }
    setBusy(false);
    if (m_stale && isVisible())
        refresh();
    Q_EMIT computed();
}

void DashboardPage::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString DashboardPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void DashboardPage::clearSections()
{
    m_figureTables.clear();
    while (QLayoutItem *item = m_ui->figuresGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QGroupBox *DashboardPage::section(const QString &title, int row, int column, int columnSpan)
{
    auto *box = new QGroupBox(title, m_ui->figuresWidget);
    box->setAccessibleName(title);
    new QVBoxLayout(box);
    m_ui->figuresGrid->addWidget(box, row, column, 1, columnSpan, Qt::AlignTop);
    return box;
}

FigureTable *DashboardPage::figures(QGroupBox *box, const QString &name)
{
    auto *table = new FigureTable(name, box);
    box->layout()->addWidget(table);
    connect(table, &FigureTable::drillRequested, this, &DashboardPage::drillDown);
    m_figureTables << table;
    return table;
}

DrillRequest DashboardPage::request(Metric metric, std::optional<QString> group, const QString &title) const
{
    return DrillRequest{metric, std::move(group), m_result ? m_result->week : selectedWeek(), title};
}

void DashboardPage::buildSections(const WeeklyDashboard &d)
{
    auto counts = [this](FigureTable *table, Metric metric, const QList<GroupCount> &groups, const QString &totalLabel) {
        table->addFigure(totalLabel, number(WeeklyDashboard::total(groups)), request(metric, std::nullopt, totalLabel));
        for (const GroupCount &c : groups) {
            const QString label = c.label.isEmpty() ? c.group : c.label;
            table->addFigure(QStringLiteral("   ") + label, number(c.count),
                             request(metric, c.group, QStringLiteral("%1: %2").arg(metricLabel(metric), label)));
        }
    };
    auto chart = [this](QGroupBox *box, Metric metric, const QList<GroupCount> &groups) {
        if (groups.isEmpty())
            return;
        box->layout()->addWidget(barChart(groups, metricLabel(metric), [this, metric, groups](const QString &group) {
            QString label = group;
            for (const GroupCount &c : groups)
                if (c.group == group && !c.label.isEmpty())
                    label = c.label;
            drillDown(request(metric, group, QStringLiteral("%1: %2").arg(metricLabel(metric), label)));
        }, box));
    };

    QGroupBox *signalsBox = section(tr("New signals"), 0, 0);
    counts(figures(signalsBox, tr("New signals by partner")), Metric::SignalsByPartner, d.signalsByPartner,
           tr("Signals dated in the week"));
    chart(signalsBox, Metric::SignalsByPartner, d.signalsByPartner);

    QGroupBox *flagsBox = section(tr("Households newly flagged"), 0, 1);
    FigureTable *severity = figures(flagsBox, tr("Households newly flagged, by severity"));
    counts(severity, Metric::NewFlagsBySeverity, d.newFlagsBySeverity, tr("Households flagged in the week"));
    counts(figures(flagsBox, tr("Households newly flagged, by rule")), Metric::NewFlagsByRule, d.newFlagsByRule,
           tr("By rule (a household can count under several)"));
    chart(flagsBox, Metric::NewFlagsByRule, d.newFlagsByRule);

    QGroupBox *caseload = section(tr("Caseload on %1").arg(day(d.reference)), 1, 0);
    FigureTable *load = figures(caseload, tr("Open and overdue cases"));
    load->addFigure(tr("Open cases"), number(d.openCases), request(Metric::OpenCases, std::nullopt, tr("Open cases")));
    counts(load, Metric::OverdueByCaseworker, d.overdueByCaseworker, tr("Overdue cases"));
    chart(caseload, Metric::OverdueByCaseworker, d.overdueByCaseworker);

    QGroupBox *contact = section(tr("Time from signal to contact"), 1, 1);
    FigureTable *times = figures(contact, tr("Time from signal to contact"));
    for (auto [metric, figure] : {std::pair{Metric::FirstContact, &d.firstContact}, std::pair{Metric::FirstReached, &d.firstReached},
                                  std::pair{Metric::RequestConversation, &d.requestConversation}}) {
        const QString what = metricLabel(metric);
        times->addFigure(tr("%1: median").arg(what), medianText(figure->medianDays),
                         request(metric, std::nullopt, what));
        const QString norm = clocks::clockPeriodText(figure->normDays, figure->normWorkingDays);
        times->addFigure(tr("   within the norm (%1)").arg(norm), partText(figure->withinNorm, figure->cases),
                         request(metric, groupWithinNorm, tr("%1: within the norm").arg(what)));
        times->addFigure(tr("   outside the norm"), number(figure->cases - figure->withinNorm),
                         request(metric, groupOutsideNorm, tr("%1: outside the norm").arg(what)));
    }

    QGroupBox *closed = section(tr("Cases closed"), 2, 0);
    counts(figures(closed, tr("Cases closed, by outcome")), Metric::Outcomes, d.outcomes, tr("Cases closed in the week"));

    QGroupBox *ahead = section(tr("Discharges ahead, basic conditions not arranged"), 2, 1);
    FigureTable *pipeline = figures(ahead, tr("Discharges ahead"));
    for (auto [metric, n] : {std::pair{Metric::Discharges30, d.discharges30}, std::pair{Metric::Discharges60, d.discharges60},
                             std::pair{Metric::Discharges90, d.discharges90}})
        pipeline->addFigure(metricLabel(metric), number(n), request(metric, std::nullopt, metricLabel(metric)));

    QGroupBox *placed = section(tr("Placements"), 3, 0);
    FigureTable *places = figures(placed, tr("Placements"));
    places->addFigure(tr("Households placed in the week"), number(WeeklyDashboard::total(d.placements)),
                      request(Metric::Placements, std::nullopt, metricLabel(Metric::Placements)));
    places->addFigure(tr("Offers declined in the week"), number(WeeklyDashboard::total(d.declinedOffers)),
                      request(Metric::DeclinedOffers, std::nullopt, metricLabel(Metric::DeclinedOffers)));
    places->addFigure(tr("Households of the team in a place"), number(d.placedHouseholds),
                      request(Metric::PlacedAtWeekEnd, std::nullopt, metricLabel(Metric::PlacedAtWeekEnd)));
    places->addFigure(tr("Places occupied (whole municipality)"), partText(d.occupancy.occupied, d.occupancy.capacity),
                      std::nullopt);

    QGroupBox *lasting = section(tr("Did the help last?"), 3, 1);
    FigureTable *resignal = figures(lasting, tr("New signal after the case closed"));
    for (auto [metric, figure, months] : {std::tuple{Metric::Resignal6m, &d.resignal6m, 6}, std::tuple{Metric::Resignal12m, &d.resignal12m, 12}}) {
        const QString cohort = tr("Closed %1 to %2 (%3 months before)").arg(day(figure->closedFrom), day(figure->closedTo)).arg(months);
        resignal->addFigure(cohort, number(figure->cohort), request(metric, std::nullopt, cohort));
        resignal->addFigure(tr("   with a new signal since"), partText(figure->resignalled, figure->cohort),
                            request(metric, groupResignalled, tr("%1: new signal since").arg(cohort)));
    }

    QGroupBox *trend = section(tr("Trend over %n weeks", nullptr, int(d.trend.size())), 4, 0, 2);
    const QList<TrendPoint> points = d.trend;
    trend->layout()->addWidget(trendChart(points, [this, points](int week, int series) {
        if (week < 0 || week >= points.size())
            return;
        const Metric metric = series == 0 ? Metric::SignalsByPartner : series == 1 ? Metric::NewFlagsBySeverity : Metric::FirstContact;
        DrillRequest r{metric, std::nullopt, points.at(week).week,
                       QStringLiteral("%1, %2").arg(metricLabel(metric), points.at(week).week.key())};
        drillDown(r);
    }, trend));
    FigureTable *weeks = figures(trend, tr("Trend per week"));
    for (const TrendPoint &p : points) {
        const QString week = p.week.key();
        weeks->addFigure(tr("%1: signals").arg(week), number(p.signals),
                         DrillRequest{Metric::SignalsByPartner, std::nullopt, p.week, tr("Signals, %1").arg(week)});
        weeks->addFigure(tr("%1: households flagged").arg(week), number(p.flags),
                         DrillRequest{Metric::NewFlagsBySeverity, std::nullopt, p.week, tr("Households flagged, %1").arg(week)});
        weeks->addFigure(tr("%1: first contacts").arg(week), number(p.firstContacts),
                         DrillRequest{Metric::FirstContact, std::nullopt, p.week, tr("First contacts, %1").arg(week)});
    }
    for (FigureTable *table : std::as_const(m_figureTables))
        table->fitRows();
}

void DashboardPage::drillDown(const DrillRequest &r)
{
    if (m_drillTask->isRunning())
        return;
    m_drillRequest = r;
    m_ui->drillTitle->setText(tr("%1 — %2: listing…").arg(r.title, r.week.key()));
    auto rows = std::make_shared<std::optional<QList<MetricRow>>>();
    auto error = std::make_shared<QString>();
    const DatabaseLocation location = m_location;
    m_drillTask->start(
        [this, location, r, rows, error] {
            auto worker = openForWorker(location);
            if (!worker) {
                *error = worker.error().message;
                return;
            }
            auto listed = DashboardService(**worker, m_clock, m_session).drillDown(r.week, r.metric, r.group);
            if (listed)
                *rows = std::move(*listed);
            else
                *error = listed.error().message;
        },
        [this, r, rows, error] {
            const bool days = isContactMetric(r.metric);
            m_drillModel->setRows(rows->value_or(QList<MetricRow>()), days);
            m_ui->drillTitle->setText(rows->has_value() ? tr("%1 — %2").arg(r.title, r.week.key())
                                                        : tr("The households could not be listed: %1").arg(*error));
            m_ui->drillCount->setText(tr("%n row(s)", nullptr, int(m_drillModel->rowCount())));
            m_ui->openButton->setEnabled(false);
            Q_EMIT drilledDown();
        },
        nullptr);
}

QString DashboardPage::drillTitle() const
{
    return m_ui->drillTitle->text();
}

QString DashboardPage::figureText(Metric metric, const std::optional<QString> &group) const
{
    for (FigureTable *table : m_figureTables)
        if (const int row = table->rowOf(metric, group); row >= 0 && table->drillAt(row)->week == selectedWeek())
            return table->item(row, 1)->text();
    return {};
}

bool DashboardPage::clickFigure(Metric metric, const std::optional<QString> &group)
{
    for (FigureTable *table : std::as_const(m_figureTables))
        if (const int row = table->rowOf(metric, group); row >= 0) {
            Q_EMIT table->cellClicked(row, 1);
            return true;
        }
    return false;
}

void DashboardPage::openSelected()
{
    if (const qint64 id = m_drillModel->householdAt(m_ui->drillTable->currentIndex().row()))
        Q_EMIT householdRequested(id);
}

void DashboardPage::exportPdf()
{
    if (!m_result || m_task->isRunning())
        return;
    const QString file = FileDialog::getSaveFileName(this, tr("Export the dashboard as PDF"),
                                                     QStringLiteral("weekoverzicht-%1.pdf").arg(m_result->week.key()),
                                                     tr("PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    if (const QList<FieldError> problems = checkOutputTarget(file, QStringLiteral("pdf")); !problems.isEmpty()) {
        m_exportMessage = problems.first().message;
        showStatus(m_exportMessage, true);
        Q_EMIT exported(false);
        return;
    }
    auto outcome = std::make_shared<QString>();
    auto written = std::make_shared<bool>(false);
    const DatabaseLocation location = m_location;
    const WeeklyDashboard week = *m_result;
    setBusy(true);
    m_task->start(
        [this, location, week, file, outcome, written] {
            auto worker = openForWorker(location);
            if (!worker) {
                *outcome = worker.error().message;
                return;
            }
            auto saved = DashboardService(**worker, m_clock, m_session).save(week, DashboardPdfWriter(), file);
            *written = saved.ok();
            *outcome = saved ? tr("The dashboard of %1 is written to %2.").arg(week.week.key(), file) : saved.error().message;
        },
        [this, outcome, written] {
            setBusy(false);
            m_exportMessage = *outcome;
            showStatus(m_exportMessage, !*written);
            Q_EMIT exported(*written);
        },
        m_ui->progressBar);
}

} // namespace vangnet
