#pragma once

#include <QDate>
#include <QDateTime>

namespace vangnet {

/// Source of "now". Injected into services so tests can stand on any day.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

/// A clock that stands still (tests, reproducible demo data).
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace vangnet
