#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace vangnet {

/// Schermvergrendeling (BIO 11.2.9, clear screen): tells when nobody has touched keyboard or
/// mouse for a while. An application-wide event filter restarts one single-shot timer on every
/// input event, so idling costs nothing (no polling). The timer stands still while paused
/// (the window is locked) and starts again on resume(). The time is the administrator's policy
/// (IdleLockPolicy, stored in the database), not a setting of the workstation.
class IdleLock final : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~IdleLock() override;
    IdleLock(const IdleLock &) = delete;
    IdleLock &operator=(const IdleLock &) = delete;

    std::chrono::milliseconds timeout() const;
    /// Sets the idle time and starts counting again (tests use milliseconds).
    void setTimeout(std::chrono::milliseconds timeout);
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

Q_SIGNALS:
    /// No input for timeout(); the timer is paused until resume().
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_paused = false;
};

} // namespace vangnet
