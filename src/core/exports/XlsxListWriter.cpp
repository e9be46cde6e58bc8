#include "exports/XlsxListWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace vangnet::exports {

namespace {

constexpr qsizetype MaxCellText = 32767; ///< characters an Excel cell holds
constexpr int SheetNameLength = 31;

Error ioError(const QString &displayName, const QString &why)
{
    return Error(ErrorCode::Io, QCoreApplication::translate("vangnet::exports::ListWriter", "%1 could not be written: %2")
                                    .arg(displayName, why));
}

} // namespace

XlsxListWriter::XlsxListWriter(QString workFolder) : m_workFolder(std::move(workFolder)) {}

XlsxListWriter::~XlsxListWriter()
{
    if (m_workbook)
        lxw_workbook_free(m_workbook); // never closed (a failure or a cancel): nothing written
}

Error XlsxListWriter::failed(int code) const
{
    return ioError(m_displayName, QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(code))));
}

Result<void> XlsxListWriter::begin(QIODevice &out, const QString &displayName, const ListSheet &sheet)
{
    m_out = &out;
    m_displayName = displayName;
    m_columns = sheet.columns;
    m_file = std::make_unique<QTemporaryFile>(QDir(m_workFolder).filePath(QStringLiteral(".vangnet-export-XXXXXX.xlsx")));
    if (!m_file->open())
        return ioError(displayName, m_file->errorString());
    m_file->close(); // libxlsxwriter writes it by name; it stays until this writer is gone

    m_tmpdir = QFile::encodeName(m_workFolder);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpdir.data();
    m_workbook = workbook_new_opt(QFile::encodeName(m_file->fileName()).constData(), &options);
    if (!m_workbook)
        return ioError(displayName, QCoreApplication::translate("vangnet::exports::ListWriter", "the workbook could not be started"));
    m_sheet = workbook_add_worksheet(m_workbook, sheet.title.left(SheetNameLength).toUtf8().constData());
    if (!m_sheet)
        m_sheet = workbook_add_worksheet(m_workbook, nullptr); // "Sheet1" rather than no export
    if (!m_sheet)
        return ioError(displayName, QCoreApplication::translate("vangnet::exports::ListWriter", "the workbook could not be started"));
    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    format_set_bottom(m_headerFormat, LXW_BORDER_THIN);
    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "dd-mm-yyyy");
    m_amountFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_amountFormat, "#,##0.00");

    const auto lastColumn = static_cast<lxw_col_t>(std::max<qsizetype>(m_columns.size() - 1, 0));
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        worksheet_set_column(m_sheet, column, column, m_columns.at(c).width, nullptr);
        const QByteArray header = neutralisedCell(m_columns.at(c).header).toUtf8();
        if (const lxw_error error = worksheet_write_string(m_sheet, 0, column, header.constData(), m_headerFormat))
            return failed(error);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    const auto lastRow = static_cast<lxw_row_t>(std::clamp<qint64>(sheet.rows, 0, MaxRows - 1));
    if (!m_columns.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, lastRow, lastColumn);
    m_row = 0;
    return success();
}

Result<void> XlsxListWriter::row(const ListRow &cells)
{
    if (m_row + 1 >= MaxRows)
        return ioError(m_displayName,
                       QCoreApplication::translate("vangnet::exports::ListWriter", "a sheet holds at most %1 rows")
                           .arg(MaxRows - 1));
    ++m_row;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (auto written = cell(static_cast<int>(c), m_columns.at(c).type, cells.value(c)); !written)
            return written;
    }
    return success();
}

Result<void> XlsxListWriter::cell(int column, CellType type, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return success();
    const auto col = static_cast<lxw_col_t>(column);
    lxw_error error = LXW_NO_ERROR;
    switch (type) {
    case CellType::Integer:
        error = worksheet_write_number(m_sheet, m_row, col, static_cast<double>(value.toLongLong()), nullptr);
        break;
    case CellType::Amount:
        // Cents to euros: exact for every amount below 2^53 cents.
        error = worksheet_write_number(m_sheet, m_row, col, static_cast<double>(value.toLongLong()) / 100.0,
                                       m_amountFormat);
        break;
    case CellType::Date: {
        const QDate date = value.toDate();
        if (date.year() >= 1900) { // Excel counts days from 1900; earlier ones are written as text
            lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
            error = worksheet_write_datetime(m_sheet, m_row, col, &when, m_dateFormat);
            break;
        }
        const QByteArray text = date.toString(QStringLiteral("dd-MM-yyyy")).toUtf8();
        error = worksheet_write_string(m_sheet, m_row, col, text.constData(), nullptr);
        break;
    }
    case CellType::Text: {
        // A string cell, never a formula: libxlsxwriter writes text as text. Neutralised all the
        // same, so a copy to CSV or a formula that reads the cell sees the apostrophe too.
        const QString text = neutralisedCell(value.toString());
        if (text.isEmpty())
            return success();
        const QByteArray utf8 = text.left(MaxCellText).toUtf8();
        error = worksheet_write_string(m_sheet, m_row, col, utf8.constData(), nullptr);
        break;
    }
    }
    return error == LXW_NO_ERROR ? success() : Result<void>(failed(error));
}

Result<void> XlsxListWriter::finish()
{
    lxw_workbook *workbook = m_workbook;
    m_workbook = nullptr; // workbook_close() frees it, whatever it returns
    if (const lxw_error error = workbook_close(workbook))
        return failed(error);
    if (!m_file->open())
        return ioError(m_displayName, m_file->errorString());
    QByteArray chunk;
    while (!(chunk = m_file->read(1 << 20)).isEmpty()) {
        if (m_out->write(chunk) != chunk.size())
            return ioError(m_displayName, m_out->errorString());
    }
    if (m_file->error() != QFileDevice::NoError)
        return ioError(m_displayName, m_file->errorString());
    m_file->close();
    return success();
}

} // namespace vangnet::exports
