#include "storage/ChangeFeed.h"

#include "storage/Database.h"
#include "storage/PostgresHandle.h"
#include "storage/SqlStatement.h"

#include <QSocketNotifier>

#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

qint64 backendPid(const Database &db)
{
    auto row = runSql(db.connection(), QStringLiteral("SELECT pg_backend_pid()"), {}, "read the backend process");
    return row && row->next() ? row->value(0).toLongLong() : 0;
}

} // namespace

ChangeFeed::ChangeFeed(const Database &own, QObject *parent) : QObject(parent), m_own(own)
{
    if (own.location().engine != Engine::Postgres)
        return;
    m_ignored << &own;
    listen();
}

ChangeFeed::~ChangeFeed()
{
    drop();
}

void ChangeFeed::drop()
{
    delete m_socket; // before the connection whose socket it watches
    m_socket = nullptr;
    m_listener.reset();
    m_listenerPid = 0;
}

bool ChangeFeed::listen()
{
    drop();
    m_problem.clear();
    m_ownPids.clear();
    for (const Database *db : std::as_const(m_ignored))
        if (const qint64 pid = backendPid(*db))
            m_ownPids.insert(pid);
    Database::Options options;
    options.create = false;
    options.migrate = false;
    auto listener = Database::open(m_own.location(), options);
    if (!listener) {
        m_problem = listener.error().message;
        spdlog::warn("live updates are off: {}", m_problem.toStdString());
        return false;
    }
    const QString sql = QStringLiteral("LISTEN ") + QString::fromLatin1(channel);
    pg_conn *conn = postgresConnection((*listener)->connection());
    if (auto listening = runSql((*listener)->connection(), sql, {}, "listen for changes"); !listening || !conn) {
        m_problem = listening ? QStringLiteral("no libpq connection") : listening.error().message;
        spdlog::warn("live updates are off: {}", m_problem.toStdString());
        return false;
    }
    m_listener = std::move(listener).value();
    m_listenerPid = PQbackendPID(conn);
    m_socket = new QSocketNotifier(PQsocket(conn), QSocketNotifier::Read, this);
    connect(m_socket, &QSocketNotifier::activated, this, &ChangeFeed::readNotifications);
    readNotifications(); // any that arrived with LISTEN's own reply
    return isActive();
}

bool ChangeFeed::reconnect()
{
    if (m_own.location().engine != Engine::Postgres)
        return false;
    return listen();
}

void ChangeFeed::ignoreChangesOf(const Database &db)
{
    if (db.location().engine != Engine::Postgres)
        return;
    if (!m_ignored.contains(&db))
        m_ignored << &db;
    if (const qint64 pid = backendPid(db))
        m_ownPids.insert(pid);
}

void ChangeFeed::readNotifications()
{
    if (!m_listener)
        return;
    pg_conn *conn = postgresConnection(m_listener->connection());
    if (!conn || !PQconsumeInput(conn) || PQstatus(conn) == CONNECTION_BAD) {
        // libpq has read the server's goodbye (or the socket's end): the feed is done until
        // the server is back. The notifier goes before the connection closes its socket.
        m_problem = conn ? libpqError(conn) : QString();
        spdlog::warn("connection to the database server lost: {}", m_problem.toStdString());
        drop();
        Q_EMIT connectionLost();
        return;
    }
    while (PGnotify *notify = PQnotifies(conn)) {
        const bool ours = QLatin1String(notify->relname) == QLatin1String(channel);
        const qint64 sender = notify->be_pid;
        const QString payload = QString::fromUtf8(notify->extra);
        PQfreemem(notify);
        // The listener's own session never writes; the pid in the payload tells this client's
        // other connections apart.
        if (ours && sender != m_listenerPid)
            onPayload(payload);
    }
}

bool ChangeFeed::parse(const QString &payload, qint64 &pid, DataKind &kind, QList<qint64> &ids)
{
    const QStringList parts = payload.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return false;
    bool ok = false;
    pid = parts[0].toLongLong(&ok);
    const auto named = dataKindFromName(parts[1]);
    if (!ok || !named)
        return false;
    kind = *named;
    ids.clear();
    for (const QString &text : parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 id = text.toLongLong(&ok);
        if (!ok)
            return false;
        ids << id;
    }
    return true;
}

void ChangeFeed::onPayload(const QString &payload)
{
    qint64 pid = 0;
    DataKind kind{};
    QList<qint64> ids;
    if (!parse(payload, pid, kind, ids)) {
        spdlog::debug("ignored a change notification this version does not read");
        return;
    }
    if (m_ownPids.contains(pid))
        return;
    Q_EMIT changed(kind, ids);
}

} // namespace vangnet
