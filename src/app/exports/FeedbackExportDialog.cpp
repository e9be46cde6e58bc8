#include "exports/FeedbackExportDialog.h"

#include "DialogRunner.h"
#include "exports/ListExporter.h"
#include "importing/ImportKeys.h"
#include "importing/ImportRows.h"
#include "support/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {

FeedbackExportDialog::FeedbackExportDialog(const QDate &today, QWidget *parent)
    : QDialog(parent), m_typeCombo(new QComboBox(this)), m_nameEdit(new QLineEdit(this)), m_fromEdit(new QDateEdit(this)),
      m_toEdit(new QDateEdit(this)), m_errorLabel(new QLabel(this))
{
    setWindowTitle(tr("Export feedback for a partner"));
    setAccessibleName(tr("Export feedback for a partner"));
    auto *intro = new QLabel(tr("Each signal of your team from this partner, dated in the period, with the status the "
                                "partner may hear back and whether it was taken up: to load into the signal platform. "
                                "No names, addresses, notes or internal reasons."),
                             this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("What the feedback holds"));
    m_typeCombo->addItem(tr("(any type)"), QString());
    using importing::PartnerType;
    for (PartnerType type : {PartnerType::Energie, PartnerType::Huur, PartnerType::Hypotheek, PartnerType::CakZorgverzekeringen,
                             PartnerType::Zorg, PartnerType::Water, PartnerType::Duo, PartnerType::Belastingdienst,
                             PartnerType::CakEigenBijdrage, PartnerType::Overige, PartnerType::DienstToeslagen})
        m_typeCombo->addItem(importing::partnerTypeLabel(type), importing::partnerTypeKey(type));
    m_typeCombo->setAccessibleName(tr("Partner type"));
    m_nameEdit->setAccessibleName(tr("Partner name"));
    m_nameEdit->setPlaceholderText(tr("as on its signals, e.g. Woonstichting"));
    // The month before this one: the usual rhythm of a feedback file.
    const QDate firstOfMonth(today.year(), today.month(), 1);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setMaximumDate(today);
    }
    m_fromEdit->setDate(firstOfMonth.addMonths(-1));
    m_toEdit->setDate(firstOfMonth.addDays(-1));
    m_fromEdit->setAccessibleName(tr("Signals dated from"));
    m_toEdit->setAccessibleName(tr("Signals dated up to"));
    m_errorLabel->setAccessibleName(tr("Why the export cannot start"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Partner &type:"), m_typeCombo);
    form->addRow(tr("Partner &name:"), m_nameEdit);
    form->addRow(tr("Signals &from:"), m_fromEdit);
    form->addRow(tr("Signals &up to:"), m_toEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setAccessibleName(tr("Export or cancel"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    auto *box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(form);
    box->addWidget(m_errorLabel);
    box->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FeedbackExportDialog::reject);
    setMinimumWidth(480);
}

QAction *FeedbackExportDialog::makeAction(const Database &db, const Session &session, const Clock &clock, QWidget *window)
{
    auto *action = new QAction(tr("Export &feedback for a partner…"), window);
    action->setObjectName(QStringLiteral("actionFeedbackExport"));
    action->setVisible(session.can(exports::ListExport::permissionFor(exports::ListKind::Feedback)));
    auto *exporter = new ListExporter(db, session, clock, window);
    QObject::connect(action, &QAction::triggered, window, [window, exporter, &clock] {
        FeedbackExportDialog dialog(clock.today(), window);
        if (DialogRunner::exec(dialog) == QDialog::Accepted)
            exporter->run(dialog.request(), QStringLiteral("terugkoppeling"));
    });
    return action;
}

void FeedbackExportDialog::setPartnerType(const QString &type)
{
    m_typeCombo->setCurrentIndex(std::max(0, m_typeCombo->findData(type)));
}

void FeedbackExportDialog::setPartnerName(const QString &name)
{
    m_nameEdit->setText(name);
}

void FeedbackExportDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
}

exports::ListExportRequest FeedbackExportDialog::request() const
{
    exports::ListExportRequest r;
    r.kind = exports::ListKind::Feedback;
    r.feedback.partnerType = m_typeCombo->currentData().toString();
    r.feedback.partnerName = m_nameEdit->text().trimmed();
    r.feedback.from = m_fromEdit->date();
    r.feedback.to = m_toEdit->date();
    return r;
}

QString FeedbackExportDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void FeedbackExportDialog::accept()
{
    const exports::ListExportRequest r = request();
    QString problem;
    if (r.feedback.partnerType.isEmpty() && r.feedback.partnerName.isEmpty())
        problem = tr("Choose the partner type or type the partner's name: the file goes to one partner.");
    else if (r.feedback.to < r.feedback.from)
        problem = tr("The period ends before it starts.");
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace vangnet
