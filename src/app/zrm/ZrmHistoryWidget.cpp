#include "zrm/ZrmHistoryWidget.h"

#include "ui_ZrmHistoryWidget.h"

#include "zrm/ZrmScale.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLineSeries>
#include <QSignalBlocker>
#include <QValueAxis>

#include <algorithm>

namespace vangnet {

namespace {
// The columns before the 13 domain columns.
enum FixedColumn { DateColumn, PersonColumn, AssessorColumn, FixedColumnCount };

QString day(QDate date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}
} // namespace

ZrmHistoryWidget::ZrmHistoryWidget(ZrmService &service, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ZrmHistoryWidget>()), m_service(service)
{
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->historyTable;
    const QStringList &domains = zrm::domainKeys();
    table->setColumnCount(FixedColumnCount + static_cast<int>(domains.size()));
    table->setHorizontalHeaderItem(DateColumn, new QTableWidgetItem(tr("Date")));
    table->setHorizontalHeaderItem(PersonColumn, new QTableWidgetItem(tr("Assessed")));
    table->setHorizontalHeaderItem(AssessorColumn, new QTableWidgetItem(tr("Assessor")));
    for (int i = 0; i < domains.size(); ++i) {
        auto *header = new QTableWidgetItem(zrm::domainLabel(domains[i]));
        header->setToolTip(zrm::domainLabel(domains[i]));
        table->setHorizontalHeaderItem(FixedColumnCount + i, header);
        m_ui->domainCombo->addItem(zrm::domainLabel(domains[i]), domains[i]);
    }
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumHeight(110);

    m_series = new QLineSeries();
    m_series->setPointsVisible(true);
    m_chart = new QChart();
    m_chart->legend()->hide();
    m_chart->addSeries(m_series); // the chart owns the series and the axes
    m_dates = new QDateTimeAxis();
    m_dates->setFormat(QStringLiteral("dd-MM-yy"));
    m_dates->setTickCount(4);
    m_levels = new QValueAxis();
    m_levels->setRange(zrm::lowestScore, zrm::highestScore);
    m_levels->setTickCount(zrm::highestScore - zrm::lowestScore + 1);
    m_levels->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_dates, Qt::AlignBottom);
    m_chart->addAxis(m_levels, Qt::AlignLeft);
    m_series->attachAxis(m_dates);
    m_series->attachAxis(m_levels);
    m_chartView = new QChartView(m_chart, this); // and the view owns the chart
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    m_ui->chartBox->addWidget(m_chartView);

    connect(m_ui->domainCombo, &QComboBox::currentIndexChanged, this, &ZrmHistoryWidget::updateChart);
    connect(table, &QTableWidget::currentCellChanged, this, [this](int, int column) {
        if (column >= FixedColumnCount)
            selectDomain(zrm::domainKeys().value(column - FixedColumnCount));
    });
    setHousehold(0);
}

ZrmHistoryWidget::~ZrmHistoryWidget() = default;

void ZrmHistoryWidget::setHousehold(qint64 id)
{
    m_householdId = id;
    refresh();
}

void ZrmHistoryWidget::refresh()
{
    m_assessments.clear();
    m_error.clear();
    if (m_householdId != 0) {
        auto history = m_service.history(m_householdId);
        if (history)
            m_assessments = std::move(history).value();
        else
            m_error = history.error().message;
    }
    fillTable();
    // Show a domain that has scores: the one chosen, else the first the newest assessment scored.
    const QString chosen = selectedDomain();
    const bool scored = std::any_of(m_assessments.cbegin(), m_assessments.cend(),
                                    [&chosen](const ZrmAssessment &a) { return a.scores.contains(chosen); });
    if (!scored && !m_assessments.isEmpty()) {
        const ZrmAssessment &newest = m_assessments.constFirst();
        for (const QString &domain : zrm::domainKeys()) {
            if (newest.scores.contains(domain)) {
                const QSignalBlocker quiet(m_ui->domainCombo); // the chart is drawn once, below
                selectDomain(domain);
                break;
            }
        }
    }
    updateChart();
}

void ZrmHistoryWidget::fillTable()
{
    QTableWidget *table = m_ui->historyTable;
    table->setRowCount(static_cast<int>(m_assessments.size()));
    const QStringList &domains = zrm::domainKeys();
    for (int row = 0; row < table->rowCount(); ++row) {
        const ZrmAssessment &a = m_assessments.at(row);
        const QString person = a.personId == 0 ? tr("Household") : a.personName;
        table->setItem(row, DateColumn, new QTableWidgetItem(day(a.assessedOn)));
        table->setItem(row, PersonColumn, new QTableWidgetItem(person));
        auto *assessor = new QTableWidgetItem(a.assessorName);
        assessor->setToolTip(tr("Scored by %1 with the %2").arg(a.assessorName, a.zrmVersion));
        table->setItem(row, AssessorColumn, assessor);
        for (int i = 0; i < domains.size(); ++i) {
            const int score = a.scores.value(domains[i], 0);
            auto *cell = new QTableWidgetItem(score ? QString::number(score) : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setToolTip(score ? tr("%1: %2 %3").arg(zrm::domainLabel(domains[i])).arg(score).arg(zrm::levelName(score))
                                   : tr("%1: not scored").arg(zrm::domainLabel(domains[i])));
            table->setItem(row, FixedColumnCount + i, cell);
        }
    }
    m_ui->emptyLabel->setText(m_error.isEmpty() ? tr("No ZRM assessment yet.") : m_error);
    m_ui->emptyLabel->setVisible(m_assessments.isEmpty());
    table->setVisible(!m_assessments.isEmpty());
}

void ZrmHistoryWidget::selectDomain(const QString &domain)
{
    const int index = m_ui->domainCombo->findData(domain);
    if (index >= 0)
        m_ui->domainCombo->setCurrentIndex(index);
}

QString ZrmHistoryWidget::selectedDomain() const
{
    return m_ui->domainCombo->currentData().toString();
}

QList<QPointF> ZrmHistoryWidget::chartPoints() const
{
    return m_series->points();
}

void ZrmHistoryWidget::updateChart()
{
    const QString domain = selectedDomain();
    const QString label = zrm::domainLabel(domain);
    QList<QPointF> points;
    QStringList spoken; // what a screen reader says instead of the picture
    for (auto it = m_assessments.crbegin(); it != m_assessments.crend(); ++it) { // oldest first
        const int score = it->scores.value(domain, 0);
        if (score == 0)
            continue;
        points << QPointF(static_cast<qreal>(it->assessedOn.startOfDay().toMSecsSinceEpoch()), score);
        spoken << tr("%1: %2").arg(day(it->assessedOn)).arg(score);
    }
    m_series->replace(points);
    if (!m_assessments.isEmpty()) // the period of all assessments, with a little room either side
        m_dates->setRange(m_assessments.constLast().assessedOn.addDays(-7).startOfDay(),
                          m_assessments.constFirst().assessedOn.addDays(7).startOfDay());
    m_chart->setTitle(points.isEmpty() ? tr("ZRM %1: not scored").arg(label) : tr("ZRM %1").arg(label));
    m_chartView->setAccessibleName(tr("Chart of the ZRM scores for %1 over time").arg(label));
    m_chartView->setAccessibleDescription(spoken.isEmpty() ? tr("Not scored yet.") : spoken.join(QStringLiteral(", ")));
    m_chartView->setVisible(!m_assessments.isEmpty());
    m_ui->domainLabel->setVisible(!m_assessments.isEmpty());
    m_ui->domainCombo->setVisible(!m_assessments.isEmpty());
}

} // namespace vangnet
