#include "clocks/ClocksPage.h"

#include "DataChanges.h"

#include "ui_ClocksPage.h"

#include "DialogRunner.h"
#include "cases/DeadlineText.h"
#include "clocks/DayOffDialog.h"
#include "clocks/Holidays.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPalette>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>

namespace vangnet {

using clocks::ClockKind;
using clocks::ClockSetting;
using clocks::ClockSettings;

namespace {

enum Column { LabelColumn, DaysColumn, WorkingDaysColumn, SetByColumn, ColumnCount };

const char *const refusedProperty = "refused";

/// Marks a refused box with a light red field (a palette, not a style sheet, so the box keeps
/// its native arrows) and the reason as its tool tip; an empty reason clears the mark.
void markBox(QSpinBox *box, const QString &reason)
{
    box->setProperty(refusedProperty, !reason.isEmpty());
    box->setToolTip(reason);
    if (reason.isEmpty()) {
        box->setPalette(QPalette());
        return;
    }
    QPalette palette = box->palette();
    palette.setColor(QPalette::Base, QColor(0xf8, 0xd7, 0xd3));
    box->setPalette(palette);
}

QString daysBoxName(ClockKind kind)
{
    return QStringLiteral("days_") + clocks::clockKey(kind);
}

QString workingDaysBoxName(ClockKind kind)
{
    return QStringLiteral("workingDays_") + clocks::clockKey(kind);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

ClocksPage::ClocksPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClocksPage>())
    , m_session(session)
    , m_service(db, clock, m_session)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    setAccessibleName(tr("Deadlines"));
    m_ui->statusLabel->setTextFormat(Qt::PlainText);

    QTableWidget &table = *m_ui->deadlinesTable;
    table.setColumnCount(ColumnCount);
    table.setHorizontalHeaderLabels({tr("Deadline"), tr("Days"), tr("Working days"), tr("Set by")});
    table.verticalHeader()->hide();
    table.horizontalHeader()->setStretchLastSection(true);
    const QList<ClockKind> &kinds = clocks::allClocks();
    table.setRowCount(int(kinds.size()));
    // One row per clock, built once: the boxes keep their identity across refreshes, so a test
    // or a screen reader holding one still talks to the row it meant.
    for (int row = 0; row < kinds.size(); ++row) {
        const ClockKind kind = kinds.at(row);
        const QString label = clocks::clockLabel(kind);
        table.setItem(row, LabelColumn, cell(label));
        auto *days = new QSpinBox(&table);
        days->setObjectName(daysBoxName(kind));
        days->setRange(clocks::minimumClockDays, clocks::maximumClockDays);
        days->setAccessibleName(tr("Days for %1").arg(label));
        table.setCellWidget(row, DaysColumn, days);
        // A check box alone in a cell sits at its left edge; a small holder centres it.
        auto *holder = new QWidget(&table);
        holder->setAccessibleName(tr("Working days for %1").arg(label));
        auto *layout = new QHBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *working = new QCheckBox(holder);
        working->setObjectName(workingDaysBoxName(kind));
        working->setAccessibleName(tr("Count %1 in working days (Monday to Friday, not on public holidays)").arg(label));
        layout->addWidget(working, 0, Qt::AlignCenter);
        table.setCellWidget(row, WorkingDaysColumn, holder);
        connect(days, &QSpinBox::valueChanged, days, [days] { markBox(days, {}); });
    }
    // Every clock in sight without scrolling; the holidays below take the rest of the page.
    table.setMinimumHeight(table.horizontalHeader()->sizeHint().height() + table.verticalHeader()->length()
                           + 2 * table.frameWidth());
    table.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    QTableWidget &holidays = *m_ui->holidaysTable;
    holidays.setColumnCount(3);
    holidays.setHorizontalHeaderLabels({tr("Date"), tr("Day"), tr("Public holiday or day off")});
    holidays.verticalHeader()->hide();
    holidays.horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->holidayYearBox, &QSpinBox::valueChanged, this, &ClocksPage::showHolidays);
    m_ui->holidayYearBox->setValue(clock.today().year());
    showHolidays(m_ui->holidayYearBox->value());

    connect(holidays.selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui->removeDayOffButton->setEnabled(selectedDayOff().isValid()); });
    m_ui->removeDayOffButton->setEnabled(false);
    connect(m_ui->addDayOffButton, &QPushButton::clicked, this, &ClocksPage::addDayOff);
    connect(m_ui->removeDayOffButton, &QPushButton::clicked, this, &ClocksPage::removeDayOff);
    for (clocks::OfferStart rule : {clocks::OfferStart::LaterOfSignalAndImport, clocks::OfferStart::SignalDate})
        m_ui->offerStartCombo->addItem(clocks::offerStartLabel(rule), clocks::offerStartKey(rule));
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ClocksPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ClocksPage::refresh);
    connect(m_ui->exampleButton, &QPushButton::clicked, this, &ClocksPage::showExamplePolicy);
}

ClocksPage::~ClocksPage() = default;

void ClocksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void ClocksPage::refresh()
{
    m_loaded = true;
    auto settings = m_service.settings();
    if (!settings) {
        showStatus(settings.error().message, true);
        m_ui->saveButton->setEnabled(false);
        return;
    }
    m_stored = *settings;
    showSettings(m_stored, true);
    showHolidays(m_ui->holidayYearBox->value());
    showStatus(QString());
}

void ClocksPage::showSettings(const ClockSettings &settings, bool stored)
{
    QTableWidget &table = *m_ui->deadlinesTable;
    const QList<ClockKind> &kinds = clocks::allClocks();
    for (int row = 0; row < kinds.size(); ++row) {
        const ClockSetting &s = settings.of(kinds.at(row));
        daysBox(s.kind)->setValue(s.days);
        markBox(daysBox(s.kind), {});
        workingDaysBox(s.kind)->setChecked(s.workingDays);
        if (stored) {
            const QString day = DeadlineText::date(s.updatedAt.toLocalTime().date());
            table.setItem(row, SetByColumn,
                cell(s.updatedAt.isValid() ? tr("%1 on %2").arg(s.updatedBy, day) : tr("example policy")));
        }
    }
    m_ui->offerStartCombo->setCurrentIndex(m_ui->offerStartCombo->findData(clocks::offerStartKey(settings.offerStart())));
    table.resizeColumnsToContents();
}

void ClocksPage::showExamplePolicy()
{
    showSettings(ClockSettings::defaults(), false);
    showStatus(tr("The example values are in the form; save to use them."));
}

ClockSettings ClocksPage::formSettings() const
{
    ClockSettings settings = m_stored;
    const auto rule = clocks::offerStartFromKey(m_ui->offerStartCombo->currentData().toString());
    settings.setOfferStart({rule.value_or(m_stored.offerStart()), {}, {}});
    for (ClockKind kind : clocks::allClocks()) {
        ClockSetting s = m_stored.of(kind);
        s.days = daysBox(kind)->value();
        s.workingDays = workingDaysBox(kind)->isChecked();
        settings.set(s);
    }
    return settings;
}

void ClocksPage::save()
{
    const ClockSettings wanted = formSettings();
    int changed = 0;
    for (ClockKind kind : clocks::allClocks())
        if (wanted.of(kind).days != m_stored.of(kind).days
            || wanted.of(kind).workingDays != m_stored.of(kind).workingDays)
            ++changed;
    const bool offerStartChanged = wanted.offerStart() != m_stored.offerStart();
    changed += offerStartChanged ? 1 : 0;
    if (changed == 0) {
        showStatus(tr("No deadline was changed."));
        return;
    }
    if (auto saved = m_service.saveAll(wanted); !saved) {
        markRefused(saved.error().fields);
        showStatus(saved.error().message, true);
        DialogRunner::warn(this, tr("Save deadlines"), saved.error().message);
        return;
    }
    if (offerStartChanged)
        if (auto saved = m_service.setOfferStart(wanted.offerStart()); !saved) {
            showStatus(saved.error().message, true);
            return;
        }
    refresh();
    showStatus(changed == 1 ? tr("1 deadline saved.") : tr("%1 deadlines saved.").arg(changed));
    Q_EMIT settingsChanged();
}

void ClocksPage::markRefused(const QList<FieldError> &fields)
{
    for (const FieldError &field : fields) {
        const auto kind = clocks::clockFromKey(field.field);
        if (!kind)
            continue;
        markBox(daysBox(*kind), field.message);
    }
    for (const FieldError &field : fields)
        if (const auto kind = clocks::clockFromKey(field.field)) {
            daysBox(*kind)->setFocus();
            break;
        }
}

QSpinBox *ClocksPage::daysBox(ClockKind kind) const
{
    return m_ui->deadlinesTable->findChild<QSpinBox *>(daysBoxName(kind));
}

QCheckBox *ClocksPage::workingDaysBox(ClockKind kind) const
{
    return m_ui->deadlinesTable->findChild<QCheckBox *>(workingDaysBoxName(kind));
}

void ClocksPage::showHolidays(int year)
{
    struct Row {
        QDate date;
        QString name;
        bool added = false;
    };
    QList<Row> rows;
    for (const clocks::PublicHoliday &day : clocks::publicHolidays(year))
        rows << Row{day.date, day.name, false};
    for (const clocks::ExtraDayOff &day : m_stored.extraDaysOff())
        if (day.date.year() == year)
            rows << Row{day.date, tr("%1 (day off by decree, added by %2)").arg(day.name, day.addedBy), true};
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.date < b.date; });

    QTableWidget &table = *m_ui->holidaysTable;
    table.clearSelection();
    table.setRowCount(int(rows.size()));
    const QLocale locale;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        auto *date = cell(DeadlineText::date(row.date));
        date->setData(Qt::UserRole, row.added ? QVariant(row.date) : QVariant());
        table.setItem(i, 0, date);
        table.setItem(i, 1, cell(locale.dayName(row.date.dayOfWeek())));
        table.setItem(i, 2, cell(row.name));
    }
    table.resizeColumnToContents(0); // the name takes the rest of the width
    table.resizeColumnToContents(1);
    m_ui->removeDayOffButton->setEnabled(false);
}

QDate ClocksPage::selectedDayOff() const
{
    const QTableWidget &table = *m_ui->holidaysTable;
    const QModelIndexList rows = table.selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return table.item(rows.first().row(), 0)->data(Qt::UserRole).toDate();
}

bool ClocksPage::selectDayOff(const QDate &date)
{
    QTableWidget &table = *m_ui->holidaysTable;
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, 0)->text() == DeadlineText::date(date)) {
            table.selectRow(row);
            return true;
        }
    return false;
}

void ClocksPage::reloadDaysOff()
{
    // Only the days off: deadline values typed and not saved yet stay in the form.
    auto settings = m_service.settings();
    if (!settings) {
        showStatus(settings.error().message, true);
        return;
    }
    m_stored.setExtraDaysOff(settings->extraDaysOff());
    showHolidays(m_ui->holidayYearBox->value());
}

void ClocksPage::addDayOff()
{
    const QDate today = m_clock.today();
    const int year = m_ui->holidayYearBox->value();
    DayOffDialog dialog(m_service, year == today.year() ? today : QDate(year, 1, 2), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    reloadDaysOff();
    setHolidayYear(dialog.date().year());
    showStatus(tr("%1 is a day off now: working-day deadlines skip it.").arg(DeadlineText::date(dialog.date())));
    Q_EMIT settingsChanged();
}

void ClocksPage::removeDayOff()
{
    const QDate date = selectedDayOff();
    if (!date.isValid())
        return;
    if (!DialogRunner::confirm(this, tr("Remove day off"),
                               tr("Remove the day off of %1? Working-day deadlines count it as a working day again.")
                                   .arg(DeadlineText::date(date))))
        return;
    if (auto removed = m_service.removeDayOff(date); !removed) {
        showStatus(removed.error().message, true);
        DialogRunner::warn(this, tr("Remove day off"), removed.error().message);
        return;
    }
    reloadDaysOff();
    showStatus(tr("%1 is a working day again.").arg(DeadlineText::date(date)));
    Q_EMIT settingsChanged();
}

QStringList ClocksPage::holidayRows() const
{
    QStringList rows;
    const QTableWidget &table = *m_ui->holidaysTable;
    for (int row = 0; row < table.rowCount(); ++row)
        rows << table.item(row, 0)->text() + QLatin1Char(' ') + table.item(row, 2)->text();
    return rows;
}

void ClocksPage::setHolidayYear(int year)
{
    m_ui->holidayYearBox->setValue(year);
}

QString ClocksPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void ClocksPage::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #b03a2e;") : QString());
}

void ClocksPage::setDataChanges(DataChanges &changes)
{
    connect(this, &ClocksPage::settingsChanged, &changes, [&changes] { changes.publish(DataKind::Settings); });
}

} // namespace vangnet
