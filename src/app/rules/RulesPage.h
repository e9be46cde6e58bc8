#pragma once

#include "rules/RulesService.h"
#include "security/Session.h"
#include "storage/DatabaseLocation.h"

#include <QWidget>

#include <memory>

class QListWidget;
class QListWidgetItem;

namespace vangnet {

class DataChanges;

class BackgroundTask;
class Clock;
class Database;

class RuleParametersForm;

namespace Ui {
class RulesPage;
}

/// Signaalregels, for the team lead: the rule-set versions (each readable), a draft to edit,
/// "Check" with errors at line and column, "Preview" (how many households the draft would flag
/// today or as of an earlier day, and which are added or dropped compared with the active
/// version; computed on a worker thread with its own connection) and "Activate…" (a new version
/// from a date). The service
/// checks EditRules again and audits every saved version.
class RulesPage final : public QWidget {
    Q_OBJECT
public:
    RulesPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~RulesPage() override;
    /// Publishes its activations (they raise and resolve flags) to the session's change channel (DataKind::Flags).
    void setDataChanges(DataChanges &changes);

    /// Reads the versions again; the draft keeps its text (or gets the active version's when empty).
    void reload();
    /// The draft's parameters as a form.
    RuleParametersForm &parametersForm() const { return *m_parameters; }
    /// Checks the draft and lists its errors; true when it has none.
    bool check();
    /// Starts the preview of the draft (after a check); previewFinished() follows.
    void startPreview();
    /// Checks the draft, asks the date and a note, saves the new version and updates the flags.
    void activate();
    /// Moves the editor's cursor to the error in this row of the error list.
    void goToError(int row);

    bool isBusy() const;
    const QList<rules::StoredRuleSet> &versions() const { return m_versions; }
    /// The last preview's outcome (valid after previewFinished()).
    const rules::RulePreview &lastPreview() const { return m_preview; }

Q_SIGNALS:
    void previewFinished();
    /// A new version was saved (and, when in force today, the flags were updated).
    void activated(int version);
    /// The user opened a household from the preview lists.
    void householdRequested(qint64 id);

private:
    void showVersion(int row);
    void showErrors(const QList<rules::ParseError> &errors);
    void clearPreview();
    void showPreview();
    void fillHouseholds(QListWidget &list, const QList<qint64> &ids);
    void evaluateAfterActivation(int version);
    void setBusy(bool busy);

    std::unique_ptr<Ui::RulesPage> m_ui;
    RuleParametersForm *m_parameters = nullptr;
    DatabaseLocation m_location;
    Session m_session;
    QSqlDatabase m_db; ///< the GUI thread's connection
    const Clock &m_clock;
    std::unique_ptr<rules::RulesService> m_rules;
    BackgroundTask *m_task = nullptr;
    QList<rules::StoredRuleSet> m_versions;
    rules::RulePreview m_preview;
    rules::EvaluationRun m_run;
    QString m_failure; ///< written by the worker, read once it has finished
};

} // namespace vangnet
