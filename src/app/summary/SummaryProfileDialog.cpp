#include "summary/SummaryProfileDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vangnet {

using summary::SummaryProfile;

SummaryProfileDialog::SummaryProfileDialog(int households, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("summaryProfileDialog"));
    setWindowTitle(households > 1 ? tr("Export summaries") : tr("Print summary"));
    setAccessibleName(tr("Choose who the summary is for"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(
        households > 1 ? tr("Who are the %n summaries for?", nullptr, households) : tr("Who is the summary for?"),
        this);
    question->setAccessibleName(question->text());
    layout->addWidget(question);

    m_intern = new QRadioButton(tr("&The team (intern): complete, BSN masked as on screen"), this);
    m_intern->setObjectName(QStringLiteral("internButton"));
    m_intern->setAccessibleName(tr("For the team: the complete summary"));
    m_partner = new QRadioButton(tr("A &partner organisation: without BSN, notes, health, addiction or detention "
                                    "details"),
        this);
    m_partner->setObjectName(QStringLiteral("partnerButton"));
    m_partner->setAccessibleName(tr("For a partner organisation: the minimised summary"));
    m_intern->setChecked(true);
    layout->addWidget(m_intern);
    layout->addWidget(m_partner);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose file…"));
    if (households > 1)
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose folder…"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Continue with this profile"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SummaryProfile SummaryProfileDialog::profile() const
{
    return m_partner->isChecked() ? SummaryProfile::Partner : SummaryProfile::Intern;
}

void SummaryProfileDialog::setProfile(SummaryProfile profile)
{
    (profile == SummaryProfile::Partner ? m_partner : m_intern)->setChecked(true);
}

} // namespace vangnet
