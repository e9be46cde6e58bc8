#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace vangnet {

class BackgroundTask;
class ChangeFeed;
class DataChanges;
class Database;

/// The notice across the main window when the connection to the team server broke (the change
/// feed noticed: the server stopped, restarted or the network went away; or a statement of the
/// window's own connection found it broken, seen within two seconds). It says so plainly,
/// tries again every few seconds — first asking off the GUI thread whether the server answers,
/// then reopening the window's connection and the feed — and, once back, brings every page up
/// to date through DataChanges. Nothing is closed meanwhile: what was typed stays in its form,
/// and a save tried in between fails with a message saying it can be saved again later
/// (ErrorCode::ConnectionLost). Hidden on SQLite and while connected.
class LostConnectionBanner final : public QFrame {
    Q_OBJECT
public:
    /// Seconds between attempts while the server does not answer.
    static constexpr int retrySeconds = 3;

    LostConnectionBanner(const Database &db, ChangeFeed &feed, DataChanges &changes, QWidget *parent = nullptr);
    ~LostConnectionBanner() override;

    /// Whether the server answers, asked on a worker thread (tests hold the connection down).
    void setProbe(std::function<bool()> probe) { m_probe = std::move(probe); }
    bool isLost() const { return m_lost; }
    QString text() const;

public Q_SLOTS:
    /// Tries to reconnect now (the "Try now" button; the timer's attempts).
    void tryAgain();

Q_SIGNALS:
    /// The connection and the feed are open again and the pages were told to reload.
    void restored();

private:
    void onLost();
    void onAnswer(bool answered);
    void showState(const QString &text, const QString &style, bool offerRetry);

    const Database &m_db;
    ChangeFeed &m_feed;
    DataChanges &m_changes;
    std::function<bool()> m_probe;
    BackgroundTask *m_task = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_hide = nullptr;
    QTimer *m_watch = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
    bool m_lost = false;
};

} // namespace vangnet
