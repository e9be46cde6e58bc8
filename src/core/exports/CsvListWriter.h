#pragma once

#include "exports/ListWriter.h"
#include "importing/CsvFormatter.h"

#include <QByteArray>
#include <QIODevice>

namespace vangnet::exports {

/// A list as CSV the way Vangnet's other CSV exports are written (the audit log, the rejects
/// file): UTF-8 with a byte order mark, `;`-separated, quoted only where needed, CRLF line ends.
/// Dates DD-MM-YYYY, amounts with a decimal comma and no thousands separator ("-1234,56"),
/// counts as digits: what a Dutch spreadsheet reads as dates and numbers. Text is neutralised.
class CsvListWriter final : public ListWriter {
public:
    ListFormat format() const override { return ListFormat::Csv; }
    Result<void> begin(QIODevice &out, const QString &displayName, const ListSheet &sheet) override;
    Result<void> row(const ListRow &cells) override;
    Result<void> finish() override;

    /// A value of a column of `type` as the CSV cell's text (before quoting).
    static QString cellText(CellType type, const QVariant &value);

private:
    Result<void> flush();

    QIODevice *m_out = nullptr;
    QString m_displayName;
    QList<ListColumn> m_columns;
    importing::CsvFormatter m_csv;
    QByteArray m_buffer;
};

} // namespace vangnet::exports
