#pragma once

#include "cases/Case.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QTreeWidgetItem;

namespace vangnet {

namespace cases {
class CaseService;
}

namespace Ui {
class CasePlanTab;
}

/// Plan van aanpak: goals with their actions (owner, due date, done), and for a discharge case the
/// five basisvoorwaarden as a checklist with a state each.
class CasePlanTab final : public QWidget {
    Q_OBJECT
public:
    enum Column { TextColumn, OwnerColumn, DueColumn, DoneColumn, ColumnCount };

    /// `me` is offered as an owner beside the resident and the caseworker.
    CasePlanTab(cases::CaseService &service, const QDate &today, const QString &me, QWidget *parent = nullptr);
    ~CasePlanTab() override;

    void showDetail(const cases::CaseDetail &detail);

    /// Fills the add form (tests and the screen's own buttons use these).
    void setNewItem(cases::PlanItem::Kind kind, const QString &text, const QString &owner, const QDate &due,
                    qint64 goalId = 0);
    /// Adds what the form holds; on success clears it and emits changed().
    void addItem();
    /// Selects the goal or action; false when it is not in the plan.
    bool selectItem(qint64 itemId);
    /// Marks the selected goal or action done today (or open again).
    void setSelectedDone(bool done);
    /// Asks, then removes the selected goal or action.
    void removeSelected();
    /// The state combo of a basic condition (basicConditionKeys()); nullptr when not shown.
    QComboBox *conditionCombo(const QString &key) const;
    QString errorText() const;

Q_SIGNALS:
    void changed();

private:
    void showPlan(const QList<cases::PlanItem> &plan);
    void showConditions(const QList<cases::BasicCondition> &conditions);
    void fillItem(QTreeWidgetItem &row, const cases::PlanItem &item) const;
    void setCondition(const QString &key, QComboBox *combo, QDate since);
    void updateButtons();
    void showError(const QString &text);
    qint64 selectedId() const;

    std::unique_ptr<Ui::CasePlanTab> m_ui;
    cases::CaseService &m_service;
    QDate m_today;
    qint64 m_caseId = 0;
    QList<cases::PlanItem> m_plan;
};

} // namespace vangnet
