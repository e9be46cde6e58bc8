#include "exports/ListExport.h"

#include "audit/AuditLog.h"
#include "audit/AuditedExport.h"
#include "exports/CsvListWriter.h"
#include "exports/FeedbackListSource.h"
#include "exports/HouseholdListSource.h"
#include "exports/QueueListSource.h"
#include "exports/SignalListSource.h"
#include "exports/XlsxListWriter.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "support/OutputTarget.h"
#include "support/PrivateFiles.h"

#include <QFileInfo>
#include <QSaveFile>

#include <spdlog/spdlog.h>

#include <optional>

namespace vangnet::exports {

namespace {

const QString objectType = QStringLiteral("list");

std::unique_ptr<ListWriter> writerFor(ListFormat format, const QString &fileName)
{
    if (format == ListFormat::Xlsx)
        return std::make_unique<XlsxListWriter>(QFileInfo(fileName).absolutePath());
    return std::make_unique<CsvListWriter>();
}

} // namespace

ListExport::ListExport(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_db(db.connection()), m_clock(clock), m_session(session)
{
}

Permission ListExport::permissionFor(ListKind kind)
{
    // The feedback leaves the municipality for the signal partners, as the DDAS delivery leaves it for CBS.
    if (kind == ListKind::Feedback)
        return Permission::ExportStatistics;
    return kind == ListKind::Queue ? Permission::WorkCases : Permission::ViewHouseholds;
}

QList<FieldError> ListExport::checkTarget(const QString &fileName)
{
    const QString field = QStringLiteral("out");
    if (fileName.trimmed().isEmpty())
        return {{field, tr("Choose the file to write the list to.")}};
    return checkOutputTarget(fileName, field);
}

Result<void> ListExport::mayExport(ListKind kind) const
{
    return AccessGuard(m_db, m_clock, m_session)
        .require(permissionFor(kind), objectType, 0, QStringLiteral("list:%1").arg(listKindKey(kind)));
}

std::unique_ptr<ListSource> ListExport::source(const ListExportRequest &request) const
{
    switch (request.kind) {
    case ListKind::Queue:
        return std::make_unique<QueueListSource>(m_database, m_clock, m_session, request.queue, request.asOf);
    case ListKind::Signals:
        return std::make_unique<SignalListSource>(m_db, m_session, request.signalFilter);
    case ListKind::Households:
        return std::make_unique<HouseholdListSource>(m_db, m_session, request.households);
    case ListKind::Feedback:
        return std::make_unique<FeedbackListSource>(m_db, m_session, request.feedback);
    }
    return nullptr;
}

Result<ListExportCounts> ListExport::write(const ListExportRequest &request, const QString &fileName,
                                           const Progress &progress) const
{
    // Permission first: a refused attempt is audited whatever else is wrong with it.
    if (auto allowed = mayExport(request.kind); !allowed)
        return allowed.error();
    if (const QList<FieldError> problems = checkTarget(fileName); !problems.isEmpty())
        return Error::invalid(problems);

    std::unique_ptr<ListSource> rows = source(request);
    auto total = rows->prepare();
    if (!total)
        return total.error();
    if (request.format == ListFormat::Xlsx && *total >= XlsxListWriter::MaxRows)
        return Error::invalid({{QStringLiteral("format"),
                                tr("The list has %1 rows; an .xlsx sheet holds at most %2. Export it as CSV, or narrow "
                                   "the filters.")
                                    .arg(*total)
                                    .arg(XlsxListWriter::MaxRows - 1)}});

    auto ioError = [&fileName](const QString &why) {
        return Error(ErrorCode::Io, tr("%1 could not be written: %2").arg(fileName, why));
    };
    // QSaveFile writes beside the target and renames on commit(): never a half-written export.
    QSaveFile file(fileName);
    if (!privatefiles::openOwnerOnly(file))
        return ioError(file.errorString());
    std::unique_ptr<ListWriter> writer = writerFor(request.format, fileName);
    if (auto begun = writer->begin(file, fileName, ListSheet{rows->title(), rows->columns(), *total}); !begun) {
        file.cancelWriting();
        return begun.error();
    }

    ListExportCounts counts;
    std::optional<Error> writeError;
    if (progress && !progress(0, *total))
        counts.cancelled = true;
    auto read = counts.cancelled ? Result<void>() : rows->read([&](const ListRow &row) {
        if (auto written = writer->row(row); !written) {
            writeError = written.error();
            return false;
        }
        ++counts.rows;
        if (progress && !progress(counts.rows, std::max(*total, counts.rows))) {
            counts.cancelled = true;
            return false;
        }
        return true;
    });
    if (!read)
        writeError = read.error();
    if (!writeError && !counts.cancelled) {
        if (auto finished = writer->finish(); !finished)
            writeError = finished.error();
    }
    writer.reset(); // its temporary files go before the file is moved into place
    if (writeError || counts.cancelled) {
        file.cancelWriting();
        if (writeError)
            return *writeError;
        counts.rows = 0;
        return counts;
    }

    const QString detail = QStringLiteral("list:%1 rows:%2 format:%3")
                               .arg(listKindKey(request.kind))
                               .arg(counts.rows)
                               .arg(listFormatKey(request.format));
    AuditLog log(m_db, m_clock);
    if (auto committed = commitAuditedExport(file, log, m_session, {objectType, 0, {}, detail}, ioError); !committed)
        return committed.error();
    spdlog::info("list export written: {}", detail.toStdString());
    return counts;
}

} // namespace vangnet::exports
