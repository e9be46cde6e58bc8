#pragma once

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

using ReportBlock = std::variant<ReportParagraph, ReportKeyValues, ReportTable>;

/// A heading with its content.
struct ReportSection {
    QString heading;
    QList<ReportBlock> blocks;
};

/// A report as plain data: what it says, not how it looks. Core builds these (subject access
/// now, case summaries later); the render library (src/render) turns one into a PDF. Every text
/// is final and translated: the renderer adds no words of its own but the page numbers.
struct ReportDocument {
    QString title;       ///< first page and page header
    QString subtitle;    ///< under the title, e.g. who the report is about
    QString marking;     ///< confidentiality marking on every page, e.g. "Vertrouwelijk"
    QString footer;      ///< left in every page footer, e.g. "Gemaakt op 24-11-2026 10:30 door …"
    QList<ReportSection> sections;
};

} // namespace vangnet
