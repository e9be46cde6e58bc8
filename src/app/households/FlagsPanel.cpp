#include "households/FlagsPanel.h"

#include "ui_FlagsPanel.h"

#include "DialogRunner.h"
#include "households/DismissFlagDialog.h"
#include "rules/SeverityText.h"

#include <QHeaderView>

#include <algorithm>

namespace vangnet {

namespace {
enum FlagColumn { SeverityCol, TitleCol, RaisedCol, StateCol, FlagColumnCount };

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}
} // namespace

FlagsPanel::FlagsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FlagsPanel>())
{
    m_ui->setupUi(this);
    QTreeWidget *tree = m_ui->flagsTree;
    tree->setColumnCount(FlagColumnCount);
    tree->setHeaderLabels({tr("Severity"), tr("Flag"), tr("Raised on"), tr("State")});
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(TitleCol, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    m_ui->dismissButton->setEnabled(false);
    connect(tree, &QTreeWidget::currentItemChanged, this, &FlagsPanel::showDetail);
    connect(m_ui->historyCheck, &QCheckBox::toggled, this, &FlagsPanel::reload);
    connect(m_ui->dismissButton, &QPushButton::clicked, this, &FlagsPanel::dismissSelected);
    connect(m_ui->flagDetail, &QLabel::linkActivated, this, &FlagsPanel::activateLink);
}

FlagsPanel::~FlagsPanel() = default;

void FlagsPanel::setService(rules::RulesService *rules, bool canDismiss)
{
    m_rules = rules;
    m_canDismiss = canDismiss;
    m_ui->dismissButton->setVisible(canDismiss);
}

void FlagsPanel::setEvidenceLabels(const QHash<QString, QString> &labels)
{
    m_evidence = labels;
    showDetail();
}

void FlagsPanel::showHousehold(qint64 id)
{
    m_householdId = id;
    reload();
}

int FlagsPanel::openCount() const
{
    return static_cast<int>(std::count_if(m_flags.cbegin(), m_flags.cend(), [](const auto &f) { return f.isOpen(); }));
}

void FlagsPanel::reload()
{
    m_flags.clear();
    if (m_rules && m_householdId != 0) {
        if (auto flags = m_rules->flagsOf(m_householdId, m_ui->historyCheck->isChecked()))
            m_flags = *flags;
        else
            m_ui->flagDetail->setText(flags.error().message.toHtmlEscaped());
    }
    // Most urgent first; history after the open ones, latest first.
    std::stable_sort(m_flags.begin(), m_flags.end(), [](const rules::StoredFlag &a, const rules::StoredFlag &b) {
        if (a.isOpen() != b.isOpen())
            return a.isOpen();
        if (!a.isOpen())
            return a.resolvedOn > b.resolvedOn;
        if (a.flag.severity != b.flag.severity)
            return a.flag.severity > b.flag.severity;
        return a.flag.score > b.flag.score;
    });

    QTreeWidget *tree = m_ui->flagsTree;
    const QSignalBlocker blocker(tree);
    tree->clear();
    for (const rules::StoredFlag &f : std::as_const(m_flags)) {
        const int severity = static_cast<int>(f.flag.severity);
        QString state = tr("open");
        if (f.resolution == QLatin1String("dismissed"))
            state = tr("dismissed on %1").arg(day(f.resolvedOn));
        else if (!f.isOpen())
            state = tr("resolved on %1").arg(day(f.resolvedOn));
        auto *item = new QTreeWidgetItem(tree, {SeverityText::label(severity), f.flag.title, day(f.raisedOn), state});
        item->setBackground(SeverityCol, SeverityText::colour(severity));
        item->setForeground(SeverityCol, Qt::white);
        item->setToolTip(TitleCol, f.flag.explanation);
        if (!f.isOpen()) {
            for (int column = TitleCol; column < FlagColumnCount; ++column)
                item->setForeground(column, tree->palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    if (tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0)); // the most urgent flag's reason shows at once
    // As high as its flags (one to four rows, then it scrolls): the explanation below needs the room.
    const int rows = std::clamp(tree->topLevelItemCount(), 1, 4);
    const int rowHeight = tree->topLevelItemCount() > 0 ? tree->visualItemRect(tree->topLevelItem(0)).height() : 0;
    tree->setFixedHeight(tree->header()->sizeHint().height()
        + rows * std::max(rowHeight, tree->fontMetrics().height() + 4) + 2 * tree->frameWidth() + 2);
    showDetail();
    Q_EMIT openCountChanged(openCount());
}

void FlagsPanel::selectFlag(int row)
{
    if (QTreeWidgetItem *item = m_ui->flagsTree->topLevelItem(row))
        m_ui->flagsTree->setCurrentItem(item);
}

void FlagsPanel::showDetail()
{
    const int row
        = m_ui->flagsTree->currentItem() ? m_ui->flagsTree->indexOfTopLevelItem(m_ui->flagsTree->currentItem()) : -1;
    if (row < 0 || row >= m_flags.size()) {
        m_ui->flagDetail->setText(m_householdId != 0 && m_rules ? tr("No flags.") : QString());
        m_ui->dismissButton->setEnabled(false);
        return;
    }
    const rules::StoredFlag &f = m_flags.at(row);
    QStringList links;
    const auto link = [this, &links](const QString &kind, qint64 id, const QString &fallback) {
        const QString key = kind + QLatin1Char(':') + QString::number(id);
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(key, m_evidence.value(key, fallback).toHtmlEscaped());
    };
    for (qint64 id : f.flag.signalIds)
        link(QStringLiteral("signal"), id, tr("signal %1").arg(id));
    for (qint64 id : f.flag.dischargeIds)
        link(QStringLiteral("discharge"), id, tr("discharge notice %1").arg(id));
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p><p>%3</p>")
                       .arg(f.flag.title.toHtmlEscaped(),
                           tr("%1 · score %2 · rule %3, version %4")
                               .arg(SeverityText::label(static_cast<int>(f.flag.severity)))
                               .arg(f.flag.score)
                               .arg(f.flag.ruleId.toHtmlEscaped())
                               .arg(f.flag.ruleVersion),
                           f.flag.explanation.toHtmlEscaped());
    if (!links.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Evidence:"), links.join(QStringLiteral(", ")));
    if (f.resolution == QLatin1String("dismissed"))
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Dismissed on %1 by %2: %3")
                             .arg(day(f.resolvedOn), f.dismissedBy, f.dismissReason)
                             .toHtmlEscaped());
    else if (!f.isOpen())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Resolved on %1: the facts no longer hold.").arg(day(f.resolvedOn)).toHtmlEscaped());
    m_ui->flagDetail->setText(html);
    m_ui->dismissButton->setEnabled(m_canDismiss && f.isOpen());
}

QString FlagsPanel::detailText() const
{
    return m_ui->flagDetail->text();
}

void FlagsPanel::activateLink(const QString &link)
{
    Q_EMIT evidenceActivated(link);
}

void FlagsPanel::dismissSelected()
{
    const int row
        = m_ui->flagsTree->currentItem() ? m_ui->flagsTree->indexOfTopLevelItem(m_ui->flagsTree->currentItem()) : -1;
    if (!m_rules || !m_canDismiss || row < 0 || row >= m_flags.size() || !m_flags.at(row).isOpen())
        return;
    const rules::StoredFlag flag = m_flags.at(row);
    DismissFlagDialog dialog(flag.flag.title, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    if (auto dismissed = m_rules->dismiss(flag.id, dialog.reason()); !dismissed) {
        DialogRunner::warn(this, tr("Flag not dismissed"), dismissed.error().message);
        return;
    }
    reload();
}

} // namespace vangnet
