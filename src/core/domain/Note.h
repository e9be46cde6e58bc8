#pragma once

#include <QDateTime>
#include <QString>

namespace vangnet {

/// Notitie: free text about a household, with who wrote it and when.
struct Note {
    qint64 id = 0;
    qint64 householdId = 0;
    QString author;
    QDateTime createdAt; ///< UTC
    QString text;
    qint64 caseId = 0; ///< the case it was written on; 0 = on the household
};

} // namespace vangnet
