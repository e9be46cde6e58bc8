#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "households/FlagsPanel.h"
#include "households/HouseholdDetailWidget.h"
#include "rules/DefaultRules.h"
#include "rules/RulesService.h"
#include "zrm/ZrmDialog.h"
#include "zrm/ZrmHistoryWidget.h"
#include "zrm/ZrmScale.h"
#include "zrm/ZrmService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

struct ZrmGuiFixture : AppFixture {
    ZrmService zrm{*db, clock, session};

    Household household(qint64 id)
    {
        auto h = service.get(id);
        REQUIRE(h.ok());
        return *h;
    }

    static QComboBox *combo(const QWidget &dialog, const QString &domain)
    {
        auto *c = dialog.findChild<QComboBox *>(QStringLiteral("score_") + domain);
        REQUIRE(c);
        return c;
    }

    static QPointF point(QDate date, int score)
    {
        return {static_cast<qreal>(date.startOfDay().toMSecsSinceEpoch()), static_cast<qreal>(score)};
    }
};

/// Every named control of `root` has an accessible name (labels read their text).
int checkAccessibleNames(const QWidget &root)
{
    int checked = 0;
    for (const QWidget *w : root.findChildren<QWidget *>()) {
        if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_"))
            || w->metaObject() == &QWidget::staticMetaObject)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w); label && !label->text().isEmpty())
            continue;
        INFO(w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
        ++checked;
    }
    return checked;
}

} // namespace

TEST_CASE_METHOD(ZrmGuiFixture, "The ZRM form saves an assessment, and the history table and chart follow", "[app][gui][zrm]")
{
    const qint64 id = addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, {}, 1);
    const Household h = household(id);
    const QDate today = clock.today();
    ZrmHistoryWidget history(zrm);
    history.setHousehold(id);
    CHECK(history.assessments().isEmpty());
    CHECK(history.chartPoints().isEmpty());
    CHECK(history.findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisibleTo(&history));

    {
        ZrmDialog dialog(zrm, h, today);
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
        CHECK(date->date() == today);
        date->setDate(today.addDays(1)); // later than today is not offered
        CHECK(date->date() == today);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("assessorLabel"))->text() == QStringLiteral("Carla Consulent"));
        auto *person = dialog.findChild<QComboBox *>(QStringLiteral("personCombo"));
        CHECK(person->count() == 3); // the household and its two members
        CHECK(person->currentData().toLongLong() == 0);
        for (const QString &domain : zrm::domainKeys()) {
            CHECK(dialog.score(domain) == 0);
            CHECK(combo(dialog, domain)->count() == 6);
        }
        CHECK(combo(dialog, QStringLiteral("huisvesting"))->itemText(1) == QStringLiteral("1 Acute problems"));
        // The '&' of a domain name is text, not a keyboard mnemonic.
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("label_werk_opleiding"))->text() ==
              QStringLiteral("Work && education:"));
        CHECK(checkAccessibleNames(dialog) >= 18);

        dialog.accept(); // nothing scored: refused, the dialog stays open
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text() == QStringLiteral("Score at least one domain."));

        combo(dialog, QStringLiteral("huisvesting"))->setCurrentIndex(2);
        combo(dialog, QStringLiteral("financien"))->setCurrentIndex(3);
        dialog.setDate(today.addDays(-30));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.savedId() > 0);
    }
    history.refresh();
    REQUIRE(history.assessments().size() == 1);
    history.selectDomain(QStringLiteral("huisvesting"));
    CHECK(history.chartPoints() == QList<QPointF>{point(today.addDays(-30), 2)});

    {
        // The form starts from the latest scores; the assessor changes what changed.
        ZrmDialog dialog(zrm, h, today);
        CHECK(dialog.score(QStringLiteral("huisvesting")) == 2);
        CHECK(dialog.score(QStringLiteral("financien")) == 3);
        CHECK(dialog.score(QStringLiteral("justitie")) == 0);
        dialog.setScore(QStringLiteral("huisvesting"), 4);
        dialog.setPerson(h.members.at(1).id);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    history.refresh();
    REQUIRE(history.assessments().size() == 2);
    auto *table = history.findChild<QTableWidget *>(QStringLiteral("historyTable"));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->isVisibleTo(&history));
    CHECK(table->item(0, 0)->text() == today.toString(QStringLiteral("dd-MM-yyyy")));
    CHECK(table->item(0, 1)->text() == h.members.at(1).fullName());
    CHECK(table->item(1, 1)->text() == QStringLiteral("Household"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Carla Consulent"));
    const int housing = 3 + static_cast<int>(zrm::domainKeys().indexOf(QStringLiteral("huisvesting")));
    CHECK(table->horizontalHeaderItem(housing)->text() == QStringLiteral("Housing"));
    CHECK(table->item(0, housing)->text() == QStringLiteral("4"));
    CHECK(table->item(1, housing)->text() == QStringLiteral("2"));
    CHECK(table->item(0, housing - 3)->text() == QStringLiteral("3")); // financiën carried over
    CHECK(history.chartPoints() == QList<QPointF>{point(today.addDays(-30), 2), point(today, 4)});

    // Picking a domain column shows that domain in the chart.
    table->setCurrentCell(0, 3);
    CHECK(history.selectedDomain() == QStringLiteral("financien"));
    CHECK(history.chartPoints() == QList<QPointF>{point(today.addDays(-30), 3), point(today, 3)});
    history.selectDomain(QStringLiteral("justitie"));
    CHECK(history.chartPoints().isEmpty());
    CHECK(checkAccessibleNames(history) >= 3);
}

TEST_CASE_METHOD(ZrmGuiFixture, "The household panel scores the ZRM and shows its history, and the flags follow at once",
                 "[app][gui][zrm][rules]")
{
    const Session lead = addUser(QStringLiteral("tessa"), QStringLiteral("Tessa Teamleider"), Role::Teamleider, team.id);
    const QString text = rules::defaultRuleSetText() + QStringLiteral(R"rules(
rule zrm_huisvesting {
  title "Huisvesting acuut (ZRM)"
  severity hoog
  score 30
  when zrm(huisvesting) = 1
  explain "ZRM huisvesting: {zrm(huisvesting)}"
}
)rules");
    REQUIRE(rules::RulesService(*db, clock, lead).activate(text, clock.today(), QString()).ok());
    const qint64 id = addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3);
    rules::RulesService rules(*db, clock, session);

    HouseholdDetailWidget detail(service, session, clock);
    detail.setRules(&rules);
    detail.showHousehold(id);
    auto *group = detail.findChild<QGroupBox *>(QStringLiteral("zrmGroup"));
    CHECK_FALSE(group->isVisibleTo(&detail)); // no service: no section
    detail.setZrm(&zrm);
    CHECK(group->isVisibleTo(&detail));
    auto *button = detail.findChild<QPushButton *>(QStringLiteral("zrmButton"));
    CHECK(button->isVisibleTo(&detail));
    CHECK_FALSE(button->accessibleName().isEmpty());
    REQUIRE(detail.zrmHistory());
    CHECK(detail.zrmHistory()->householdId() == id);
    CHECK(detail.zrmHistory()->assessments().isEmpty());
    auto *panel = detail.findChild<FlagsPanel *>(QStringLiteral("flagsPanel"));
    CHECK(panel->flags().isEmpty());
    QSignalSpy changed(&detail, &HouseholdDetailWidget::flagsChanged);

    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *form = qobject_cast<ZrmDialog *>(&dialog);
        REQUIRE(form);
        form->setScore(QStringLiteral("huisvesting"), 1);
        form->setScore(QStringLiteral("sociaal_netwerk"), 3);
        dialog.accept();
        return dialog.result();
    });
    button->click();
    CHECK(changed.count() == 1);
    REQUIRE(detail.zrmHistory()->assessments().size() == 1);
    CHECK(detail.zrmHistory()->assessments().first().scores.size() == 2);
    // The chart shows a domain that was scored, the first of the newest assessment.
    CHECK(detail.zrmHistory()->selectedDomain() == QStringLiteral("huisvesting"));
    CHECK(detail.zrmHistory()->chartPoints().size() == 1);
    REQUIRE(panel->flags().size() == 1);
    CHECK(panel->flags().first().flag.ruleId == QStringLiteral("zrm_huisvesting"));

    // A cancelled form changes nothing.
    DialogRunner::setNextHandler([](QDialog &dialog) {
        dialog.reject();
        return dialog.result();
    });
    detail.assessZrm();
    CHECK(changed.count() == 1);
    CHECK(detail.zrmHistory()->assessments().size() == 1);

    detail.showHousehold(0);
    CHECK(detail.zrmHistory()->householdId() == 0);
    CHECK(detail.zrmHistory()->assessments().isEmpty());
    DialogRunner::clearQueued();
}
