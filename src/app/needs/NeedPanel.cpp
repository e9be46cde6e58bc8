#include "needs/NeedPanel.h"

#include "ui_NeedPanel.h"

#include "DialogRunner.h"
#include "cases/DeadlineText.h"
#include "households/HouseholdService.h"
#include "needs/NeedDialog.h"
#include "needs/NeedService.h"
#include "places/PlaceKeys.h"
#include "places/PlaceService.h"
#include "support/Clock.h"

namespace vangnet {

NeedPanel::NeedPanel(needs::NeedService &needs, places::PlaceService &places, HouseholdService &households,
                     const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NeedPanel>()), m_needs(needs), m_places(places),
      m_households(households), m_session(session), m_clock(clock)
{
    m_ui->setupUi(this);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &NeedPanel::recordNeed);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &NeedPanel::removeNeed);
    clear();
}

NeedPanel::~NeedPanel() = default;

void NeedPanel::setHousehold(const Household &household)
{
    m_pendingId = 0;
    m_household = household;
    refresh();
}

void NeedPanel::showHousehold(qint64 id)
{
    m_pendingId = id;
    if (isVisible())
        load();
}

void NeedPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingId != 0)
        load();
}

void NeedPanel::load()
{
    const qint64 id = m_pendingId;
    m_pendingId = 0;
    auto household = m_households.get(id);
    if (!household) {
        clear();
        showMessage(household.error().message, true);
        return;
    }
    setHousehold(*household);
}

void NeedPanel::clear()
{
    m_pendingId = 0;
    m_household.reset();
    m_need.reset();
    showMessage({}, false);
}

bool NeedPanel::canEdit() const
{
    return m_household && m_session.can(Permission::EditHouseholds) && m_session.canSeeTeam(m_household->teamId);
}

void NeedPanel::refresh()
{
    m_need.reset();
    if (!m_household) {
        showMessage({}, false);
        return;
    }
    auto need = m_needs.get(m_household->id);
    if (!need) {
        showMessage(need.error().message, true);
        return;
    }
    m_need = *need;
    if (m_need)
        showNeed();
    else
        showMessage(tr("No housing need recorded."), false);
}

void NeedPanel::showMessage(const QString &text, bool problem)
{
    m_problem = problem;
    m_ui->emptyLabel->setText(text);
    // A screen reader reads a label's accessible name, not its text: here they are the same.
    m_ui->emptyLabel->setAccessibleName(text.isEmpty() ? tr("About the housing need") : text);
    m_ui->emptyLabel->setStyleSheet(problem ? QStringLiteral("color: #b03a2e;") : QString());
    m_ui->emptyLabel->setVisible(!text.isEmpty());
    m_ui->needForm->setVisible(false);
    // A household whose need could not be read offers nothing to change.
    const bool offer = canEdit() && !problem;
    m_ui->recordButton->setVisible(offer);
    m_ui->recordButton->setText(tr("Record housing need…"));
    m_ui->recordButton->setAccessibleName(tr("Record the housing need"));
    m_ui->removeButton->setVisible(false);
}

QString NeedPanel::applicantText(qint64 applicantId) const
{
    if (applicantId == 0)
        return tr("Nobody: the applicant left the household; choose another");
    for (const Person &member : m_household->members)
        if (member.id == applicantId)
            return NeedDialog::memberText(member);
    return tr("Person %1, not a member of the household").arg(applicantId);
}

void NeedPanel::showNeed()
{
    const needs::HousingNeed &n = *m_need;
    // In the dialog's order, however the need was imported: the same need always reads the same.
    QStringList types;
    for (places::HousingType type : places::allHousingTypes())
        if (n.woonvormen.contains(type))
            types << places::housingTypeLabel(type);
    QStringList wijken = n.wijken;
    wijken.sort(Qt::CaseInsensitive);
    const auto yesNo = [](bool yes) { return yes ? tr("Yes") : tr("No"); };
    m_ui->applicantValue->setText(applicantText(n.applicantId));
    m_ui->personsValue->setText(QString::number(n.persons));
    m_ui->wheelchairValue->setText(yesNo(n.wheelchair));
    m_ui->petValue->setText(yesNo(n.pet));
    m_ui->careValue->setText(places::careLevelLabel(n.care));
    m_ui->housingTypesValue->setText(types.isEmpty() ? tr("Any housing type") : types.join(QStringLiteral(", ")));
    m_ui->wijkenValue->setText(wijken.isEmpty() ? tr("Any district") : wijken.join(QStringLiteral(", ")));
    m_ui->availableFromValue->setText(DeadlineText::date(n.availableFrom));
    m_ui->updatedValue->setText(tr("%1 by %2").arg(DeadlineText::moment(n.updatedAt), n.updatedBy));
    // A screen reader reads the accessible name instead of the text: each value says both.
    for (const auto &[caption, value] : rows())
        value->setAccessibleName(QStringLiteral("%1: %2").arg(caption->accessibleName(), value->text()));
    m_problem = false;
    m_ui->emptyLabel->hide();
    m_ui->needForm->show();
    const bool offer = canEdit();
    m_ui->recordButton->setVisible(offer);
    m_ui->recordButton->setText(tr("Change housing need…"));
    m_ui->recordButton->setAccessibleName(tr("Change the housing need"));
    m_ui->removeButton->setVisible(offer);
}

QString NeedPanel::summaryText() const
{
    if (m_ui->needForm->isHidden())
        return m_ui->emptyLabel->text();
    QStringList lines;
    for (const auto &[caption, value] : rows())
        lines << caption->text() + QLatin1Char(' ') + value->text();
    return lines.join(QLatin1Char('\n'));
}

QList<std::pair<QLabel *, QLabel *>> NeedPanel::rows() const
{
    QList<std::pair<QLabel *, QLabel *>> out;
    const QFormLayout *form = m_ui->needFormLayout;
    for (int row = 0; row < form->rowCount(); ++row)
        out.append(std::pair(qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget()),
                             qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)->widget())));
    return out;
}

void NeedPanel::recordNeed()
{
    refresh(); // the dialog starts from the need as it is stored now, not as it was shown
    if (!m_household || !canEdit() || m_problem)
        return;
    QStringList wijken;
    if (auto known = m_places.wijken())
        wijken = *known; // without them the household's own wijk is still offered
    const qint64 id = m_household->id;
    NeedDialog dialog(m_needs, *m_household, m_need, wijken, m_clock.today(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    refresh();
    if (dialog.change() != needs::NeedChange::Unchanged)
        Q_EMIT needChanged(id);
}

void NeedPanel::removeNeed()
{
    if (!m_household || !m_need || !canEdit())
        return;
    const qint64 id = m_household->id;
    if (!DialogRunner::confirm(this, tr("Remove housing need"),
                               tr("Remove the housing need of %1? This cannot be undone.")
                                   .arg(m_household->displayName())))
        return;
    auto removed = m_needs.remove(id);
    refresh();
    if (!removed) {
        DialogRunner::warn(this, tr("Housing need not removed"), removed.error().message);
        return;
    }
    Q_EMIT needChanged(id);
}

} // namespace vangnet
