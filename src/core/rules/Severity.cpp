#include "rules/Severity.h"

#include <QCoreApplication>

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

QString severityLabel(int severity)
{
    switch (severity) {
    case 1:
        return QCoreApplication::translate("vangnet::rules::Severity", "Low");
    case 2:
        return QCoreApplication::translate("vangnet::rules::Severity", "Medium");
    case 3:
        return QCoreApplication::translate("vangnet::rules::Severity", "High");
    case 4:
        return QCoreApplication::translate("vangnet::rules::Severity", "Critical");
    default:
        return {};
    }
}

} // namespace vangnet::rules
