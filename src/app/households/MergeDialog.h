#pragma once

#include "households/DuplicatePair.h"

#include <QDialog>

class QRadioButton;

namespace vangnet {

/// Samenvoegen…: the user picks which of the two households stays; the other's members and
/// records move to it (docs/duplicates.md, "Merge").
class MergeDialog final : public QDialog {
    Q_OBJECT
public:
    explicit MergeDialog(const households::DuplicatePair &pair, QWidget *parent = nullptr);

    /// The household chosen to stay, and the one that goes.
    const households::DuplicateSide &keep() const;
    const households::DuplicateSide &other() const;
    /// For tests: choose the household that stays.
    void chooseKeep(qint64 id);

private:
    households::DuplicatePair m_pair;
    QRadioButton *m_keepA = nullptr;
    QRadioButton *m_keepB = nullptr;
};

} // namespace vangnet
