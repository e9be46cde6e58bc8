#include "AuditFixture.h"

#include "audit/AuditChain.h"
#include "audit/AuditCheckpoint.h"
#include "audit/AuditLog.h"
#include "storage/SqlStatement.h"

#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::AuditFixture;
using vangnet::test::mentions;
using vangnet::test::TestUsers;

// Each test is an attack on the audit log by someone with write access to the database (the
// file, or a database account) but without a Vangnet password, unless it says otherwise.

namespace {

/// Every row of a table as stored, to put back later (a copy of the database file, in effect).
QList<QSqlRecord> rowsOf(const Database &db, const QString &table)
{
    auto q = runSql(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    REQUIRE(q.ok());
    QList<QSqlRecord> rows;
    while (q->next())
        rows << q->record();
    return rows;
}

/// Replaces a table's rows by `rows`: the old audit rows copied back over the newer ones.
void putBack(const Database &db, const QString &table, const QList<QSqlRecord> &rows)
{
    REQUIRE(runSql(db.connection(), QStringLiteral("DELETE FROM %1").arg(table)).ok());
    for (const QSqlRecord &row : rows) {
        QStringList columns;
        QStringList marks;
        QVariantList values;
        for (int i = 0; i < row.count(); ++i) {
            columns << row.fieldName(i);
            marks << QStringLiteral("?");
            values << (row.isNull(i) ? sqlNull() : row.value(i));
        }
        auto q = runSql(db.connection(),
                        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                        values);
        INFO((q ? std::string() : q.error().message.toStdString()));
        REQUIRE(q.ok());
    }
}

} // namespace

TEST_CASE_METHOD(AuditFixture, "A new database starts its log with a sealed genesis and numbers every record", "[audit]")
{
    recordSome(3);
    const AuditVerification v = verify();
    INFO(v.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(v.intact());
    CHECK(v.databaseId.size() == 32);
    CHECK(scalar(QStringLiteral("SELECT seq FROM audit_log WHERE action = 'genesis'")) == 1);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE seq IS NULL")) == 0);
    CHECK(v.headSeq == scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    CHECK(v.headSeq == scalar(QStringLiteral("SELECT seq FROM audit_head")));
}

TEST_CASE_METHOD(AuditFixture, "A wiped log is reported as wiped", "[audit]")
{
    recordSome(3);
    exec(QStringLiteral("DELETE FROM audit_log"));
    exec(QStringLiteral("UPDATE audit_head SET seq = 0, last_id = 0, last_hash = '', head_mac = NULL, genesis_id = NULL"));
    SECTION("as it was left")
    {
        const AuditVerification v = verify();
        CHECK_FALSE(v.intact());
        CHECK(mentions(v, QStringLiteral("was wiped")));
    }
    SECTION("and written on afterwards by a logged-in user: no new genesis hides it")
    {
        recordSome(2);
        CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'genesis'")) == 0);
        const AuditVerification v = verify();
        CHECK_FALSE(v.intact());
        CHECK(mentions(v, QStringLiteral("The start of the audit log was removed")));
    }
    SECTION("and refilled with a forged genesis")
    {
        REQUIRE(log.recordAnonymous(QStringLiteral("vangnet"), AuditAction::Genesis, AuditResult::Success).ok());
        recordSome(1);
        const AuditVerification v = verify();
        CHECK_FALSE(v.intact());
        CHECK(mentions(v, QStringLiteral("claims to start the log but is not sealed")));
    }
}

TEST_CASE_METHOD(AuditFixture, "Deleting the last three records is reported", "[audit]")
{
    recordSome(6);
    const qint64 last = scalar(QStringLiteral("SELECT MAX(id) FROM audit_log"));
    exec(QStringLiteral("DELETE FROM audit_log WHERE id > ?"), {last - 3});
    SECTION("head left alone")
    {
        const AuditVerification v = verify();
        CHECK_FALSE(v.intact());
        CHECK(mentions(v, QStringLiteral("Records at the end of the log were removed")));
    }
    SECTION("head moved back to the new last record, seal left as it was")
    {
        exec(QStringLiteral("UPDATE audit_head SET seq = seq - 3, last_id = ?, last_hash = (SELECT hash FROM audit_log "
                            "WHERE id = ?)"),
             {last - 3, last - 3});
        const AuditVerification v = verify();
        CHECK_FALSE(v.intact());
        CHECK(mentions(v, QStringLiteral("head is invalid")));
    }
    SECTION("head moved back but its count left")
    {
        exec(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = (SELECT hash FROM audit_log WHERE id = ?)"),
             {last - 3, last - 3});
        const AuditVerification v = verify();
        CHECK_FALSE(v.intact());
        CHECK(mentions(v, QStringLiteral("head is invalid")));
    }
}

TEST_CASE_METHOD(AuditFixture, "A log rolled back to a saved copy is caught by a later checkpoint", "[audit]")
{
    recordSome(2);
    // The attacker saves the audit rows and head (a copy of the database file) ...
    const QList<QSqlRecord> savedRows = rowsOf(*db, QStringLiteral("audit_log"));
    const QList<QSqlRecord> savedHead = rowsOf(*db, QStringLiteral("audit_head"));
    // ... work goes on, and tonight's checkpoint is written down elsewhere ...
    recordSome(4);
    auto checkpoint = log.checkpoint(users.admin());
    REQUIRE(checkpoint.ok());
    auto readBack = AuditCheckpoint::parseAll(checkpoint->toLine(), QStringLiteral("checkpoints.txt"));
    REQUIRE(readBack.ok());
    REQUIRE(readBack->size() == 1);
    // ... then the old rows are copied back over the newer ones.
    putBack(*db, QStringLiteral("audit_log"), savedRows);
    putBack(*db, QStringLiteral("audit_head"), savedHead);

    // The chain itself is a valid older chain: only the checkpoint knows better.
    const AuditVerification alone = verify();
    CHECK(alone.intact());
    SECTION("right after the rollback")
    {
        auto v = log.verify(users.admin(), *readBack);
        REQUIRE(v.ok());
        CHECK_FALSE(v->intact());
        CHECK(mentions(*v, QStringLiteral("The log was rolled back: the checkpoint of %1")
                               .arg(checkpoint->at.toString(Qt::ISODate))));
    }
    SECTION("after new records have passed the checkpoint's number")
    {
        clock.set(clock.now().addDays(1)); // other work than the work rolled back
        recordSome(8);
        auto v = log.verify(users.admin(), *readBack);
        REQUIRE(v.ok());
        CHECK_FALSE(v->intact());
        CHECK(mentions(*v, QStringLiteral("record number %1 is not the one the checkpoint").arg(checkpoint->seq)));
    }
}

TEST_CASE_METHOD(AuditFixture, "An untouched log agrees with every checkpoint made of it", "[audit]")
{
    QList<AuditCheckpoint> checkpoints;
    for (int day = 0; day < 3; ++day) {
        recordSome(2);
        auto c = log.checkpoint(users.admin());
        REQUIRE(c.ok());
        checkpoints << *c;
    }
    recordSome(1);
    auto v = log.verify(users.admin(), checkpoints);
    REQUIRE(v.ok());
    INFO(v->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(v->intact());
}

TEST_CASE_METHOD(AuditFixture, "A checkpoint of another database or with a changed field is refused", "[audit]")
{
    recordSome(1);
    AuditFixture other;
    other.recordSome(1);
    auto foreign = other.log.checkpoint(other.users.admin());
    REQUIRE(foreign.ok());
    auto own = log.checkpoint(users.admin());
    REQUIRE(own.ok());
    SECTION("another database's")
    {
        auto v = log.verify(users.admin(), {*own, *foreign});
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().code == ErrorCode::Invalid);
        CHECK(v.error().message.contains(QStringLiteral("does not belong to this database")));
    }
    SECTION("this database's id, seq lowered by hand")
    {
        AuditCheckpoint changed = *own;
        changed.seq -= 1;
        auto v = log.verify(users.admin(), {changed});
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().message.contains(QStringLiteral("does not belong to this database")));
    }
}

TEST_CASE_METHOD(AuditFixture, "A checkpoint file with a malformed line names the file and line", "[audit]")
{
    recordSome(1);
    auto own = log.checkpoint(users.admin());
    REQUIRE(own.ok());
    const QString text = own->toLine() + QStringLiteral("\n\nvangnet-audit-checkpoint 1 abc twelve h t m\n");
    auto parsed = AuditCheckpoint::parseAll(text, QStringLiteral("ckpt.txt"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message.startsWith(QStringLiteral("ckpt.txt, line 3:")));
    CHECK(parsed.error().message.contains(QStringLiteral("\"twelve\"")));
}

TEST_CASE_METHOD(AuditFixture, "No checkpoint is made of a log that is not intact", "[audit]")
{
    recordSome(3);
    exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = (SELECT MAX(id) FROM audit_log) - 1"));
    auto c = log.checkpoint(users.admin());
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().code == ErrorCode::Conflict);
    CHECK(c.error().message.contains(QStringLiteral("was altered")));
}

TEST_CASE_METHOD(AuditFixture, "A login verifies before it seals a forged unsealed tail", "[audit]")
{
    recordSome(1);
    // Without a key anyone can add records that look like failed logins: a right hash, no seal.
    REQUIRE(log.recordAnonymous(QStringLiteral("consulent-a"), AuditAction::LoginFailed, AuditResult::Failed,
                                QStringLiteral("login:wrong_password"))
                .ok());
    REQUIRE(log.recordAnonymous(QStringLiteral("consulent-a"), AuditAction::LoginFailed, AuditResult::Failed,
                                QStringLiteral("login:wrong_password"))
                .ok());
    std::optional<AuditVerification> before;
    auto session = users.auth().login(QStringLiteral("beheer"), TestUsers::passwordOf(QStringLiteral("beheer")),
                                      [&](const Session &proven) {
                                          auto v = log.verify(proven);
                                          REQUIRE(v.ok());
                                          before = *v;
                                      });
    REQUIRE(session.ok());
    REQUIRE(before.has_value());
    CHECK(before->unsealed == 2);
    REQUIRE(before->notes.size() == 1);
    CHECK(before->notes.first().contains(QStringLiteral("are not sealed yet")));
    // The login's own record came after the check, and sealed them only then.
    CHECK(verify().unsealed == 0);
}
