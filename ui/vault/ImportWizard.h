#pragma once
// ImportWizard: Vault > Import… (issue 14, DESIGN.md 12), three pages.
//  1. The file and its format ("Guess from the file" by default). The file is read and parsed on
//     a worker thread while a busy bar runs; a file refused (missing, too large, not the format,
//     malformed) shows the importer's sentence, naming the line or item, and nothing is written.
//  2. A preview: counts per kind, the first entries, what will be skipped and why, and the
//     entries already in the vault (same web address and user name) with the choice of skipping
//     them (the default), keeping both or updating the vault's entries.
//  3. The import: a progress bar with Cancel (a cancelled import leaves the vault as it was),
//     then the summary. It goes through VaultController::importEntries, which saves the vault as
//     every change is saved (a failed save shows in the window's banner, the changes kept).
// Locking closes the wizard (an import running finishes first).
#include "io/Formats.h"
#include "io/ImportMerge.h"

#include <QWizard>

#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace twofold {

class VaultController;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, PreviewPageId, ImportPageId };
    // How many entries the preview table lists at most.
    static constexpr int kPreviewRows = 50;

    // controller's vault must be open.
    explicit ImportWizard(VaultController* controller, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // ---- the file page ----
    // "Guess from the file" (data -1), then every format by its vendor's name (data: ImportFormat).
    QComboBox* formatBox() const { return m_format; }
    QLineEdit* pathField() const { return m_path; }
    QPushButton* browseButton() const { return m_browse; }
    // The sentence of the file refused (hidden when there is none).
    QLabel* sourceError() const { return m_sourceError; }
    QProgressBar* readingBar() const { return m_readingBar; }
    bool isReading() const { return m_reading; }

    // ---- the preview page ----
    QLabel* countsLabel() const { return m_counts; }
    QTableWidget* previewTable() const { return m_table; }
    QLabel* skippedLabel() const { return m_skippedLabel; }
    QListWidget* skippedList() const { return m_skipped; }
    QGroupBox* duplicatesBox() const { return m_duplicatesBox; }
    QRadioButton* skipDuplicatesButton() const { return m_skipDuplicates; }
    QRadioButton* keepBothButton() const { return m_keepBoth; }
    QRadioButton* updateDuplicatesButton() const { return m_updateDuplicates; }
    // Entries of the file already in the vault (found when the preview is shown).
    int duplicateCount() const { return m_duplicateCount; }
    io::DuplicatePolicy duplicatePolicy() const;

    // ---- the import page ----
    QProgressBar* importBar() const { return m_importBar; }
    QPushButton* cancelImportButton() const { return m_cancelImport; }
    QLabel* summaryLabel() const { return m_summary; }
    bool isImporting() const { return m_importing; }
    // The import's result once it has run (nullopt before).
    std::optional<io::MergeSummary> summary() const { return m_result; }

    // Refused while the import runs (the merge must reach its end or its cancel).
    void reject() override;

signals:
    // The file was read: parsed (ok) or refused (sourceError() says why).
    void fileRead(bool ok);
    // The merge's progress as it reports it, before Cancel is looked at.
    void importProgressed(int done, int total);
    // The import ended (summary() holds its result; cancelled or not).
    void importEnded();

private:
    struct Parsed;
    // Reads path and runs the importer of chosen (nullopt: the format guessed from the bytes).
    // Runs on a worker thread: it touches nothing but the file.
    static std::shared_ptr<Parsed> readFile(const QString& path, std::optional<io::ImportFormat> chosen);
    QWizardPage* makeSourcePage();
    QWizardPage* makePreviewPage();
    QWizardPage* makeImportPage();
    QString sourceKey() const;
    bool validateSource();
    void startReading();
    void showPreview();
    void runImport();

    VaultController* m_controller;
    QComboBox* m_format = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_sourceError = nullptr;
    QLabel* m_readingLabel = nullptr;
    QProgressBar* m_readingBar = nullptr;
    QLabel* m_counts = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_skippedLabel = nullptr;
    QListWidget* m_skipped = nullptr;
    QGroupBox* m_duplicatesBox = nullptr;
    QLabel* m_duplicatesLabel = nullptr;
    QRadioButton* m_skipDuplicates = nullptr;
    QRadioButton* m_keepBoth = nullptr;
    QRadioButton* m_updateDuplicates = nullptr;
    QProgressBar* m_importBar = nullptr;
    QPushButton* m_cancelImport = nullptr;
    QLabel* m_summary = nullptr;

    std::shared_ptr<Parsed> m_parsed; // the file read, until it is imported
    QString m_parsedKey;              // the path and format it was read with
    bool m_reading = false;
    bool m_importing = false;
    bool m_cancelRequested = false;
    int m_duplicateCount = 0;
    std::optional<io::MergeSummary> m_result;
};

} // namespace twofold
