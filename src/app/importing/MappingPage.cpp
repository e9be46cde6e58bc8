#include "importing/MappingPage.h"

#include "importing/ColumnMappingTable.h"

namespace vangnet {

void MappingPage::setEditor(const ColumnMappingTable *editor)
{
    m_editor = editor;
    connect(editor, &ColumnMappingTable::mappingChanged, this, &QWizardPage::completeChanged);
}

bool MappingPage::isComplete() const
{
    return QWizardPage::isComplete() && (!m_editor || m_editor->isComplete());
}

} // namespace vangnet
