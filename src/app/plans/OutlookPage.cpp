#include "plans/OutlookPage.h"

#include "ui_OutlookPage.h"

#include "BackgroundTask.h"
#include "places/PlaceKeys.h"
#include "plans/CapacityOutlookService.h"
#include "plans/CapacityOutlookText.h"
#include "plans/OutlookModel.h"
#include "support/Clock.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QValueAxis>

#include <algorithm>

namespace vangnet {

using plans::OutlookCell;
using plans::OutlookWeek;

namespace {

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

const OutlookCell &chosenCell(const OutlookWeek &week, const std::optional<places::HousingType> &woonvorm)
{
    return woonvorm ? week.cell(*woonvorm) : week.total;
}

} // namespace

OutlookPage::OutlookPage(const Database &db, const Session &session, const Clock &clock, DataChanges &changes,
                         QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OutlookPage>()), m_location(db.location()), m_session(session),
      m_clock(clock)
{
    m_ui->setupUi(this);
    setAccessibleName(tr("Capacity outlook"));
    for (QLabel *label : {m_ui->periodLabel, m_ui->firstShortageLabel, m_ui->totalLabel, m_ui->countsLabel,
                          m_ui->statusLabel})
        label->setTextFormat(Qt::PlainText);
    QFont bold = m_ui->firstShortageLabel->font();
    bold.setBold(true);
    m_ui->firstShortageLabel->setFont(bold);
    m_ui->statusLabel->hide();
    m_ui->progressBar->hide();

    m_model = new OutlookModel(this);
    m_ui->outlookTable->setModel(m_model);
    m_ui->outlookTable->verticalHeader()->hide();
    // Headers of two lines (OutlookModel) keep the columns narrow enough to show them whole.
    m_ui->outlookTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_ui->woonvormCombo->addItem(tr("All housing types together"));
    for (places::HousingType type : places::allHousingTypes())
        m_ui->woonvormCombo->addItem(places::housingTypeLabel(type), int(type));
    connect(m_ui->woonvormCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_chosen = true;
        updateChart();
    });
    buildChart();

    m_task = new BackgroundTask(this);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OutlookPage::refresh);
    connect(&changes, &DataChanges::changed, this, &OutlookPage::onDataChanged);
}

OutlookPage::~OutlookPage() = default; // m_task, a child, cancels and waits for the computation

void OutlookPage::buildChart()
{
    m_demand = new QLineSeries();
    m_demand->setName(tr("Households expected (cumulative)"));
    m_demand->setPen(QPen(QColor(0xb0, 0x00, 0x20), 2.5));
    m_supply = new QLineSeries();
    m_supply->setName(tr("Places coming free (cumulative)"));
    // Dashed as well as another colour: the two lines are told apart without colour.
    m_supply->setPen(QPen(QColor(0x1f, 0x4e, 0x9a), 2.5, Qt::DashLine));
    m_short = new QScatterSeries();
    m_short->setName(tr("Short"));
    m_short->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_short->setMarkerSize(13);
    m_short->setColor(QColor(0xb0, 0x00, 0x20));
    m_chart = new QChart();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // a line, a dashed line, a triangle
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_demand), static_cast<QAbstractSeries *>(m_supply),
                                    static_cast<QAbstractSeries *>(m_short)})
        m_chart->addSeries(series); // the chart owns the series and the axes
    m_weeks = new QValueAxis();
    m_weeks->setRange(0, plans::outlookWeeks - 1);
    m_weeks->setTickCount(plans::outlookWeeks);
    m_weeks->setLabelFormat(QStringLiteral("%d"));
    m_weeks->setTitleText(tr("Week"));
    m_households = new QValueAxis();
    m_households->setLabelFormat(QStringLiteral("%d"));
    m_households->setTickType(QValueAxis::TicksDynamic); // whole households only
    m_households->setTickAnchor(0);
    m_households->setTitleText(tr("Households"));
    m_chart->addAxis(m_weeks, Qt::AlignBottom);
    m_chart->addAxis(m_households, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_weeks);
        series->attachAxis(m_households);
    }
    m_chartView = new QChartView(m_chart, this); // and the view owns the chart
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setAccessibleName(tr("Chart of households expected and places coming free"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_ui->chartBox->addWidget(m_chartView);
}

void OutlookPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded || m_stale)
        refresh();
}

void OutlookPage::onDataChanged()
{
    // A hidden page computes when it is next shown; a visible one at once.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

bool OutlookPage::isComputing() const
{
    return m_task->isRunning();
}

void OutlookPage::refresh()
{
    if (isComputing()) {
        m_stale = true; // once more when this one ends: it may have read before the change
        return;
    }
    m_loaded = true;
    m_stale = false;
    m_result.reset();
    m_error.clear();
    m_ui->refreshButton->setEnabled(false);
    m_ui->progressBar->show();
    const DatabaseLocation location = m_location;
    m_task->start(
        [this, location] {
            auto worker = openForWorker(location);
            if (!worker) {
                m_error = worker.error().message;
                return;
            }
            auto outlook = plans::CapacityOutlookService(**worker, m_clock, m_session)
                               .outlook({}, [this](qint64 done, qint64 total) { return m_task->progress(done, total); });
            if (outlook)
                m_result = std::move(*outlook);
            else
                m_error = outlook.error().message;
        },
        [this] { onComputed(); }, m_ui->progressBar);
}

void OutlookPage::onComputed()
{
    m_ui->refreshButton->setEnabled(true);
    m_ui->progressBar->hide();
    if (!m_result) {
        showStatus(tr("The outlook could not be computed: %1").arg(m_error));
    } else {
        showStatus(QString());
        const plans::CapacityOutlook &o = *m_result;
        m_model->setOutlook(o);
        m_ui->periodLabel->setText(tr("13 weeks from %1 to %2").arg(day(o.asOf), day(plans::outlookEnd(o.asOf))));
        m_ui->firstShortageLabel->setText(plans::firstShortageSentence(o));
        m_ui->firstShortageLabel->setStyleSheet(o.firstShortage ? QStringLiteral("color: #842029;") : QString());
        m_ui->totalLabel->setText(plans::totalSentence(o));
        m_ui->countsLabel->setText(plans::countsSentence(o.counts));
        // First time: the chart shows the woonvorm that runs short first.
        if (!m_chosen && o.firstShortage) {
            const QSignalBlocker quiet(m_ui->woonvormCombo);
            m_ui->woonvormCombo->setCurrentIndex(m_ui->woonvormCombo->findData(int(*o.firstShortage->woonvorm)));
        }
        updateChart();
    }
    if (m_stale && isVisible())
        refresh();
    Q_EMIT computed();
}

void OutlookPage::showInChart(std::optional<places::HousingType> woonvorm)
{
    m_ui->woonvormCombo->setCurrentIndex(woonvorm ? m_ui->woonvormCombo->findData(int(*woonvorm)) : 0);
}

void OutlookPage::updateChart()
{
    std::optional<places::HousingType> woonvorm;
    if (const QVariant key = m_ui->woonvormCombo->currentData(); key.isValid())
        woonvorm = places::HousingType(key.toInt());
    QList<QPointF> demand, supply, shortWeeks;
    int highest = 1;
    for (const OutlookWeek &week : m_model->outlook().weeks) {
        const OutlookCell &cell = chosenCell(week, woonvorm);
        demand << QPointF(week.week, cell.cumulativeDemand);
        supply << QPointF(week.week, cell.cumulativeSupply);
        if (cell.isShort())
            shortWeeks << QPointF(week.week, cell.cumulativeDemand);
        highest = std::max({highest, cell.cumulativeDemand, cell.cumulativeSupply});
    }
    m_demand->replace(demand);
    m_supply->replace(supply);
    m_short->replace(shortWeeks);
    // Ticks on whole numbers, about five of them, with room above the highest line.
    const int step = std::max(1, (highest + 4) / 5);
    m_households->setTickInterval(step);
    m_households->setRange(0, (highest / step + 1) * step);
    m_chart->setTitle(woonvorm ? places::housingTypeLabel(*woonvorm) : tr("All housing types together"));
}

QList<QPointF> OutlookPage::chartDemand() const
{
    return m_demand->points();
}

QList<QPointF> OutlookPage::chartSupply() const
{
    return m_supply->points();
}

void OutlookPage::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
}

QString OutlookPage::firstShortageText() const
{
    return m_ui->firstShortageLabel->text();
}

QString OutlookPage::totalText() const
{
    return m_ui->totalLabel->text();
}

QString OutlookPage::countsText() const
{
    return m_ui->countsLabel->text();
}

QString OutlookPage::statusText() const
{
    return m_ui->statusLabel->text();
}

} // namespace vangnet
