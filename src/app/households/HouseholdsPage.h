#pragma once

#include <QWidget>

#include <memory>

class QSettings;
class QTimer;

namespace vangnet {

class Clock;
class DataChanges;
class Database;
enum class DataKind;
class Session;
class CaseSummaryExporter;
class HouseholdDetailWidget;
class HouseholdListModel;
class HouseholdService;
class ListExporter;
class ZrmService;

namespace cases {
class CaseService;
}

namespace needs {
class NeedService;
}

namespace places {
class PlaceService;
}

namespace rules {
class RulesService;
}

namespace Ui {
class HouseholdsPage;
}

/// Huishoudens: search box, district filter, the household list and the selected household.
class HouseholdsPage final : public QWidget {
    Q_OBJECT
public:
    HouseholdsPage(const Database &db, const Session &session, HouseholdService &service, const Clock &clock,
                   QWidget *parent = nullptr);
    ~HouseholdsPage() override;

    HouseholdListModel &model() const { return *m_model; }
    HouseholdDetailWidget &detail() const { return *m_detail; }
    /// The household selected in the list, 0 when none.
    qint64 selectedId() const;
    void selectHousehold(qint64 id);

    /// Opens the household dialog for a new household; selects it when saved.
    void newHousehold();
    void editHousehold(qint64 id);
    /// Puts the cursor in the search box (Ctrl+F).
    void focusSearch();
    /// "Export…": the households the search and filters find, in the list's sort order, as CSV
    /// or Excel (docs/exports.md).
    void exportList();
    ListExporter &exporter() const { return *m_exporter; }
    /// The households selected in the list, in list order (several with Ctrl or Shift).
    QList<qint64> selectedIds() const;
    /// "Export summaries…": one case summary PDF per selected household (docs/case-summary.md).
    void exportSummaries();
    /// Writes the case summaries: the list's batch and the shown household's "Print summary…".
    CaseSummaryExporter &summaries() const { return *m_summaries; }

    /// The rule set or the flags changed: reloads the rule filter, the list and the shown household.
    void rulesChanged();
    /// Takes part in the session's change channel: publishes the households, flags and housing
    /// needs changed here, and reloads when households, cases, flags or signals change elsewhere
    /// (rulesChanged()). An open household dialog says so when a colleague changes its household.
    void setDataChanges(DataChanges &changes);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    /// The number of households in the database changed (status bar).
    void totalCountChanged(int total);
    /// The shown household's "Open case" / "New case…" (MainWindow opens the case screen).
    void caseRequested(qint64 householdId, const QString &householdName);

private:
    void loadDistricts();
    /// The rule filter offers the rules of the version in force today.
    void loadRules();
    QStringList districts() const;
    void applyFilter();
    void onLoaded();
    void showCount();
    /// Tells the channel (when there is one); this page has shown the change already.
    void publish(DataKind kind, const QList<qint64> &ids);
    void onDataChanged(DataKind kind, const QList<qint64> &ids);

    std::unique_ptr<Ui::HouseholdsPage> m_ui;
    const Database &m_db;
    HouseholdService &m_service;
    const Clock &m_clock;
    HouseholdListModel *m_model = nullptr;
    HouseholdDetailWidget *m_detail = nullptr;
    std::unique_ptr<rules::RulesService> m_rules;
    std::unique_ptr<cases::CaseService> m_cases;
    std::unique_ptr<ZrmService> m_zrm;
    std::unique_ptr<needs::NeedService> m_needs;
    std::unique_ptr<places::PlaceService> m_places;
    QTimer *m_searchDelay = nullptr;
    ListExporter *m_exporter = nullptr;
    CaseSummaryExporter *m_summaries = nullptr;
    qint64 m_keepSelected = 0; ///< household to select again once the list has reloaded
    DataChanges *m_changes = nullptr;
    bool m_publishing = false;
};

} // namespace vangnet
