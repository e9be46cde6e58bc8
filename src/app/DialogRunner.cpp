#include "DialogRunner.h"

#include <QDialog>
#include <QMessageBox>

namespace vangnet {

QList<DialogRunner::Handler> &DialogRunner::handlers()
{
    static QList<Handler> queue;
    return queue;
}

QList<bool> &DialogRunner::confirmations()
{
    static QList<bool> queue;
    return queue;
}

QString &DialogRunner::warning()
{
    static QString text;
    return text;
}

QString &DialogRunner::question()
{
    static QString text;
    return text;
}

QString &DialogRunner::information()
{
    static QString text;
    return text;
}

bool &DialogRunner::interactive()
{
    static bool on = true;
    return on;
}

int DialogRunner::exec(QDialog &dialog)
{
    if (handlers().isEmpty())
        return interactive() ? dialog.exec() : int(QDialog::Rejected);
    const Handler handler = handlers().takeFirst();
    return handler(dialog);
}

bool DialogRunner::confirm(QWidget *parent, const QString &title, const QString &text)
{
    question() = text;
    if (!confirmations().isEmpty())
        return confirmations().takeFirst();
    if (!interactive())
        return false;
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

void DialogRunner::warn(QWidget *parent, const QString &title, const QString &text)
{
    warning() = text;
    if (!interactive())
        return;
    QMessageBox::warning(parent, title, text);
}

void DialogRunner::inform(QWidget *parent, const QString &title, const QString &text)
{
    information() = text;
    if (!interactive())
        return;
    QMessageBox::information(parent, title, text);
}

void DialogRunner::setNextHandler(Handler handler)
{
    handlers().append(std::move(handler));
}

void DialogRunner::setNextConfirmation(bool answer)
{
    confirmations().append(answer);
}

QString DialogRunner::lastWarning()
{
    return warning();
}

QString DialogRunner::lastQuestion()
{
    return question();
}

QString DialogRunner::lastInformation()
{
    return information();
}

void DialogRunner::clearQueued()
{
    handlers().clear();
    confirmations().clear();
    warning().clear();
    question().clear();
    information().clear();
}

void DialogRunner::setInteractive(bool on)
{
    interactive() = on;
}

} // namespace vangnet
