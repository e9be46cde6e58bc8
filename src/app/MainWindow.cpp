#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "households/HouseholdsPage.h"
#include "storage/Database.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

namespace vangnet {

MainWindow::MainWindow(const Database &db, HouseholdService &households, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vangnet.svg")));
    m_ui->actionNewHousehold->setIcon(QIcon(QStringLiteral(":/icons/household-new.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->navigationList->setFrameShape(QFrame::NoFrame);
    m_ui->navigationList->setSpacing(2);
    m_ui->centralBox->setContentsMargins(6, 6, 6, 0);

    m_households = new HouseholdsPage(db, households, clock, this);
    addPage(m_households, QIcon(QStringLiteral(":/icons/households.svg")), tr("Households"));
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack, &QStackedWidget::setCurrentIndex);
    m_ui->navigationList->setCurrentRow(0);

    connect(m_ui->actionNewHousehold, &QAction::triggered, this, [this] {
        m_ui->navigationList->setCurrentRow(m_ui->pageStack->indexOf(m_households));
        m_households->newHousehold();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    const QString engine = db.location().engine == Engine::Sqlite ? tr("SQLite") : tr("PostgreSQL");
    m_databaseLabel = new QLabel(tr("Database: %1 %2").arg(engine, db.location().display()), this);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_households, &HouseholdsPage::totalCountChanged, this,
            [this](int total) { m_countLabel->setText(tr("%n household(s) in total", nullptr, total)); });

    const QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_households->restoreSettings(settings);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    m_ui->pageStack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_ui->navigationList);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));
    const int width = fontMetrics().horizontalAdvance(title) + 24 + 48;
    m_ui->navigationList->setFixedWidth(std::max(m_ui->navigationList->minimumWidth(), std::max(140, width)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vangnet"),
                       tr("<h3>Vangnet %1</h3><p>Case management for homelessness prevention "
                          "teams of Dutch municipalities.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_households->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace vangnet
