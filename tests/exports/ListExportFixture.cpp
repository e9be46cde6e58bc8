#include "exports/ListExportFixture.h"

#include "audit/AuditLog.h"
#include "domain/Household.h"

#include <QDir>
#include <QFile>

namespace vangnet::test {

ListExportFixture::ListExportFixture()
{
    formula = household(QStringLiteral("=1+1"), 1, QStringLiteral("Noord"));
    visser = household(QStringLiteral("Visser"), 2, QStringLiteral("+Centrum"));
    Household b;
    b.address = Address{0, QStringLiteral("Beukenlaan"), 3, QString(), QStringLiteral("7412 CD"), QStringLiteral("Vangstad"),
                        QStringLiteral("Zuid")};
    Person p;
    p.voorletters = QStringLiteral("B.");
    p.achternaam = QStringLiteral("Anders");
    p.geboortedatum = QDate(1975, 5, 5);
    b.members << p;
    const Household created = require(HouseholdService(*db, clock, users.caseworkerB()).create(b));
    anders = {created.id, created.members[0].id};
}

QString ListExportFixture::exported(const Session &session, exports::ListExportRequest request, const QString &name)
{
    const QString path = out.filePath(name);
    auto counts = exports::ListExport(*db, clock, session).write(request, path);
    INFO((counts ? std::string() : counts.error().message.toStdString()));
    REQUIRE(counts.ok());
    REQUIRE_FALSE(counts->cancelled);
    return path;
}

QStringList ListExportFixture::csvLines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    REQUIRE(lines.last().isEmpty()); // every record ends in CRLF
    lines.removeLast();
    return lines;
}

bool ListExportFixture::startsWithBom(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(3) == QByteArrayLiteral("\xEF\xBB\xBF");
}

QList<AuditEvent> ListExportFixture::exportRecords(std::optional<AuditAction> action)
{
    AuditQuery query;
    query.action = action;
    query.objectType = QStringLiteral("list");
    QList<AuditEvent> events = require(AuditLog(*db, clock).find(users.admin(), query));
    std::sort(events.begin(), events.end(), [](const AuditEvent &a, const AuditEvent &b) { return a.id < b.id; });
    return events;
}

QStringList ListExportFixture::filesInFolder() const
{
    return QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace vangnet::test
