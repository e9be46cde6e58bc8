#include "households/PersonDialog.h"

#include "ui_PersonDialog.h"

#include "domain/Validation.h"

#include <QAbstractItemView>
#include <QPushButton>

namespace vangnet {

namespace {
const MemberRole allRoles[] = {MemberRole::Hoofdbewoner, MemberRole::Partner, MemberRole::Kind, MemberRole::Overig};
} // namespace

PersonDialog::PersonDialog(const Person &person, const QDate &today, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PersonDialog>()), m_person(person), m_today(today)
{
    m_ui->setupUi(this);
    for (MemberRole role : allRoles)
        m_ui->rolCombo->addItem(roleLabel(role), roleKey(role));
    m_ui->rolCombo->view()->setAccessibleName(tr("Roles"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    const std::pair<QString, QLineEdit *> edits[] = {
        {QStringLiteral("voorletters"), m_ui->voorlettersEdit}, {QStringLiteral("voornaam"), m_ui->voornaamEdit},
        {QStringLiteral("voorvoegsel"), m_ui->voorvoegselEdit}, {QStringLiteral("achternaam"), m_ui->achternaamEdit},
        {QStringLiteral("geboortedatum"), m_ui->geboortedatumEdit}, {QStringLiteral("bsn"), m_ui->bsnEdit},
        {QStringLiteral("telefoon"), m_ui->telefoonEdit},       {QStringLiteral("email"), m_ui->emailEdit},
    };
    const std::pair<QString, QLabel *> labels[] = {
        {QStringLiteral("voorletters"), m_ui->voorlettersError}, {QStringLiteral("voornaam"), m_ui->voornaamError},
        {QStringLiteral("voorvoegsel"), m_ui->voorvoegselError}, {QStringLiteral("achternaam"), m_ui->achternaamError},
        {QStringLiteral("geboortedatum"), m_ui->geboortedatumError}, {QStringLiteral("bsn"), m_ui->bsnError},
        {QStringLiteral("telefoon"), m_ui->telefoonError},       {QStringLiteral("email"), m_ui->emailError},
    };
    for (std::size_t i = 0; i < std::size(edits); ++i)
        m_errors.add(edits[i].first, edits[i].second, labels[i].second);

    load(person);
    if (person.id != 0 || !person.achternaam.isEmpty())
        m_errors.touchAll();
    for (const auto &[field, edit] : edits) {
        const QString key = field;
        connect(edit, &QLineEdit::textChanged, this, [this, key] {
            m_errors.touch(key);
            revalidate();
        });
    }
    connect(m_ui->rolCombo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    revalidate();
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::load(const Person &p)
{
    m_ui->voorlettersEdit->setText(p.voorletters);
    m_ui->voornaamEdit->setText(p.voornaam);
    m_ui->voorvoegselEdit->setText(p.voorvoegsel);
    m_ui->achternaamEdit->setText(p.achternaam);
    m_ui->geboortedatumEdit->setText(p.geboortedatum.isValid() ? p.geboortedatum.toString(QStringLiteral("dd-MM-yyyy"))
                                                               : QString());
    // A stored BSN stays masked here too: typing a new one replaces it, clearing removes it.
    m_ui->bsnEdit->setText(p.bsn.isEmpty() ? p.bsnMask : p.bsn);
    if (p.bsn.isEmpty() && !p.bsnMask.isEmpty())
        m_ui->bsnEdit->setToolTip(tr("The stored BSN is masked. Type a new BSN to replace it, or clear the field to "
                                     "remove it."));
    m_ui->rolCombo->setCurrentIndex(m_ui->rolCombo->findData(roleKey(p.role)));
    m_ui->telefoonEdit->setText(p.telefoon);
    m_ui->emailEdit->setText(p.email);
}

QDate PersonDialog::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {QStringLiteral("dd-MM-yyyy"), QStringLiteral("d-M-yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

Person PersonDialog::person() const
{
    Person p = m_person;
    p.voorletters = m_ui->voorlettersEdit->text();
    p.voornaam = m_ui->voornaamEdit->text();
    p.voorvoegsel = m_ui->voorvoegselEdit->text();
    p.achternaam = m_ui->achternaamEdit->text();
    p.geboortedatum = parseDate(m_ui->geboortedatumEdit->text());
    const QString bsnText = m_ui->bsnEdit->text();
    if (m_person.bsn.isEmpty() && !m_person.bsnMask.isEmpty() && bsnText == m_person.bsnMask) {
        p.bsn.clear(); // unchanged: the stored BSN is kept
    } else {
        p.bsn = bsnText;
        p.bsnMask.clear();
    }
    p.role = roleFromKey(m_ui->rolCombo->currentData().toString()).value_or(MemberRole::Overig);
    p.telefoon = m_ui->telefoonEdit->text();
    p.email = m_ui->emailEdit->text();
    return p;
}

bool PersonDialog::canAccept() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled();
}

void PersonDialog::revalidate()
{
    const Person p = person();
    QList<FieldError> errors = validation::validatePerson(p, m_today);
    const QString dateText = m_ui->geboortedatumEdit->text().trimmed();
    if (!dateText.isEmpty() && !p.geboortedatum.isValid())
        errors.append({QStringLiteral("geboortedatum"),
                       tr("Date of birth \"%1\" is not a date; write it as DD-MM-YYYY").arg(dateText)});
    m_errors.show(errors);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

} // namespace vangnet
