#include "households/MergesDialog.h"

#include "households/HouseholdMergeService.h"
#include "security/Session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vangnet {

MergesDialog::MergesDialog(const Database &db, const Clock &clock, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_session(session)
{
    setWindowTitle(tr("Merges of your team"));
    setAccessibleName(windowTitle());
    resize(720, 360);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("mergesTable"));
    m_table->setAccessibleName(tr("Merges of your team"));
    m_table->setHorizontalHeaderLabels({tr("Merge"), tr("Date"), tr("Household that stayed"),
                                        tr("Household that went"), tr("Merged by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Undo or close"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_undo = buttons->addButton(tr("Undo merge"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setAccessibleName(tr("Undo the selected merge"));
    m_undo->setVisible(session.can(Permission::EditHouseholds));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &MergesDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MergesDialog::updateButton);
    reload();
}

void MergesDialog::reload()
{
    m_table->setRowCount(0);
    auto records = households::HouseholdMergeService(m_db, m_clock, m_session).merges();
    if (!records) {
        m_records.clear();
        m_status->setText(records.error().message);
        updateButton();
        return;
    }
    m_records = *records;
    for (const households::MergeRecord &r : std::as_const(m_records)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString went = r.household.value(QStringLiteral("display_name")).toString();
        const QStringList cells{QString::number(r.id), r.mergedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")),
                                QString::number(r.keptId),
                                r.undoneAt.isValid() ? tr("%1 %2 (back since the undo)").arg(r.mergedId).arg(went)
                                                     : QStringLiteral("%1 %2").arg(r.mergedId).arg(went),
                                r.mergedBy};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (m_records.isEmpty())
        m_status->setText(tr("Your team has no merges."));
    updateButton();
}

void MergesDialog::updateButton()
{
    const int row = m_table->currentRow();
    m_undo->setEnabled(row >= 0 && row < m_records.size() && !m_records.at(row).undoneAt.isValid());
}

int MergesDialog::mergeCount() const
{
    return static_cast<int>(m_records.size());
}

void MergesDialog::selectMerge(qint64 mergeId)
{
    for (int row = 0; row < m_records.size(); ++row)
        if (m_records.at(row).id == mergeId)
            m_table->selectRow(row);
}

QString MergesDialog::statusText() const
{
    return m_status->text();
}

bool MergesDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_records.size())
        return false;
    const households::MergeRecord record = m_records.at(row);
    if (auto done = households::HouseholdMergeService(m_db, m_clock, m_session).undo(record.id); !done) {
        m_status->setText(done.error().message);
        return false;
    }
    reload();
    m_status->setText(tr("Merge %1 was undone: household %2 is back beside household %3.")
                          .arg(record.id)
                          .arg(record.mergedId)
                          .arg(record.keptId));
    Q_EMIT undone(record.keptId, record.mergedId);
    return true;
}

} // namespace vangnet
