#pragma once

#include "summary/SummaryProfile.h"

#include <QDialog>

class QRadioButton;

namespace vangnet {

/// Asks who a case summary is for: the team (intern, the default) or a partner organisation
/// (partner), each with what it holds, so the choice is made knowingly (docs/case-summary.md).
class SummaryProfileDialog final : public QDialog {
    Q_OBJECT
public:
    /// `households`: how many summaries the choice is for (the text says so when more than one).
    explicit SummaryProfileDialog(int households, QWidget *parent = nullptr);

    summary::SummaryProfile profile() const;
    void setProfile(summary::SummaryProfile profile);

private:
    QRadioButton *m_intern = nullptr;
    QRadioButton *m_partner = nullptr;
};

} // namespace vangnet
