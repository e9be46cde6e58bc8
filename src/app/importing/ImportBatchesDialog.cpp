#include "importing/ImportBatchesDialog.h"

#include "ui_ImportBatchesDialog.h"

#include "DialogRunner.h"
#include "importing/ImportService.h"

#include <QHeaderView>
#include <QPushButton>

namespace vangnet {

using namespace vangnet::importing;

ImportBatchesDialog::ImportBatchesDialog(const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportBatchesDialog>()), m_db(db), m_session(session), m_clock(clock)
{
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->batchesTable;
    table->setColumnCount(9);
    table->setHorizontalHeaderLabels({tr("Batch"), tr("Kind"), tr("File"), tr("Imported by"), tr("When"), tr("Imported"),
                                      tr("Duplicates"), tr("Rejected"), tr("Withdrawn")});
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    m_ui->buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ImportBatchesDialog::reject);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &ImportBatchesDialog::withdrawSelected);
    connect(table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_ui->batchesTable->currentRow();
        m_ui->withdrawButton->setEnabled(row >= 0 && m_ui->batchesTable->item(row, 8)->text().isEmpty());
    });
    reload();
}

ImportBatchesDialog::~ImportBatchesDialog() = default;

void ImportBatchesDialog::reload()
{
    QTableWidget *table = m_ui->batchesTable;
    table->setRowCount(0);
    m_ui->withdrawButton->setEnabled(false);
    auto batches = ImportService(m_db, m_clock, m_session).batches();
    if (!batches) {
        m_ui->statusLabel->setText(batches.error().message);
        return;
    }
    table->setRowCount(static_cast<int>(batches->size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const ImportBatch &b = batches->at(r);
        const QString cells[] = {QString::number(b.id),
                                 b.kind == ImportKind::Signals ? tr("Early signals") : tr("Discharge notices"),
                                 b.origin.fileName,
                                 b.actorName,
                                 b.importedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")),
                                 QString::number(b.counts.imported),
                                 QString::number(b.counts.duplicates),
                                 QString::number(b.counts.rejected),
                                 b.withdrawnAt.isValid() ? tr("%1 by %2").arg(b.withdrawnAt.toLocalTime().toString(
                                                                                  QStringLiteral("dd-MM-yyyy HH:mm")),
                                                                              b.withdrawnBy)
                                                         : QString()};
        for (int c = 0; c < 9; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, b.id);
            table->setItem(r, c, item);
        }
    }
}

void ImportBatchesDialog::withdrawSelected()
{
    const int row = m_ui->batchesTable->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_ui->batchesTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (!DialogRunner::confirm(this, tr("Withdraw batch"),
                               tr("Withdraw batch %1 (%2)? Its %3 signals or notices are removed, and the households "
                                  "it created that hold nothing else.")
                                   .arg(id)
                                   .arg(m_ui->batchesTable->item(row, 2)->text(), m_ui->batchesTable->item(row, 5)->text())))
        return;
    auto withdrawn = ImportService(m_db, m_clock, m_session).withdraw(id);
    m_ui->statusLabel->setText(withdrawn ? tr("Batch %1 withdrawn.").arg(id) : withdrawn.error().message);
    m_changed = m_changed || withdrawn.ok();
    reload();
}

} // namespace vangnet
