#include "settings/OrganisationDialog.h"

#include "ui_OrganisationDialog.h"

#include "FileDialog.h"
#include "settings/OrganisationService.h"

#include <QFile>
#include <QPixmap>
#include <QPushButton>

namespace vangnet {

OrganisationDialog::OrganisationDialog(const settings::OrganisationService &service, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OrganisationDialog>()), m_service(service)
{
    m_ui->setupUi(this);
    setAccessibleName(windowTitle());
    m_ui->introLabel->setAccessibleName(tr("About these settings"));
    m_ui->nameLabel->setAccessibleName(tr("Name of the municipality"));
    m_ui->logoLabel->setAccessibleName(tr("Logo on reports"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->errorLabel->hide();
    m_ui->nameEdit->setMaxLength(settings::OrganisationService::maxNameLength);
    if (auto current = m_service.settings()) {
        m_storedName = current->municipality;
        m_storedLogo = current->logo;
    } else {
        showError(current.error().message);
    }
    m_ui->nameEdit->setText(m_storedName);
    m_logo = m_storedLogo;
    showLogo();
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::getOpenFileName(this, tr("Choose a logo"), tr("Images (*.png *.jpg *.jpeg)"));
        if (!file.isEmpty())
            loadLogo(file);
    });
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, &OrganisationDialog::removeLogo);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &OrganisationDialog::reject);
}

OrganisationDialog::~OrganisationDialog() = default;

void OrganisationDialog::setMunicipality(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

bool OrganisationDialog::loadLogo(const QString &fileName)
{
    QFile in(fileName);
    if (in.size() > settings::OrganisationService::maxLogoBytes || !in.open(QIODevice::ReadOnly)) {
        showError(in.size() > settings::OrganisationService::maxLogoBytes
                      ? tr("%1 is larger than %2 KB.").arg(fileName).arg(settings::OrganisationService::maxLogoBytes / 1024)
                      : tr("%1 could not be read: %2").arg(fileName, in.errorString()));
        return false;
    }
    const QByteArray image = in.readAll();
    QPixmap shown;
    if (const auto problems = settings::OrganisationService::checkLogo(image); !problems.isEmpty() || !shown.loadFromData(image)) {
        showError(tr("%1: %2").arg(fileName, problems.isEmpty() ? tr("the image could not be read.") : problems.first().message));
        return false;
    }
    m_logo = image;
    showError(QString());
    showLogo();
    return true;
}

void OrganisationDialog::removeLogo()
{
    m_logo.clear();
    showLogo();
}

void OrganisationDialog::showLogo()
{
    QPixmap logo;
    if (!m_logo.isEmpty() && logo.loadFromData(m_logo)) {
        m_ui->logoPreview->setPixmap(logo.scaled(m_ui->logoPreview->minimumSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_ui->logoPreview->setAccessibleDescription(tr("A logo is set"));
    } else {
        m_ui->logoPreview->setPixmap({});
        m_ui->logoPreview->setText(tr("No logo"));
        m_ui->logoPreview->setAccessibleDescription(tr("No logo is set"));
    }
    m_ui->removeLogoButton->setEnabled(!m_logo.isEmpty());
}

void OrganisationDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

QString OrganisationDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void OrganisationDialog::accept()
{
    if (m_ui->nameEdit->text().simplified() != m_storedName) {
        if (auto saved = m_service.setMunicipality(m_ui->nameEdit->text()); !saved) {
            showError(saved.error().message);
            return;
        }
    }
    if (m_logo != m_storedLogo) {
        if (auto saved = m_service.setLogo(m_logo); !saved) {
            showError(saved.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace vangnet
