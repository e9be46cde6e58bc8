#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "audit/AuditPage.h"
#include "audit/AuditTableModel.h"
#include "FileDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QTableView>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

bool hasRow(const AuditTableModel &model, AuditAction action, const QString &user, qint64 objectId = 0)
{
    for (const AuditEvent &event : model.events()) {
        if (event.action == action && event.actorName == user && (objectId == 0 || event.objectId == objectId))
            return true;
    }
    return false;
}

void selectData(QComboBox &combo, const QVariant &data)
{
    const int row = combo.findData(data);
    REQUIRE(row >= 0);
    combo.setCurrentIndex(row);
}

} // namespace

TEST_CASE("The administrator finds logins and opened households in the audit log and exports them", "[app][audit]")
{
    AppFixture f;
    const qint64 opened = f.addHousehold(QStringLiteral("Jansen"), QStringLiteral("1234AB"), 1);
    const qint64 other = f.addHousehold(QStringLiteral("Pietersen"), QStringLiteral("1234AB"), 2);
    REQUIRE(f.auth.login(QStringLiteral("carla"), UserPassword).ok());
    REQUIRE(f.service.get(opened).ok());
    REQUIRE(f.service.get(other).ok());

    MainWindow window(*f.db, f.admin, f.service, f.auth, f.worker, f.clock);
    REQUIRE(window.auditPage());
    AuditPage &page = *window.auditPage();
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AuditTableModel &model = page.model();
    INFO(page.statusText().toStdString());
    CHECK(hasRow(model, AuditAction::Login, QStringLiteral("carla")));
    CHECK(hasRow(model, AuditAction::OpenHousehold, QStringLiteral("carla"), opened));
    const int all = model.rowCount();

    SECTION("filter by user")
    {
        selectData(*page.findChild<QComboBox *>(QStringLiteral("userCombo")), f.admin.user().id);
        page.search();
        REQUIRE(model.rowCount() > 0);
        CHECK(model.rowCount() < all);
        for (const AuditEvent &event : model.events())
            CHECK(event.actorId == f.admin.user().id);
    }
    SECTION("who looked at this household")
    {
        page.findChild<QLineEdit *>(QStringLiteral("householdEdit"))->setText(QString::number(opened));
        selectData(*page.findChild<QComboBox *>(QStringLiteral("actionCombo")),
                   static_cast<int>(AuditAction::OpenHousehold));
        page.search();
        REQUIRE(model.rowCount() == 1);
        const auto event = model.itemAt(model.index(0, 0));
        REQUIRE(event);
        CHECK(event->objectId == opened);
        CHECK(event->actorName == QStringLiteral("carla"));
        CHECK(model.indexOf(event->id).row() == 0);
        CHECK(model.data(model.index(0, AuditTableModel::ActionColumn)).toString()
              == auditActionLabel(AuditAction::OpenHousehold));
    }
    SECTION("export the rows shown to CSV")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("audit.csv"));
        const int shown = model.rowCount();
        FileDialog::setNextFileName(file);
        page.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
        QFile csv(file);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        // Owner-only like every file Vangnet writes (docs/security.md, "File modes").
        CHECK((csv.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                    | QFileDevice::WriteOther)) == QFileDevice::Permissions());
        const QByteArray bytes = csv.readAll();
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == shown + 1);
        CHECK(lines.first()
              == QStringLiteral("Time;User;Action;Object;Result;Origin;Reason;Detail"));
        CHECK(lines.at(1).split(QLatin1Char(';')).size() == AuditTableModel::ColumnCount);
        // The export itself is audited.
        page.search();
        CHECK(hasRow(model, AuditAction::Export, QStringLiteral("admin")));
    }
    SECTION("verify the chain")
    {
        page.findChild<QPushButton *>(QStringLiteral("verifyButton"))->click();
        CHECK(DialogRunner::lastWarning().isEmpty());
        CHECK_FALSE(page.statusText().isEmpty());
    }
}

TEST_CASE("Every interactive widget of the audit page has an accessible name", "[app][audit]")
{
    AppFixture f;
    AuditPage page(*f.db, f.admin, f.auth, f.clock);
    int checked = 0;
    for (QWidget *widget : page.findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                                 || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QDateEdit *>(widget)
                                 || qobject_cast<QTableView *>(widget);
        // Parts of Qt's own widgets (a date edit's line edit, a table's corner button) are unnamed.
        if (!interactive || widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        INFO(widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        ++checked;
    }
    CHECK(checked >= 9);
}

TEST_CASE("A caseworker's window has no audit area", "[app][audit]")
{
    AppFixture f;
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    CHECK_FALSE(window.auditPage());
    CHECK(window.householdsPage());
}
