#pragma once

#include "importing/ImportRows.h"
#include "support/Result.h"

#include <QList>
#include <QVector>

namespace vangnet::importing {

/// Where an import reads its rows: a file reader, or rows already in memory (tests, manual
/// entry). next() gives one usable row (true) or the end (false); rows it could not use go to
/// `rejects`. A file that cannot be read at all fails before the first row.
template <typename Row>
class RowSource {
public:
    virtual ~RowSource() = default;
    virtual Result<bool> next(Row &row, QList<Reject> &rejects) = 0;
    /// For the progress bar: how far, out of how much (bytes for a file, rows in memory).
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;
    /// The name the file gives the field's column, for a reject the import itself makes (a
    /// discharge date out of bounds); "" when the source has no header (then the field's key).
    virtual QString columnName(int field) const
    {
        Q_UNUSED(field);
        return {};
    }
};

using SignalSource = RowSource<SignalRow>;
using DischargeSource = RowSource<DischargeRow>;

/// Rows in memory, handed out in order.
template <typename Row>
class VectorSource final : public RowSource<Row> {
public:
    explicit VectorSource(QVector<Row> rows, QList<Reject> rejects = {}) : m_rows(std::move(rows)), m_rejects(std::move(rejects)) {}
    Result<bool> next(Row &row, QList<Reject> &rejects) override
    {
        rejects += m_rejects;
        m_rejects.clear();
        if (m_next >= m_rows.size())
            return false;
        row = m_rows.at(m_next++);
        return true;
    }
    qint64 done() const override { return m_next; }
    qint64 total() const override { return m_rows.size(); }

private:
    QVector<Row> m_rows;
    QList<Reject> m_rejects;
    qsizetype m_next = 0;
};

} // namespace vangnet::importing
