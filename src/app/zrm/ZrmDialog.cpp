#include "zrm/ZrmDialog.h"

#include "ui_ZrmDialog.h"

#include "zrm/ZrmScale.h"
#include "zrm/ZrmService.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

namespace vangnet {

ZrmDialog::ZrmDialog(ZrmService &service, const Household &household, QDate today, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ZrmDialog>()), m_service(service), m_householdId(household.id)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Score how self-sufficient %1 is now, per domain. Leave a domain \"not scored\" "
                                 "when you cannot judge it; the rules read the latest score of each domain.")
                                  .arg(household.displayName()));
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(today);
    m_ui->personCombo->addItem(tr("The household as a whole"), qint64(0));
    for (const Person &p : household.members)
        m_ui->personCombo->addItem(tr("%1 (%2)").arg(p.fullName(), roleLabel(p.role)), p.id);
    m_ui->assessorLabel->setText(service.assessorName());

    auto latest = service.latest(household.id);
    for (const QString &domain : zrm::domainKeys()) {
        auto *combo = new QComboBox(m_ui->scoresGroup);
        combo->setObjectName(QStringLiteral("score_") + domain);
        combo->setAccessibleName(tr("ZRM score for %1").arg(zrm::domainLabel(domain)));
        combo->addItem(tr("not scored"), 0);
        for (int level = zrm::lowestScore; level <= zrm::highestScore; ++level)
            combo->addItem(QStringLiteral("%1 %2").arg(level).arg(zrm::levelName(level)), level);
        // "Werk & opleiding": a label with a buddy would read the '&' as a mnemonic.
        QString caption = zrm::domainLabel(domain) + QLatin1Char(':');
        auto *label = new QLabel(caption.replace(QLatin1Char('&'), QStringLiteral("&&")), m_ui->scoresGroup);
        label->setObjectName(QStringLiteral("label_") + domain);
        label->setBuddy(combo);
        m_ui->scoresForm->addRow(label, combo);
        m_combos.insert(domain, combo);
        if (latest)
            setScore(domain, latest->value(domain, 0));
    }
    if (!latest)
        m_ui->errorLabel->setText(latest.error().message);
    m_ui->buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the assessment"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ZrmDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ZrmDialog::reject);
}

ZrmDialog::~ZrmDialog() = default;

void ZrmDialog::setPerson(qint64 personId)
{
    const int index = m_ui->personCombo->findData(personId);
    if (index >= 0)
        m_ui->personCombo->setCurrentIndex(index);
}

void ZrmDialog::setDate(QDate date)
{
    m_ui->dateEdit->setDate(date);
}

void ZrmDialog::setScore(const QString &domain, int score)
{
    if (QComboBox *combo = m_combos.value(domain)) {
        const int index = combo->findData(score);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
}

int ZrmDialog::score(const QString &domain) const
{
    const QComboBox *combo = m_combos.value(domain);
    return combo ? combo->currentData().toInt() : 0;
}

QMap<QString, int> ZrmDialog::scores() const
{
    QMap<QString, int> out;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        if (const int level = it.value()->currentData().toInt(); level != 0)
            out.insert(it.key(), level);
    return out;
}

void ZrmDialog::accept()
{
    ZrmAssessment assessment;
    assessment.householdId = m_householdId;
    assessment.personId = m_ui->personCombo->currentData().toLongLong();
    assessment.caseId = m_caseId;
    assessment.assessedOn = m_ui->dateEdit->date();
    assessment.scores = scores();
    auto saved = m_service.record(assessment);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace vangnet
