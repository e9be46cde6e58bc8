#include "CaseGuiSupport.h"

#include "DialogRunner.h"
#include "cases/CaseWidget.h"
#include "cases/CloseCaseDialog.h"
#include "cases/ReasonReport.h"
#include "cases/SignalStatusDialog.h"
#include "exports/FeedbackExportDialog.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using cases::CaseStatus;

namespace {

const QString otherReason = QStringLiteral("Niet opgepakt: andere reden");
const QString repeated = QStringLiteral("Niet opgepakt: herhaalde melding");

} // namespace

TEST_CASE_METHOD(CaseFixture, "The close dialog shows a refusal, and asks to confirm a warning", "[app][gui][closing]")
{
    const qint64 household = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    const cases::Case record = caseOf(household);
    CloseCaseDialog dialog(cases, record, QStringLiteral("Mulder"), clock.today());
    auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    REQUIRE(reason);
    CHECK_FALSE(reason->accessibleName().isEmpty());

    // Advice given, yet nobody was reached: refused, nothing asked.
    dialog.setOutcome(QStringLiteral("(Budget)advies en/of quick fix"));
    CHECK_FALSE(reason->isEnabled()); // a reason goes with a not-taken-up outcome
    DialogRunner::clearQueued();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("reached contact attempt")));
    CHECK(DialogRunner::lastQuestion().isEmpty());
    CHECK(caseOf(household).status == CaseStatus::Nieuw);

    // "Other reason" without any attempt: a warning, asked; no means nothing changes.
    dialog.setOutcome(otherReason);
    REQUIRE(reason->isEnabled());
    dialog.setReasonKey(QStringLiteral("detentie"));
    DialogRunner::setNextConfirmation(false);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.warningText().contains(QStringLiteral("No contact attempt")));
    CHECK(DialogRunner::lastQuestion().contains(QStringLiteral("No contact attempt")));
    CHECK(caseOf(household).status == CaseStatus::Nieuw);

    DialogRunner::setNextConfirmation(true);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.record().status == CaseStatus::Afgesloten);
    const auto counts = cases::ReasonReport(*db, clock, lead).count({}, {});
    REQUIRE(counts.ok());
    REQUIRE(counts->size() == 1);
    CHECK(counts->first().reason == QStringLiteral("detentie"));
    DialogRunner::clearQueued();
}

TEST_CASE_METHOD(CaseFixture, "On the case screen one signal gets its own status for the partner while the case goes on",
                 "[app][gui][closing]")
{
    const qint64 household = flagged(QStringLiteral("Visser"), QStringLiteral("7411 AE"), 8, QStringLiteral("Noord"),
                                     {importing::PartnerType::Huur, importing::PartnerType::Energie}, 10);
    REQUIRE(cases.openManual(household).ok());
    CaseWidget widget(*db, session, clock, openCaseOf(household));
    auto *list = widget.findChild<QListWidget *>(QStringLiteral("signalsList"));
    auto *statusButton = widget.findChild<QPushButton *>(QStringLiteral("signalStatusButton"));
    REQUIRE(list);
    REQUIRE(statusButton);
    REQUIRE(list->count() == 2);
    CHECK_FALSE(statusButton->isEnabled());
    list->setCurrentRow(1);
    REQUIRE(statusButton->isEnabled());

    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *decide = qobject_cast<SignalStatusDialog *>(&dialog);
        REQUIRE(decide);
        CHECK(decide->status() == cases::ddas::notYetTakenUp());
        decide->setStatus(repeated);
        decide->setReasonKey(QStringLiteral("al_in_schuldhulp"));
        dialog.accept();
        return dialog.result();
    });
    statusButton->click();
    const auto decisions = cases.signalDecisions(widget.caseId());
    REQUIRE(decisions.ok());
    const auto decided = std::count_if(decisions->cbegin(), decisions->cend(), [](const cases::SignalDecision &d) {
        return d.setForSignal && d.ddasStatus == repeated && d.reasonKey == QStringLiteral("al_in_schuldhulp");
    });
    CHECK(decided == 1);
    CHECK(caseOf(household).status != CaseStatus::Afgesloten);
    REQUIRE(list->count() == 2);
    CHECK(list->item(1)->text().contains(repeated));
    CHECK(widget.messageText().contains(repeated));
}

TEST_CASE_METHOD(CaseFixture, "The feedback dialog asks for one partner and a period that runs forward", "[app][gui][closing]")
{
    FeedbackExportDialog dialog(clock.today());
    dialog.setPartnerName({});
    dialog.setPartnerType({});
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("partner")));
    dialog.setPartnerName(QStringLiteral("Woonstichting"));
    const QDate from = clock.today().addDays(-30);
    const QDate to = clock.today().addDays(-1);
    dialog.setPeriod(to, from);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    dialog.setPeriod(from, to);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const exports::ListExportRequest request = dialog.request();
    CHECK(request.kind == exports::ListKind::Feedback);
    CHECK(request.feedback.partnerName == QStringLiteral("Woonstichting"));
    CHECK(request.feedback.from == from);
    CHECK(request.feedback.to == to);
    for (const QWidget *w : dialog.findChildren<QWidget *>())
        if (qobject_cast<const QComboBox *>(w))
            CHECK_FALSE(w->accessibleName().isEmpty());
}
