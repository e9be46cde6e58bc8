#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "audit/AuditLog.h"
#include "FileDialog.h"
#include "households/HouseholdDetailWidget.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "subjectaccess/SubjectAccessDialog.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

struct ExportFixture : AppFixture {
    ExportFixture()
        : lead(addUser(QStringLiteral("tom"), QStringLiteral("Tom Leider"), Role::Teamleider, team.id)),
          leadService(*db, clock, lead)
    {
        FileDialog::setInteractive(false);
        FileDialog::clearQueued();
    }
    ~ExportFixture() { FileDialog::clearQueued(); }

    Session lead;
    HouseholdService leadService;
    QTemporaryDir out;
};

QPushButton *exportButton(const HouseholdDetailWidget &detail)
{
    auto *button = detail.findChild<QPushButton *>(QStringLiteral("subjectAccessButton"));
    REQUIRE(button);
    return button;
}

void selectMember(HouseholdDetailWidget &detail, int row)
{
    auto *table = detail.findChild<QTableWidget *>(QStringLiteral("membersTable"));
    REQUIRE(table);
    table->selectRow(row);
}

/// Answers the next SubjectAccessDialog with this reference and format.
void answerDialog(const QString &reference, const QString &format)
{
    DialogRunner::setNextHandler([reference, format](QDialog &dialog) {
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // a reference is required
        dialog.findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->setText(reference);
        CHECK(ok->isEnabled());
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
        combo->setCurrentIndex(combo->findData(format));
        REQUIRE(combo->currentData().toString() == format);
        ok->click();
        return dialog.result();
    });
}

} // namespace

TEST_CASE("A team lead exports a member's data from the detail panel", "[app][gui][subjectaccess]")
{
    ExportFixture f;
    const qint64 id = f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 1, {}, {}, 1);
    HouseholdsPage page(*f.db, f.lead, f.leadService, f.clock);
    QSignalSpy loaded(&page.model(), &HouseholdListModel::loaded);
    waitFor(loaded);
    page.selectHousehold(id);
    HouseholdDetailWidget &detail = page.detail();
    REQUIRE(detail.household().has_value());

    QPushButton *button = exportButton(detail);
    CHECK_FALSE(button->isHidden());
    CHECK_FALSE(button->accessibleName().isEmpty());
    CHECK_FALSE(button->isEnabled()); // no member selected yet
    selectMember(detail, 0);
    REQUIRE(button->isEnabled());
    const Person member = *detail.selectedMember();

    SECTION("as JSON")
    {
        const QString file = f.out.filePath(QStringLiteral("inzage.json"));
        answerDialog(QStringLiteral("INZ-9"), QStringLiteral("json"));
        FileDialog::setNextFileName(file);
        button->click();
        INFO(DialogRunner::lastWarning().toStdString());
        CHECK(DialogRunner::lastWarning().isEmpty());
        CHECK(DialogRunner::lastInformation().contains(file));
        QFile written(file);
        REQUIRE(written.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(written.readAll()).object();
        CHECK(json.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger() == member.id);
        CHECK(json.value(QStringLiteral("request_reference")).toString() == QStringLiteral("INZ-9"));

        AuditQuery q;
        q.objectType = QStringLiteral("person");
        q.objectId = member.id;
        q.action = AuditAction::Export;
        auto events = AuditLog(*f.db, f.clock).find(f.admin, q);
        REQUIRE(events.ok());
        REQUIRE(events->size() == 1);
        CHECK(events->first().actorName == QStringLiteral("tom"));
        CHECK(events->first().reason == QStringLiteral("INZ-9"));
        CHECK(events->first().detail == QStringLiteral("json"));
    }
    SECTION("as PDF")
    {
        const QString file = f.out.filePath(QStringLiteral("inzage.pdf"));
        answerDialog(QStringLiteral("INZ-10"), QStringLiteral("pdf"));
        FileDialog::setNextFileName(file);
        button->click();
        INFO(DialogRunner::lastWarning().toStdString());
        QFile written(file);
        REQUIRE(written.open(QIODevice::ReadOnly));
        CHECK(written.read(5) == "%PDF-");
    }
    SECTION("cancelled at the file dialog: nothing written, nothing recorded")
    {
        answerDialog(QStringLiteral("INZ-11"), QStringLiteral("json"));
        button->click(); // no file name queued: the save dialog is cancelled
        CHECK(QDir(f.out.path()).isEmpty());
        AuditQuery q;
        q.objectType = QStringLiteral("person");
        q.objectId = member.id;
        q.action = AuditAction::Export;
        CHECK(AuditLog(*f.db, f.clock).find(f.admin, q)->isEmpty());
    }
    SECTION("a file that cannot be written is reported")
    {
        answerDialog(QStringLiteral("INZ-12"), QStringLiteral("json"));
        FileDialog::setNextFileName(f.out.filePath(QStringLiteral("no-such-folder/inzage.json")));
        button->click();
        CHECK_FALSE(DialogRunner::lastWarning().isEmpty());
        CHECK(DialogRunner::lastInformation().isEmpty());
    }
}

TEST_CASE("A caseworker is not offered the subject access export", "[app][gui][subjectaccess]")
{
    AppFixture f;
    const qint64 id = f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 1);
    HouseholdsPage page(*f.db, f.session, f.service, f.clock);
    QSignalSpy loaded(&page.model(), &HouseholdListModel::loaded);
    waitFor(loaded);
    page.selectHousehold(id);
    CHECK(exportButton(page.detail())->isHidden());
}

TEST_CASE("The subject access dialog names every widget for assistive technology", "[app][gui][subjectaccess]")
{
    SubjectAccessDialog dialog(QStringLiteral("Jan Bakker"));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("introLabel"))->text().contains(QStringLiteral("Jan Bakker")));
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLabel *>(w) && w->objectName() != QLatin1String("introLabel"))
            continue; // labels name their buddies
        if (!w->isWidgetType() || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        INFO(w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
    CHECK(dialog.formatKey() == QStringLiteral("pdf")); // the resident's copy is the default
}
