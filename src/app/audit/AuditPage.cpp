#include "audit/AuditPage.h"

#include "ui_AuditPage.h"

#include "DialogRunner.h"
#include "audit/AuditCsvWriter.h"
#include "audit/AuditTableModel.h"
#include "FileDialog.h"
#include "support/Clock.h"
#include "users/AuthService.h"

#include <QHeaderView>
#include <QRegularExpressionValidator>

namespace vangnet {

namespace {
constexpr AuditAction allActions[] = {
    AuditAction::Login,          AuditAction::LoginFailed,     AuditAction::Logout,
    AuditAction::OpenHousehold,  AuditAction::CreateHousehold, AuditAction::ChangeHousehold,
    AuditAction::DeleteHousehold, AuditAction::Search,         AuditAction::Import,
    AuditAction::Export,         AuditAction::Print,           AuditAction::RevealBsn,
    AuditAction::PermissionDenied, AuditAction::UserChange,    AuditAction::RetentionPurge,
    AuditAction::RetentionChange, AuditAction::RulesChange,   AuditAction::DismissFlag,
    AuditAction::ChangeCase,     AuditAction::ClocksChange,    AuditAction::OpenCase,
    AuditAction::RecordZrm,      AuditAction::ChangeDischarge, AuditAction::ChangePlaces,
    AuditAction::ChangeNeed,     AuditAction::ChangePlacement, AuditAction::ChangeOrganisation,
    AuditAction::DamagedField,   AuditAction::Genesis,         AuditAction::MergeHousehold,
    AuditAction::UnmergeHousehold, AuditAction::KeyChange,
};
const QString householdType = QStringLiteral("household");
} // namespace

AuditPage::AuditPage(const Database &db, const Session &session, AuthService &auth, const Clock &clock,
                     QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditPage>()), m_session(session), m_auth(auth), m_clock(clock),
      m_log(db, clock), m_model(new AuditTableModel(this))
{
    m_ui->setupUi(this);
    setAccessibleName(tr("Audit log"));
    const QDate today = clock.today();
    m_ui->fromEdit->setDate(today.addDays(-30));
    m_ui->toEdit->setDate(today);
    m_ui->actionCombo->addItem(tr("All actions"), -1);
    for (const AuditAction action : allActions)
        m_ui->actionCombo->addItem(auditActionLabel(action), static_cast<int>(action));
    m_ui->householdEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_ui->householdEdit));
    fillUsers();

    m_ui->auditTable->setModel(m_model);
    m_ui->auditTable->verticalHeader()->hide();
    m_ui->auditTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->statusLabel->setTextFormat(Qt::PlainText);

    connect(m_ui->searchButton, &QPushButton::clicked, this, &AuditPage::search);
    connect(m_ui->householdEdit, &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    search();
}

AuditPage::~AuditPage() = default;

void AuditPage::fillUsers()
{
    m_ui->userCombo->addItem(tr("All users"), qint64(0));
    auto users = m_auth.users(m_session);
    if (!users) {
        showStatus(users.error().message, true);
        return;
    }
    for (const User &user : *users)
        m_ui->userCombo->addItem(tr("%1 (%2)").arg(user.displayName, user.username), user.id);
}

AuditQuery AuditPage::query() const
{
    AuditQuery q;
    q.from = m_ui->fromEdit->date().startOfDay().toUTC();
    q.to = m_ui->toEdit->date().endOfDay().toUTC();
    q.actorId = m_ui->userCombo->currentData().toLongLong();
    const int action = m_ui->actionCombo->currentData().toInt();
    if (action >= 0)
        q.action = static_cast<AuditAction>(action);
    const qint64 household = m_ui->householdEdit->text().toLongLong();
    if (household > 0) {
        q.objectType = householdType;
        q.objectId = household;
    }
    return q;
}

void AuditPage::search()
{
    const AuditQuery q = query();
    auto found = m_log.find(m_session, q);
    if (!found) {
        m_model->setEvents({});
        showStatus(found.error().message, true);
        return;
    }
    const int count = int(found->size());
    m_model->setEvents(std::move(*found));
    m_ui->auditTable->resizeColumnsToContents();
    showStatus(count >= q.limit ? tr("The first %n record(s); narrow the filter to see the rest.", nullptr, count)
                                : tr("%n record(s)", nullptr, count));
}

void AuditPage::exportCsv()
{
    const QString suggested = QStringLiteral("auditlog-%1.csv").arg(m_clock.today().toString(Qt::ISODate));
    const QString fileName = FileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                             tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    // The export is itself recorded; when that fails the export does not happen.
    const int rows = m_model->rowCount();
    if (auto recorded = m_log.record(m_session, AuditAction::Export, QStringLiteral("audit"), 0,
                                     AuditResult::Success, {}, QStringLiteral("rows:%1").arg(rows));
        !recorded) {
        DialogRunner::warn(this, tr("Export audit log"), recorded.error().message);
        return;
    }
    if (auto written = AuditCsvWriter::write(*m_model, fileName); !written) {
        DialogRunner::warn(this, tr("Export audit log"), written.error().message);
        return;
    }
    showStatus(tr("%n record(s) exported to %1.", nullptr, rows).arg(fileName));
}

void AuditPage::verify()
{
    auto checked = m_log.verify(m_session);
    if (!checked) {
        showStatus(checked.error().message, true);
        DialogRunner::warn(this, tr("Verify audit log"), checked.error().message);
        return;
    }
    // The notes (records not sealed yet, a log waiting for its genesis) are what the CLI prints too.
    const QString notes = checked->notes.isEmpty() ? QString() : QLatin1Char('\n') + checked->notes.join(QLatin1Char('\n'));
    if (checked->intact()) {
        showStatus(tr("The audit log is intact (%n record(s) checked).", nullptr, int(checked->checked)) + notes);
        return;
    }
    const QString text = tr("The audit log is not intact:\n%1").arg(checked->problems.join(QLatin1Char('\n')));
    showStatus(text, true);
    DialogRunner::warn(this, tr("Verify audit log"), text);
}

QString AuditPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void AuditPage::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #b03a2e;") : QString());
}

} // namespace vangnet
