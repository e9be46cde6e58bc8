#pragma once

#include "signals/SignalQuery.h"

#include <QWidget>

#include <memory>

namespace vangnet {

class BackgroundTask;
class DataChanges;
class Clock;
class Database;
class ListExporter;
class Session;

namespace Ui {
class SignalsPage;
}

/// "Signalen": the early signals of the user's team, newest first, filtered by partner type,
/// period, status and district (in SQL). Double-clicking a signal opens its household. The list is
/// read off the GUI thread: a city's signals take a while to filter and count.
class SignalsPage final : public QWidget {
    Q_OBJECT
public:
    SignalsPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~SignalsPage() override;
    /// Loads again when signals or flags change (an import, a withdrawn batch, a colleague's entry).
    void setDataChanges(DataChanges &changes);

    /// Reads the list again with the current filters (after an import, say), in the background;
    /// loaded() follows.
    void reload();
    bool isLoading() const;
    int rowCount() const;
    /// A signal's status as the list and the filter say it: "nieuw" → "New" (translated).
    static QString statusText(const QString &status);
    /// "Export…": every signal the filters match (not only the newest the list holds), as CSV
    /// or Excel (docs/exports.md).
    void exportList();
    ListExporter &exporter() const { return *m_exporter; }

Q_SIGNALS:
    void householdRequested(qint64 householdId);
    /// The list shows what the filters select (or why it could not be read).
    void loaded();

private:
    void loadDistricts();
    SignalFilter filter() const;
    void onLoaded();

    std::unique_ptr<Ui::SignalsPage> m_ui;
    const Database &m_db;
    const Session &m_session;
    ListExporter *m_exporter = nullptr;
    BackgroundTask *m_task = nullptr;
    bool m_loadAgain = false; ///< the filters changed while a read ran
    // Written by the background read, read in onLoaded().
    SignalFilter m_loadingFilter;
    QList<SignalListRow> m_loadingRows;
    qint64 m_loadingTotal = 0;
    QString m_loadError;
};

} // namespace vangnet
