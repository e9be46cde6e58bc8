#include "needs/NeedDialog.h"

#include "ui_NeedDialog.h"

#include "cases/DeadlineText.h"
#include "places/PlaceKeys.h"

#include <QCollator>
#include <QListWidgetItem>
#include <QPushButton>

#include <algorithm>

namespace vangnet {

namespace {

const QString applicantField = QStringLiteral("applicant");
const QString personsField = QStringLiteral("persons");

void addCheckable(QListWidget *list, const QString &text, const QVariant &value, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

/// The values of the ticked items, in the list's order.
QVariantList ticked(const QListWidget *list)
{
    QVariantList values;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            values << list->item(row)->data(Qt::UserRole);
    return values;
}

} // namespace

NeedDialog::NeedDialog(needs::NeedService &service, const Household &household,
                       const std::optional<needs::HousingNeed> &current, const QStringList &wijken, const QDate &today,
                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NeedDialog>()), m_service(service), m_household(household)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Housing need of the household %1, %2.")
                                  .arg(household.displayName(), household.address.oneLine()));
    // A screen reader reads a label's accessible name instead of its text: these say the same.
    m_ui->introLabel->setAccessibleName(m_ui->introLabel->text());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the housing need"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->applicantCombo->view()->setAccessibleName(tr("Members of the household"));
    m_ui->careCombo->view()->setAccessibleName(tr("Levels of support"));
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    showMessage({});
    m_errors.add(applicantField, m_ui->applicantCombo, m_ui->applicantError);
    m_errors.add(personsField, m_ui->personsSpin, m_ui->personsError);

    needs::HousingNeed need;
    if (current) {
        need = *current;
    } else {
        const Person *head = household.headOfHousehold();
        need.applicantId = head ? head->id : 0;
        need.persons = std::max(1, static_cast<int>(household.members.size()));
        need.availableFrom = today;
    }
    fillApplicants(need.applicantId);
    // An imported need may name more persons than the form's usual bound; it is kept as it is.
    m_ui->personsSpin->setMaximum(std::max(m_ui->personsSpin->maximum(), need.persons));
    m_ui->personsSpin->setValue(need.persons);
    m_ui->wheelchairCheck->setChecked(need.wheelchair);
    m_ui->petCheck->setChecked(need.pet);
    for (places::CareLevel level : places::allCareLevels())
        m_ui->careCombo->addItem(places::careLevelLabel(level), static_cast<int>(level));
    m_ui->careCombo->setCurrentIndex(m_ui->careCombo->findData(static_cast<int>(need.care)));
    m_ui->availableFromEdit->setDate(need.availableFrom.isValid() ? need.availableFrom : today);
    fillChoices(need, wijken);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NeedDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NeedDialog::reject);
    // A message answers the values it was given; once they change it no longer applies.
    connect(m_ui->applicantCombo, &QComboBox::currentIndexChanged, this, &NeedDialog::clearRefusal);
    connect(m_ui->personsSpin, &QSpinBox::valueChanged, this, &NeedDialog::clearRefusal);
}

NeedDialog::~NeedDialog() = default;

QString NeedDialog::memberText(const Person &member)
{
    if (!member.geboortedatum.isValid())
        return member.fullName();
    return QStringLiteral("%1 (%2)").arg(member.fullName(), DeadlineText::date(member.geboortedatum));
}

void NeedDialog::fillApplicants(qint64 applicantId)
{
    QComboBox *combo = m_ui->applicantCombo;
    for (const Person &member : m_household.members)
        combo->addItem(memberText(member), member.id);
    const int index = combo->findData(applicantId);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    // The applicant left the household (or none was named): nobody is chosen for the user.
    combo->insertItem(0, tr("Choose the applicant"), qint64(0));
    combo->setCurrentIndex(0);
}

void NeedDialog::fillChoices(const needs::HousingNeed &need, const QStringList &wijken)
{
    for (places::HousingType type : places::allHousingTypes())
        addCheckable(m_ui->housingTypesList, places::housingTypeLabel(type), static_cast<int>(type),
                     need.woonvormen.contains(type));

    // The inventory's wijken, the household's own, and those the need names (an import may have
    // named one no place is in yet): each once, in alphabetical order.
    QStringList names = wijken + need.wijken;
    const QString own = m_household.address.wijk.trimmed();
    if (!own.isEmpty())
        names << own;
    names.removeAll(QString());
    names.removeDuplicates();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    for (const QString &name : std::as_const(names)) {
        const QString text = name == own ? tr("%1 (the household's district)").arg(name) : name;
        addCheckable(m_ui->wijkenList, text, name, need.wijken.contains(name));
    }
    if (names.isEmpty()) {
        m_ui->wijkenHint->setText(tr("No districts are known yet: any district."));
        m_ui->wijkenHint->setAccessibleName(m_ui->wijkenHint->text());
    }
}

needs::HousingNeed NeedDialog::need() const
{
    needs::HousingNeed n;
    n.householdId = m_household.id;
    n.applicantId = m_ui->applicantCombo->currentData().toLongLong();
    n.persons = m_ui->personsSpin->value();
    n.wheelchair = m_ui->wheelchairCheck->isChecked();
    n.pet = m_ui->petCheck->isChecked();
    n.care = static_cast<places::CareLevel>(m_ui->careCombo->currentData().toInt());
    for (const QVariant &type : ticked(m_ui->housingTypesList))
        n.woonvormen << static_cast<places::HousingType>(type.toInt());
    for (const QVariant &wijk : ticked(m_ui->wijkenList))
        n.wijken << wijk.toString();
    n.availableFrom = m_ui->availableFromEdit->date();
    return n;
}

QString NeedDialog::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void NeedDialog::clearRefusal()
{
    m_errors.show({});
    showMessage({});
}

void NeedDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setAccessibleName(text.isEmpty() ? tr("Why the housing need was not saved") : text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void NeedDialog::showRefusal(const Error &error)
{
    m_errors.touchAll();
    QStringList elsewhere = m_errors.show(error.fields);
    if (error.code != ErrorCode::Invalid || error.fields.isEmpty())
        elsewhere.prepend(error.message);
    const QString text = elsewhere.isEmpty() ? QString()
                                             : tr("The housing need was not saved: %1").arg(elsewhere.join(QLatin1Char(' ')));
    showMessage(text);
    if (!fieldError(applicantField).isEmpty())
        m_ui->applicantCombo->setFocus(Qt::OtherFocusReason);
    else if (!fieldError(personsField).isEmpty())
        m_ui->personsSpin->setFocus(Qt::OtherFocusReason);
}

void NeedDialog::accept()
{
    auto recorded = m_service.record(need());
    if (!recorded) {
        showRefusal(recorded.error());
        return;
    }
    clearRefusal();
    m_change = *recorded;
    QDialog::accept();
}

} // namespace vangnet
