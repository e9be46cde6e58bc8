#pragma once

#include <QWizardPage>

namespace vangnet {

class ColumnMappingTable;

/// The import wizard's "Preview and columns" page: "Next" is enabled only when every required
/// field has a column and no column feeds two fields (ColumnMappingTable::isComplete()).
class MappingPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit MappingPage(QWidget *parent = nullptr) : QWizardPage(parent) {}

    /// The table whose choices decide; the page follows its changes.
    void setEditor(const ColumnMappingTable *editor);
    bool isComplete() const override;

private:
    const ColumnMappingTable *m_editor = nullptr;
};

} // namespace vangnet
