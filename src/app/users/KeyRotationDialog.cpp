#include "users/KeyRotationDialog.h"

#include "ui_KeyRotationDialog.h"

#include "security/AuthWorker.h"
#include "users/AuthService.h"

#include <QPushButton>

namespace vangnet {

KeyRotationDialog::KeyRotationDialog(const Session &administrator, const QList<Team> &teams, const QList<User> &users,
                                     qint64 teamId, AuthWorker &worker, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::KeyRotationDialog>()), m_administrator(administrator), m_users(users),
      m_worker(worker)
{
    m_ui->setupUi(this);
    setAccessibleName(windowTitle());
    m_ui->explanationLabel->setText(
        tr("A new key for the team: every protected field of its households (BSNs, notes, case texts) is sealed "
           "again under it, and the old key, which a former member may have kept, opens nothing any more. "
           "You hold no team key yourself: a member of the team who holds it confirms with their password."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Rotate key"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Rotate key"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->errorLabel->setVisible(false);
    m_ui->busyBar->setVisible(false);
    for (const Team &team : teams)
        m_ui->teamCombo->addItem(team.name, team.id);
    m_ui->teamCombo->setCurrentIndex(std::max(0, m_ui->teamCombo->findData(teamId)));
    fillMembers();
    connect(m_ui->teamCombo, &QComboBox::currentIndexChanged, this, &KeyRotationDialog::fillMembers);
    connect(m_ui->memberCombo, &QComboBox::currentIndexChanged, this, &KeyRotationDialog::updateOk);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &KeyRotationDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &KeyRotationDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

KeyRotationDialog::~KeyRotationDialog() = default;

void KeyRotationDialog::fillMembers()
{
    const qint64 teamId = m_ui->teamCombo->currentData().toLongLong();
    m_ui->memberCombo->clear();
    for (const User &u : std::as_const(m_users))
        if (u.active && u.teamId == teamId && u.teamId != 0)
            m_ui->memberCombo->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.username), u.username);
    updateOk();
}

bool KeyRotationDialog::canAccept() const
{
    return !m_busy && m_ui->memberCombo->count() > 0 && !m_ui->passwordEdit->text().isEmpty();
}

QString KeyRotationDialog::errorMessage() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void KeyRotationDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void KeyRotationDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->teamCombo, m_ui->memberCombo, m_ui->passwordEdit})
        w->setEnabled(!busy);
    updateOk();
}

void KeyRotationDialog::submit()
{
    if (!canAccept())
        return;
    m_ui->errorLabel->setVisible(false);
    setBusy(true);
    const Session administrator = m_administrator;
    const QString member = m_ui->memberCombo->currentData().toString();
    const QString password = m_ui->passwordEdit->text();
    const qint64 teamId = m_ui->teamCombo->currentData().toLongLong();
    m_ui->passwordEdit->clear();
    m_worker.run<KeyRotation>(
        this,
        [administrator, member, password, teamId](AuthService &auth) {
            return auth.rotateTeamKey(administrator, member, password, teamId);
        },
        [this](const Result<KeyRotation> &result) {
            setBusy(false);
            if (!result) {
                m_ui->errorLabel->setText(result.error().message);
                m_ui->errorLabel->setVisible(true);
                Q_EMIT failed(result.error().message);
                return;
            }
            m_rotation = *result;
            accept();
        });
}

} // namespace vangnet
