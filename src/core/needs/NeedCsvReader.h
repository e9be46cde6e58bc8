#pragma once

#include "importing/ImportRows.h"
#include "needs/HousingNeed.h"
#include "support/Result.h"

#include <QList>
#include <QString>

class QIODevice;

namespace vangnet::needs {

/// One well-formed row of a need file; whether its household and applicant may be used is for
/// NeedService to decide, since only it knows the user's team.
struct NeedRow {
    qint64 line = 0;
    HousingNeed need;
};

/// A need file as read: the well-formed rows, and where and why the others were refused.
struct NeedFile {
    qint64 read = 0;     ///< data rows read
    qint64 rejected = 0; ///< rows refused; a row can have several rejects, one per bad field
    QList<NeedRow> rows;
    QList<importing::Reject> rejects;
};

/// Reads housing needs (docs/planner.md, "Housing need"): `;`-separated, exactly header().
/// Read whole before anything is stored, so a household twice in the file is refused wherever.
class NeedCsvReader final {
public:
    static QStringList header();
    /// The column names of the household and applicant, for the rejects NeedService adds.
    static QString householdColumn();
    static QString applicantColumn();

    /// ErrorCode::Io when unreadable; ErrorCode::Invalid when empty or the header is wrong.
    static Result<NeedFile> read(const QString &path);
    static Result<NeedFile> read(QIODevice &device, const QString &displayName);
};

} // namespace vangnet::needs
