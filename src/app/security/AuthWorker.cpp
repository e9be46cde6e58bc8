#include "security/AuthWorker.h"

#include "storage/Database.h"
#include "users/AuthService.h"

namespace vangnet {

AuthWorker::AuthWorker(DatabaseLocation location, const Clock &clock, KdfLimits limits, QObject *parent)
    : QObject(parent), m_location(location), m_loginLocation(std::move(location)), m_clock(clock), m_limits(limits),
      m_context(new QObject)
{
    m_teamServer = m_loginLocation.connectsAsUser();
    if (m_teamServer)
        m_teamServerLocation = m_loginLocation;
    m_thread.setObjectName(QStringLiteral("auth"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

AuthWorker::~AuthWorker()
{
    // Queued after every job still waiting, so those finish first; their answers are dropped.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_auth.reset();
            m_db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AuthWorker::connectAs(const QString &username, const QString &password)
{
    if (!m_teamServer)
        return;
    m_loginLocation = m_teamServerLocation.asUser(username, password);
    post([this, as = m_loginLocation] {
        m_auth.reset();
        m_db.reset();
        m_location = as;
    });
}

void AuthWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

Result<AuthService *> AuthWorker::open()
{
    if (m_db && m_db->isBroken()) { // the server went away since: the next job connects anew
        m_auth.reset();
        m_db.reset();
    }
    if (!m_db) {
        auto opened = Database::open(m_location, Database::Options{.create = false, .migrate = false, .migrations = {}});
        if (!opened && m_teamServer)
            // The server itself refused the login role (wrong password, unknown or disabled user).
            return Error{ErrorCode::AuthenticationFailed,
                         tr("The team server refused the login: wrong user name or password, or a disabled account.\n\n%1")
                             .arg(opened.error().message)};
        if (!opened)
            return opened.error();
        m_db = std::move(opened.value());
    }
    if (!m_auth)
        m_auth = std::make_unique<AuthService>(*m_db, m_clock, m_limits);
    return m_auth.get();
}

} // namespace vangnet
