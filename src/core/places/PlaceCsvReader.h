#pragma once

#include "importing/ImportRows.h"
#include "places/Place.h"
#include "support/Result.h"

#include <QList>
#include <QString>

class QIODevice;

namespace vangnet::places {

/// One usable row of a place file.
struct PlaceRow {
    qint64 line = 0;
    PlaceDetails details;
};

/// A place file as read: the usable rows, and where and why the others were refused.
struct PlaceFile {
    qint64 read = 0; ///< data rows read (usable and rejected)
    qint64 rejected = 0; ///< rows refused; a row can have several rejects, one per bad field
    QList<PlaceRow> rows;
    QList<importing::Reject> rejects;
};

/// Reads a provider's place inventory (docs/planner.md, "Place inventory"): `;`-separated, with
/// exactly the header of header(). An inventory is a few hundred rows, so the file is read whole
/// before anything is stored; that lets a duplicate plek_id be refused wherever it occurs.
class PlaceCsvReader final {
public:
    /// The required header, column by column.
    static QStringList header();

    /// Reads the file at `path`. ErrorCode::Io when it cannot be read; ErrorCode::Invalid when it
    /// is empty, binary or its header is not exactly header(): then nothing of it is usable.
    static Result<PlaceFile> read(const QString &path);
    /// The same from an open (or openable) device; `displayName` names it in errors.
    static Result<PlaceFile> read(QIODevice &device, const QString &displayName);
};

} // namespace vangnet::places
