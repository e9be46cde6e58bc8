#pragma once

#include <QDialog>

#include <memory>

namespace vangnet {

namespace Ui {
class SubjectAccessDialog;
}

/// Asks what an inzageverzoek export needs: the request's reference (required) and the format.
class SubjectAccessDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SubjectAccessDialog(const QString &personName, QWidget *parent = nullptr);
    ~SubjectAccessDialog() override;

    QString reference() const;
    /// "pdf" or "json"
    QString formatKey() const;

private:
    std::unique_ptr<Ui::SubjectAccessDialog> m_ui;
};

} // namespace vangnet
