#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace vangnet {

class Clock;
class Database;
class HouseholdService;
class HouseholdsPage;

namespace Ui {
class MainWindow;
}

/// Menus, navigation between the product areas and the status bar. Holds no business logic:
/// each area is a page that gets the services it needs.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Database &db, HouseholdService &households, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    HouseholdsPage &householdsPage() const { return *m_households; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QIcon &icon, const QString &title);
    void showAbout();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    HouseholdsPage *m_households = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace vangnet
