#include "plans/PlanStepDialogs.h"

#include "DialogRunner.h"
#include "plans/PlannerPage.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

namespace vangnet {

/// Asks the day the household moved in; nullopt when cancelled.
std::optional<QDate> askPlacedOn(QWidget *parent, const QDate &today)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(PlannerPage::tr("Placed"));
    dialog.setAccessibleName(PlannerPage::tr("Record the placement"));
    auto *form = new QFormLayout(&dialog);
    auto *date = new QDateEdit(today, &dialog);
    date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    date->setCalendarPopup(true);
    date->setAccessibleName(PlannerPage::tr("Moved in on"));
    form->addRow(PlannerPage::tr("Moved in &on"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(PlannerPage::tr("Record the placement"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(PlannerPage::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

std::optional<QString> askDeclineReason(QWidget *parent)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        parent, PlannerPage::tr("Declined"), PlannerPage::tr("Why did the household decline this place? (required)"),
        QString(), &ok);
    if (!ok)
        return std::nullopt;
    return reason;
}

std::optional<QString> askPinPlace(QWidget *parent)
{
    bool ok = false;
    const QString plekId = QInputDialog::getText(parent, PlannerPage::tr("Pin to a place"),
                                                 PlannerPage::tr("Place id (plek_id) this household goes to in later runs:"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok || plekId.trimmed().isEmpty())
        return std::nullopt;
    return plekId.trimmed();
}

} // namespace vangnet
