#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace vangnet {

namespace Ui {
class ActivateRulesDialog;
}

/// "Activeren": the date a new rule-set version comes into force (today or later) and a note
/// for the history.
class ActivateRulesDialog final : public QDialog {
    Q_OBJECT
public:
    ActivateRulesDialog(QDate today, QWidget *parent = nullptr);
    ~ActivateRulesDialog() override;

    QDate effectiveFrom() const;
    QString note() const;
    /// Fills the form (tests answer the dialog through DialogRunner with this).
    void setAnswer(QDate effectiveFrom, const QString &note);

private:
    std::unique_ptr<Ui::ActivateRulesDialog> m_ui;
};

} // namespace vangnet
