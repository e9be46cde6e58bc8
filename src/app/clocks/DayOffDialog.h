#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace vangnet {

class ClockService;

namespace Ui {
class DayOffDialog;
}

/// Adds a day off by decree (docs/clocks.md) through ClockService::addDayOff. A refusal (a
/// weekend day, a public holiday, a day already added, no name) stays in the dialog with the
/// reason, and the field it is about gets the focus.
class DayOffDialog final : public QDialog {
    Q_OBJECT
public:
    DayOffDialog(ClockService &service, const QDate &suggested, QWidget *parent = nullptr);
    ~DayOffDialog() override;

    QDate date() const;
    void setDate(const QDate &date);
    QString name() const;
    void setName(const QString &name);
    QString errorText() const;

    void accept() override;

private:
    std::unique_ptr<Ui::DayOffDialog> m_ui;
    ClockService &m_service;
};

} // namespace vangnet
