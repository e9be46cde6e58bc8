#include "LostConnectionBanner.h"

#include "BackgroundTask.h"
#include "DataChanges.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/PostgresHandle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <atomic>
#include <memory>

namespace vangnet {

namespace {

// The demo and key banners' form: an error (red) while lost, calm (green) once back.
const QString lostStyle = QStringLiteral("#lostConnectionBanner { background: #f8d7da; color: #58151c; }");
const QString backStyle = QStringLiteral("#lostConnectionBanner { background: #d1e7dd; color: #0a3622; }");

} // namespace

LostConnectionBanner::LostConnectionBanner(const Database &db, ChangeFeed &feed, DataChanges &changes, QWidget *parent)
    : QFrame(parent), m_db(db), m_feed(feed), m_changes(changes), m_task(new BackgroundTask(this)),
      m_retry(new QTimer(this)), m_hide(new QTimer(this)), m_watch(new QTimer(this)), m_label(new QLabel(this)),
      m_button(new QPushButton(tr("Try &now"), this))
{
    setObjectName(QStringLiteral("lostConnectionBanner"));
    setAccessibleName(tr("Connection to the server"));
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("Connection to the server"));
    m_button->setObjectName(QStringLiteral("tryNowButton"));
    m_button->setAccessibleName(tr("Try to reconnect now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &LostConnectionBanner::tryAgain);

    m_retry->setSingleShot(true);
    m_retry->setInterval(retrySeconds * 1000);
    connect(m_retry, &QTimer::timeout, this, &LostConnectionBanner::tryAgain);
    m_hide->setSingleShot(true);
    m_hide->setInterval(6000);
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);

    const DatabaseLocation location = db.location();
    m_probe = [location] { return serverAnswers(location, 5); };
    connect(&m_feed, &ChangeFeed::connectionLost, this, &LostConnectionBanner::onLost);
    // Only the window's own server session may have ended (the feed's lives on): a statement on
    // it then left libpq's status broken. Reading that status costs nothing and sends nothing.
    if (db.location().engine == Engine::Postgres) {
        m_watch->setInterval(2000);
        connect(m_watch, &QTimer::timeout, this, [this] {
            if (!m_lost && m_db.isBroken())
                onLost();
        });
        m_watch->start();
    }
    hide();
}

LostConnectionBanner::~LostConnectionBanner() = default;

QString LostConnectionBanner::text() const
{
    return m_label->text();
}

void LostConnectionBanner::showState(const QString &text, const QString &style, bool offerRetry)
{
    m_label->setText(text);
    setStyleSheet(style);
    m_button->setVisible(offerRetry);
    m_hide->stop();
    show();
}

void LostConnectionBanner::onLost()
{
    m_lost = true;
    showState(tr("The connection to the server %1 is lost. Vangnet tries again every few seconds. Nothing is "
                 "closed: what you typed stays in its window; save it again once this bar says the connection "
                 "is back.")
                  .arg(m_db.location().url.host()),
              lostStyle, true);
    m_retry->start();
}

void LostConnectionBanner::tryAgain()
{
    if (!m_lost || m_task->isRunning())
        return;
    m_retry->stop();
    auto answered = std::make_shared<std::atomic_bool>(false);
    m_task->start([probe = m_probe, answered] { *answered = probe(); }, [this, answered] { onAnswer(*answered); },
                  nullptr);
}

void LostConnectionBanner::onAnswer(bool answered)
{
    const QString when = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    auto waitMore = [&](const QString &why) {
        showState(tr("The connection to the server %1 is lost. Vangnet tries again every few seconds; last try "
                     "%2: %3 Nothing is closed: what you typed stays in its window.")
                      .arg(m_db.location().url.host(), when, why),
                  lostStyle, true);
        m_retry->start();
    };
    if (!answered)
        return waitMore(tr("the server does not answer yet."));
    if (auto reopened = m_db.reconnect(); !reopened) {
        if (reopened.error().code == ErrorCode::NewerSchema) {
            // Working on would mean writing with the wrong schema: no more attempts.
            showState(reopened.error().message, lostStyle, false);
            return;
        }
        return waitMore(tr("the server answers but did not take the connection yet."));
    }
    if (!m_feed.reconnect())
        return waitMore(tr("the server answers but did not take the connection yet."));
    m_lost = false;
    spdlog::info("connection to the database server restored");
    showState(tr("The connection to the server is back. The pages show the latest data; save what you typed."),
              backStyle, false);
    m_hide->start();
    // Whatever colleagues changed meanwhile was announced while no one listened: every page reloads.
    for (const DataKind kind : allDataKinds())
        m_changes.publish(kind);
    Q_EMIT restored();
}

} // namespace vangnet
