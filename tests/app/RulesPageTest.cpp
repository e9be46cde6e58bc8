#include "AppTestSupport.h"
#include "RulesGuiSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "cases/CaseService.h"
#include "households/DismissFlagDialog.h"
#include "households/FlagsPanel.h"
#include "households/HouseholdDetailWidget.h"
#include "rules/ActivateRulesDialog.h"
#include "rules/RuleParametersForm.h"
#include "rules/RulesPage.h"
#include "rules/RulesService.h"
#include "storage/SqlStatement.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBlock>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::test;

namespace {

QStringList texts(const QListWidget &list)
{
    QStringList out;
    for (int row = 0; row < list.count(); ++row)
        out << list.item(row)->text();
    return out;
}

template <typename T> T *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("Only a team lead gets the signal rules page", "[app][gui][rules]")
{
    AppFixture f;
    {
        MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
        CHECK_FALSE(window.rulesPage()); // a consulent does not edit rules
    }
    const Session lead
        = f.addUser(QStringLiteral("tineke"), QStringLiteral("Tineke Teamleider"), Role::Teamleider, f.team.id);
    HouseholdService leadService(*f.db, f.clock, lead);
    MainWindow window(*f.db, lead, leadService, f.auth, f.worker, f.clock);
    REQUIRE(window.rulesPage());
    // The draft starts as the active version: the shipped default rules.
    const QString draft = child<QPlainTextEdit>(*window.rulesPage(), "editor")->toPlainText();
    CHECK(draft.contains(QStringLiteral("rule meerdere_achterstanden")));
    CHECK(window.rulesPage()->versions().size() == 1);
}

TEST_CASE("Checking the rules lists errors with line and column and goes to them", "[app][gui][rules]")
{
    AppFixture f;
    const Session lead
        = f.addUser(QStringLiteral("tineke"), QStringLiteral("Tineke Teamleider"), Role::Teamleider, f.team.id);
    RulesPage page(*f.db, lead, f.clock);
    auto *editor = child<QPlainTextEdit>(page, "editor");
    auto *errors = child<QListWidget>(page, "errorList");
    QString broken = RentRule;
    broken.replace(QStringLiteral("exists(huur)"), QStringLiteral("exists(hure)")); // line 6
    editor->setPlainText(broken);

    CHECK_FALSE(page.check());
    REQUIRE(errors->count() == 1);
    CHECK_FALSE(errors->isHidden()); // shown without clicking
    const QString message = errors->item(0)->text();
    INFO(message.toStdString());
    // "regel L, kolom K: …" in Dutch; the tests run untranslated ("line L, column K: …").
    static const QRegularExpression position(QStringLiteral("^(?:regel|line) (\\d+), (?:kolom|column) (\\d+): "));
    const QRegularExpressionMatch at = position.match(message);
    REQUIRE(at.hasMatch());
    CHECK(at.captured(1).toInt() == 6);
    CHECK(message.contains(QStringLiteral("hure")));
    const int column = at.captured(2).toInt();
    CHECK(column == broken.section(QLatin1Char('\n'), 5, 5).indexOf(QStringLiteral("hure")) + 1);

    page.goToError(0);
    CHECK(editor->textCursor().blockNumber() == 5);
    CHECK(editor->textCursor().positionInBlock() == column - 1);

    editor->setPlainText(RentRule);
    CHECK(page.check());
    CHECK(errors->count() == 0);
    CHECK(child<QLabel>(page, "statusLabel")->text().contains(QStringLiteral("1")));
}

TEST_CASE(
    "A team lead previews, activates a rule and a caseworker reads why a household is flagged", "[app][gui][rules]")
{
    AppFixture f;
    const QDate recent = f.clock.today().addDays(-20);
    // Flagged by the default rules (two kinds of arrears) and by the new rule (rent).
    const qint64 both = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3);
    enterSignal(f.service, both, PartnerType::Huur, recent);
    enterSignal(f.service, both, PartnerType::Energie, recent);
    // Only the new rule flags this one: it is added.
    const qint64 rentOnly = f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 5);
    const qint64 rentSignal = enterSignal(f.service, rentOnly, PartnerType::Huur, recent);
    // Only the default rules flag this one (no rent): it is dropped.
    const qint64 noRent = f.addHousehold(QStringLiteral("Mulder"), QStringLiteral("7412 CD"), 1);
    enterSignal(f.service, noRent, PartnerType::Energie, recent);
    enterSignal(f.service, noRent, PartnerType::Water, recent);
    f.addHousehold(QStringLiteral("Jansen"), QStringLiteral("7412 CD"), 9); // nothing at all

    const Session lead
        = f.addUser(QStringLiteral("tineke"), QStringLiteral("Tineke Teamleider"), Role::Teamleider, f.team.id);
    RulesPage page(*f.db, lead, f.clock);
    auto *editor = child<QPlainTextEdit>(page, "editor");
    editor->setPlainText(RentRule);

    QSignalSpy previewed(&page, &RulesPage::previewFinished);
    page.startPreview();
    CHECK(page.isBusy());
    waitFor(previewed);
    CHECK(page.lastPreview().added == QList<qint64>{rentOnly});
    CHECK(page.lastPreview().dropped == QList<qint64>{noRent});
    CHECK(child<QLabel>(page, "previewSummary")->text() == QStringLiteral("+1 / −1 households"));
    // The team lead's own team: names are shown.
    CHECK(texts(*child<QListWidget>(page, "addedList")).join(QLatin1Char('|')).contains(QStringLiteral("Bakker")));
    CHECK(texts(*child<QListWidget>(page, "droppedList")).join(QLatin1Char('|')).contains(QStringLiteral("Mulder")));

    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *activate = qobject_cast<ActivateRulesDialog *>(&dialog);
        REQUIRE(activate);
        CHECK(activate->effectiveFrom() == f.clock.today()); // default: today
        activate->setAnswer(f.clock.today().addDays(-3), QStringLiteral("Huur apart signaleren")); // not before today
        CHECK(activate->effectiveFrom() == f.clock.today());
        dialog.accept();
        return dialog.result();
    });
    QSignalSpy activated(&page, &RulesPage::activated);
    page.activate();
    waitFor(activated);
    REQUIRE(page.versions().size() == 2);
    CHECK(page.versions().first().version == 2);
    CHECK(page.versions().first().note == QStringLiteral("Huur apart signaleren"));
    CHECK(page.versions().first().authorName == QStringLiteral("Tineke Teamleider"));
    auto *history = child<QTableWidget>(page, "versionsTable");
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(0, 0)->text().contains(QStringLiteral("2")));
    CHECK(history->item(0, 3)->text() == QStringLiteral("Huur apart signaleren"));
    // Selecting the old version shows its text, read-only.
    history->setCurrentCell(1, 0);
    auto *versionText = child<QPlainTextEdit>(page, "versionText");
    CHECK(versionText->isReadOnly());
    CHECK(versionText->toPlainText().contains(QStringLiteral("rule meerdere_achterstanden")));

    // The caseworker opens the added household and reads why it is flagged.
    rules::RulesService caseworkerRules(*f.db, f.clock, f.session);
    HouseholdDetailWidget detail(f.service, f.session, f.clock);
    detail.setRules(&caseworkerRules);
    detail.showHousehold(rentOnly);
    auto *panel = child<FlagsPanel>(detail, "flagsPanel");
    REQUIRE(panel->flags().size() == 1);
    CHECK(panel->flags().first().flag.ruleId == QStringLiteral("huurachterstand"));
    CHECK(panel->flags().first().flag.ruleVersion == 2);
    CHECK(panel->detailText().contains(QStringLiteral("Open huurachterstand")));
    CHECK(panel->detailText().contains(QStringLiteral("signal:%1").arg(rentSignal)));
    DialogRunner::clearQueued();
}

TEST_CASE("Every control of the rules page, its dialog and the flags panel has an accessible name", "[app][gui][rules]")
{
    AppFixture f;
    const Session lead
        = f.addUser(QStringLiteral("tineke"), QStringLiteral("Tineke Teamleider"), Role::Teamleider, f.team.id);
    RulesPage page(*f.db, lead, f.clock);
    ActivateRulesDialog activate(f.clock.today());
    FlagsPanel flags;
    DismissFlagDialog dismiss(QStringLiteral("Huurachterstand"));
    int checked = 0;
    for (const QWidget *root : std::initializer_list<const QWidget *>{&page, &activate, &flags, &dismiss}) {
        for (const QWidget *w : root->findChildren<QWidget *>()) {
            // Qt's own parts (scroll bars, viewports) and plain containers are not controls.
            if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_"))
                || w->metaObject() == &QWidget::staticMetaObject)
                continue;
            if (const auto *label = qobject_cast<const QLabel *>(w); label && !label->text().isEmpty())
                continue; // a label reads its text
            INFO(w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
            ++checked;
        }
    }
    CHECK(checked >= 25);
}

TEST_CASE("A team lead changes a parameter in the form and the draft's text follows", "[app][gui][rules]")
{
    AppFixture f;
    const Session lead
        = f.addUser(QStringLiteral("tineke"), QStringLiteral("Tineke Teamleider"), Role::Teamleider, f.team.id);
    RulesPage page(*f.db, lead, f.clock);
    auto *editor = child<QPlainTextEdit>(page, "editor");
    editor->setPlainText(QStringLiteral(
        "param huur_drempel = € 1.000\nparam venster = 90\n"
        "rule huur {\n  title \"Huur\"\n  severity hoog\n  score 10\n"
        "  let huur = signals where partner = Huur and open within venster days\n"
        "  when sum(huur) >= huur_drempel\n  explain \"Huur {sum(huur)}\"\n}\n"));
    RuleParametersForm &form = page.parametersForm();
    REQUIRE(form.parameters().size() == 2);
    auto *amount = page.findChild<QDoubleSpinBox *>(QStringLiteral("parameter_huur_drempel"));
    auto *days = page.findChild<QSpinBox *>(QStringLiteral("parameter_venster"));
    REQUIRE(amount);
    REQUIRE(days);
    CHECK(amount->value() == Approx(1000.0));
    CHECK(days->value() == 90);
    CHECK_FALSE(amount->accessibleName().isEmpty());

    amount->setValue(1250.50);
    CHECK(editor->toPlainText().startsWith(QStringLiteral("param huur_drempel = € 1.250,50\nparam venster = 90\n")));
    days->setValue(60);
    CHECK(editor->toPlainText().contains(QStringLiteral("param venster = 60\n")));
    CHECK(page.findChild<QDoubleSpinBox *>(QStringLiteral("parameter_huur_drempel")) == amount); // the field stays
    CHECK(page.check());

    // Typed text rebuilds the form once it parses; while it does not, the form is greyed.
    editor->setPlainText(editor->toPlainText().replace(QStringLiteral("param venster = 60\n"), QStringLiteral("param venster = \n")));
    CHECK_FALSE(form.isEnabled());
    editor->setPlainText(editor->toPlainText().replace(QStringLiteral("param venster = \n"), QStringLiteral("param venster = 30\n")));
    CHECK(form.isEnabled());
    CHECK(page.findChild<QSpinBox *>(QStringLiteral("parameter_venster"))->value() == 30);
}

TEST_CASE("A team lead previews the draft as of an earlier day, with that day's statuses", "[app][gui][rules]")
{
    AppFixture f;
    const QDate today = f.clock.today();
    // A rent signal closed ten days ago: open a fortnight ago, so the rent rule flagged it then.
    const qint64 closed = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3);
    const qint64 rent = enterSignal(f.service, closed, PartnerType::Huur, today.addDays(-40));
    f.clock.set(QDateTime(today.addDays(-30), QTime(12, 0), Qt::UTC));
    cases::CaseService cases(*f.db, f.clock, f.session);
    auto opened = cases.openFromSignal(rent);
    REQUIRE(opened.ok());
    f.clock.set(QDateTime(today.addDays(-10), QTime(12, 0), Qt::UTC));
    REQUIRE(cases.closeSignal(opened->id, rent).ok());
    f.clock.set(QDateTime(today, QTime(12, 0), Qt::UTC));

    const Session lead
        = f.addUser(QStringLiteral("tineke"), QStringLiteral("Tineke Teamleider"), Role::Teamleider, f.team.id);
    RulesPage page(*f.db, lead, f.clock);
    child<QPlainTextEdit>(page, "editor")->setPlainText(RentRule);
    auto *day = child<QDateEdit>(page, "previewDate");
    CHECK_FALSE(day->accessibleName().isEmpty());
    CHECK(day->date() == today); // today by default, and no later
    CHECK(day->maximumDate() == today);

    QSignalSpy previewed(&page, &RulesPage::previewFinished);
    page.startPreview();
    waitFor(previewed);
    CHECK(page.lastPreview().added.isEmpty()); // closed today
    day->setDate(today.addDays(-14));
    CHECK(child<QLabel>(page, "previewSummary")->text() == QStringLiteral("No preview yet.")); // another day: start again
    previewed.clear();
    page.startPreview();
    waitFor(previewed);
    CHECK(page.lastPreview().asOf == today.addDays(-14));
    CHECK(page.lastPreview().added == QList<qint64>{closed});
    CHECK(child<QLabel>(page, "statusLabel")->text().contains(day->date().toString(QStringLiteral("dd-MM-yyyy"))));

    // Before the status history began, the page says so.
    REQUIRE(runSql(f.db->connection(), QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('status_history_since', ?)"),
                   {timestampToSql(QDateTime(today.addDays(-7), QTime(8, 0), Qt::UTC))})
                .ok());
    previewed.clear();
    page.startPreview();
    waitFor(previewed);
    CHECK_FALSE(page.lastPreview().history.complete);
    CHECK(child<QLabel>(page, "statusLabel")->text().contains(today.addDays(-7).toString(QStringLiteral("dd-MM-yyyy"))));
}
