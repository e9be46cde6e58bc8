#pragma once

#include "places/PlaceService.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace vangnet {

class DataChanges;

class BackgroundTask;
class Clock;
class PlacesModel;

namespace Ui {
class PlacesPage;
}

/// Woonplekken: the place inventory (docs/planner.md, "Place inventory"). Everyone who plans or
/// matches reads it; the functioneel beheerder (Permission::ManagePlaces) also imports a
/// provider's file and changes a place's status. For the others those buttons are not built
/// into the page at all (hidden); core checks the permission again on every call.
class PlacesPage final : public QWidget {
    Q_OBJECT
public:
    PlacesPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~PlacesPage() override;
    /// Publishes its changes to the inventory to the session's change channel (DataKind::Places)
    /// and reads the inventory again when places or plan runs change elsewhere.
    void setDataChanges(DataChanges &changes);

    /// Reads the inventory again (done when the page is first shown).
    void refresh();
    /// Importeren…: asks for a file (FileDialog) and imports it in the background.
    void importPlaces();
    /// Status wijzigen: gives the selected place the status chosen next to the button.
    void changeStatus();
    /// Selects the row of this plek_id (false when it is not shown).
    bool selectPlace(const QString &plekId);

    PlacesModel &model() const { return *m_model; }
    bool isImporting() const;
    /// The line under the table: the import's counts, a refusal.
    QString statusText() const;
    /// The rejected rows of the last import, one a line: "line 3, capaciteit: reason".
    QString rejectsText() const;
    /// "Free 2 · Reserved 0 · …" over the whole inventory.
    QString countsText() const;

Q_SIGNALS:
    /// An import ended (its result is in statusText()).
    void importFinished();
    /// The inventory changed (an import or a status).
    void placesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void showCounts();
    void showStatus(const QString &text, bool problem = false);
    void onImported();
    void updateButtons();

    std::unique_ptr<Ui::PlacesPage> m_ui;
    DatabaseLocation m_location;
    Session m_session;
    const Clock &m_clock;
    places::PlaceService m_service;
    PlacesModel *m_model = nullptr;
    BackgroundTask *m_task = nullptr;
    bool m_loaded = false;
    // Written by the import's thread, read in onImported() on the GUI thread after it ended.
    std::optional<places::PlaceImportSummary> m_summary;
    QString m_importError;
    bool m_publishing = false;
};

} // namespace vangnet
