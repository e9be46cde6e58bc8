#pragma once

#include "audit/AuditLog.h"
#include "security/Session.h"

#include <QWidget>

#include <memory>

namespace vangnet {

class AuditTableModel;
class AuthService;
class Clock;
class Database;

namespace Ui {
class AuditPage;
}

/// Auditlog: the administrator's view of the audit log (Permission::ReviewAudit), filtered by
/// period, user, action and household ("wie heeft dit dossier ingezien"); exports the rows
/// shown to CSV and verifies the hash chain. Core checks the permission again on every call.
class AuditPage final : public QWidget {
    Q_OBJECT
public:
    AuditPage(const Database &db, const Session &session, AuthService &auth, const Clock &clock,
              QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditTableModel &model() const { return *m_model; }
    /// The filter as the fields say it (UTC bounds of whole local days).
    AuditQuery query() const;
    /// Zoeken: reads the records matching the filter.
    void search();
    /// Exporteren…: the rows shown to a CSV file chosen through FileDialog.
    void exportCsv();
    /// Controleren: checks the chain and tells the result (DialogRunner::warn when broken).
    void verify();
    /// The line under the table ("12 records", "The audit log is intact.", an error).
    QString statusText() const;

private:
    void fillUsers();
    void showStatus(const QString &text, bool problem = false);

    std::unique_ptr<Ui::AuditPage> m_ui;
    Session m_session;
    AuthService &m_auth;
    const Clock &m_clock;
    AuditLog m_log;
    AuditTableModel *m_model = nullptr;
};

} // namespace vangnet
