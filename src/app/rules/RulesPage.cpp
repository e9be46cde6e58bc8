#include "rules/RulesPage.h"

#include "DataChanges.h"

#include "ui_RulesPage.h"

#include "rules/RuleParametersForm.h"

#include "BackgroundTask.h"
#include "DialogRunner.h"
#include "rules/ActivateRulesDialog.h"
#include "storage/Database.h"
#include "storage/HouseholdQuery.h"
#include "support/Clock.h"

#include <QDateEdit>
#include <QFontDatabase>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QTextBlock>

#include <algorithm>

namespace vangnet {

namespace {
enum VersionColumn { VersionCol, FromCol, AuthorCol, NoteCol, SavedCol, VersionColumnCount };
constexpr int LineRole = Qt::UserRole;
constexpr int ColumnRole = Qt::UserRole + 1;
constexpr int HouseholdRole = Qt::UserRole;
/// Names come in one query (under every engine's bound-parameter limit); a preview that moves
/// thousands of households lists the rest by number.
constexpr int NamedHouseholds = 500;

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}
} // namespace

RulesPage::RulesPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RulesPage>())
    , m_location(db.location())
    , m_session(session)
    , m_db(db.connection())
    , m_clock(clock)
    , m_rules(std::make_unique<rules::RulesService>(db, clock, m_session))
    , m_task(new BackgroundTask(this))
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->editor->setFont(fixed);
    m_ui->versionText->setFont(fixed);
    QFont big = m_ui->previewSummary->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->previewSummary->setFont(big);

    QTableWidget *table = m_ui->versionsTable;
    table->setColumnCount(VersionColumnCount);
    table->setHorizontalHeaderLabels({tr("Version"), tr("In force from"), tr("Author"), tr("Note"), tr("Saved at")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(NoteCol, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    // The text being written gets the room; errors and the preview lists stay a few lines high.
    // The draft's parameters as a form above its text (docs/rules.md, "Parameters").
    m_parameters = new RuleParametersForm(*m_ui->editor, m_ui->draftGroup);
    m_ui->draftBox->insertWidget(0, m_parameters);
    m_ui->draftBox->setStretchFactor(m_ui->editor, 3);
    m_ui->draftBox->setStretchFactor(m_ui->previewLists, 1);
    m_ui->errorList->setMaximumHeight(5 * m_ui->errorList->fontMetrics().lineSpacing() + 8);
    for (QListWidget *list : {m_ui->addedList, m_ui->droppedList})
        list->setMinimumHeight(4 * list->fontMetrics().lineSpacing());
    // Today by default; an earlier day is judged with the statuses of that day (docs/rules.md).
    m_ui->previewDate->setMaximumDate(m_clock.today());
    m_ui->previewDate->setDate(m_clock.today());
    m_ui->previewProgress->setVisible(false);
    m_ui->stopButton->setVisible(false);
    m_ui->errorList->setVisible(false);

    connect(table, &QTableWidget::currentCellChanged, this, [this](int row) { showVersion(row); });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        m_ui->editor->setPlainText(m_ui->versionText->toPlainText());
        m_ui->editor->setFocus();
    });
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, [this] {
        // Results of another text would mislead: positions move, counts change.
        clearPreview();
        if (!m_ui->errorList->isHidden() || !m_ui->statusLabel->text().isEmpty()) {
            m_ui->editor->setExtraSelections({});
            m_ui->errorList->clear();
            m_ui->errorList->setVisible(false);
            m_ui->statusLabel->setText(tr("Changed since the last check."));
        }
    });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &RulesPage::check);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &RulesPage::startPreview);
    connect(m_ui->previewDate, &QDateEdit::dateChanged, this, [this] { clearPreview(); });
    connect(m_ui->stopButton, &QPushButton::clicked, m_task, &BackgroundTask::cancel);
    connect(m_ui->activateButton, &QPushButton::clicked, this, &RulesPage::activate);
    connect(m_ui->errorList, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { goToError(m_ui->errorList->row(item)); });
    connect(m_ui->errorList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { goToError(m_ui->errorList->row(item)); });
    for (QListWidget *list : {m_ui->addedList, m_ui->droppedList}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            if (const qint64 id = item->data(HouseholdRole).toLongLong(); id != 0)
                Q_EMIT householdRequested(id);
        });
    }
    connect(m_task, &BackgroundTask::runningChanged, this, &RulesPage::setBusy);
    clearPreview();
    reload();
}

RulesPage::~RulesPage()
{
    // The worker uses this page's session and location: stop it before they go.
    delete m_task;
}

bool RulesPage::isBusy() const
{
    return m_task->isRunning();
}

void RulesPage::setBusy(bool busy)
{
    m_ui->previewProgress->setVisible(busy);
    m_ui->stopButton->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->checkButton, m_ui->previewButton, m_ui->previewDate, m_ui->activateButton, m_ui->copyButton})
        w->setEnabled(!busy);
    m_ui->editor->setReadOnly(busy);
}

void RulesPage::reload()
{
    auto versions = m_rules->ruleSets();
    if (!versions) {
        DialogRunner::warn(this, tr("Signal rules"), versions.error().message);
        return;
    }
    m_versions = *versions;
    auto active = m_rules->ruleSetOn(m_clock.today());
    const int activeVersion = active ? active->version : 0;
    const QLocale locale;
    QTableWidget *table = m_ui->versionsTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(static_cast<int>(m_versions.size()));
    int activeRow = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const rules::StoredRuleSet &v = m_versions.at(row);
        QString version = QString::number(v.version);
        if (v.version == activeVersion) {
            version = tr("%1 (active)").arg(v.version);
            activeRow = row;
        } else if (v.effectiveFrom > m_clock.today()) {
            version = tr("%1 (planned)").arg(v.version);
        }
        const QString cells[] = {version, day(v.effectiveFrom), v.authorName, v.note,
            locale.toString(v.createdAt.toLocalTime(), QLocale::ShortFormat)};
        for (int column = 0; column < VersionColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            QFont font = item->font();
            font.setBold(v.version == activeVersion);
            item->setFont(font);
            table->setItem(row, column, item);
        }
    }
    table->setCurrentCell(activeRow, 0);
    showVersion(activeRow);
    if (m_ui->editor->toPlainText().trimmed().isEmpty() && active)
        m_ui->editor->setPlainText(active->source);
}

void RulesPage::showVersion(int row)
{
    if (row < 0 || row >= m_versions.size()) {
        m_ui->versionText->clear();
        m_ui->versionLabel->setText(tr("Select a version to read its rules."));
        m_ui->copyButton->setEnabled(false);
        return;
    }
    const rules::StoredRuleSet &v = m_versions.at(row);
    m_ui->versionText->setPlainText(v.source);
    m_ui->versionLabel->setText(
        tr("Version %1, in force from %2 (read only)").arg(v.version).arg(day(v.effectiveFrom)));
    m_ui->copyButton->setEnabled(!isBusy());
}

bool RulesPage::check()
{
    const rules::ParseResult parsed = rules::RulesService::check(m_ui->editor->toPlainText());
    showErrors(parsed.errors);
    if (parsed.ok())
        m_ui->statusLabel->setText(
            tr("No errors: %n rule(s).", nullptr, static_cast<int>(parsed.ruleSet.rules.size())));
    else
        m_ui->statusLabel->setText(
            tr("%n error(s); click one to go there.", nullptr, static_cast<int>(parsed.errors.size())));
    return parsed.ok();
}

void RulesPage::showErrors(const QList<rules::ParseError> &errors)
{
    const QSignalBlocker blocker(m_ui->editor); // marking errors is no edit
    m_ui->errorList->clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (const rules::ParseError &e : errors) {
        auto *item = new QListWidgetItem(e.toString(), m_ui->errorList);
        item->setData(LineRole, e.pos.line);
        item->setData(ColumnRole, e.pos.column);
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_ui->editor->document()->findBlockByNumber(e.pos.line - 1));
        mark.format.setBackground(QColor(255, 220, 220));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << mark;
    }
    m_ui->editor->setExtraSelections(marks);
    m_ui->errorList->setVisible(!errors.isEmpty());
}

void RulesPage::goToError(int row)
{
    const QListWidgetItem *item = m_ui->errorList->item(row);
    if (!item)
        return;
    const QTextBlock block = m_ui->editor->document()->findBlockByNumber(item->data(LineRole).toInt() - 1);
    if (!block.isValid())
        return;
    const int column = std::clamp(item->data(ColumnRole).toInt() - 1, 0, std::max(0, block.length() - 1));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + column);
    m_ui->editor->setTextCursor(cursor);
    m_ui->editor->centerCursor();
    m_ui->editor->setFocus(Qt::OtherFocusReason);
}

void RulesPage::clearPreview()
{
    m_ui->previewSummary->setText(tr("No preview yet."));
    m_ui->addedList->clear();
    m_ui->droppedList->clear();
    m_ui->addedLabel->setText(tr("Added households:"));
    m_ui->droppedLabel->setText(tr("Dropped households:"));
}

void RulesPage::startPreview()
{
    if (isBusy() || !check())
        return;
    clearPreview();
    m_preview = {};
    m_failure.clear();
    m_ui->previewSummary->setText(tr("Evaluating every household…"));
    const QString text = m_ui->editor->toPlainText();
    const QDate asOf = m_ui->previewDate->date();
    m_task->start(
        [this, text, asOf] {
            auto db = openForWorker(m_location);
            if (!db) {
                m_failure = db.error().message;
                return;
            }
            const rules::RulesService service(**db, m_clock, m_session);
            auto preview = service.preview(
                text, [this](qint64 done, qint64 total) { return m_task->progress(done, total); }, asOf);
            if (preview)
                m_preview = *preview;
            else
                m_failure = preview.error().message;
        },
        [this] {
            showPreview();
            Q_EMIT previewFinished();
        },
        m_ui->previewProgress);
}

void RulesPage::showPreview()
{
    if (!m_failure.isEmpty()) {
        m_ui->previewSummary->setText(tr("No preview: %1").arg(m_failure));
        return;
    }
    if (m_preview.cancelled) {
        m_ui->previewSummary->setText(tr("The preview was stopped."));
        return;
    }
    m_ui->previewSummary->setText(tr("+%1 / −%2 households").arg(m_preview.added.size()).arg(m_preview.dropped.size()));
    QString status = m_preview.asOf >= m_clock.today()
                         ? tr("Today the active version %1 flags %2 households; the new version would flag %3.")
                               .arg(m_preview.activeVersion)
                               .arg(m_preview.flaggedByActive)
                               .arg(m_preview.flaggedByCandidate)
                         : tr("On %4 the active version %1 would have flagged %2 households; the new version would have flagged %3.")
                               .arg(m_preview.activeVersion)
                               .arg(m_preview.flaggedByActive)
                               .arg(m_preview.flaggedByCandidate)
                               .arg(day(m_preview.asOf));
    if (!m_preview.history.complete)
        status += QLatin1Char(' ')
                  + tr("Status history is kept since %1: for an earlier day the statuses are read as they were on %1.")
                        .arg(day(m_preview.history.since));
    if (m_preview.failures > 0)
        status += QLatin1Char(' ') + tr("%n rule evaluation(s) could not be completed.", nullptr, m_preview.failures);
    m_ui->statusLabel->setText(status);
    m_ui->addedLabel->setText(tr("Added households (%1):").arg(m_preview.added.size()));
    m_ui->droppedLabel->setText(tr("Dropped households (%1):").arg(m_preview.dropped.size()));
    fillHouseholds(*m_ui->addedList, m_preview.added);
    fillHouseholds(*m_ui->droppedList, m_preview.dropped);
}

void RulesPage::fillHouseholds(QListWidget &list, const QList<qint64> &ids)
{
    list.clear();
    // Need-to-know: names only of the user's own team (the list query is scoped to it, and
    // reading rows is no "household opened"); other households by number.
    QHash<qint64, QString> names;
    const QVector<qint64> named(ids.cbegin(), ids.cbegin() + std::min<qsizetype>(ids.size(), NamedHouseholds));
    if (auto rows = HouseholdQuery(m_db, m_session).rows(named)) {
        for (const HouseholdRow &row : *rows)
            names.insert(row.id, row.name);
    }
    for (qint64 id : ids) {
        auto *item = new QListWidgetItem(&list);
        if (const auto name = names.constFind(id); name != names.cend()) {
            item->setText(tr("%1 (household %2)").arg(*name).arg(id));
            item->setData(HouseholdRole, id);
        } else {
            item->setText(tr("Household %1").arg(id));
        }
    }
}

void RulesPage::activate()
{
    if (isBusy())
        return;
    if (!check()) {
        DialogRunner::warn(this, tr("Activate rules"), tr("The rules have errors; correct them first."));
        return;
    }
    ActivateRulesDialog dialog(m_clock.today(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    auto saved = m_rules->activate(m_ui->editor->toPlainText(), dialog.effectiveFrom(), dialog.note());
    if (!saved) {
        DialogRunner::warn(this, tr("Activate rules"), saved.error().message);
        return;
    }
    reload();
    if (saved->effectiveFrom > m_clock.today()) {
        m_ui->statusLabel->setText(
            tr("Version %1 is saved and comes into force on %2.").arg(saved->version).arg(day(saved->effectiveFrom)));
        Q_EMIT activated(saved->version);
        return;
    }
    evaluateAfterActivation(saved->version);
}

void RulesPage::evaluateAfterActivation(int version)
{
    // In force today: the stored flags follow the new version now, not at the next evaluation.
    m_run = {};
    m_failure.clear();
    m_ui->statusLabel->setText(tr("Version %1 is active. Updating the flags of every household…").arg(version));
    m_task->start(
        [this] {
            auto db = openForWorker(m_location);
            if (!db) {
                m_failure = db.error().message;
                return;
            }
            rules::RulesService service(**db, m_clock, m_session);
            auto run
                = service.evaluateAll({}, [this](qint64 done, qint64 total) { return m_task->progress(done, total); });
            if (run)
                m_run = *run;
            else
                m_failure = run.error().message;
        },
        [this, version] {
            if (!m_failure.isEmpty())
                m_ui->statusLabel->setText(
                    tr("Version %1 is active, but the flags were not updated: %2").arg(version).arg(m_failure));
            else if (m_run.cancelled)
                m_ui->statusLabel->setText(tr("Version %1 is active; updating the flags was stopped.").arg(version));
            else
                m_ui->statusLabel->setText(
                    tr("Version %1 is active. %2 households evaluated: %3 new flags, %4 updated, "
                       "%5 resolved.")
                        .arg(version)
                        .arg(m_run.evaluated)
                        .arg(m_run.raised)
                        .arg(m_run.updated)
                        .arg(m_run.resolved));
            Q_EMIT activated(version);
        },
        m_ui->previewProgress);
}

void RulesPage::setDataChanges(DataChanges &changes)
{
    connect(this, &RulesPage::activated, &changes, [&changes] { changes.publish(DataKind::Flags); });
}

} // namespace vangnet
