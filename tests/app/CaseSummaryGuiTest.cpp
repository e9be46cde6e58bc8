#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "FileDialog.h"
#include "households/HouseholdDetailWidget.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "summary/CaseSummaryExporter.h"
#include "summary/CaseSummaryService.h"
#include "summary/SummaryProfileDialog.h"
#include "support/CatchQt.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using summary::CaseSummaryService;
using summary::SummaryProfile;

namespace {

/// The fixture's consulent with three households on the households page, a folder to write to,
/// and no real dialogs.
struct SummaryGuiFixture : AppFixture {
    SummaryGuiFixture()
    {
        FileDialog::setInteractive(false);
        FileDialog::clearQueued();
        DialogRunner::setInteractive(false);
        DialogRunner::clearQueued();
        ids << addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 1, QStringLiteral("Centrum"),
            QStringLiteral("999990019"))
            << addHousehold(QStringLiteral("Jansen"), QStringLiteral("7411 AB"), 2, QStringLiteral("Noord"))
            << addHousehold(QStringLiteral("Mulder"), QStringLiteral("7412 CD"), 3, QStringLiteral("Noord"));
        std::sort(ids.begin(), ids.end());
    }
    ~SummaryGuiFixture()
    {
        FileDialog::clearQueued();
        DialogRunner::clearQueued();
    }

    /// The next profile question is answered with `profile`.
    static void answerProfile(SummaryProfile profile)
    {
        DialogRunner::setNextHandler([profile](QDialog &dialog) {
            auto *choice = qobject_cast<SummaryProfileDialog *>(&dialog);
            REQUIRE(choice);
            CHECK(choice->profile() == SummaryProfile::Intern); // the default
            choice->setProfile(profile);
            return int(QDialog::Accepted);
        });
    }

    /// Waits for the exporter's run to end; its finished() arguments.
    static QList<QVariant> waitForRun(CaseSummaryExporter &exporter, QSignalSpy &finished)
    {
        if (finished.isEmpty())
            waitFor(finished);
        REQUIRE(finished.size() == 1);
        CHECK_FALSE(exporter.isRunning());
        return finished.first();
    }

    /// Starts a batch over every household into the fixture's folder (profile and folder answered)
    /// with `exporter`; its finished() spy.
    std::unique_ptr<QSignalSpy> startBatch(CaseSummaryExporter &exporter, SummaryProfile profile)
    {
        auto finished = std::make_unique<QSignalSpy>(&exporter, &CaseSummaryExporter::finished);
        answerProfile(profile);
        FileDialog::setNextFileName(out.path());
        REQUIRE(exporter.exportMany(ids));
        return finished;
    }

    QStringList pdfsIn(const QString &folder) const
    {
        QStringList complete;
        for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
            QFile file(QDir(folder).filePath(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            INFO(name.toStdString());
            CHECK(bytes.startsWith("%PDF-"));
            CHECK(bytes.trimmed().endsWith("%%EOF")); // whole, not half-written
            complete << name;
        }
        return complete;
    }

    QList<qint64> ids;
    QTemporaryDir out;
};

QStringList namesFor(const QList<qint64> &ids, SummaryProfile profile)
{
    QStringList names;
    for (const qint64 id : ids)
        names << CaseSummaryService::fileNameFor(id, profile);
    names.sort();
    return names;
}

} // namespace

TEST_CASE_METHOD(SummaryGuiFixture, "Export summaries… writes one PDF per selected household, off the GUI thread",
    "[app][gui][summary]")
{
    HouseholdsPage page(*db, session, service, clock);
    QSignalSpy loaded(&page.model(), &HouseholdListModel::loaded);
    waitFor(loaded);
    REQUIRE(page.model().rowCount() == 3);
    auto *view = page.findChild<QTableView *>(QStringLiteral("tableView"));
    REQUIRE(view);
    view->selectAll();
    REQUIRE(page.selectedIds() == ids);

    auto *button = page.findChild<QPushButton *>(QStringLiteral("summariesButton"));
    REQUIRE(button);
    CHECK_FALSE(button->accessibleName().isEmpty());
    answerProfile(SummaryProfile::Partner);
    FileDialog::setNextFileName(out.path());
    QSignalSpy finished(&page.summaries(), &CaseSummaryExporter::finished);

    // The GUI thread only asks and starts; gathering and rendering run on the task's thread, so
    // the event loop keeps turning while the PDFs are made.
    QElapsedTimer clicked;
    clicked.start();
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(clicked.elapsed() < 100);
    CHECK(page.summaries().isRunning());
    CHECK_FALSE(button->isEnabled());
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    ticker.start(5);
    const QList<QVariant> outcome = waitForRun(page.summaries(), finished);
    ticker.stop();
    INFO(outcome.at(1).toString().toStdString());
    REQUIRE(outcome.at(0).toBool());
    INFO("longest pause of the GUI thread while the summaries were made: " << longestGap << " ms");
    CHECK(longestGap < 100);
    CHECK(button->isEnabled());
    CHECK(pdfsIn(out.path()) == namesFor(ids, SummaryProfile::Partner));
    CHECK(DialogRunner::lastInformation()
        == QStringLiteral("3 summary(ies) written to %1.").arg(QDir::toNativeSeparators(out.path())));
    CHECK_FALSE(
        DialogRunner::lastInformation().contains(QStringLiteral("Bakker"))); // no names in file names or messages
}

TEST_CASE_METHOD(SummaryGuiFixture, "Cancel stops the batch before the next household and keeps only whole files",
    "[app][gui][summary]")
{
    QWidget owner;
    CaseSummaryExporter exporter(*db, session, clock, &owner);
    const auto finished = startBatch(exporter, SummaryProfile::Intern);
    exporter.cancel();
    const QList<QVariant> outcome = waitForRun(exporter, *finished);
    CHECK_FALSE(outcome.at(0).toBool());
    CHECK(outcome.at(1).toString().startsWith(QStringLiteral("Stopped: ")));
    const QStringList written = pdfsIn(out.path());
    CHECK(written.size() < 3);
    CHECK(outcome.at(1).toString() == QStringLiteral("Stopped: %1 summary(ies) written.").arg(written.size()));
    CHECK(DialogRunner::lastWarning().isEmpty());

    SECTION("a cancelled choice of profile or folder starts nothing")
    {
        CHECK_FALSE(exporter.exportMany(ids)); // no handler queued: the profile dialog is rejected
        answerProfile(SummaryProfile::Intern);
        CHECK_FALSE(exporter.exportMany(ids)); // no folder queued
        CHECK_FALSE(exporter.isRunning());
        CHECK_FALSE(exporter.exportMany({}));
        CHECK(DialogRunner::lastWarning().contains(QStringLiteral("Select the households")));
    }
}

TEST_CASE_METHOD(
    SummaryGuiFixture, "A household that cannot be written stops the batch with which and why", "[app][gui][summary]")
{
    // A folder in the way of the second household's file, as an unwritable target would be.
    REQUIRE(QDir(out.path()).mkdir(CaseSummaryService::fileNameFor(ids[1], SummaryProfile::Intern)));
    QWidget owner;
    CaseSummaryExporter exporter(*db, session, clock, &owner);
    const QList<QVariant> outcome = waitForRun(exporter, *startBatch(exporter, SummaryProfile::Intern));
    CHECK_FALSE(outcome.at(0).toBool());
    const QString message = DialogRunner::lastWarning();
    CHECK(message.contains(QStringLiteral("household %1").arg(ids[1])));
    CHECK(message.contains(QStringLiteral("is a folder")));
    CHECK(message.contains(QStringLiteral("1 summary(ies) were written before it")));
    CHECK(pdfsIn(out.path()) == namesFor({ids[0]}, SummaryProfile::Intern));

    SECTION("a folder that does not exist is refused before anything runs")
    {
        answerProfile(SummaryProfile::Intern);
        FileDialog::setNextFileName(out.filePath(QStringLiteral("weg")));
        CHECK_FALSE(exporter.exportMany(ids));
        CHECK(DialogRunner::lastWarning().contains(QStringLiteral("does not exist")));
    }
}

TEST_CASE_METHOD(
    SummaryGuiFixture, "Print summary… on the household writes its summary to the chosen file", "[app][gui][summary]")
{
    HouseholdsPage page(*db, session, service, clock);
    QSignalSpy loaded(&page.model(), &HouseholdListModel::loaded);
    waitFor(loaded);
    page.selectHousehold(ids[0]);
    auto *print = page.detail().findChild<QPushButton *>(QStringLiteral("summaryButton"));
    REQUIRE(print);
    CHECK_FALSE(print->isHidden());
    CHECK_FALSE(print->accessibleName().isEmpty());

    const QString file = out.filePath(QStringLiteral("bakker.pdf"));
    DialogRunner::setNextHandler([](QDialog &) { return int(QDialog::Accepted); }); // intern, the default
    FileDialog::setNextFileName(file);
    QSignalSpy finished(&page.summaries(), &CaseSummaryExporter::finished);
    QTest::mouseClick(print, Qt::LeftButton);
    const QList<QVariant> outcome = waitForRun(page.summaries(), finished);
    INFO(outcome.at(1).toString().toStdString());
    REQUIRE(outcome.at(0).toBool());
    CHECK(pdfsIn(out.path()) == QStringList{QStringLiteral("bakker.pdf")});
    CHECK(DialogRunner::lastInformation()
        == QStringLiteral("The summary was saved as %1.").arg(QDir::toNativeSeparators(file)));
}

TEST_CASE("The summary's profile dialog and progress window name every widget", "[app][gui][summary]")
{
    SummaryProfileDialog single(1);
    SummaryProfileDialog batch(3);
    for (QDialog *dialog : {static_cast<QDialog *>(&single), static_cast<QDialog *>(&batch)}) {
        CHECK_FALSE(dialog->accessibleName().isEmpty());
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w)) {
                INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
                CHECK_FALSE(w->accessibleName().isEmpty());
            }
        }
    }
    CHECK(single.profile() == SummaryProfile::Intern);
    single.findChild<QRadioButton *>(QStringLiteral("partnerButton"))->setChecked(true);
    CHECK(single.profile() == SummaryProfile::Partner);

    AppFixture f;
    QWidget owner;
    CaseSummaryExporter exporter(*f.db, f.session, f.clock, &owner);
    ProgressWindow *window = exporter.progressWindow();
    CHECK_FALSE(window->accessibleName().isEmpty());
    for (QWidget *w : window->findChildren<QWidget *>()) {
        INFO(w->metaObject()->className());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
}
