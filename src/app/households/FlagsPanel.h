#pragma once

#include "rules/RulesService.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace vangnet {

namespace Ui {
class FlagsPanel;
}

/// Signaleringen of one household: the open flags, most urgent first (severity, then score),
/// each with its explanation and its evidence as links; optionally the resolved and dismissed
/// ones with their dates and reasons. "Dismiss…" sets an open flag aside with a reason.
class FlagsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit FlagsPanel(QWidget *parent = nullptr);
    ~FlagsPanel() override;

    /// Without a service the panel stays empty; `canDismiss` follows EditHouseholds.
    void setService(rules::RulesService *rules, bool canDismiss);
    /// Reads the household's flags (0 = none shown).
    void showHousehold(qint64 id);
    /// How evidence links read: "signal:12" → "Huur, 03-05-2025". Unknown keys read "signal 12".
    void setEvidenceLabels(const QHash<QString, QString> &labels);

    /// The flags in the order shown.
    const QList<rules::StoredFlag> &flags() const { return m_flags; }
    int openCount() const;
    void selectFlag(int row);
    /// The selected flag's explanation and evidence, as shown below the list (rich text).
    QString detailText() const;
    /// Asks the reason and dismisses the selected open flag.
    void dismissSelected();
    /// What clicking an evidence link does.
    void activateLink(const QString &link);

Q_SIGNALS:
    /// The user followed an evidence link: "signal:<id>" or "discharge:<id>".
    void evidenceActivated(const QString &key);
    void openCountChanged(int open);

private:
    void reload();
    void showDetail();

    std::unique_ptr<Ui::FlagsPanel> m_ui;
    rules::RulesService *m_rules = nullptr;
    bool m_canDismiss = false;
    qint64 m_householdId = 0;
    QList<rules::StoredFlag> m_flags;
    QHash<QString, QString> m_evidence;
};

} // namespace vangnet
