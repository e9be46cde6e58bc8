#include "retention/RetentionPage.h"

#include "ui_RetentionPage.h"

#include "DialogRunner.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QApplication>
#include <QHeaderView>
#include <QSpinBox>
#include <QThread>

namespace vangnet {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem *number(qint64 value)
{
    return cell(QString::number(value), Qt::AlignRight | Qt::AlignVCenter);
}

void prepare(QTableWidget &table, const QStringList &header)
{
    table.setColumnCount(int(header.size()));
    table.setHorizontalHeaderLabels(header);
    table.verticalHeader()->hide();
    table.horizontalHeader()->setStretchLastSection(true);
}

} // namespace

RetentionPage::RetentionPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RetentionPage>()), m_location(db.location()), m_session(session),
      m_clock(clock), m_service(db, clock, m_session)
{
    m_ui->setupUi(this);
    setAccessibleName(tr("Retention"));
    m_ui->statusLabel->setTextFormat(Qt::PlainText);
    m_ui->purgeProgress->hide();
    prepare(*m_ui->periodsTable, {tr("Category"), tr("Period (months)"), tr("Set by")});
    prepare(*m_ui->dueTable, {tr("Category"), tr("Period"), tr("Cutoff date"), tr("Due"), tr("Oldest activity")});
    prepare(*m_ui->historyTable, {tr("When"), tr("Category"), tr("Purged"), tr("Cutoff date"), tr("By")});

    connect(m_ui->saveButton, &QPushButton::clicked, this, &RetentionPage::savePeriods);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RetentionPage::refresh);
    connect(m_ui->purgeButton, &QPushButton::clicked, this, &RetentionPage::purge);
    m_ui->purgeButton->setEnabled(false);
}

RetentionPage::~RetentionPage()
{
    if (m_purgeThread) {
        m_purgeThread->wait();
        QApplication::restoreOverrideCursor();
    }
}

void RetentionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !isPurging())
        refresh();
}

void RetentionPage::refresh()
{
    m_loaded = true;
    auto periods = m_service.periods();
    if (!periods) {
        showStatus(periods.error().message, true);
        return;
    }
    showPeriods(*periods);
    auto due = m_service.due();
    if (!due) {
        showStatus(due.error().message, true);
        return;
    }
    m_due = *due;
    showDue();
    showHistory();
}

void RetentionPage::showPeriods(const QList<RetentionPeriod> &periods)
{
    m_periods = periods;
    QTableWidget &table = *m_ui->periodsTable;
    table.setRowCount(int(periods.size()));
    for (int row = 0; row < periods.size(); ++row) {
        const RetentionPeriod &p = periods.at(row);
        const QString label = retentionCategoryLabel(p.category);
        table.setItem(row, 0, cell(label));
        auto *box = new QSpinBox(&table);
        box->setObjectName(QStringLiteral("period_") + retentionCategoryKey(p.category));
        box->setRange(retention::minimumMonths, retention::maximumMonths);
        box->setValue(p.months);
        box->setSuffix(tr(" months"));
        box->setAccessibleName(tr("Retention period for %1, in months").arg(label));
        table.setCellWidget(row, 1, box);
        const QString day = p.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        table.setItem(row, 2, cell(p.updatedAt.isValid() ? tr("%1 on %2").arg(p.updatedBy, day) : tr("default")));
    }
    table.resizeColumnsToContents();
}

void RetentionPage::showDue()
{
    QTableWidget &table = *m_ui->dueTable;
    table.setRowCount(int(m_due.size()));
    qint64 total = 0;
    for (int row = 0; row < m_due.size(); ++row) {
        const RetentionDue &d = m_due.at(row);
        table.setItem(row, 0, cell(retentionCategoryLabel(d.category)));
        table.setItem(row, 1, cell(tr("%n month(s)", nullptr, d.months)));
        table.setItem(row, 2, cell(d.cutoff.toString(Qt::ISODate)));
        table.setItem(row, 3, number(d.count));
        table.setItem(row, 4, cell(!d.hasData ? retentionNoDataNote()
                                              : d.oldest.isValid() ? d.oldest.toString(Qt::ISODate) : QStringLiteral("-")));
        total += d.count;
    }
    table.resizeColumnsToContents();
    m_ui->purgeButton->setEnabled(total > 0 && !isPurging());
    const QDate asOf = m_due.isEmpty() ? m_clock.today() : m_due.first().asOf;
    showStatus(total > 0 ? tr("%n item(s) due for purging as of %1.", nullptr, int(total)).arg(asOf.toString(Qt::ISODate))
                         : tr("Nothing is due for purging as of %1.").arg(asOf.toString(Qt::ISODate)));
}

void RetentionPage::showHistory()
{
    auto purges = m_service.purges();
    QTableWidget &table = *m_ui->historyTable;
    if (!purges) {
        table.setRowCount(0);
        showStatus(purges.error().message, true);
        return;
    }
    table.setRowCount(int(purges->size()));
    for (int row = 0; row < purges->size(); ++row) {
        const RetentionPurge &p = purges->at(row);
        table.setItem(row, 0, cell(p.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        table.setItem(row, 1, cell(retentionCategoryLabel(p.category)));
        table.setItem(row, 2, number(p.count));
        table.setItem(row, 3, cell(p.cutoff.toString(Qt::ISODate)));
        table.setItem(row, 4, cell(p.actorName));
    }
    table.resizeColumnsToContents();
}

QSpinBox *RetentionPage::periodBox(RetentionCategory category) const
{
    return m_ui->periodsTable->findChild<QSpinBox *>(QStringLiteral("period_") + retentionCategoryKey(category));
}

void RetentionPage::savePeriods()
{
    int saved = 0;
    for (const RetentionPeriod &p : std::as_const(m_periods)) {
        const QSpinBox *box = periodBox(p.category);
        if (!box || box->value() == p.months)
            continue;
        auto set = m_service.setPeriod(p.category, box->value());
        if (!set) {
            const QString message = set.error().fields.isEmpty() ? set.error().message
                                                                 : set.error().fields.first().message;
            showStatus(message, true);
            DialogRunner::warn(this, tr("Save retention periods"), message);
            return;
        }
        ++saved;
    }
    refresh();
    showStatus(saved > 0 ? tr("%n retention period(s) saved.", nullptr, saved) : tr("No retention period was changed."));
}

void RetentionPage::purge()
{
    if (isPurging())
        return;
    QList<RetentionDue> confirmed;
    QStringList lines;
    for (const RetentionDue &d : std::as_const(m_due)) {
        if (!d.hasData || d.count == 0)
            continue;
        confirmed << d;
        lines << tr("• %1: %n item(s) without activity since before %2", nullptr, int(d.count))
                     .arg(retentionCategoryLabel(d.category), d.cutoff.toString(Qt::ISODate));
    }
    if (confirmed.isEmpty()) {
        showStatus(tr("Nothing is due for purging."));
        return;
    }
    const QString question = tr("Permanently delete this data?\n\n%1\n\nThis cannot be undone. A purge record (category, "
                                "number, date, your name) is kept.")
                                 .arg(lines.join(QLatin1Char('\n')));
    if (!DialogRunner::confirm(this, tr("Purge"), question)) {
        showStatus(tr("Nothing was purged."));
        return;
    }

    // The purge runs on its own thread with its own connection (a connection belongs to the
    // thread that opened it), so the window keeps painting while a large purge deletes.
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    const DatabaseLocation location = m_location;
    const Session session = m_session;
    const Clock *clock = &m_clock;
    m_purgeThread = QThread::create([location, session, clock, confirmed, outcomes] {
        Database::Options options;
        options.create = false;
        options.migrate = false;
        auto db = Database::open(location, options);
        for (const RetentionDue &d : confirmed) {
            if (!db) {
                outcomes->push_back({d, db.error()});
                continue;
            }
            RetentionService service(**db, *clock, session);
            outcomes->push_back({d, service.purge(d)});
        }
    });
    m_purgeThread->setParent(this);
    m_purgeThread->setObjectName(QStringLiteral("retention-purge"));
    connect(m_purgeThread, &QThread::finished, this, [this, outcomes] {
        m_purgeThread->deleteLater();
        m_purgeThread = nullptr;
        QApplication::restoreOverrideCursor();
        m_ui->purgeProgress->hide();
        m_ui->saveButton->setEnabled(true);
        m_ui->refreshButton->setEnabled(true);
        finishPurge(*outcomes);
        Q_EMIT purgeFinished();
    });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_ui->purgeProgress->show();
    m_ui->purgeButton->setEnabled(false);
    m_ui->saveButton->setEnabled(false);
    m_ui->refreshButton->setEnabled(false);
    showStatus(tr("Purging…"));
    m_purgeThread->start();
}

void RetentionPage::finishPurge(const std::vector<Outcome> &outcomes)
{
    qint64 purged = 0;
    QStringList problems;
    for (const Outcome &o : outcomes) {
        if (o.result)
            purged += o.result->count;
        else
            problems << o.result.error().message;
    }
    refresh();
    if (problems.isEmpty()) {
        showStatus(tr("%n item(s) purged.", nullptr, int(purged)));
        return;
    }
    const QString text =
        tr("%n item(s) purged. Not purged:\n%1", nullptr, int(purged)).arg(problems.join(QLatin1Char('\n')));
    showStatus(text, true);
    DialogRunner::warn(this, tr("Purge"), text);
}

QString RetentionPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void RetentionPage::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #b03a2e;") : QString());
}

} // namespace vangnet
