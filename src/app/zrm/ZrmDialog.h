#pragma once

#include "domain/Household.h"

#include <QDate>
#include <QDialog>
#include <QMap>

#include <memory>

class QComboBox;

namespace vangnet {

class ZrmService;

namespace Ui {
class ZrmDialog;
}

/// "ZRM scoren": one Zelfredzaamheid-Matrix assessment of the household or one member. Each
/// of the 13 domains has a level 1..5 or "not scored", pre-filled with the latest scores so a
/// caseworker changes what changed. The date defaults to today and cannot be later; the assessor
/// is the logged-in user. Saving goes through ZrmService::record; its refusal stays in the dialog.
class ZrmDialog final : public QDialog {
    Q_OBJECT
public:
    ZrmDialog(ZrmService &service, const Household &household, QDate today, QWidget *parent = nullptr);
    ~ZrmDialog() override;

    /// The case the assessment is scored in (0 = none, the default).
    void setCaseId(qint64 caseId) { m_caseId = caseId; }
    /// Who is assessed: 0 = the household, else a member's id (ignored when not a member).
    void setPerson(qint64 personId);
    void setDate(QDate date);
    /// The level chosen for the domain: 1..5, or 0 for "not scored".
    void setScore(const QString &domain, int score);
    int score(const QString &domain) const;
    /// The domains with a level, as they would be saved.
    QMap<QString, int> scores() const;

    void accept() override;
    qint64 savedId() const { return m_saved; }

private:
    std::unique_ptr<Ui::ZrmDialog> m_ui;
    ZrmService &m_service;
    qint64 m_householdId = 0;
    qint64 m_caseId = 0;
    qint64 m_saved = 0;
    QMap<QString, QComboBox *> m_combos; ///< domain key → its level combo
};

} // namespace vangnet
