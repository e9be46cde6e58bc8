#pragma once

#include "importing/CsvTable.h"
#include "importing/ImportProfile.h"

#include <QList>
#include <QStringList>
#include <QVector>

namespace vangnet::importing {

/// One file's header read through a profile, with the choice of column per field that the import
/// wizard lets the user change: which header column feeds each field, whether the choice is
/// complete by the readers' rules (CsvTable::rulesFor), and the profile that reads it that way.
///
/// Header columns are numbered as headers() lists them: the file's header with blank names and
/// repeated names (case-insensitive) left out, because the readers find a column by its name and
/// always take the first of equal names.
class ColumnMapping {
public:
    static constexpr int none = -1; ///< "not in the file"

    struct Problem {
        enum class Kind {
            Required, ///< fields[0] is required and has no column
            BsnOrAddress, ///< neither the BSN nor both postcode and house number have a column
            SharedColumn, ///< `column` feeds all of `fields`
        };
        Kind kind = Kind::Required;
        QList<int> fields; ///< field indexes (into fieldKeys())
        QString column; ///< the header name, for SharedColumn
    };

    /// Each field starts at the column `base` reads it from (its mapped header, or a header equal
    /// to its key), or none.
    ColumnMapping(ImportProfile base, const QStringList &header);

    const ImportProfile &base() const { return m_base; }
    const QStringList &headers() const { return m_headers; }
    const QStringList &fieldKeys() const { return m_base.fieldKeys(); }
    int fieldCount() const { return int(m_columns.size()); }

    int column(int field) const { return m_columns.at(field); }
    void setColumn(int field, int column);
    /// The field must have a column (signaalpartner, …); the BSN/address alternative is not.
    bool required(int field) const;
    /// The field is one of BSN, postcode and house number: a file needs the BSN or both others.
    bool addressAlternative(int field) const;

    /// Everything that stops the file being read this way, in field order; empty when complete.
    QList<Problem> problems() const;
    /// `base` with its columns changed to the choices made; equal to `base` when nothing changed.
    ImportProfile profile() const;
    bool edited() const { return m_columns != m_initial; }

private:
    ImportProfile m_base;
    CsvTable::Rules m_rules;
    QStringList m_headers;
    QVector<int> m_initial;
    QVector<int> m_columns;
};

} // namespace vangnet::importing
