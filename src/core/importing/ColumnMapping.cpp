#include "importing/ColumnMapping.h"

#include <QMap>

namespace vangnet::importing {

ColumnMapping::ColumnMapping(ImportProfile base, const QStringList &header)
    : m_base(std::move(base)), m_rules(CsvTable::rulesFor(m_base.kind))
{
    for (const QString &name : header) {
        if (name.trimmed().isEmpty())
            continue;
        if (!m_headers.contains(name, Qt::CaseInsensitive))
            m_headers << name;
    }
    const QStringList &keys = m_base.fieldKeys();
    m_initial.fill(none, keys.size());
    for (int field = 0; field < keys.size(); ++field) {
        if (m_base.leftOut(keys.at(field)))
            continue;
        // As CsvTable::readHeader finds it.
        const QString wanted = m_base.sourceColumn(keys.at(field));
        for (int column = 0; column < m_headers.size(); ++column) {
            if (m_headers.at(column).compare(wanted, Qt::CaseInsensitive) == 0) {
                m_initial[field] = column;
                break;
            }
        }
    }
    m_columns = m_initial;
}

void ColumnMapping::setColumn(int field, int column)
{
    m_columns[field] = column >= 0 && column < m_headers.size() ? column : none;
}

bool ColumnMapping::required(int field) const
{
    return m_rules.required.contains(field);
}

bool ColumnMapping::addressAlternative(int field) const
{
    return field == m_rules.bsn || field == m_rules.postcode || field == m_rules.houseNumber;
}

QList<ColumnMapping::Problem> ColumnMapping::problems() const
{
    QList<Problem> out;
    for (int field = 0; field < fieldCount(); ++field) {
        if (required(field) && m_columns.at(field) == none)
            out.append({Problem::Kind::Required, {field}, {}});
    }
    const bool hasBsn = m_columns.at(m_rules.bsn) != none;
    const bool hasAddress = m_columns.at(m_rules.postcode) != none && m_columns.at(m_rules.houseNumber) != none;
    if (!hasBsn && !hasAddress)
        out.append({Problem::Kind::BsnOrAddress, {m_rules.bsn, m_rules.postcode, m_rules.houseNumber}, {}});
    QMap<int, QList<int>> fieldsOfColumn;
    for (int field = 0; field < fieldCount(); ++field) {
        if (m_columns.at(field) != none)
            fieldsOfColumn[m_columns.at(field)].append(field);
    }
    for (auto it = fieldsOfColumn.cbegin(); it != fieldsOfColumn.cend(); ++it) {
        if (it->size() > 1)
            out.append({Problem::Kind::SharedColumn, *it, m_headers.at(it.key())});
    }
    return out;
}

ImportProfile ColumnMapping::profile() const
{
    ImportProfile out = m_base;
    const QStringList &keys = fieldKeys();
    for (int field = 0; field < fieldCount(); ++field) {
        const int column = m_columns.at(field);
        if (column == m_initial.at(field))
            continue; // as the base profile reads it, however it says so
        const QString &key = keys.at(field);
        if (column == none)
            out.columns.insert(key, QString()); // not even under its own name
        else if (m_headers.at(column).compare(key, Qt::CaseInsensitive) == 0)
            out.columns.remove(key); // a profile lists only the names that differ
        else
            out.columns.insert(key, m_headers.at(column));
    }
    return out;
}

} // namespace vangnet::importing
