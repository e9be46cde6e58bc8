#include "households/MergeDialog.h"

#include "households/DuplicatesModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vangnet {

MergeDialog::MergeDialog(const households::DuplicatePair &pair, QWidget *parent)
    : QDialog(parent)
    , m_pair(pair)
{
    setWindowTitle(tr("Merge households"));
    setAccessibleName(tr("Merge households"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which household stays? Everything of the other household (members, signals, discharge "
                                "notices, cases, notes, …) moves to it; members who are the same person become one. "
                                "The merge can be undone for a limited time."),
        this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Explanation"));
    layout->addWidget(intro);
    m_keepA = new QRadioButton(DuplicatesModel::sideText(pair.a), this);
    m_keepA->setObjectName(QStringLiteral("keepA"));
    m_keepA->setAccessibleName(tr("Keep the first household"));
    m_keepB = new QRadioButton(DuplicatesModel::sideText(pair.b), this);
    m_keepB->setObjectName(QStringLiteral("keepB"));
    m_keepB->setAccessibleName(tr("Keep the second household"));
    // The one with more members stays by default: fewer rows move.
    (pair.b.members > pair.a.members ? m_keepB : m_keepA)->setChecked(true);
    layout->addWidget(m_keepA);
    layout->addWidget(m_keepB);
    auto *reasons = new QLabel(tr("Proposed because: %1").arg(pair.reasonsText()), this);
    reasons->setWordWrap(true);
    reasons->setAccessibleName(tr("Reasons"));
    layout->addWidget(reasons);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Merge"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->setAccessibleName(tr("Merge or cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

const households::DuplicateSide &MergeDialog::keep() const
{
    return m_keepA->isChecked() ? m_pair.a : m_pair.b;
}

const households::DuplicateSide &MergeDialog::other() const
{
    return m_keepA->isChecked() ? m_pair.b : m_pair.a;
}

void MergeDialog::chooseKeep(qint64 id)
{
    (id == m_pair.b.id ? m_keepB : m_keepA)->setChecked(true);
}

} // namespace vangnet
