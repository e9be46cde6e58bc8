#include "importing/ColumnMappingTable.h"

#include <QComboBox>
#include <QHash>
#include <QHeaderView>

namespace vangnet {

using namespace vangnet::importing;

ColumnMappingTable::ColumnMappingTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("Needed")});
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(NeedColumn, QHeaderView::ResizeToContents);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
}

QString ColumnMappingTable::fieldLabel(const QString &fieldKey)
{
    // The keys are the default column names (docs/formats.md); people see these.
    static const QHash<QString, const char *> labels{
        {QStringLiteral("signaal_id"), QT_TR_NOOP("Signal id")},
        {QStringLiteral("signaalpartner"), QT_TR_NOOP("Signal partner (kind of creditor)")},
        {QStringLiteral("partner_naam"), QT_TR_NOOP("Name of the signal partner")},
        {QStringLiteral("signaaldatum"), QT_TR_NOOP("Signal date")},
        {QStringLiteral("ontstaansdatum"), QT_TR_NOOP("Date the arrears arose")},
        {QStringLiteral("bedrag"), QT_TR_NOOP("Amount in arrears")},
        {QStringLiteral("crisissignaal"), QT_TR_NOOP("Crisis signal")},
        {QStringLiteral("warme_overdracht"), QT_TR_NOOP("Warm handover")},
        {QStringLiteral("bsn"), QT_TR_NOOP("BSN")},
        {QStringLiteral("voorletters"), QT_TR_NOOP("Initials")},
        {QStringLiteral("voornaam"), QT_TR_NOOP("First name")},
        {QStringLiteral("voorvoegsel"), QT_TR_NOOP("Surname prefix")},
        {QStringLiteral("achternaam"), QT_TR_NOOP("Surname")},
        {QStringLiteral("geboortedatum"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("straat"), QT_TR_NOOP("Street")},
        {QStringLiteral("huisnummer"), QT_TR_NOOP("House number")},
        {QStringLiteral("toevoeging"), QT_TR_NOOP("House number suffix")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("plaats"), QT_TR_NOOP("Town")},
        {QStringLiteral("melding_id"), QT_TR_NOOP("Notice id")},
        {QStringLiteral("instelling_type"), QT_TR_NOOP("Institution type")},
        {QStringLiteral("instelling_naam"), QT_TR_NOOP("Institution name")},
        {QStringLiteral("verwachte_uitstroomdatum"), QT_TR_NOOP("Expected discharge date")},
        {QStringLiteral("kanaal"), QT_TR_NOOP("Channel")},
        {QStringLiteral("id_bewijs"), QT_TR_NOOP("Identity document")},
        {QStringLiteral("onderdak"), QT_TR_NOOP("Housing")},
        {QStringLiteral("inkomen"), QT_TR_NOOP("Income")},
        {QStringLiteral("schulden"), QT_TR_NOOP("Debts")},
        {QStringLiteral("zorg"), QT_TR_NOOP("Care")},
    };
    const char *label = labels.value(fieldKey);
    return label ? tr(label) : fieldKey;
}

void ColumnMappingTable::setMapping(const ColumnMapping &mapping)
{
    clearMapping();
    m_mapping = mapping;
    const QStringList &keys = mapping.fieldKeys();
    setRowCount(mapping.fieldCount());
    for (int field = 0; field < mapping.fieldCount(); ++field) {
        const QString label = fieldLabel(keys.at(field));
        auto *name = new QTableWidgetItem(tr("%1 (%2)").arg(label, keys.at(field)));
        name->setData(Qt::UserRole, keys.at(field));
        setItem(field, FieldColumn, name);
        setItem(field, NeedColumn, new QTableWidgetItem(mapping.required(field) ? tr("required")
                                                        : mapping.addressAlternative(field)
                                                            ? tr("BSN, or postcode and house number")
                                                            : QString()));

        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + keys.at(field));
        combo->setAccessibleName(tr("Column in the file for %1").arg(label));
        combo->addItem(mapping.required(field) ? tr("(choose a column)") : tr("(not in file)"), ColumnMapping::none);
        for (int column = 0; column < mapping.headers().size(); ++column)
            combo->addItem(mapping.headers().at(column), column);
        combo->setCurrentIndex(combo->findData(mapping.column(field)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, field] {
            m_mapping->setColumn(field, combo->currentData().toInt());
            Q_EMIT mappingChanged();
        });
        setCellWidget(field, SourceColumn, combo);
    }
    Q_EMIT mappingChanged();
}

void ColumnMappingTable::clearMapping()
{
    m_mapping.reset();
    setRowCount(0); // deletes the cell widgets
    Q_EMIT mappingChanged();
}

QComboBox *ColumnMappingTable::comboFor(const QString &fieldKey) const
{
    if (!m_mapping)
        return nullptr;
    const int row = int(m_mapping->fieldKeys().indexOf(fieldKey));
    return row < 0 ? nullptr : qobject_cast<QComboBox *>(cellWidget(row, SourceColumn));
}

QString ColumnMappingTable::problemText() const
{
    if (!m_mapping)
        return {};
    const QStringList &keys = m_mapping->fieldKeys();
    const auto label = [&keys](int field) { return fieldLabel(keys.at(field)); };
    QStringList lines;
    for (const ColumnMapping::Problem &problem : m_mapping->problems()) {
        switch (problem.kind) {
        case ColumnMapping::Problem::Kind::Required:
            lines << tr("Choose the column that holds the required field “%1”.").arg(label(problem.fields.at(0)));
            break;
        case ColumnMapping::Problem::Kind::BsnOrAddress:
            lines << tr("Choose the column for the BSN, or for both the postcode and the house number: without "
                        "them no row can be matched to a household.");
            break;
        case ColumnMapping::Problem::Kind::SharedColumn: {
            QStringList fields;
            for (const int field : problem.fields)
                fields << tr("“%1”").arg(label(field));
            lines << tr("The column “%1” is chosen for more than one field (%2); a column can feed only one field.")
                         .arg(problem.column, fields.join(QStringLiteral(", ")));
            break;
        }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace vangnet
