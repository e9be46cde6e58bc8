#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace vangnet {

/// How the GUI shows a flag's severity (ernst): a translated word and a colour, the same in the
/// flag list, the household list and the filters.
class SeverityText {
    Q_DECLARE_TR_FUNCTIONS(vangnet::SeverityText)
public:
    /// "Low" … "Critical" for 1..4 (rules::Severity as int); "" otherwise.
    static QString label(int severity);
    /// A background colour for the severity; the text on it is white.
    static QColor colour(int severity);
};

} // namespace vangnet
