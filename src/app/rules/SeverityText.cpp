#include "rules/SeverityText.h"

#include "rules/Severity.h"

namespace vangnet {

QString SeverityText::label(int severity)
{
    return rules::severityLabel(severity);
}

QColor SeverityText::colour(int severity)
{
    // Dark enough for white text (contrast ≥ 4.5:1), and ordered from calm to alarming.
    switch (severity) {
    case 1:
        return QColor(0x45, 0x5a, 0x64);
    case 2:
        return QColor(0x8a, 0x5a, 0x00);
    case 3:
        return QColor(0xb3, 0x41, 0x00);
    case 4:
        return QColor(0xb7, 0x1c, 0x1c);
    default:
        return {};
    }
}

} // namespace vangnet
