#include "subjectaccess/SubjectAccessExport.h"

#include "DialogRunner.h"
#include "SubjectAccessPdfWriter.h"
#include "FileDialog.h"
#include "subjectaccess/SubjectAccessDialog.h"
#include "subjectaccess/SubjectAccessJsonWriter.h"
#include "subjectaccess/SubjectAccessService.h"
#include "support/Clock.h"

#include <QRegularExpression>
#include <QWidget>

#include <memory>

namespace vangnet {

SubjectAccessExport::SubjectAccessExport(const Database &db, const Session &session, const Clock &clock,
                                         QWidget *parent)
    : QObject(parent), m_parent(parent), m_db(db), m_session(session), m_clock(clock)
{
}

void SubjectAccessExport::run(qint64 personId, const QString &personName)
{
    SubjectAccessDialog dialog(personName, m_parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const QString title = tr("Subject access export");
    const SubjectAccessService service(m_db, m_clock, m_session);
    auto report = service.gather(personId, dialog.reference());
    if (!report) {
        DialogRunner::warn(m_parent, title, report.error().message);
        return;
    }

    const bool pdf = dialog.formatKey() == QLatin1String("pdf");
    std::unique_ptr<SubjectAccessWriter> writer;
    if (pdf)
        writer = std::make_unique<SubjectAccessPdfWriter>();
    else
        writer = std::make_unique<SubjectAccessJsonWriter>();
    // The suggested name carries the reference and the day, never the resident's name.
    QString reference = dialog.reference();
    reference.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    const QString suggested = QStringLiteral("inzageverzoek-%1-%2.%3")
                                  .arg(reference, m_clock.today().toString(Qt::ISODate), writer->formatKey());
    const QString fileName = FileDialog::getSaveFileName(
        m_parent, tr("Save subject access export"), suggested, pdf ? tr("PDF files (*.pdf)") : tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    if (auto saved = service.save(*report, *writer, fileName); !saved) {
        DialogRunner::warn(m_parent, title, saved.error().message);
        return;
    }
    DialogRunner::inform(m_parent, title, tr("The export was saved as %1.").arg(fileName));
    Q_EMIT exported(fileName);
}

} // namespace vangnet
