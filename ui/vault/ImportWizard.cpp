#include "ui/vault/ImportWizard.h"

#include "io/ImportData.h"
#include "ui/otp/QrImageDecoder.h"
#include "ui/vault/VaultController.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace twofold {

// The file read on the worker: its entries, or the sentence refusing it.
struct ImportWizard::Parsed
{
    io::ImportFormat format = io::ImportFormat::BitwardenJson;
    io::ImportData data;
    QString error; // empty when data holds the file's entries
};

namespace {

// A page whose hooks the wizard sets (the pages share the wizard's state and its tr context).
class HookPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> initialize;
    void changed() { emit completeChanged(); }
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
};

QLabel* sentenceLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(name);
    return label;
}

// "A/B" for a group of the import (its parents by the import's own ids).
QString groupPath(const io::ImportData& data, const QUuid& id)
{
    QHash<QUuid, const Group*> byId;
    for (const Group& g : data.groups)
        byId.insert(g.id, &g);
    QStringList parts;
    for (const Group* g = byId.value(id); g && parts.size() < 64; g = byId.value(g->parentId))
        parts.prepend(g->name);
    return parts.join(QLatin1Char('/'));
}

} // namespace

std::shared_ptr<ImportWizard::Parsed> ImportWizard::readFile(const QString& path,
                                                             std::optional<io::ImportFormat> chosen)
{
    auto out = std::make_shared<ImportWizard::Parsed>();
    const QFileInfo info(path);
    if (!info.exists()) {
        out->error = tr("There is no file %1.").arg(path);
        return out;
    }
    if (!info.isFile()) {
        out->error = tr("%1 is a folder: choose the file exported from the other manager.").arg(path);
        return out;
    }
    if (info.size() > io::kMaxImportBytes) {
        out->error = io::text::tooLarge();
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out->error = tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return out;
    }
    QByteArray bytes = file.readAll();
    // A picture (Google Authenticator's "Transfer accounts" QR code, photographed or as a
    // screenshot): the link it holds is what is imported.
    if (!chosen || *chosen == io::ImportFormat::GoogleMigration) {
        const QImage image = QImage::fromData(bytes);
        if (!image.isNull()) {
            Result<SecureBuffer> text = decodeQrImage(image);
            bytes.fill('\0');
            if (!text) {
                out->error = text.error().message;
                return out;
            }
            bytes = QByteArray(reinterpret_cast<const char*>(text->data()), qsizetype(text->size()));
            if (!bytes.startsWith("otpauth-migration://") && !bytes.startsWith("otpauth://")) {
                bytes.fill('\0');
                out->error = tr("The QR code in %1 is not an authenticator export (otpauth-migration://).")
                                 .arg(info.fileName());
                return out;
            }
            if (!chosen)
                chosen = bytes.startsWith("otpauth-migration://") ? io::ImportFormat::GoogleMigration
                                                                  : io::ImportFormat::Otpauth;
        }
    }
    if (!chosen) {
        Result<io::ImportFormat> guessed = io::detectImportFormat(bytes);
        if (!guessed) {
            bytes.fill('\0');
            out->error = guessed.error().message;
            return out;
        }
        chosen = *guessed;
    }
    out->format = *chosen;
    Result<io::ImportData> data = io::importBytes(*chosen, bytes);
    bytes.fill('\0'); // the file's passwords, in the clear
    if (!data)
        out->error = data.error().message;
    else
        out->data = std::move(data).value();
    return out;
}

ImportWizard::ImportWizard(VaultController* controller, QWidget* parent)
    : QWizard(parent), m_controller(controller)
{
    setWindowTitle(tr("Import entries"));
    setAccessibleName(tr("Import entries"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setPage(SourcePageId, makeSourcePage());
    setPage(PreviewPageId, makePreviewPage());
    setPage(ImportPageId, makeImportPage());
    setStartId(SourcePageId);
    resize(720, 520);
    // Locking drops the vault: nothing more to import into. An import running locks at its end.
    connect(controller, &VaultController::aboutToLock, this, [this] {
        m_parsed.reset();
        QTimer::singleShot(0, this, [this] { reject(); });
    });
}

ImportWizard::~ImportWizard() = default;

QWizardPage* ImportWizard::makeSourcePage()
{
    auto* page = new HookPage(this);
    page->setTitle(tr("Choose the file to import"));
    page->setSubTitle(tr("Export your entries from the other manager first, then choose that file here."));
    m_format = new QComboBox(page);
    m_format->setAccessibleName(tr("Format of the file"));
    m_format->addItem(tr("Guess from the file"), -1);
    for (int i = 0; i < io::importFormatNames().size(); ++i)
        m_format->addItem(io::importFormatLabel(io::ImportFormat(i)), i);
    m_path = new QLineEdit(page);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Type the file's path or choose it"));
    m_browse = new QPushButton(tr("C&hoose…"), page);
    m_browse->setAccessibleName(tr("Choose the file to import"));
    m_sourceError = sentenceLabel(page, tr("Why the file cannot be imported"));
    m_sourceError->hide();
    m_readingLabel = sentenceLabel(page, tr("Reading state"));
    m_readingLabel->hide();
    m_readingBar = new QProgressBar(page);
    m_readingBar->setAccessibleName(tr("Reading the file"));
    m_readingBar->setRange(0, 0); // busy: an importer does not report how far it is
    m_readingBar->hide();

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), page);
    formatLabel->setBuddy(m_format);
    auto* fileLabel = new QLabel(tr("F&ile:"), page);
    fileLabel->setBuddy(m_path);
    form->addRow(formatLabel, m_format);
    form->addRow(fileLabel, pathRow);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_sourceError);
    layout->addWidget(m_readingLabel);
    layout->addWidget(m_readingBar);
    layout->addStretch(1);

    page->complete = [this] { return !m_reading && !m_path->text().trimmed().isEmpty(); };
    page->validate = [this] { return validateSource(); };
    connect(m_path, &QLineEdit::textChanged, page, [this, page] {
        m_sourceError->hide();
        page->changed();
    });
    connect(m_format, &QComboBox::currentIndexChanged, page, [this] { m_sourceError->hide(); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("Choose the file to import"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(this, &ImportWizard::fileRead, page, [page] { page->changed(); });
    return page;
}

QString ImportWizard::sourceKey() const
{
    return m_path->text().trimmed() + QLatin1Char('\n') + m_format->currentData().toString();
}

bool ImportWizard::validateSource()
{
    if (m_parsed && m_parsedKey == sourceKey())
        return true;
    if (!m_reading)
        startReading();
    return false; // next() again once the file is read
}

void ImportWizard::startReading()
{
    const QString path = m_path->text().trimmed();
    const int formatIndex = m_format->currentData().toInt();
    const std::optional<io::ImportFormat> chosen =
        formatIndex < 0 ? std::nullopt : std::optional<io::ImportFormat>(io::ImportFormat(formatIndex));
    const QString key = sourceKey();
    m_parsed.reset();
    m_reading = true;
    m_sourceError->hide();
    m_readingLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_readingLabel->show();
    m_readingBar->show();
    m_path->setEnabled(false);
    m_format->setEnabled(false);
    m_browse->setEnabled(false);
    emit currentPage()->completeChanged();

    using Outcome = std::shared_ptr<Parsed>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key] {
        Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_reading = false;
        m_readingLabel->hide();
        m_readingBar->hide();
        m_path->setEnabled(true);
        m_format->setEnabled(true);
        m_browse->setEnabled(true);
        if (!outcome->error.isEmpty()) {
            m_sourceError->setText(outcome->error);
            m_sourceError->show();
            emit fileRead(false);
            return;
        }
        m_parsed = std::move(outcome);
        m_parsedKey = key;
        emit fileRead(true);
        if (currentId() == SourcePageId)
            next();
    });
    watcher->setFuture(QtConcurrent::run([path, chosen] { return readFile(path, chosen); }));
}

QWizardPage* ImportWizard::makePreviewPage()
{
    auto* page = new HookPage(this);
    page->setTitle(tr("What the file holds"));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_counts = sentenceLabel(page, tr("What the file holds"));
    m_table = new QTableWidget(0, 4, page);
    m_table->setAccessibleName(tr("The first entries of the file"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("User name"), tr("Web address"), tr("Group")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_skippedLabel = sentenceLabel(page, tr("What will be skipped"));
    m_skipped = new QListWidget(page);
    m_skipped->setAccessibleName(tr("What will be skipped, and why"));
    m_skipped->setWordWrap(true);
    m_skipped->setMaximumHeight(110);

    m_duplicatesBox = new QGroupBox(tr("Entries already in the vault"), page);
    m_duplicatesLabel = sentenceLabel(m_duplicatesBox, tr("Entries already in the vault"));
    m_skipDuplicates =
        new QRadioButton(tr("&Skip them: keep the vault's entries as they are"), m_duplicatesBox);
    m_keepBoth = new QRadioButton(tr("&Keep both: add the file's entries beside them"), m_duplicatesBox);
    m_updateDuplicates = new QRadioButton(
        tr("&Update the vault's entries (their old passwords go into their history)"), m_duplicatesBox);
    m_skipDuplicates->setChecked(true);
    auto* choice = new QButtonGroup(m_duplicatesBox);
    for (QRadioButton* b : {m_skipDuplicates, m_keepBoth, m_updateDuplicates})
        choice->addButton(b);
    auto* boxLayout = new QVBoxLayout(m_duplicatesBox);
    boxLayout->addWidget(m_duplicatesLabel);
    boxLayout->addWidget(m_skipDuplicates);
    boxLayout->addWidget(m_keepBoth);
    boxLayout->addWidget(m_updateDuplicates);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_skippedLabel);
    layout->addWidget(m_skipped);
    layout->addWidget(m_duplicatesBox);
    page->initialize = [this] { showPreview(); };
    page->complete = [this] { return m_parsed != nullptr && m_controller->isOpen(); };
    return page;
}

void ImportWizard::showPreview()
{
    if (!m_parsed || !m_controller->isOpen())
        return;
    const io::ImportData& data = m_parsed->data;
    int codes = 0;
    for (const Entry& e : data.entries)
        codes += e.otpUri != kNoSecret ? 1 : 0;
    m_counts->setText(
        tr("%1 holds %L2 entries (read as %3): %L4 logins, %L5 secure notes, %L6 payment cards, "
           "%L7 identities; %L8 with a two-factor code.")
            .arg(QFileInfo(m_path->text().trimmed()).fileName())
            .arg(qsizetype(data.entries.size()))
            .arg(io::importFormatLabel(m_parsed->format))
            .arg(data.countOf(EntryKind::Login))
            .arg(data.countOf(EntryKind::SecureNote))
            .arg(data.countOf(EntryKind::Card))
            .arg(data.countOf(EntryKind::Identity))
            .arg(codes));
    const int rows = int(std::min<std::size_t>(data.entries.size(), kPreviewRows));
    m_table->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const Entry& e = data.entries[std::size_t(r)];
        const QStringList cells{e.title, e.username, e.url, groupPath(data, e.groupId)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_skipped->clear();
    m_skipped->addItems(data.skipped);
    m_skipped->setVisible(!data.skipped.isEmpty());
    m_skippedLabel->setText(
        data.skipped.isEmpty()
            ? tr("Nothing in the file will be skipped.")
            : tr("%L1 things in the file will be skipped, and why:").arg(data.skipped.size()));
    m_duplicateCount = int(io::findDuplicates(m_controller->vault(), data).size());
    m_duplicatesLabel->setText(
        tr("%L1 entries of the file are already in the vault (the same web address and user name).")
            .arg(m_duplicateCount));
    m_duplicatesBox->setVisible(m_duplicateCount > 0);
}

io::DuplicatePolicy ImportWizard::duplicatePolicy() const
{
    if (m_keepBoth->isChecked())
        return io::DuplicatePolicy::KeepBoth;
    if (m_updateDuplicates->isChecked())
        return io::DuplicatePolicy::Update;
    return io::DuplicatePolicy::Skip;
}

QWizardPage* ImportWizard::makeImportPage()
{
    auto* page = new HookPage(this);
    page->setTitle(tr("Importing"));
    m_importBar = new QProgressBar(page);
    m_importBar->setAccessibleName(tr("Import progress"));
    m_cancelImport = new QPushButton(tr("&Cancel the import"), page);
    m_cancelImport->setAccessibleName(tr("Cancel the import"));
    m_summary = sentenceLabel(page, tr("Import summary"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_importBar, 1);
    row->addWidget(m_cancelImport);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    connect(m_cancelImport, &QPushButton::clicked, this, [this] {
        m_cancelRequested = true;
        m_cancelImport->setEnabled(false);
    });
    page->complete = [this] { return m_result.has_value(); };
    page->initialize = [this, page] {
        m_result.reset();
        m_summary->clear();
        m_importBar->setValue(0);
        m_cancelImport->setEnabled(true);
        m_cancelImport->show();
        page->changed();
        // Once the page shows: the merge runs on this thread (the vault is the views' too).
        QTimer::singleShot(0, this, [this, page] {
            runImport();
            page->changed();
        });
    };
    return page;
}

void ImportWizard::runImport()
{
    if (!m_parsed || m_importing || !m_controller->isOpen())
        return;
    m_importing = true;
    m_cancelRequested = false;
    const io::DuplicatePolicy policy = duplicatePolicy();
    std::shared_ptr<Parsed> parsed = std::move(m_parsed);
    const io::MergeSummary summary =
        m_controller->importEntries(std::move(parsed->data), policy, [this](int done, int total) {
            m_importBar->setMaximum(std::max(total, 1));
            m_importBar->setValue(done);
            emit importProgressed(done, total);
            // Lets Cancel be pressed; the vault has not been changed at these points yet.
            if (done < total && !m_cancelRequested)
                QCoreApplication::processEvents();
            return !m_cancelRequested;
        });
    m_importing = false;
    m_result = summary;
    m_cancelImport->hide();
    if (summary.cancelled) {
        m_importBar->setValue(0);
        m_summary->setText(tr("The import was cancelled: nothing was added and the vault is as it was."));
    } else {
        m_importBar->setValue(m_importBar->maximum());
        m_summary->setText(tr("%L1 entries added, %L2 updated, %L3 skipped as already in the vault.")
                               .arg(summary.added)
                               .arg(summary.updated)
                               .arg(summary.skippedDuplicates));
    }
    emit importEnded();
}

void ImportWizard::reject()
{
    if (m_importing) {
        m_cancelRequested = true; // the merge stops at its next check; the wizard stays
        return;
    }
    QWizard::reject();
}

} // namespace twofold
