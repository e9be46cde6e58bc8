#include "cases/CaseWindows.h"

#include "DataChanges.h"
#include "DialogRunner.h"
#include "cases/CaseWidget.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <utility>

namespace vangnet {

CaseWindows::CaseWindows(const Database &db, const Session &session, const Clock &clock, QWidget *owner)
    : QObject(owner), m_db(db), m_session(session), m_clock(clock), m_owner(owner), m_cases(db, clock, m_session)
{
}

CaseWindows::~CaseWindows() = default;

CaseWidget *CaseWindows::windowFor(qint64 caseId) const
{
    return m_windows.value(caseId).data();
}

QList<CaseWidget *> CaseWindows::windows() const
{
    QList<CaseWidget *> open;
    for (const QPointer<CaseWidget> &window : m_windows)
        if (window)
            open << window.data();
    return open;
}

void CaseWindows::reloadAll()
{
    for (CaseWidget *window : windows())
        window->reload();
}

void CaseWindows::setDataChanges(DataChanges &changes)
{
    connect(this, &CaseWindows::caseChanged, &changes, [this, &changes](qint64 caseId) {
        m_publishing = caseId; // its window shows the change already
        changes.publish(DataKind::Cases, {caseId});
        m_publishing = 0;
    });
    connect(&changes, &DataChanges::changedByColleague, this, &CaseWindows::onColleagueChanged);
    connect(&changes, &DataChanges::changed, this, &CaseWindows::onChanged);
}

void CaseWindows::onColleagueChanged(DataKind kind, const QList<qint64> &ids)
{
    m_colleagueChange = true; // onChanged() follows at once, for the same change
    for (CaseWidget *window : windows()) {
        const auto &detail = window->detail();
        const bool ours = (kind == DataKind::Cases && ids.contains(window->caseId()))
                          || (kind == DataKind::Needs && detail && ids.contains(detail->record.householdId));
        if (ours)
            window->noticeChangedByColleague();
    }
}

void CaseWindows::onChanged(DataKind kind, const QList<qint64> &ids)
{
    const bool colleague = std::exchange(m_colleagueChange, false);
    // A colleague's change is not read into an open window: it would wipe what is being typed.
    // The window says so instead (onColleagueChanged) and offers to reload.
    if (colleague || (kind != DataKind::Cases && kind != DataKind::Needs))
        return;
    for (CaseWidget *window : windows()) {
        const auto &detail = window->detail();
        const qint64 id = kind == DataKind::Cases ? window->caseId() : (detail ? detail->record.householdId : 0);
        if (DataChanges::mayConcern(ids, id) && !(kind == DataKind::Cases && id == m_publishing))
            window->reload();
    }
}

CaseWidget *CaseWindows::open(qint64 caseId)
{
    if (CaseWidget *shown = windowFor(caseId)) {
        shown->reload();
        shown->show();
        shown->raise();
        shown->activateWindow();
        return shown;
    }
    auto *window = new CaseWidget(m_db, m_session, m_clock, caseId, m_owner);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QSize size(1180, 760);
    if (const QScreen *screen = m_owner ? m_owner->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    window->resize(size);
    connect(window, &CaseWidget::caseChanged, this, &CaseWindows::caseChanged);
    connect(window, &CaseWidget::householdRequested, this, &CaseWindows::householdRequested);
    connect(window, &QObject::destroyed, this, [this, caseId] { m_windows.remove(caseId); });
    m_windows.insert(caseId, window);
    window->show();
    return window;
}

CaseWidget *CaseWindows::openForHousehold(qint64 householdId, const QString &householdName)
{
    auto existing = m_cases.openCaseOf(householdId);
    if (!existing) {
        DialogRunner::warn(m_owner, tr("Case"), existing.error().message);
        return nullptr;
    }
    if (*existing != 0)
        return open(*existing);
    if (!DialogRunner::confirm(m_owner, tr("New case"),
                               tr("%1 has no open case. Open a new case for this household?").arg(householdName)))
        return nullptr;
    auto opened = m_cases.openFromQueue(householdId);
    if (!opened) {
        DialogRunner::warn(m_owner, tr("Case not opened"), opened.error().message);
        return nullptr;
    }
    Q_EMIT caseChanged(opened->id, householdId);
    return open(opened->id);
}

} // namespace vangnet
