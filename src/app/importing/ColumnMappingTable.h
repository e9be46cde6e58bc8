#pragma once

#include "importing/ColumnMapping.h"

#include <QTableWidget>

#include <optional>

class QComboBox;

namespace vangnet {

/// The import wizard's column choice: one row per field of the profile's kind, each with a combo
/// box of the file's header columns (and "not in file" / "choose a column"), preselected from the
/// chosen profile. Empty for files without columns (DDAS JSON).
class ColumnMappingTable final : public QTableWidget {
    Q_OBJECT
public:
    enum Column { FieldColumn, SourceColumn, NeedColumn, ColumnCount };

    explicit ColumnMappingTable(QWidget *parent = nullptr);

    void setMapping(const importing::ColumnMapping &mapping);
    /// No columns to choose (a DDAS file): no rows, and nothing stops the wizard.
    void clearMapping();
    const std::optional<importing::ColumnMapping> &mapping() const { return m_mapping; }

    /// The combo box of the field with this key; nullptr when there is none.
    QComboBox *comboFor(const QString &fieldKey) const;
    /// What stops the file being read with these choices, one sentence a line; "" when nothing.
    QString problemText() const;
    bool isComplete() const { return !m_mapping || m_mapping->problems().isEmpty(); }

    /// The field's name for people ("Signal date"), translated.
    static QString fieldLabel(const QString &fieldKey);

Q_SIGNALS:
    void mappingChanged();

private:
    std::optional<importing::ColumnMapping> m_mapping;
};

} // namespace vangnet
