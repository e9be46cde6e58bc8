#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace vangnet::exports {

/// The lists a user can export, as the screens show them (docs/exports.md).
enum class ListKind {
    Queue,      ///< werkvoorraad (work queue page, `queue`)
    Signals,    ///< vroegsignalen (signals page)
    Households, ///< huishoudens (households page, `household list`)
    Feedback,   ///< terugkoppeling: each signal's reported status, for its partner (`export feedback`)
};

enum class ListFormat { Csv, Xlsx };

/// "queue", "signals", "households": the words of `export list`; "feedback" (`export feedback`,
/// not a word of `export list`: it needs the partner and the period).
QString listKindKey(ListKind kind);
std::optional<ListKind> listKindFromKey(const QString &key);
/// "csv", "xlsx": the words of `--format`, and the file suffix.
QString listFormatKey(ListFormat format);
std::optional<ListFormat> listFormatFromKey(const QString &key);
/// The format a file name's suffix names (".csv", ".xlsx", in any case), or nothing.
std::optional<ListFormat> listFormatForFile(const QString &fileName);

/// How a column's values are held and written.
enum class CellType {
    Text,    ///< QString; neutralised against formulas in both formats (neutralisedCell)
    Integer, ///< qint64, a count; a number in xlsx
    Amount,  ///< qint64 cents; CSV "-1234,56", xlsx a number with two decimals
    Date,    ///< QDate; CSV DD-MM-YYYY, xlsx a real date shown DD-MM-YYYY
};

struct ListColumn {
    QString header; ///< translated: the screen's column title
    CellType type = CellType::Text;
    int width = 14; ///< in characters, for the xlsx column
};

/// One line: a value per column (QString, qint64 or QDate as the column's type says); a null
/// QVariant is an empty cell.
using ListRow = QVariantList;

/// What a list export writes: the sheet's title, its columns, and how many rows follow.
struct ListSheet {
    QString title; ///< translated; the xlsx sheet name ("Werkvoorraad")
    QList<ListColumn> columns;
    qint64 rows = 0;
};

/// A text cell as a spreadsheet must receive it: text that starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading apostrophe, so it is shown as written instead of run
/// as a formula (OWASP, CSV injection). Everything else is returned unchanged.
QString neutralisedCell(const QString &text);

} // namespace vangnet::exports
