#include "ProgressWindow.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace vangnet {

namespace {
constexpr int ShowProgressAfterMs = 400;
} // namespace

ProgressWindow::ProgressWindow(const Texts &texts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(texts.title);
    setAccessibleName(texts.name);
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setAccessibleName(texts.labelName);
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setAccessibleName(texts.barName);
    m_cancel = new QPushButton(texts.cancel, this);
    m_cancel->setAccessibleName(texts.cancelName);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressWindow::cancelRequested);
    connect(this, &QDialog::rejected, this, &ProgressWindow::cancelRequested); // Esc or the close button
}

void ProgressWindow::setText(const QString &text)
{
    m_label->setText(text);
}

void ProgressWindow::openWhile(const std::function<bool()> &running)
{
    QTimer::singleShot(ShowProgressAfterMs, this, [this, running] {
        if (running())
            open();
    });
}

} // namespace vangnet
