#include "rules/Severity.h"

namespace vangnet::rules {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Laag:
        return QStringLiteral("laag");
    case Severity::Midden:
        return QStringLiteral("midden");
    case Severity::Hoog:
        return QStringLiteral("hoog");
    case Severity::Kritiek:
        return QStringLiteral("kritiek");
    }
    return QStringLiteral("midden");
}

std::optional<Severity> severityFromKey(const QString &key)
{
    for (const Severity s : {Severity::Laag, Severity::Midden, Severity::Hoog, Severity::Kritiek}) {
        if (key.compare(severityKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

} // namespace vangnet::rules
