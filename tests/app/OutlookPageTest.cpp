#include "AppTestSupport.h"

#include "DataChanges.h"
#include "MainWindow.h"
#include "needs/NeedService.h"
#include "places/PlaceKeys.h"
#include "places/PlaceRepository.h"
#include "plans/OutlookModel.h"
#include "plans/OutlookPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using places::HousingType;

namespace {

/// The fixture's day (1 June 2025) with one candidate who asks for jongeren (a discharge without
/// onderdak in 20 days flags the household) and a begeleid-wonen place free today.
struct OutlookScene {
    AppFixture f;
    Session lead = f.addUser(QStringLiteral("tamara"), QStringLiteral("Tamara Teamleider"), Role::Teamleider, f.team.id);
    DataChanges changes;
    QDate today = f.clock.today();

    OutlookScene()
    {
        const qint64 household = f.addHousehold(QStringLiteral("Jansen"), QStringLiteral("7411 AB"), 3);
        auto shown = f.service.get(household);
        REQUIRE(shown.ok());
        const qint64 member = shown->members.at(0).id;
        importing::DischargeRow notice;
        notice.institutionType = importing::InstitutionType::Detentie;
        notice.expectedDate = today.addDays(20);
        notice.shelter = importing::ConditionState::NietGeregeld;
        REQUIRE(f.service.addDischarge(household, member, notice).ok());
        needs::HousingNeed need;
        need.householdId = household;
        need.applicantId = member;
        need.woonvormen = {HousingType::Jongeren};
        need.availableFrom = today;
        auto recorded = needs::NeedService(*f.db, f.clock, f.session).record(need);
        INFO((recorded ? std::string() : recorded.error().message.toStdString()));
        REQUIRE(recorded.ok());
        addPlace(QStringLiteral("WP-1"), HousingType::BegeleidWonen, today);
    }

    void addPlace(const QString &plekId, HousingType type, QDate from)
    {
        places::PlaceDetails d;
        d.plekId = plekId;
        d.provider = QStringLiteral("Kompaan");
        d.housingType = type;
        d.availableFrom = from;
        REQUIRE(places::PlaceRepository(f.db->connection()).insert(d, QStringLiteral("test"), f.clock.now()).ok());
    }
};

/// Waits for the computation that runs now to end.
void waitForNext(QSignalSpy &computed)
{
    computed.clear();
    waitFor(computed);
}

void computeAndWait(OutlookPage &page)
{
    QSignalSpy computed(&page, &OutlookPage::computed);
    page.refresh();
    waitFor(computed);
}

} // namespace

TEST_CASE("The outlook page shows the first shortage, the chart and the marked table", "[app][outlook]")
{
    OutlookScene s;
    OutlookPage page(*s.f.db, s.lead, s.f.clock, s.changes);
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    computeAndWait(page);
    INFO(page.statusText().toStdString());
    CHECK(page.statusText().isEmpty());
    const QString young = places::housingTypeLabel(HousingType::Jongeren);
    CHECK(page.firstShortageText() == QStringLiteral("First shortage: %1 in week 0 (from 01-06-2025)").arg(young));
    CHECK(page.totalText().startsWith(QStringLiteral("All housing types together have places enough")));
    CHECK(page.countsText().startsWith(QStringLiteral("Counted: candidates 1, discharges 0,")));

    OutlookModel &model = page.model();
    REQUIRE(model.rowCount() == 13);
    CHECK(model.columnCount() == OutlookModel::ColumnCount);
    const QModelIndex shortCell = model.indexOf(0, HousingType::Jongeren);
    CHECK(shortCell.data().toString() == QStringLiteral("short 1"));
    CHECK(shortCell.data(Qt::BackgroundRole).isValid());
    CHECK(shortCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Short by 1 household")));
    const QModelIndex fine = model.indexOf(0, HousingType::BegeleidWonen);
    CHECK(fine.data().toString() == QStringLiteral("+1"));
    CHECK_FALSE(fine.data(Qt::BackgroundRole).isValid());
    CHECK(model.index(12, OutlookModel::TotalColumn).data().toString() == QStringLiteral("0"));
    CHECK(model.index(3, OutlookModel::WeekColumn).data().toString() == QStringLiteral("3 (22-06)"));
    CHECK(model.index(3, OutlookModel::WeekColumn).data(Qt::ToolTipRole).toString()
          == QStringLiteral("From 22-06-2025 to 28-06-2025"));
    CHECK(model.headerData(OutlookModel::FirstWoonvormColumn + int(HousingType::Jongeren), Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .startsWith(young));

    // The chart starts on the woonvorm that runs short first: one household, no place.
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("woonvormCombo"));
    REQUIRE(combo);
    CHECK(combo->currentText() == young);
    REQUIRE(page.chartDemand().size() == 13);
    CHECK(page.chartDemand().at(0) == QPointF(0, 1));
    CHECK(page.chartSupply().at(12) == QPointF(12, 0));
    page.showInChart(std::nullopt); // all together: 1 household, 1 place
    CHECK(page.chartDemand().at(5) == QPointF(5, 1));
    CHECK(page.chartSupply().at(5) == QPointF(5, 1));

    // Every widget has an accessible name.
    int named = 0;
    for (QWidget *w : page.findChildren<QWidget *>()) {
        if (qobject_cast<QLabel *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPushButton *>(w)
            || qobject_cast<QTableView *>(w) || qobject_cast<QProgressBar *>(w)
            || w->objectName() == QLatin1String("chartView")) {
            if (w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            INFO(w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
            ++named;
        }
    }
    CHECK(named >= 10);
}

TEST_CASE("The outlook page computes again when data changes, at once when shown, else when next shown",
          "[app][outlook]")
{
    OutlookScene s;
    OutlookPage page(*s.f.db, s.lead, s.f.clock, s.changes);
    page.show();
    QSignalSpy computed(&page, &OutlookPage::computed);
    waitFor(computed); // showing the page computes it
    CHECK(page.firstShortageText().startsWith(QStringLiteral("First shortage: ")));

    // A jongeren place from week 2: short in weeks 0 and 1 only, still the first shortage.
    s.addPlace(QStringLiteral("WP-2"), HousingType::Jongeren, s.today.addDays(14));
    s.changes.publish(DataKind::Places);
    CHECK(page.isComputing());
    waitForNext(computed);
    CHECK(page.model().indexOf(1, HousingType::Jongeren).data().toString() == QStringLiteral("short 1"));
    CHECK(page.model().indexOf(2, HousingType::Jongeren).data().toString() == QStringLiteral("0"));

    // Hidden: the change waits for the page to be shown again.
    page.hide();
    s.addPlace(QStringLiteral("WP-3"), HousingType::Jongeren, s.today);
    s.changes.publish(DataKind::Places);
    CHECK_FALSE(page.isComputing());
    page.show();
    CHECK(page.isComputing());
    waitForNext(computed);
    CHECK(page.firstShortageText() == QStringLiteral("No housing type runs short in these 13 weeks."));
}

TEST_CASE("Team leads find the outlook in the navigation, caseworkers do not", "[app][outlook]")
{
    OutlookScene s;
    MainWindow lead(*s.f.db, s.lead, s.f.service, s.f.auth, s.f.worker, s.f.clock);
    REQUIRE(lead.outlookPage());
    auto *nav = lead.findChild<QListWidget *>(QStringLiteral("navigationList"));
    REQUIRE(nav);
    CHECK_FALSE(nav->findItems(QStringLiteral("Capacity outlook"), Qt::MatchExactly).isEmpty());
    // A change announced through the window's notification reaches the page.
    QSignalSpy computed(lead.outlookPage(), &OutlookPage::computed);
    lead.show();
    nav->setCurrentRow(lead.findChild<QStackedWidget *>(QStringLiteral("pageStack"))->indexOf(lead.outlookPage()));
    waitFor(computed);
    lead.dataChanges().publish(DataKind::Needs);
    CHECK(lead.outlookPage()->isComputing());
    waitForNext(computed);

    MainWindow caseworker(*s.f.db, s.f.session, s.f.service, s.f.auth, s.f.worker, s.f.clock);
    CHECK_FALSE(caseworker.outlookPage());
}

TEST_CASE("Screenshot of the capacity outlook page", "[.screenshot]")
{
    OutlookScene s;
    s.addPlace(QStringLiteral("WP-2"), HousingType::Jongeren, s.today.addDays(30));
    s.addPlace(QStringLiteral("WP-3"), HousingType::Gezinsplek, s.today.addDays(50));
    const QString out = qEnvironmentVariable("VANGNET_SHOT_DIR", QStringLiteral("/tmp"));
    MainWindow window(*s.f.db, s.lead, s.f.service, s.f.auth, s.f.worker, s.f.clock);
    REQUIRE(window.outlookPage());
    QSignalSpy computed(window.outlookPage(), &OutlookPage::computed);
    window.show();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    nav->setCurrentRow(window.findChild<QStackedWidget *>(QStringLiteral("pageStack"))->indexOf(window.outlookPage()));
    waitFor(computed);
    QTest::qWait(300); // let the layouts settle as the event loop of the application would
    CHECK(window.grab().save(out + QStringLiteral("/shot-outlook.png")));
}
