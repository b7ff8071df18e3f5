#pragma once

#include "reports/ReportRegister.h"

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class ReportEditor;
}

namespace cds {

class Database;
class DrillDownDialog;
class TemplateField;

// The report record as the clerk and the records office work on it: heading,
// body (template markup with live fields), signature and distribution, the
// register number, and the steps Issue / Withdraw / Reprint with their
// confirmations. An issued or withdrawn report is shown read-only.
class ReportEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReportEditor(QWidget *parent = nullptr);
    ~ReportEditor() override;

    // Shows report reportId of database; 0 or no database clears the editor.
    void setReport(const Database *database, int reportId);
    int reportId() const { return m_record.id; }
    const ReportRecord &record() const { return m_record; }
    bool isModified() const { return m_modified; }

    // Before the report shown changes or the window closes: with unsaved
    // changes to a draft, asks Save / Discard / Cancel. True to go on (saved or
    // discarded), false to stay (cancelled, or the save failed). Without
    // canCancel (the campaign or the database changes anyway) only Save / Discard.
    bool maybeSave(bool canCancel = true);

    // Each returns true when done; failures and refusals are told in a message box.
    bool saveDraft();
    bool assignNumber();
    bool clearNumber();
    bool issue();
    bool withdraw();
    // Writes the issued PDF, byte for byte, to a file the clerk chooses.
    bool reprintIssuedPdf();
    bool saveAsTemplate();
    // Re-reads the live figures (after the data changed). Without
    // buildsLiveContext, shows the context last given by setLiveContext().
    void refreshFigures();
    // False: the owner builds the report on a worker and hands its context
    // over (setLiveContext()), so that showing a report never runs the
    // report's queries on the UI thread. True by default.
    void setBuildsLiveContext(bool builds) { m_buildsLiveContext = builds; }
    // The live context of the report shown (buildReportDocumentForReport()).
    void setLiveContext(const QVariantMap &context);
    // Opens the records behind figure key ("level3_coverage", …).
    DrillDownDialog *showFigureRecords(const QString &key);

signals:
    // The record changed in the database (saved, numbered, issued, withdrawn).
    void reportChanged(int reportId);

private:
    void load();
    void showRecord();
    void updateRegister();
    void updateState();
    void setModified(bool modified = true);
    ReportRecord collect() const;
    void updateStyleButtons();
    void fillFieldChoices();
    void fillSignerPresets();
    void showLiveContext();

    std::unique_ptr<Ui::ReportEditor> m_ui;
    const Database *m_database = nullptr;
    ReportRecord m_record;
    QVariantMap m_liveContext;
    QVariantMap m_issuedFigures;
    bool m_modified = false;
    bool m_loading = false;
    bool m_buildsLiveContext = true;
    QPointer<DrillDownDialog> m_lastDrillDown;
    OfficialDocument m_issuedDocument; // an issued report's document as issued
    std::unique_ptr<TemplateField> m_subjectField;
    std::unique_ptr<TemplateField> m_addresseesField;
    std::unique_ptr<TemplateField> m_closingLineField;
    std::unique_ptr<TemplateField> m_distributionField;
    class LetterheadComboBox *m_letterheadComboBox = nullptr; // the issuing body the report is made by
};

} // namespace cds
