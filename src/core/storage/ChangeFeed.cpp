#include "storage/ChangeFeed.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

qint64 backendPid(const Database &db)
{
    auto row = runSql(db.connection(), QStringLiteral("SELECT pg_backend_pid()"), {}, "read the backend process");
    return row && row->next() ? row->value(0).toLongLong() : 0;
}

} // namespace

ChangeFeed::ChangeFeed(const Database &own, QObject *parent) : QObject(parent)
{
    if (own.location().engine != Engine::Postgres)
        return;
    ignoreChangesOf(own);
    Database::Options options;
    options.create = false;
    options.migrate = false;
    auto listener = Database::open(own.location(), options);
    if (!listener) {
        m_problem = listener.error().message;
        spdlog::warn("live updates are off: {}", m_problem.toStdString());
        return;
    }
    QSqlDriver *driver = (*listener)->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(channel))) {
        m_problem = driver->lastError().text();
        spdlog::warn("live updates are off: {}", m_problem.toStdString());
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(name, source, payload);
            });
    m_listener = std::move(listener).value();
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::ignoreChangesOf(const Database &db)
{
    if (db.location().engine == Engine::Postgres)
        if (const qint64 pid = backendPid(db))
            m_ownPids.insert(pid);
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

void ChangeFeed::onNotification(const QString &name, int source, const QVariant &payload)
{
    // SelfSource: sent by the listener's own session, which never writes; the pid in the
    // payload tells this client's other connections apart.
    if (name != QLatin1String(channel) || source == QSqlDriver::SelfSource)
        return;
    qint64 pid = 0;
    DataKind kind{};
    QList<qint64> ids;
    if (!parse(payload.toString(), pid, kind, ids)) {
        spdlog::debug("ignored a change notification this version does not read");
        return;
    }
    if (m_ownPids.contains(pid))
        return;
    Q_EMIT changed(kind, ids);
}

} // namespace vangnet
