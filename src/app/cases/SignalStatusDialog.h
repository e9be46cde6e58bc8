#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace vangnet {

namespace cases {
class CaseService;
}

/// "Status voor de partner…": what the signal partner hears back about one signal of a case
/// (EnumSignaalstatus), decided for that signal alone while the case goes on, with an internal
/// reason from the list and the day it was decided. Saves through the service; a refusal keeps
/// what was chosen and shows why.
class SignalStatusDialog final : public QDialog {
    Q_OBJECT
public:
    SignalStatusDialog(cases::CaseService &service, qint64 caseId, qint64 signalId, const QString &signalText,
                       const QString &currentStatus, const QDate &openedOn, const QDate &today, QWidget *parent = nullptr);

    QString status() const;
    void setStatus(const QString &status);
    QString reasonKey() const;
    void setReasonKey(const QString &key);
    QDate decidedOn() const;
    QString errorText() const;

    void accept() override;

private:
    void statusChanged();

    cases::CaseService &m_service;
    qint64 m_caseId;
    qint64 m_signalId;
    QComboBox *m_statusCombo;
    QComboBox *m_reasonCombo;
    QDateEdit *m_dateEdit;
    QLabel *m_errorLabel;
};

} // namespace vangnet
