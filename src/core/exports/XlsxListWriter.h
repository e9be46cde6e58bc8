#pragma once

#include "exports/ListWriter.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QTemporaryFile;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace vangnet::exports {

/// A list as an Excel workbook (.xlsx) of one sheet, through libxlsxwriter (docs/adr/0010):
/// a bold, frozen header row with a filter, real dates shown DD-MM-YYYY, counts and amounts
/// (two decimals) as numbers, and every text as a string cell — never a formula — neutralised
/// like the CSV's. The workbook is built in constant-memory mode (one row in memory, strings
/// inline) in a temporary file in `workFolder`, then copied to the device at finish().
class XlsxListWriter final : public ListWriter {
public:
    /// Rows a sheet holds, the header included (Excel's limit).
    static constexpr qint64 MaxRows = 1048576;

    /// `workFolder`: where the workbook is built (the target's folder, so personal data does not
    /// pass through a shared temporary folder); its temporary files are removed in every case.
    explicit XlsxListWriter(QString workFolder);
    ~XlsxListWriter() override;
    XlsxListWriter(const XlsxListWriter &) = delete;
    XlsxListWriter &operator=(const XlsxListWriter &) = delete;

    ListFormat format() const override { return ListFormat::Xlsx; }
    Result<void> begin(QIODevice &out, const QString &displayName, const ListSheet &sheet) override;
    Result<void> row(const ListRow &cells) override;
    Result<void> finish() override;

private:
    Result<void> cell(int column, CellType type, const QVariant &value);
    Error failed(int code) const;

    QString m_workFolder;
    QByteArray m_tmpdir; ///< libxlsxwriter's own temporary files go here too
    std::unique_ptr<QTemporaryFile> m_file;
    QIODevice *m_out = nullptr;
    QString m_displayName;
    QList<ListColumn> m_columns;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_amountFormat = nullptr;
    quint32 m_row = 0;
};

} // namespace vangnet::exports
