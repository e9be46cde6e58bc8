#pragma once

#include <QByteArray>
#include <QDialog>

#include <memory>

namespace vangnet {

namespace settings {
class OrganisationService;
}

namespace Ui {
class OrganisationDialog;
}

/// The municipality's name and logo on reports (docs/metrics.md, "The organisation on reports"),
/// for the functioneel beheerder. Saves through OrganisationService, which checks the permission
/// and the logo and audits the change; a refusal stays in the dialog with the reason.
class OrganisationDialog final : public QDialog {
    Q_OBJECT
public:
    OrganisationDialog(const settings::OrganisationService &service, QWidget *parent = nullptr);
    ~OrganisationDialog() override;

    void setMunicipality(const QString &name);
    /// Reads a logo file (as "Choose…" does); false with the reason shown when it cannot be used.
    bool loadLogo(const QString &fileName);
    void removeLogo();
    QString errorText() const;

    void accept() override;

private:
    void showLogo();
    void showError(const QString &text);

    std::unique_ptr<Ui::OrganisationDialog> m_ui;
    const settings::OrganisationService &m_service;
    QByteArray m_logo;
    QByteArray m_storedLogo;
    QString m_storedName;
};

} // namespace vangnet
