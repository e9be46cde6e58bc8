#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace vangnet {

/// A paragraph of plain text; "\n" starts a new line within it.
struct ReportParagraph {
    QString text;
};

/// Label and value pairs, shown as two aligned columns ("Naam: Jan de Vries").
struct ReportKeyValues {
    struct Row {
        QString key;
        QString value;
    };
    QList<Row> rows;
};

/// A table with a header row (repeated on every page it spans).
struct ReportTable {
    QStringList header;
    QList<QStringList> rows;
    /// Relative column widths in percent, one per column; empty = equal widths.
    QList<int> widths;
    /// Shown instead of the table when there are no rows ("Geen notities").
    QString emptyText;
};

/// A chart drawn as vector graphics with real text: horizontal bars (one per category, the first
/// series' values) or lines (one per series over the categories, e.g. weeks). Give the same
/// figures as a table beside it: a chart alone is not readable aloud.
struct ReportChart {
    enum class Kind { Bars, Lines };
    struct Series {
        QString name;
        QList<double> values; ///< one per category
    };
    Kind kind = Kind::Bars;
    QStringList categories;
    QList<Series> series;
    /// Shown instead of the chart when there is nothing to draw ("Geen signalen").
    QString emptyText;
};

using ReportBlock = std::variant<ReportParagraph, ReportKeyValues, ReportTable, ReportChart>;

/// A heading with its content.
struct ReportSection {
    QString heading;
    QList<ReportBlock> blocks;
};

/// A report as plain data: what it says, not how it looks. Core builds these (subject access
/// now, case summaries later); the render library (src/render) turns one into a PDF. Every text
/// is final and translated: the renderer adds no words of its own but the page numbers.
struct ReportDocument {
    QString organisation; ///< above the title, e.g. "Gemeente Zonnedal"; empty = none
    QByteArray logo;      ///< PNG or JPEG shown top right of the first page; empty = none
    QString title;       ///< first page and page header
    QString subtitle;    ///< under the title, e.g. who the report is about
    QString marking;     ///< confidentiality marking on every page, e.g. "Vertrouwelijk"
    QString footer;      ///< left in every page footer, e.g. "Gemaakt op 24-11-2026 10:30 door …"
    QList<ReportSection> sections;
};

} // namespace vangnet
