#include "importing/RejectsJson.h"

#include <QJsonObject>

namespace vangnet::importing {

QJsonArray rejectsJson(const QList<Reject> &rejects)
{
    QJsonArray out;
    for (const Reject &r : rejects)
        out.append(QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("column"), r.column},
                               {QStringLiteral("reason"), r.reason}});
    return out;
}

} // namespace vangnet::importing
