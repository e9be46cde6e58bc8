#include "households/HouseholdDialog.h"

#include "ui_HouseholdDialog.h"

#include "ChangedElsewhereBanner.h"
#include "DialogRunner.h"
#include "households/HouseholdService.h"
#include "households/PersonDialog.h"
#include "domain/Validation.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

namespace vangnet {

HouseholdDialog::HouseholdDialog(HouseholdService &service, const Household &household, const QDate &today,
                                 const QStringList &districts, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HouseholdDialog>()), m_service(service), m_household(household),
      m_today(today)
{
    m_ui->setupUi(this);
    setWindowTitle(household.id == 0 ? tr("New household") : tr("Edit household"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->saveError->setWordWrap(true);
    m_ui->saveError->setStyleSheet(QStringLiteral("color: #b03a2e; font-weight: bold;"));
    m_ui->saveError->setVisible(false);
    m_colleagueBanner = new ChangedElsewhereBanner(
        tr("A colleague has changed this household; saving will be refused — reload (cancel, then edit "
           "it again). What you typed is still here to copy."),
        false, this);
    m_ui->mainLayout->insertWidget(0, m_colleagueBanner);

    m_ui->membersTable->setColumnCount(4);
    m_ui->membersTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Date of birth"), tr("BSN")});
    m_ui->membersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->membersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->membersTable->verticalHeader()->setVisible(false);
    m_ui->membersTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_ui->wijkCombo->addItems(districts);
    m_ui->wijkCombo->view()->setAccessibleName(tr("Districts"));
    const Address &a = household.address;
    m_ui->straatEdit->setText(a.straat);
    m_ui->huisnummerEdit->setText(a.huisnummer > 0 ? QString::number(a.huisnummer) : QString());
    m_ui->toevoegingEdit->setText(a.toevoeging);
    m_ui->postcodeEdit->setText(a.postcode);
    m_ui->plaatsEdit->setText(a.plaats);
    m_ui->wijkCombo->setCurrentText(a.wijk);
    showMembers();

    const std::tuple<QString, QLineEdit *, QLabel *> fields[] = {
        {QStringLiteral("straat"), m_ui->straatEdit, m_ui->straatError},
        {QStringLiteral("huisnummer"), m_ui->huisnummerEdit, m_ui->huisnummerError},
        {QStringLiteral("toevoeging"), m_ui->toevoegingEdit, m_ui->toevoegingError},
        {QStringLiteral("postcode"), m_ui->postcodeEdit, m_ui->postcodeError},
        {QStringLiteral("plaats"), m_ui->plaatsEdit, m_ui->plaatsError},
    };
    for (const auto &[field, edit, label] : fields) {
        m_errors.add(field, edit, label);
        const QString key = field;
        connect(edit, &QLineEdit::textChanged, this, [this, key] {
            m_errors.touch(key);
            revalidate();
        });
    }
    m_errors.add(QStringLiteral("wijk"), m_ui->wijkCombo, m_ui->wijkError);
    m_errors.add(QStringLiteral("members"), m_ui->membersTable, m_ui->membersError);
    if (household.id != 0)
        m_errors.touchAll();

    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &HouseholdDialog::addMember);
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &HouseholdDialog::editMember);
    connect(m_ui->membersTable, &QTableWidget::cellDoubleClicked, this, &HouseholdDialog::editMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, &HouseholdDialog::removeMember);
    connect(m_ui->membersTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = m_ui->membersTable->currentRow() >= 0;
        m_ui->editMemberButton->setEnabled(selected);
        m_ui->removeMemberButton->setEnabled(selected);
    });
    m_ui->editMemberButton->setEnabled(false);
    m_ui->removeMemberButton->setEnabled(false);
    revalidate();
}

HouseholdDialog::~HouseholdDialog() = default;

Household HouseholdDialog::household() const
{
    Household h = m_household;
    h.address.straat = m_ui->straatEdit->text();
    bool numeric = false;
    const int number = m_ui->huisnummerEdit->text().trimmed().toInt(&numeric);
    h.address.huisnummer = numeric ? number : 0;
    h.address.toevoeging = m_ui->toevoegingEdit->text();
    h.address.postcode = m_ui->postcodeEdit->text();
    h.address.plaats = m_ui->plaatsEdit->text();
    h.address.wijk = m_ui->wijkCombo->currentText();
    return h;
}

bool HouseholdDialog::canAccept() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled();
}

QString HouseholdDialog::saveError() const
{
    return m_ui->saveError->text();
}

void HouseholdDialog::showMembers()
{
    QTableWidget *table = m_ui->membersTable;
    table->setRowCount(static_cast<int>(m_household.members.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const Person &p = m_household.members.at(row);
        const QString born = p.geboortedatum.isValid() ? p.geboortedatum.toString(QStringLiteral("dd-MM-yyyy")) : QString();
        const QString cells[] = {p.fullName(), roleLabel(p.role), born, p.maskedBsn()};
        for (int column = 0; column < 4; ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void HouseholdDialog::addMember()
{
    Person person;
    const bool hasHead = std::any_of(m_household.members.cbegin(), m_household.members.cend(),
                                     [](const Person &p) { return p.role == MemberRole::Hoofdbewoner; });
    person.role = hasHead ? MemberRole::Overig : MemberRole::Hoofdbewoner;
    if (!m_household.members.isEmpty())
        person.achternaam = m_household.members.constFirst().achternaam; // usually shared; saves typing
    PersonDialog dialog(person, m_today, this);
    dialog.setWindowTitle(tr("Add member"));
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_household.members.append(dialog.person());
    m_errors.touch(QStringLiteral("members"));
    showMembers();
    m_ui->membersTable->selectRow(static_cast<int>(m_household.members.size()) - 1);
    revalidate();
}

void HouseholdDialog::editMember()
{
    const int row = m_ui->membersTable->currentRow();
    if (row < 0 || row >= m_household.members.size())
        return;
    PersonDialog dialog(m_household.members.at(row), m_today, this);
    dialog.setWindowTitle(tr("Edit member"));
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_household.members[row] = dialog.person();
    m_errors.touch(QStringLiteral("members"));
    showMembers();
    m_ui->membersTable->selectRow(row);
    revalidate();
}

void HouseholdDialog::removeMember()
{
    const int row = m_ui->membersTable->currentRow();
    if (row < 0 || row >= m_household.members.size())
        return;
    m_household.members.removeAt(row);
    m_errors.touch(QStringLiteral("members"));
    showMembers();
    revalidate();
}

QList<FieldError> HouseholdDialog::groupMemberErrors(const QList<FieldError> &errors) const
{
    static const QRegularExpression memberKey(QStringLiteral("^members\\[(\\d+)\\]\\."));
    QList<FieldError> grouped;
    for (const FieldError &e : errors) {
        const auto m = memberKey.match(e.field);
        if (!m.hasMatch()) {
            grouped.append(e);
            continue;
        }
        const int index = m.captured(1).toInt();
        const QString who = index < m_household.members.size() ? m_household.members.at(index).fullName()
                                                               : tr("Member %1").arg(index + 1);
        grouped.append({QStringLiteral("members"), tr("%1: %2").arg(who, e.message)});
    }
    return grouped;
}

void HouseholdDialog::revalidate()
{
    const QList<FieldError> errors = validation::validateHousehold(household(), m_today);
    m_errors.show(groupMemberErrors(errors), QStringLiteral("members"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

void HouseholdDialog::noticeChangedByColleague()
{
    m_colleagueBanner->show();
}

QString HouseholdDialog::colleagueNotice() const
{
    return m_colleagueBanner->isHidden() ? QString() : m_colleagueBanner->text();
}

void HouseholdDialog::accept()
{
    const Household edited = household();
    m_errors.touchAll();
    // The service validates (and audits an attempt to register another team's BSN), so the
    // dialog does not check beforehand: its field errors come back with the refusal.
    auto stored = edited.id == 0 ? m_service.create(edited) : m_service.save(edited);
    if (!stored) {
        const QList<FieldError> &errors = stored.error().fields;
        const QStringList unplaced = m_errors.show(groupMemberErrors(errors), QStringLiteral("members"));
        m_ui->saveError->setText(errors.isEmpty()       ? stored.error().message
                                 : unplaced.isEmpty() ? tr("Please correct the marked fields.")
                                                      : unplaced.join(QLatin1Char('\n')));
        m_ui->saveError->setVisible(true);
        return;
    }
    m_saved = std::move(stored).value();
    QDialog::accept();
}

} // namespace vangnet
