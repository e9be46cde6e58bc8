#pragma once

#include <QWidget>

#include <memory>

namespace vangnet {

class Clock;
class Database;
class ListExporter;
class Session;
struct SignalFilter;

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
    /// "Export…": every signal the filters match (not only the newest the list holds), as CSV
    /// or Excel (docs/exports.md).
    void exportList();
    ListExporter &exporter() const { return *m_exporter; }

Q_SIGNALS:
    void householdRequested(qint64 householdId);

private:
    void loadDistricts();
    SignalFilter filter() const;

    std::unique_ptr<Ui::SignalsPage> m_ui;
    const Database &m_db;
    const Session &m_session;
    ListExporter *m_exporter = nullptr;
};

} // namespace vangnet
