#pragma once

#include "security/Session.h"
#include "storage/HouseholdQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <optional>

class QThread;

namespace vangnet {

class Database;
class HouseholdIdLoader;

/// The household list. The ordered id list comes from HouseholdQuery::ids() on a worker thread;
/// the rows are fetched in pages from the GUI thread's connection when the view asks for them,
/// so 100k households cost one id query and a few small page queries.
/// Sorting reruns the query (no proxy model).
class HouseholdListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Priority: the highest severity of the household's open flags (sorts by priority_rank).
    enum Column { Name, Address, Postcode, Plaats, Wijk, Members, Priority, ColumnCount };

    static constexpr int PageSize = 200;

    /// Lists what `session` may see: the households of the user's own team.
    HouseholdListModel(const Database &db, const Session &session, QObject *parent = nullptr);
    ~HouseholdListModel() override;
    HouseholdListModel(const HouseholdListModel &) = delete;
    HouseholdListModel &operator=(const HouseholdListModel &) = delete;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Search box text and district; reloads.
    void setFilter(const QString &search, const QString &wijk);
    /// Only households with an open flag of this rule ("" = any) and at least this severity (0 = any).
    void setFlagFilter(const QString &ruleId, int minSeverity);
    /// Both at once: one reload.
    void setFilter(const QString &search, const QString &wijk, const QString &ruleId, int minSeverity);
    const HouseholdFilter &filter() const { return m_filter; }
    /// Reloads the ids (after a household was created, changed or removed).
    void refresh();

    std::optional<HouseholdRow> itemAt(const QModelIndex &index) const;
    qint64 idAt(int row) const;
    QModelIndex indexOf(qint64 id) const;

    bool isLoading() const { return m_pending != m_shown; }
    /// Households in the database (unfiltered), -1 until known.
    int totalCount() const { return m_total; }

Q_SIGNALS:
    void loadingStarted();
    /// The ids for the current filter are in; rowCount() is final.
    void loaded();
    void loadFailed(const QString &message);
    void totalCountChanged(int total);

private:
    void startLoad(bool countAll);
    void onLoaded(int generation, const QVector<qint64> &ids, int total, const QString &error);
    const HouseholdRow *rowFor(int row) const;

    const Database &m_db;
    Session m_session;
    QThread *m_thread = nullptr;
    HouseholdIdLoader *m_loader = nullptr;
    HouseholdFilter m_filter;
    QVector<qint64> m_ids;
    mutable QHash<int, QHash<qint64, HouseholdRow>> m_pages;
    int m_pending = 0; ///< generation of the newest request
    int m_shown = 0;   ///< generation whose ids are shown
    int m_total = -1;
    bool m_needTotal = false;
};

} // namespace vangnet
