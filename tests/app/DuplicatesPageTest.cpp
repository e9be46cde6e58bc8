#include "AppTestSupport.h"

#include "DataChanges.h"
#include "DialogRunner.h"
#include "MainWindow.h"
#include "households/DuplicatesModel.h"
#include "households/DuplicatesPage.h"
#include "households/MergeDialog.h"
#include "households/MergesDialog.h"
#include "storage/SqlStatement.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

qint64 addBorn(AppFixture &f, const QString &achternaam, int huisnummer, QDate born)
{
    Household h;
    h.address = Address{
        0, QStringLiteral("Dorpsstraat"), huisnummer, {}, QStringLiteral("1234 AB"), QStringLiteral("Lindewaarde"), {}};
    Person p;
    p.voorletters = QStringLiteral("M.");
    p.achternaam = achternaam;
    p.geboortedatum = born;
    h.members << p;
    auto created = f.service.create(h);
    REQUIRE(created.ok());
    return created->id;
}

qint64 householdCount(const AppFixture &f)
{
    auto q = runSql(f.db->connection(), QStringLiteral("SELECT COUNT(*) FROM households"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

void computeOnce(DuplicatesPage &page)
{
    QSignalSpy computed(&page, &DuplicatesPage::computed);
    page.refresh();
    waitFor(computed);
}

} // namespace

TEST_CASE(
    "Possible duplicates lists the pair with its reasons and merges it into the household picked", "[app][duplicates]")
{
    AppFixture f;
    const qint64 visser = addBorn(f, QStringLiteral("Visser"), 5, QDate(1979, 7, 14));
    const qint64 vissser = addBorn(f, QStringLiteral("Vissser"), 7, QDate(1979, 7, 14));
    const qint64 bakker = addBorn(f, QStringLiteral("Bakker"), 9, QDate(1990, 1, 1));
    const qint64 baker = addBorn(f, QStringLiteral("Baker"), 11, QDate(1990, 1, 1));
    DataChanges changes;
    DuplicatesPage page(*f.db, f.session, f.clock, changes);
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    computeOnce(page);
    REQUIRE(page.model().rowCount() == 2);
    const QModelIndex first = page.model().indexOf(visser, vissser);
    REQUIRE(first.isValid());
    CHECK(page.model()
              .index(first.row(), DuplicatesModel::Reasons)
              .data()
              .toString()
              .contains(QStringLiteral("Vissser")));
    CHECK(page.model().index(first.row(), DuplicatesModel::Score).data().toInt() == 40);
    for (QWidget *w : page.findChildren<QWidget *>())
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QTableView *>(w) || qobject_cast<QLabel *>(w))
            CHECK_FALSE(w->accessibleName().isEmpty());

    auto *merge = page.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    CHECK_FALSE(merge->isEnabled()); // nothing selected yet
    REQUIRE(page.selectPair(visser, vissser));
    CHECK(merge->isEnabled());
    QSignalSpy published(&changes, &DataChanges::changed);
    QSignalSpy merged(&page, &DuplicatesPage::merged);
    DialogRunner::setNextHandler([vissser](QDialog &dialog) {
        auto &d = dynamic_cast<MergeDialog &>(dialog);
        d.chooseKeep(vissser);
        return int(QDialog::Accepted);
    });
    merge->click();
    REQUIRE(merged.size() == 1);
    CHECK(merged.at(0).at(0).toLongLong() == vissser);
    CHECK(householdCount(f) == 3);
    CHECK_FALSE(page.model().indexOf(visser, vissser).isValid());
    CHECK(page.statusText().contains(QString::number(vissser)));
    CHECK(published.size() >= 1);
    CHECK(published.at(0).at(0).value<DataKind>() == DataKind::Households);

    // The merge is listed under Merges…, and undone from there: both households are back.
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto &d = dynamic_cast<MergesDialog &>(dialog);
        REQUIRE(d.mergeCount() == 1);
        for (QWidget *w : d.findChildren<QWidget *>())
            if (qobject_cast<QPushButton *>(w) || qobject_cast<QTableView *>(w))
                CHECK_FALSE(w->accessibleName().isEmpty());
        auto *undo = d.findChild<QPushButton *>(QStringLiteral("undoButton"));
        CHECK_FALSE(undo->isEnabled());
        d.selectMerge(d.findChild<QTableView *>(QStringLiteral("mergesTable"))->model()->index(0, 0).data().toLongLong());
        REQUIRE(undo->isEnabled());
        CHECK(d.undoSelected());
        CHECK(d.statusText().contains(QStringLiteral("undone")));
        CHECK_FALSE(undo->isEnabled()); // undone already
        return int(QDialog::Rejected);
    });
    page.findChild<QPushButton *>(QStringLiteral("mergesButton"))->click();
    CHECK(householdCount(f) == 4);
    CHECK(merged.size() == 2);

    // Not a duplicate: set aside, and not proposed again after the next detection.
    REQUIRE(page.selectPair(bakker, baker));
    page.findChild<QPushButton *>(QStringLiteral("dismissButton"))->click();
    CHECK_FALSE(page.model().indexOf(bakker, baker).isValid());
    computeOnce(page);
    CHECK_FALSE(page.model().indexOf(bakker, baker).isValid());
    CHECK(page.model().indexOf(visser, vissser).isValid()); // back after the undo, proposed again
    CHECK(householdCount(f) == 4);
}

TEST_CASE("Possible duplicates runs again after an import's data-changed notification", "[app][duplicates]")
{
    AppFixture f;
    DataChanges changes;
    DuplicatesPage page(*f.db, f.session, f.clock, changes);
    page.show();
    QSignalSpy computed(&page, &DuplicatesPage::computed);
    waitFor(computed); // shown: the first run
    CHECK(page.model().rowCount() == 0);
    addBorn(f, QStringLiteral("de Wit"), 5, QDate(1979, 7, 14));
    addBorn(f, QStringLiteral("Wit"), 7, QDate(1979, 7, 14));
    computed.clear();
    changes.publish(DataKind::Flags); // what the import publishes
    waitFor(computed);
    CHECK(page.model().rowCount() == 1);
    changes.publish(DataKind::Places); // unrelated: nothing runs
    CHECK_FALSE(page.isComputing());
}

TEST_CASE("A merge refused in core is told and nothing changes", "[app][duplicates]")
{
    AppFixture f;
    const qint64 a = addBorn(f, QStringLiteral("Visser"), 5, QDate(1979, 7, 14));
    const qint64 b = addBorn(f, QStringLiteral("Vissser"), 7, QDate(1979, 7, 14));
    DataChanges changes;
    DuplicatesPage page(*f.db, f.session, f.clock, changes);
    computeOnce(page);
    REQUIRE(page.selectPair(a, b));
    // Someone changed household b since the list was read.
    REQUIRE(runSql(f.db->connection(), QStringLiteral("UPDATE households SET version = version + 1 WHERE id = ?"), {b})
                .ok());
    DialogRunner::setNextHandler([](QDialog &) { return int(QDialog::Accepted); });
    page.findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    CHECK(DialogRunner::lastWarning().contains(QString::number(b)));
    CHECK(householdCount(f) == 2);
    CHECK(page.model().indexOf(a, b).isValid());
}

TEST_CASE("The main window has the Possible duplicates page for a caseworker", "[app][duplicates]")
{
    AppFixture f;
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    CHECK(window.duplicatesPage() != nullptr);
    MainWindow admin(*f.db, f.admin, f.service, f.auth, f.worker, f.clock);
    CHECK(admin.duplicatesPage() == nullptr);
}
