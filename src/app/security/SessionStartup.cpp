#include "security/SessionStartup.h"

#include "DialogRunner.h"
#include "security/FirstAdministratorDialog.h"
#include "security/LoginDialog.h"
#include "storage/Database.h"
#include "users/AuthService.h"

#include <spdlog/spdlog.h>

namespace vangnet {

Result<std::optional<Session>> SessionStartup::start(const Database &db, const AuthService &auth, AuthWorker &worker,
                                                     QWidget *parent)
{
    const auto needsAdministrator = auth.needsFirstAdministrator();
    if (!needsAdministrator)
        return needsAdministrator.error();
    std::optional<Session> session;
    if (*needsAdministrator) {
        FirstAdministratorDialog dialog(auth, worker, parent);
        if (DialogRunner::exec(dialog) == QDialog::Accepted)
            session = dialog.session();
    } else {
        LoginDialog dialog(worker, db.isDemo(), parent);
        if (DialogRunner::exec(dialog) == QDialog::Accepted)
            session = dialog.session();
    }
    if (session)
        spdlog::info("session started for user id {}", session->user().id);
    return session;
}

std::optional<Session> SessionStartup::startOnTeamServer(AuthWorker &worker, QWidget *parent)
{
    LoginDialog dialog(worker, false, parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    spdlog::info("team server session started for user id {}", dialog.session()->user().id);
    return dialog.session();
}

} // namespace vangnet
