#include "signals/SignalsPage.h"

#include "DataChanges.h"

#include "ui_SignalsPage.h"

#include "BackgroundTask.h"
#include "exports/ListExporter.h"
#include "importing/ImportKeys.h"
#include "signals/SignalQuery.h"
#include "signals/SignalRecords.h"
#include "storage/AddressRepository.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLocale>

namespace vangnet {

namespace {
enum Column { DateColumn, PartnerColumn, AmountColumn, HouseholdColumn, WijkColumn, StatusColumn, MarksColumn, ColumnCount };
} // namespace

QString SignalsPage::statusText(const QString &status)
{
    return signalStatusLabel(status);
}

SignalsPage::SignalsPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SignalsPage>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->partnerCombo->addItem(tr("All partners"), QString());
    using importing::PartnerType;
    for (PartnerType type : {PartnerType::Huur, PartnerType::Energie, PartnerType::Water, PartnerType::Zorg,
                             PartnerType::CakZorgverzekeringen, PartnerType::Hypotheek, PartnerType::Duo,
                             PartnerType::Belastingdienst, PartnerType::CakEigenBijdrage, PartnerType::DienstToeslagen,
                             PartnerType::Overige})
        m_ui->partnerCombo->addItem(importing::partnerTypeKey(type), importing::partnerTypeKey(type));
    m_ui->statusCombo->addItem(tr("All statuses"), QString());
    for (const char *key : {"nieuw", "in_behandeling", "afgesloten"})
        m_ui->statusCombo->addItem(statusText(QLatin1String(key)), QLatin1String(key));
    m_ui->partnerCombo->view()->setAccessibleName(tr("Partner types"));
    m_ui->statusCombo->view()->setAccessibleName(tr("Statuses"));
    m_ui->wijkCombo->view()->setAccessibleName(tr("Districts"));
    // The last twelve months by default: what a caseworker works on.
    m_ui->toEdit->setDate(clock.today());
    m_ui->fromEdit->setDate(clock.today().addYears(-1));
    loadDistricts();

    QTableWidget *table = m_ui->signalsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Signal date"), tr("Partner"), tr("Amount"), tr("Household"), tr("District"),
                                      tr("Status"), tr("Marks")});
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // thousands of rows: never ResizeToContents
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(PartnerColumn, 260);
    table->setColumnWidth(HouseholdColumn, 200);
    connect(table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (auto *item = m_ui->signalsTable->item(row, DateColumn))
            Q_EMIT householdRequested(item->data(Qt::UserRole).toLongLong());
    });
    for (QComboBox *combo : {m_ui->partnerCombo, m_ui->statusCombo, m_ui->wijkCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &SignalsPage::reload);
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &SignalsPage::reload);
    m_exporter = new ListExporter(db, session, clock, this);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SignalsPage::exportList);
    connect(m_exporter, &ListExporter::runningChanged, m_ui->exportButton, &QWidget::setDisabled);
    m_task = new BackgroundTask(this);
    m_ui->busyBar->hide();
    reload();
}

SignalsPage::~SignalsPage() = default;

void SignalsPage::loadDistricts()
{
    m_ui->wijkCombo->addItem(tr("All districts"), QString());
    if (auto districts = AddressRepository(m_db.connection()).districts())
        for (const QString &wijk : *districts)
            m_ui->wijkCombo->addItem(wijk, wijk);
}

int SignalsPage::rowCount() const
{
    return m_ui->signalsTable->rowCount();
}

SignalFilter SignalsPage::filter() const
{
    SignalFilter filter;
    filter.partnerType = m_ui->partnerCombo->currentData().toString();
    filter.status = m_ui->statusCombo->currentData().toString();
    filter.wijk = m_ui->wijkCombo->currentData().toString();
    filter.from = m_ui->fromEdit->date();
    filter.to = m_ui->toEdit->date();
    return filter;
}

void SignalsPage::exportList()
{
    exports::ListExportRequest request;
    request.kind = exports::ListKind::Signals;
    request.signalFilter = filter();
    m_exporter->run(request, QStringLiteral("signalen"));
}

bool SignalsPage::isLoading() const
{
    return m_task->isRunning();
}

void SignalsPage::reload()
{
    if (m_task->isRunning()) {
        m_loadAgain = true; // the filters changed while reading: read again when it ends
        return;
    }
    m_ui->busyBar->show();
    m_loadingFilter = filter();
    m_loadingRows.clear();
    m_loadingTotal = 0;
    m_loadError.clear();
    const DatabaseLocation location = m_db.location();
    m_task->start(
        [this, location] {
            auto worker = openForWorker(location);
            if (!worker) {
                m_loadError = worker.error().message;
                return;
            }
            const SignalQuery query((*worker)->connection(), m_session);
            auto rows = query.find(m_loadingFilter);
            if (!rows) {
                m_loadError = rows.error().message;
                return;
            }
            m_loadingRows = std::move(rows).value();
            m_loadingTotal = m_loadingRows.size();
            if (m_loadingFilter.limit > 0 && m_loadingRows.size() >= m_loadingFilter.limit) {
                const auto total = query.count(m_loadingFilter);
                m_loadingTotal = total ? *total : 0;
            }
        },
        [this] { onLoaded(); }, nullptr);
}

void SignalsPage::onLoaded()
{
    if (m_loadAgain) {
        m_loadAgain = false;
        reload();
        return;
    }
    m_ui->busyBar->hide();
    QTableWidget *table = m_ui->signalsTable;
    table->setRowCount(0);
    if (!m_loadError.isEmpty()) {
        m_ui->countLabel->setText(m_loadError);
        Q_EMIT loaded();
        return;
    }
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    table->setRowCount(static_cast<int>(m_loadingRows.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const SignalListRow &s = m_loadingRows.at(r);
        const QString status = statusText(s.status);
        const QString cells[] = {s.signalDate.toString(QStringLiteral("dd-MM-yyyy")),
                                 partnerLabel(s.partnerType, s.partnerName),
                                 s.amountCents ? dutch.toCurrencyString(static_cast<double>(*s.amountCents) / 100.0,
                                                                        QStringLiteral("€"))
                                               : QString(),
                                 s.household, s.wijk, status, signalMarksText(s.crisis, s.repeated)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == DateColumn)
                item->setData(Qt::UserRole, s.householdId);
            if (c == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    if (m_loadingFilter.limit > 0 && m_loadingRows.size() >= m_loadingFilter.limit)
        m_ui->countLabel->setText(tr("The newest %1 of %2 signals; narrow the filters to see the rest.")
                                      .arg(m_loadingRows.size()).arg(m_loadingTotal));
    else
        m_ui->countLabel->setText(tr("%n signal(s)", nullptr, static_cast<int>(m_loadingRows.size())));
    m_loadingRows.clear();
    Q_EMIT loaded();
}

void SignalsPage::setDataChanges(DataChanges &changes)
{
    connect(&changes, &DataChanges::changed, this, [this](DataKind kind) {
        if (kind == DataKind::Signals || kind == DataKind::Flags)
            reload();
    });
}

} // namespace vangnet
