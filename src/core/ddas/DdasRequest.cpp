#include "ddas/DdasRequest.h"

#include "support/OutputTarget.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vangnet {

namespace {

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return email.match(text).hasMatch();
}

bool allDigits(const QString &text, qsizetype count)
{
    if (text.size() != count)
        return false;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

/// A contact's own problems; `which` names it in the messages ("contact person 2").
QList<FieldError> contactProblems(const DdasContact &c, const QString &which)
{
    QList<FieldError> out;
    const QString field = QStringLiteral("contact");
    if (c.naam.trimmed().isEmpty())
        out << FieldError{field, QCoreApplication::translate("vangnet::DdasRequest", "%1 needs a name.").arg(which)};
    if (!c.email.isEmpty() && !looksLikeEmail(c.email))
        out << FieldError{field,
            QCoreApplication::translate("vangnet::DdasRequest", "%1: '%2' is not an e-mail address.")
                .arg(which, c.email)};
    return out;
}

} // namespace

Result<DdasContact> DdasContact::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() > 4)
        return Error::invalid({{QStringLiteral("contact"),
            QCoreApplication::translate("vangnet::DdasRequest",
                "A contact person is given as \"name;telephone;e-mail;job title\"; '%1' has more "
                "than four parts.")
                .arg(text)}});
    DdasContact c;
    c.naam = parts.value(0).trimmed();
    c.telefoon = parts.value(1).trimmed();
    c.email = parts.value(2).trimmed();
    c.functie = parts.value(3).trimmed();
    if (auto problems
        = contactProblems(c, QCoreApplication::translate("vangnet::DdasRequest", "The contact person '%1'").arg(text));
        !problems.isEmpty())
        return Error::invalid(problems);
    return c;
}

QString DdasRequest::organisationName(const QString &gemeentecode) const
{
    const QString name = organisatie.trimmed();
    return name.isEmpty() ? QStringLiteral("Gemeente %1").arg(gemeentecode.trimmed()) : name;
}

QList<FieldError> DdasRequest::validate() const
{
    QList<FieldError> out;
    if (!from.isValid())
        out << FieldError{QStringLiteral("from"),
            QCoreApplication::translate("vangnet::DdasRequest", "Enter the first day of the period as YYYY-MM-DD.")};
    if (!to.isValid())
        out << FieldError{QStringLiteral("to"),
            QCoreApplication::translate("vangnet::DdasRequest", "Enter the last day of the period as YYYY-MM-DD.")};
    if (from.isValid() && to.isValid() && from > to)
        out << FieldError{QStringLiteral("to"),
            QCoreApplication::translate("vangnet::DdasRequest", "The period ends (%1) before it starts (%2).")
                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))};
    if (gemeentecodes.isEmpty())
        out << FieldError{QStringLiteral("gemeentecode"),
            QCoreApplication::translate("vangnet::DdasRequest", "Enter the municipality code (gemeentecode).")};
    for (qsizetype i = 0; i < gemeentecodes.size(); ++i) {
        const QString &code = gemeentecodes[i];
        if (!allDigits(code.trimmed(), 4))
            out << FieldError{QStringLiteral("gemeentecode"),
                QCoreApplication::translate("vangnet::DdasRequest",
                    "The municipality code (gemeentecode) is four digits, for example 0518; '%1' is not.")
                    .arg(code)};
        else if (gemeentecodes.indexOf(code) < i) // one levering per municipality
            out << FieldError{QStringLiteral("gemeentecode"),
                QCoreApplication::translate("vangnet::DdasRequest", "The municipality code %1 is given twice.").arg(code)};
    }
    if (leverancier.trimmed().isEmpty())
        out << FieldError{QStringLiteral("leverancier"),
            QCoreApplication::translate("vangnet::DdasRequest", "Enter the code of the data supplier.")};
    if (!kvk.trimmed().isEmpty() && !allDigits(kvk.trimmed(), 8))
        out << FieldError{QStringLiteral("kvk"),
            QCoreApplication::translate("vangnet::DdasRequest", "A KvK number is eight digits; '%1' is not.").arg(kvk)};
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QString which = QCoreApplication::translate("vangnet::DdasRequest", "Contact person %1").arg(i + 1);
        out << contactProblems(contacts[i], which);
        // The schema wants the contact persons unique: a repeated one would make the file invalid.
        if (contacts.indexOf(contacts[i]) < i)
            out << FieldError{QStringLiteral("contact"),
                QCoreApplication::translate("vangnet::DdasRequest", "%1 is given twice.").arg(which)};
    }
    return out;
}

QList<FieldError> checkDdasTarget(const QString &fileName)
{
    const QString field = QStringLiteral("out");
    if (fileName.trimmed().isEmpty())
        return {
            {field, QCoreApplication::translate("vangnet::DdasRequest", "Choose the file to write the delivery to.")}};
    return checkOutputTarget(fileName, field);
}

} // namespace vangnet
