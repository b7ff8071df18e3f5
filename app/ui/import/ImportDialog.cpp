#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "common/AppSettings.h"
#include "common/DataChangeNotifier.h"
#include "common/FileDialog.h"
#include "database/Database.h"
#include "import/CsvReader.h"
#include "import/TextEncoding.h"
#include "import/XlsxReader.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QThread>

namespace cds {

namespace {

using import::ImportKind;
using import::TextEncoding;

const QString lastFolderKey = QStringLiteral("import/lastFolder");
// The preview shows this many records after the header line.
constexpr int previewRowCount = 20;
// Only the start of the file is parsed for the preview (a quoted field may
// span lines, so this is more than previewRowCount).
constexpr int previewLineLimit = 200;

// "full_name" -> "fullNameMappingComboBox": tests find the combo box of a field by it.
QString mappingComboBoxName(const QString &fieldKey)
{
    QString name;
    bool upper = false;
    for (const QChar c : fieldKey) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QStringLiteral("MappingComboBox");
}

QString firstLines(const QString &text, int lines)
{
    qsizetype position = 0;
    for (int i = 0; i < lines; ++i) {
        position = text.indexOf(u'\n', position);
        if (position < 0)
            return text;
        ++position;
    }
    return text.left(position);
}

int s_connectionCounter = 0;

} // namespace

ImportDialog::ImportDialog(const Database &database, int campaignId, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ImportDialog>()),
      m_database(database),
      m_campaignId(campaignId)
{
    m_ui->setupUi(this);

    m_importButton = m_ui->importButtonBox->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_importButton->setAutoDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, [this] { startImport(false); });
    // A corrected file sent again: what it would add and change, before importing it.
    m_checkButton = m_ui->importButtonBox->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setAutoDefault(false);
    m_checkButton->setToolTip(tr("Check the file and show what it would add and change, "
                                 "without importing it"));
    connect(m_checkButton, &QPushButton::clicked, this, [this] { startImport(true); });

    QComboBox *kinds = m_ui->kindComboBox;
    kinds->addItem(tr("Administrative units (province to village: thôn, tổ dân phố)"), int(ImportKind::Units));
    kinds->addItem(tr("Agencies and organisations"), int(ImportKind::Organisations));
    kinds->addItem(tr("Community digital technology teams"), int(ImportKind::Teams));
    kinds->addItem(tr("Team members"), int(ImportKind::Members));
    kinds->addItem(tr("Training attendance"), int(ImportKind::Attendance));
    kinds->addItem(tr("Media outputs"), int(ImportKind::Media));
    kinds->addItem(tr("Campaign figures (the report's other figures)"), int(ImportKind::Figures));
    kinds->addItem(tr("Training sessions"), int(ImportKind::Trainings));
    kinds->addItem(tr("Events (workshops, conferences, contests…)"), int(ImportKind::Events));
    kinds->addItem(tr("Recommendations"), int(ImportKind::Recommendations));

    QComboBox *encodings = m_ui->encodingComboBox;
    encodings->addItem(tr("Automatic"), int(TextEncoding::Auto));
    encodings->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    encodings->addItem(tr("UTF-16 (Unicode)"), int(TextEncoding::Utf16));
    encodings->addItem(tr("Windows-1258"), int(TextEncoding::Windows1258));
    encodings->addItem(tr("TCVN3 (ABC, .VnTime)"), int(TextEncoding::Tcvn3));
    encodings->addItem(tr("VNI (VNI-Times)"), int(TextEncoding::Vni));

    m_previewModel = new QStandardItemModel(this);
    m_ui->previewTableView->setModel(m_previewModel);
    m_ui->previewTableView->horizontalHeader()->setDefaultSectionSize(140);
    m_ui->mappingScrollArea->setFocusPolicy(Qt::NoFocus);

    QTableWidget *problems = m_ui->importProblemsView;
    problems->setColumnCount(3);
    problems->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    m_ui->sheetLabel->hide();
    m_ui->sheetComboBox->hide();
    problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    problems->horizontalHeader()->setStretchLastSection(true);
    problems->verticalHeader()->hide();
    problems->hide();

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    // Typing a path reads the file as soon as it names one.
    connect(m_ui->fileLineEdit, &QLineEdit::textChanged, this, &ImportDialog::reloadFile);
    connect(encodings, &QComboBox::currentIndexChanged, this, &ImportDialog::reloadFile);
    connect(m_ui->sheetComboBox, &QComboBox::currentIndexChanged, this, &ImportDialog::reloadFile);
    // The separator is chosen by the headers the kind knows: read the file again.
    connect(kinds, &QComboBox::currentIndexChanged, this, &ImportDialog::reloadFile);

    reloadFile();
}

ImportDialog::~ImportDialog()
{
    waitForImport();
}

std::optional<QString> ImportDialog::importInto(QWidget *parent, const Database &database,
                                                int campaignId)
{
    ImportDialog dialog(database, campaignId, parent);
    dialog.exec();
    return dialog.lastSummary();
}

void ImportDialog::reject()
{
    // The progress dialog is modal while an import runs; Esc there cancels it.
    if (isImporting()) {
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_ui->kindComboBox->currentData().toInt());
}

void ImportDialog::chooseFile()
{
    AppSettings settings;
    const QString current = m_ui->fileLineEdit->text().trimmed();
    const QString folder = !current.isEmpty()
            ? QFileInfo(current).absolutePath()
            : settings.value(lastFolderKey, QDir::homePath()).toString();
    const QString path = FileDialog::getOpenFileName(
            this, tr("Choose the file to import"), folder,
            tr("CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::reloadFile()
{
    m_previewModel->clear();
    m_headers.clear();
    m_separator = QChar();
    const QString path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
    QFile file(path);
    const bool readable =
            !path.isEmpty() && QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly);
    const QByteArray bytes = readable ? file.readAll() : QByteArray();
    m_workbook = readable && import::looksLikeWorkbook(bytes);
    // A workbook has sheets, not an encoding.
    m_ui->encodingLabel->setVisible(!m_workbook);
    m_ui->encodingComboBox->setVisible(!m_workbook);
    m_ui->sheetLabel->setVisible(m_workbook);
    m_ui->sheetComboBox->setVisible(m_workbook);
    if (!readable) {
        m_ui->detectedLabel->setText(path.isEmpty() ? tr("Choose a CSV file or an Excel workbook.")
                                                    : tr("No file can be read at this path."));
        rebuildMapping();
        return;
    }
    if (m_workbook) {
        showWorkbook(bytes);
        rebuildMapping();
        return;
    }

    const auto encoding = TextEncoding(m_ui->encodingComboBox->currentData().toInt());
    // The whole file, so that the encoding is detected as the import will detect it.
    const import::DecodedText decoded = import::decodeText(bytes, encoding);
    const QString head = firstLines(decoded.text, previewLineLimit);
    const import::CsvTable table = import::parseCsv(head, previewSeparator(head));
    m_separator = table.separator;

    const int encodingIndex = m_ui->encodingComboBox->findData(int(decoded.encoding));
    QString separator;
    if (table.separator == u';')
        separator = tr("semicolons");
    else if (table.separator == u'\t')
        separator = tr("tabs");
    else
        separator = tr("commas");
    QString detected = tr("Read as %1; columns separated by %2.")
                               .arg(m_ui->encodingComboBox->itemText(encodingIndex), separator);
    if (decoded.invalidLine != 0)
        detected += u' '
                + tr("Line %1 does not read as Vietnamese text in this encoding: choose the "
                     "file's encoding above.")
                          .arg(decoded.invalidLine);
    m_ui->detectedLabel->setText(detected);

    showPreviewRows(table.records, 0);
    rebuildMapping();
}

void ImportDialog::showWorkbook(const QByteArray &bytes)
{
    QString why;
    const import::XlsxWorkbook workbook = import::readXlsx(bytes, &why);
    QComboBox *sheets = m_ui->sheetComboBox;
    const QString chosen = sheets->currentText();
    {
        const QSignalBlocker blocker(sheets);
        sheets->clear();
        sheets->addItems(workbook.sheetNames());
        // The sheet chosen before, when the file read again still has it.
        const int index = workbook.sheetIndex(chosen);
        sheets->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (workbook.sheets.isEmpty()) {
        m_ui->detectedLabel->setText(why);
        return;
    }
    const import::XlsxSheet &sheet = workbook.sheets.at(std::max(0, sheets->currentIndex()));
    const QList<import::CsvRecord> records = import::sheetRecords(sheet);
    AppSettings settings;
    const import::ColumnMapping saved = import::ColumnMapping::load(
            settings, kind(), QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed()));
    // As the engine finds it: the first row that names the kind's columns.
    const qsizetype headerIndex = import::headerRecordIndex(records, kind(), saved);
    if (records.isEmpty())
        m_ui->detectedLabel->setText(tr("Excel workbook of %n sheet(s); this sheet is empty.", "",
                                        int(workbook.sheets.size())));
    else
        m_ui->detectedLabel->setText(
                tr("Excel workbook of %n sheet(s); the header is in row %1.", "",
                   int(workbook.sheets.size()))
                        .arg(records.at(headerIndex).line));
    showPreviewRows(records, headerIndex);
}

void ImportDialog::showPreviewRows(const QList<import::CsvRecord> &records, qsizetype headerIndex)
{
    if (headerIndex >= records.size())
        return;
    m_headers = records.at(headerIndex).fields;
    QStringList labels;
    for (qsizetype column = 0; column < m_headers.size(); ++column)
        labels << (m_workbook ? import::columnName(int(column) + 1) + QStringLiteral(": ")
                              : QString())
                        + m_headers[column].trimmed();
    m_previewModel->setHorizontalHeaderLabels(labels);
    // The row numbers as the file (or Excel) shows them.
    QStringList lines;
    for (qsizetype i = headerIndex + 1; i < records.size() && i <= headerIndex + previewRowCount;
         ++i) {
        const import::CsvRecord &record = records[i];
        QList<QStandardItem *> row;
        for (const QString &field : record.fields)
            row << new QStandardItem(field);
        m_previewModel->appendRow(row);
        lines << QString::number(record.line);
    }
    m_previewModel->setVerticalHeaderLabels(lines);
}

QChar ImportDialog::previewSeparator(const QString &text) const
{
    // As the engine chooses it: the Vietnamese headers hold commas ("Xã,
    // phường, thị trấn"), so the separator is the one that splits the header
    // line into the most known columns; null (counted) when none is known.
    const ImportKind importKind = kind();
    AppSettings settings;
    const import::ColumnMapping saved = import::ColumnMapping::load(
            settings, importKind, QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed()));
    QSet<QString> names;
    for (const import::ImportField &field : import::importFields(importKind)) {
        names << import::headerKey(field.key) << import::headerKey(field.englishHeader)
              << import::headerKey(saved.header(field.key));
        for (const QString &label : field.vietnameseHeaders)
            names << import::headerKey(label);
    }
    names.remove(QString());
    const QString headerLine = text.left(text.indexOf(u'\n'));
    QChar separator;
    int best = 0;
    for (const QChar candidate : { QChar(u';'), QChar(u','), QChar(u'\t') }) {
        const import::CsvTable header = import::parseCsv(headerLine, candidate);
        int known = 0;
        if (!header.records.isEmpty()) {
            for (const QString &cell : header.records.constFirst().fields)
                known += names.contains(import::headerKey(cell)) ? 1 : 0;
        }
        if (known > best) {
            best = known;
            separator = candidate;
        }
    }
    return separator;
}

void ImportDialog::rebuildMapping()
{
    QFormLayout *form = m_ui->mappingFormLayout;
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_mappingComboBoxes.clear();

    const ImportKind importKind = kind();
    const QString path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
    AppSettings settings;
    const import::ColumnMapping saved = path.isEmpty()
            ? import::ColumnMapping()
            : import::ColumnMapping::load(settings, importKind, path);

    QStringList keys;
    for (const QString &header : std::as_const(m_headers))
        keys << import::headerKey(header);
    QSet<int> used;
    QWidget *previous = m_ui->encodingComboBox;
    for (const import::ImportField &field : import::importFields(importKind)) {
        auto *comboBox = new QComboBox(m_ui->mappingWidget);
        comboBox->setObjectName(mappingComboBoxName(field.key));
        comboBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        comboBox->setMinimumContentsLength(12);
        comboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        comboBox->addItem(tr("(none)"), QString());
        for (int i = 0; i < m_headers.size(); ++i) {
            if (!m_headers[i].trimmed().isEmpty())
                comboBox->addItem(tr("Column %1: %2").arg(i + 1).arg(m_headers[i].trimmed()),
                                  m_headers[i]);
        }

        // As the engine reads it: the saved choice, else the field's names. A
        // saved column this file does not have (another file of the same
        // name) is not offered: the field's names apply.
        QSet<QString> names;
        const QString chosen = saved.header(field.key);
        if (!chosen.isEmpty() && keys.contains(import::headerKey(chosen))) {
            names << import::headerKey(chosen);
        } else {
            names << import::headerKey(field.key) << import::headerKey(field.englishHeader);
            for (const QString &label : field.vietnameseHeaders)
                names << import::headerKey(label);
        }
        for (int i = 0; i < keys.size(); ++i) {
            if (!used.contains(i) && names.contains(keys[i])) {
                used.insert(i);
                comboBox->setCurrentIndex(comboBox->findData(m_headers[i]));
                break;
            }
        }

        // Vietnamese label as the files write it, with the English header.
        auto *label = new QLabel(QStringLiteral("%1 (%2)%3")
                                         .arg(field.vietnameseHeaders.constFirst(),
                                              field.englishHeader,
                                              field.required ? QStringLiteral(" *") : QString()),
                                 m_ui->mappingWidget);
        label->setBuddy(comboBox);
        form->addRow(label, comboBox);
        m_mappingComboBoxes.append({ field.key, comboBox });
        setTabOrder(previous, comboBox);
        previous = comboBox;
    }
    setTabOrder(previous, m_ui->previewTableView);

    // A column that feeds no field is named in the preview, not dropped without a word.
    for (int i = 0; i < m_headers.size() && i < m_previewModel->columnCount(); ++i) {
        if (used.contains(i))
            continue;
        QStandardItem *header = m_previewModel->horizontalHeaderItem(i);
        if (!header)
            continue;
        header->setText(tr("%1 (not imported)").arg(m_headers[i].trimmed()));
        header->setToolTip(tr("CDS Desk does not know this column; it is not imported. Choose a "
                              "field for it above if it holds one."));
    }
}

import::ColumnMapping ImportDialog::chosenMapping() const
{
    import::ColumnMapping mapping;
    for (const auto &[key, comboBox] : m_mappingComboBoxes) {
        const QString header = comboBox->currentData().toString();
        if (header.isEmpty())
            mapping.setIgnored(key); // "(none)": left empty even if a header would match
        else
            mapping.setHeader(key, header);
    }
    return mapping;
}

void ImportDialog::startImport(bool preview)
{
    if (isImporting())
        return;
    const QString path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_ui->resultLabel->setText(tr("Choose the file to import first."));
        m_ui->importProblemsView->hide();
        m_ui->fileLineEdit->setFocus();
        return;
    }

    m_runPath = path;
    m_runOptions = import::ImportOptions();
    m_runOptions.kind = kind();
    m_runOptions.encoding = TextEncoding(m_ui->encodingComboBox->currentData().toInt());
    m_runOptions.mapping = chosenMapping();
    // The columns the user saw in the preview.
    m_runOptions.separator = m_separator;
    if (m_workbook)
        m_runOptions.sheet = m_ui->sheetComboBox->currentText();
    m_runOptions.campaignId = m_campaignId;
    m_runOptions.cancel = &m_cancel;
    m_runOptions.preview = preview;
    m_runResult = import::ImportResult();
    m_cancel = false;
    m_progressPhase = 0;
    m_lastDone = 0;

    m_ui->resultLabel->clear();
    m_ui->importProblemsView->hide();
    m_progressDialog = new QProgressDialog(tr("Checking the file…"), tr("Cancel"), 0, 0, this);
    m_progressDialog->setObjectName(QStringLiteral("importProgressDialog"));
    m_progressDialog->setWindowTitle(tr("Import"));
    m_progressDialog->setWindowModality(Qt::WindowModal);
    m_progressDialog->setMinimumDuration(300);
    m_progressDialog->setAutoClose(false);
    m_progressDialog->setAutoReset(false);
    connect(m_progressDialog, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        m_progressDialog->setLabelText(tr("Cancelling…"));
    });

    if (m_database.path() == QStringLiteral(":memory:")) {
        // An in-memory database has no file a second connection could open,
        // so the import runs here; the progress dialog keeps events flowing.
        m_runOptions.progress = [this](qint64 done, qint64 total) { showProgress(done, total); };
        m_runResult = import::importFile(m_database.connection(), m_runPath, m_runOptions);
        finishImport();
        return;
    }

    // A queued call per record would flood the event loop: at most ~200 per phase.
    m_runOptions.progress = [this](qint64 done, qint64 total) {
        const qint64 step = std::max<qint64>(1, total / 200);
        if (done != total && done % step != 0)
            return;
        QMetaObject::invokeMethod(
                this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
    };
    // SQLite connections belong to one thread: the worker opens its own.
    const QString databasePath = m_database.path();
    const QString connectionName = QStringLiteral("cdsdesk-import-%1").arg(++s_connectionCounter);
    m_thread = QThread::create([this, databasePath, connectionName] {
        Database database(connectionName);
        const Database::OpenResult opened = database.open(databasePath);
        if (opened.error != DatabaseError::None) {
            m_runResult.problems << import::ImportProblem{ 0, 0, QString(), opened.message };
            return;
        }
        m_runResult = import::importFile(database.connection(), m_runPath, m_runOptions);
    });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, this, &ImportDialog::finishImport);
    m_importButton->setEnabled(false);
    m_checkButton->setEnabled(false);
    m_thread->start();
}

void ImportDialog::showProgress(qint64 done, qint64 total)
{
    if (!m_progressDialog || m_cancel)
        return;
    // The engine counts the records twice, checking then writing.
    if (done < m_lastDone && m_progressPhase == 0) {
        m_progressPhase = 1;
        m_progressDialog->setLabelText(tr("Writing to the database…"));
    }
    m_lastDone = done;
    const int maximum = int(std::min<qint64>(total, 1'000'000'000 / 2));
    const int value = total > 0 ? int(done * maximum / total) : 0;
    m_progressDialog->setMaximum(2 * maximum);
    m_progressDialog->setValue(m_progressPhase * maximum + value);
}

void ImportDialog::finishImport()
{
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    if (m_progressDialog) {
        m_progressDialog->close();
        m_progressDialog->deleteLater();
        m_progressDialog = nullptr;
    }
    m_importButton->setEnabled(true);
    m_checkButton->setEnabled(true);
    showResult(m_runResult, m_runPath);
    emit importFinished(m_runResult.imported);
}

void ImportDialog::showResult(const import::ImportResult &result, const QString &path)
{
    QTableWidget *problems = m_ui->importProblemsView;
    problems->setRowCount(0);
    problems->hide();
    const bool workbook = !result.sheet.isEmpty();
    problems->setHorizontalHeaderLabels({ workbook ? tr("Row") : tr("Line"),
                                          workbook ? tr("Cell") : tr("Column"), tr("Problem") });
    const auto addRows = [problems](const QList<import::ImportProblem> &list, const QString &prefix) {
        for (const import::ImportProblem &problem : list) {
            const int row = problems->rowCount();
            problems->insertRow(row);
            auto *line = new QTableWidgetItem(problem.line > 0 ? QString::number(problem.line)
                                                               : QString());
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QString column;
            if (!problem.cell.isEmpty()) // a workbook's cell as Excel names it
                column = problem.header.isEmpty() ? problem.cell
                                                  : tr("%1 (%2)").arg(problem.cell, problem.header);
            else if (problem.column > 0)
                column = problem.header.isEmpty()
                        ? QString::number(problem.column)
                        : tr("%1 (%2)").arg(problem.column).arg(problem.header);
            problems->setItem(row, 0, line);
            problems->setItem(row, 1, new QTableWidgetItem(column));
            auto *message = new QTableWidgetItem(prefix.isEmpty() ? problem.message
                                                                  : prefix.arg(problem.message));
            message->setToolTip(problem.toText());
            problems->setItem(row, 2, message);
        }
    };
    const auto addChanges = [&] {
        // A corrected file: each record it changes, before → after.
        if (result.changes.isEmpty())
            return;
        QList<import::ImportProblem> changes;
        for (const QString &change : result.changes)
            changes << import::ImportProblem{ 0, 0, QString(), change };
        addRows(changes, tr("Changed: %1"));
        problems->resizeRowsToContents();
        problems->show();
    };
    if (result.previewed && result.problems.isEmpty()) {
        m_ui->resultLabel->setText(
                tr("%1 checked: %2. Nothing is imported until you click Import.")
                        .arg(QFileInfo(path).fileName(), import::importCounts(result)));
        addChanges();
        if (!result.warnings.isEmpty()) {
            addRows(result.warnings, tr("Warning: %1"));
            problems->resizeRowsToContents();
            problems->show();
        }
        return;
    }
    if (result.imported) {
        QString summary =
                import::importSummary(m_runOptions.kind, result.rowCount, QFileInfo(path).fileName())
                + QStringLiteral(" (") + import::importCounts(result) + u')';
        addChanges();
        if (!result.warnings.isEmpty()) {
            summary += u' '
                    + tr("%n warning(s) below: check those values.", nullptr,
                         int(result.warnings.size()));
            addRows(result.warnings, tr("Warning: %1"));
            problems->resizeRowsToContents();
            problems->show();
        }
        m_ui->resultLabel->setText(summary);
        m_lastSummary = summary;
        // The user's choice of columns is kept for the next file of this name.
        AppSettings settings;
        m_runOptions.mapping.save(settings, m_runOptions.kind, path);
        DataChangeNotifier::instance()->notifyChanged();
        return;
    }
    if (result.cancelled) {
        m_ui->resultLabel->setText(tr("The import was cancelled; nothing was imported."));
        return;
    }

    m_ui->resultLabel->setText(
            tr("Nothing was imported from %1: correct the problems below and import it again.")
                    .arg(QFileInfo(path).fileName()));
    addRows(result.problems, QString());
    addRows(result.warnings, tr("Warning: %1"));
    problems->resizeRowsToContents();
    problems->show();
}

void ImportDialog::waitForImport()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace cds
