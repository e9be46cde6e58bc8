#pragma once

#include <QWidget>

#include <memory>

namespace vangnet {

class Clock;
class Database;
class Session;

namespace Ui {
class SignalsPage;
}

/// "Signalen": the early signals of the user's team, newest first, filtered by partner type,
/// period, status and district (in SQL). Double-clicking a signal opens its household.
class SignalsPage final : public QWidget {
    Q_OBJECT
public:
    SignalsPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~SignalsPage() override;

    /// Reads the list again with the current filters (after an import, say).
    void reload();
    int rowCount() const;
    /// A signal's status as the list and the filter say it: "nieuw" → "New" (translated).
    static QString statusText(const QString &status);

Q_SIGNALS:
    void householdRequested(qint64 householdId);

private:
    void loadDistricts();

    std::unique_ptr<Ui::SignalsPage> m_ui;
    const Database &m_db;
    const Session &m_session;
};

} // namespace vangnet
