#include "AppTestSupport.h"
#include "RulesGuiSupport.h"

#include "DialogRunner.h"
#include "households/DismissFlagDialog.h"
#include "households/FlagsPanel.h"
#include "households/HouseholdDetailWidget.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "rules/RulesService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::test;

namespace {

struct FlagsFixture : AppFixture {
    rules::RulesService rules{*db, clock, session};
    QDate recent = clock.today().addDays(-20);

    void evaluate(qint64 id)
    {
        auto run = rules.evaluateHouseholds({id});
        INFO((run ? QString() : run.error().message).toStdString());
        REQUIRE(run.ok());
    }
};

} // namespace

TEST_CASE_METHOD(FlagsFixture, "The household shows its flags, most severe first, with the explanation and evidence",
    "[app][gui][rules]")
{
    const qint64 id = addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3);
    const qint64 rent = enterSignal(service, id, PartnerType::Huur, recent);
    enterSignal(service, id, PartnerType::Energie, recent.addDays(2));
    const qint64 crisis = enterSignal(service, id, PartnerType::Water, recent.addDays(5), true);
    evaluate(id);

    HouseholdDetailWidget detail(service, session, clock);
    detail.setRules(&rules);
    detail.showHousehold(id);
    auto *panel = detail.findChild<FlagsPanel *>(QStringLiteral("flagsPanel"));
    REQUIRE(panel);
    CHECK(detail.findChild<QGroupBox *>(QStringLiteral("flagsGroup"))->isVisibleTo(&detail));
    REQUIRE(panel->flags().size() >= 2);
    // Kritiek (the crisis signal) before hoog (stacked arrears).
    CHECK(panel->flags().at(0).flag.ruleId == QStringLiteral("crisissignaal"));
    CHECK(panel->flags().at(1).flag.ruleId == QStringLiteral("meerdere_achterstanden"));
    auto *tree = panel->findChild<QTreeWidget *>(QStringLiteral("flagsTree"));
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("Critical"));
    CHECK(tree->topLevelItem(0)->background(0).color() != tree->topLevelItem(1)->background(0).color());

    // The most urgent flag's reason shows without a click; then the stacked arrears.
    CHECK(panel->detailText().contains(QStringLiteral("signal:%1").arg(crisis)));
    panel->selectFlag(1);
    CHECK(panel->detailText().contains(QStringLiteral("soorten betalingsachterstand open")));
    CHECK(panel->detailText().contains(QStringLiteral("signal:%1").arg(rent)));

    // Following an evidence link selects that signal on the timeline.
    auto *timeline = detail.findChild<QListWidget *>(QStringLiteral("timelineList"));
    panel->activateLink(QStringLiteral("signal:%1").arg(rent));
    REQUIRE(timeline->currentItem());
    CHECK(timeline->currentItem()->data(Qt::UserRole).toString() == QStringLiteral("signal:%1").arg(rent));
    CHECK(timeline->currentItem()->text().contains(QStringLiteral("Partner")));
}

TEST_CASE_METHOD(
    FlagsFixture, "A flag is dismissed only with a reason, and stays readable in the history", "[app][gui][rules]")
{
    const qint64 id = addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3);
    enterSignal(service, id, PartnerType::Huur, recent, true);
    evaluate(id);
    HouseholdDetailWidget detail(service, session, clock);
    detail.setRules(&rules);
    detail.showHousehold(id);
    auto *panel = detail.findChild<FlagsPanel *>(QStringLiteral("flagsPanel"));
    REQUIRE(panel->openCount() == 1);
    CHECK(detail.findChild<QGroupBox *>(QStringLiteral("flagsGroup"))->title().contains(QStringLiteral("1")));
    auto *dismiss = panel->findChild<QPushButton *>(QStringLiteral("dismissButton"));
    CHECK(dismiss->isEnabled());

    DialogRunner::setNextHandler([](QDialog &dialog) {
        REQUIRE(qobject_cast<DismissFlagDialog *>(&dialog));
        dialog.accept(); // no reason: refused, the dialog stays open
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
        qobject_cast<DismissFlagDialog *>(&dialog)->setReason(QStringLiteral("Al in gesprek met het huishouden"));
        dialog.accept();
        return dialog.result();
    });
    dismiss->click();
    CHECK(panel->openCount() == 0);
    CHECK(panel->flags().isEmpty());

    panel->findChild<QCheckBox *>(QStringLiteral("historyCheck"))->setChecked(true);
    REQUIRE(panel->flags().size() == 1);
    CHECK(panel->flags().first().resolution == QStringLiteral("dismissed"));
    CHECK(panel->flags().first().dismissReason == QStringLiteral("Al in gesprek met het huishouden"));
    CHECK(panel->detailText().contains(QStringLiteral("Al in gesprek met het huishouden")));
    CHECK(panel->detailText().contains(QStringLiteral("Carla Consulent")));
    CHECK_FALSE(dismiss->isEnabled()); // already dismissed
    DialogRunner::clearQueued();
}

TEST_CASE_METHOD(FlagsFixture, "A signal entered by hand is evaluated at once", "[app][gui][rules]")
{
    const qint64 id = addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3);
    enterSignal(service, id, PartnerType::Huur, recent);
    evaluate(id);
    HouseholdDetailWidget detail(service, session, clock);
    detail.setRules(&rules);
    detail.showHousehold(id);
    auto *panel = detail.findChild<FlagsPanel *>(QStringLiteral("flagsPanel"));
    REQUIRE(panel->flags().isEmpty()); // one kind of arrears is no stack
    QSignalSpy changed(&detail, &HouseholdDetailWidget::flagsChanged);

    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *type = dialog.findChild<QComboBox *>(QStringLiteral("partnerTypeCombo"));
        type->setCurrentIndex(type->findData(static_cast<int>(PartnerType::Energie)));
        edit(dialog, "partnerNameEdit")->setText(QStringLiteral("Stroomlijn Energie"));
        dialog.accept();
        return dialog.result();
    });
    detail.addSignal();
    CHECK(changed.count() == 1);
    REQUIRE(panel->flags().size() == 1);
    CHECK(panel->flags().first().flag.ruleId == QStringLiteral("meerdere_achterstanden"));
    DialogRunner::clearQueued();
}

TEST_CASE_METHOD(FlagsFixture, "The household list narrows by rule and by minimum severity, and shows the priority",
    "[app][gui][rules]")
{
    const qint64 stacked = addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3);
    enterSignal(service, stacked, PartnerType::Huur, recent);
    enterSignal(service, stacked, PartnerType::Energie, recent);
    const qint64 crisis = addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 5);
    enterSignal(service, crisis, PartnerType::Huur, recent, true);
    addHousehold(QStringLiteral("Mulder"), QStringLiteral("7412 CD"), 1);
    evaluate(stacked);
    evaluate(crisis);

    HouseholdsPage page(*db, session, service, clock);
    HouseholdListModel &model = page.model();
    QSignalSpy loaded(&model, &HouseholdListModel::loaded);
    waitFor(loaded);
    REQUIRE(model.rowCount() == 3);

    auto *ruleCombo = page.findChild<QComboBox *>(QStringLiteral("ruleCombo"));
    auto *severityCombo = page.findChild<QComboBox *>(QStringLiteral("severityCombo"));
    REQUIRE(ruleCombo);
    REQUIRE(severityCombo);
    const int stackRule = ruleCombo->findData(QStringLiteral("meerdere_achterstanden"));
    REQUIRE(stackRule > 0);
    loaded.clear();
    ruleCombo->setCurrentIndex(stackRule);
    waitFor(loaded);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == stacked);
    CHECK(model.data(model.index(0, HouseholdListModel::Priority)).toString() == QStringLiteral("High"));

    loaded.clear();
    ruleCombo->setCurrentIndex(ruleCombo->findData(QString())); // every household again
    waitFor(loaded);
    CHECK(model.rowCount() == 3);
    loaded.clear();
    severityCombo->setCurrentIndex(severityCombo->findData(4)); // kritiek
    waitFor(loaded);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == crisis);
    CHECK(model.data(model.index(0, HouseholdListModel::Priority)).toString() == QStringLiteral("Critical"));

    loaded.clear();
    severityCombo->setCurrentIndex(severityCombo->findData(3)); // hoog or higher
    waitFor(loaded);
    CHECK(model.rowCount() == 2);
    loaded.clear();
    model.sort(HouseholdListModel::Priority, Qt::DescendingOrder);
    waitFor(loaded);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.idAt(0) == crisis);
    CHECK(model.idAt(1) == stacked);
}
