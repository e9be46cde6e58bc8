#pragma once

#include "exports/ListExport.h"

#include <QDate>
#include <QDialog>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace vangnet {

class Clock;
class Database;
class Session;

/// "Export feedback for a partner…" (terugkoppeling, docs/exports.md): the partner (type and/or
/// name) and the period of the signals; the file is asked next by the ListExporter, which writes
/// it off the GUI thread. Accepts only with a partner and a period that runs forward.
class FeedbackExportDialog final : public QDialog {
    Q_OBJECT
public:
    FeedbackExportDialog(const QDate &today, QWidget *parent = nullptr);

    /// The menu action that asks for the partner and period, then the file, and exports through
    /// a ListExporter owned by `window`. Visible to whoever may export it (ListExport::permissionFor).
    static QAction *makeAction(const Database &db, const Session &session, const Clock &clock, QWidget *window);

    void setPartnerType(const QString &type); ///< "" = any
    void setPartnerName(const QString &name);
    void setPeriod(const QDate &from, const QDate &to);
    /// The export asked for (kind Feedback; the format follows the file chosen next).
    exports::ListExportRequest request() const;
    QString errorText() const;

    void accept() override;

private:
    QComboBox *m_typeCombo;
    QLineEdit *m_nameEdit;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLabel *m_errorLabel;
};

} // namespace vangnet
