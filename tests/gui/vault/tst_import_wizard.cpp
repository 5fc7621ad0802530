// Vault > Import… (issue 14): the wizard over a real vault file and real export files in a
// temporary folder — a Bitwarden JSON and a Chrome CSV file come in (and are saved), a malformed
// file is refused with the importer's sentence and nothing written, duplicates are skipped, kept
// or update the vault's entries as chosen, and Cancel during a 20,000-row import leaves the vault
// as it was.
#include "OpenVaultFixture.h"
#include "otp/QrMatrix.h"
#include "ui/common/MessageBanner.h"
#include "ui/otp/QrImageDecoder.h"
#include "ui/vault/EntryListModel.h"
#include "ui/vault/ImportWizard.h"
#include "ui/vault/MainWindow.h"
#include "vault/OpenVault.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>

#include <atomic>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr int kWaitMs = 20000;

// Shaped as Bitwarden's unencrypted JSON export (a folder, a login with a code, a secure note).
const char kBitwardenJson[] =
    "{\n"
    "  \"encrypted\": false,\n"
    "  \"folders\": [{ \"id\": \"0b8a2f7e-1c4d-4e5f-9a6b-7c8d9e0f1a2b\", \"name\": \"Work\" }],\n"
    "  \"items\": [\n"
    "    {\n"
    "      \"id\": \"1c9b3e8f-2d5e-4f60-8b7c-8d9eaf102b3c\", \"organizationId\": null,\n"
    "      \"folderId\": \"0b8a2f7e-1c4d-4e5f-9a6b-7c8d9e0f1a2b\", \"type\": 1, \"reprompt\": 0,\n"
    "      \"name\": \"Intranet\", \"notes\": \"the wiki too\", \"favorite\": false, \"fields\": [],\n"
    "      \"login\": {\n"
    "        \"uris\": [{ \"match\": null, \"uri\": \"https://intranet.example\" }],\n"
    "        \"username\": \"dora\", \"password\": \"intra-pw\", \"totp\": "
    "\"otpauth://totp/Intranet:dora?secret=JBSWY3DPEHPK3PXP\"\n"
    "      },\n"
    "      \"revisionDate\": \"2024-01-02T03:04:05.000Z\", \"creationDate\": \"2023-01-02T03:04:05.000Z\", "
    "\"collectionIds\": null\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"3ebd5a01-4f70-4182-8d9e-afb0c1324d5e\", \"organizationId\": null, \"folderId\": null, "
    "\"type\": 2,\n"
    "      \"reprompt\": 0, \"name\": \"Door codes\", \"notes\": \"front 1234\", \"favorite\": false,\n"
    "      \"secureNote\": { \"type\": 0 },\n"
    "      \"revisionDate\": \"2024-01-02T03:04:05.000Z\", \"creationDate\": \"2023-01-02T03:04:05.000Z\", "
    "\"collectionIds\": null\n"
    "    }\n"
    "  ]\n"
    "}\n";

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<OpenVaultFixture> m_fixture;
    std::shared_ptr<OpenVault> m_open; // the controller's vault, for fault injection
    std::unique_ptr<MainWindow> m_window;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_fixture->dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    const Entry* entryTitled(const QString& title) const
    {
        for (const Entry& e : m_window->controller()->vault().entries())
            if (e.title == title && !e.inTrash)
                return &e;
        return nullptr;
    }

    // Opens the wizard through the menu as a keyboard user does: Alt+V, then I.
    ImportWizard* openFromMenu()
    {
        QMenu* vaultMenu = nullptr;
        for (QAction* a : m_window->menuBar()->actions())
            if (a->menu() && a->menu()->actions().contains(m_window->importAction()))
                vaultMenu = a->menu();
        if (!vaultMenu)
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_V, Qt::AltModifier);
        if (!QTest::qWaitFor([&] { return vaultMenu->isVisible(); }, 5000))
            return nullptr;
        QTest::keyClick(vaultMenu, Qt::Key_I);
        ImportWizard* wizard = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                wizard = m_window->findChild<ImportWizard*>();
                return wizard && wizard->isVisible();
            },
            5000);
        return wizard;
    }

    // Types path (and picks format, a combo index; 0 guesses) and presses Next: true once the
    // preview shows.
    bool readInto(ImportWizard* wizard, const QString& path, int formatIndex = 0)
    {
        wizard->formatBox()->setCurrentIndex(formatIndex);
        wizard->pathField()->setFocus();
        wizard->pathField()->selectAll();
        QTest::keyClicks(wizard->pathField(), path);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        return QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::PreviewPageId; }, kWaitMs);
    }

    // Presses Import on the preview and waits for the summary.
    bool import(ImportWizard* wizard)
    {
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        return QTest::qWaitFor([&] { return wizard->summary().has_value(); }, kWaitMs);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<OpenVaultFixture>();
        m_open = m_fixture->create();
        QVERIFY(m_open);
        m_window = std::make_unique<MainWindow>(new VaultController(m_open));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        if (m_window && m_window->controller()->isOpen())
            m_window->controller()->waitForSave();
        m_window.reset();
        m_open.reset();
        m_fixture.reset();
    }

    void bitwardenJsonComesInThroughTheMenu()
    {
        const QString path = writeFile(QStringLiteral("bitwarden_export.json"), kBitwardenJson);
        QVERIFY(!path.isEmpty());
        ImportWizard* wizard = openFromMenu();
        QVERIFY(wizard);
        QCOMPARE(wizard->formatBox()->currentData().toInt(), -1); // guessed by default
        QVERIFY(!wizard->accessibleName().isEmpty());
        QVERIFY(readInto(wizard, path));

        QVERIFY2(wizard->countsLabel()->text().contains(QStringLiteral("2 entries")),
                 qPrintable(wizard->countsLabel()->text()));
        QVERIFY(wizard->countsLabel()->text().contains(QStringLiteral("Bitwarden (JSON)")));
        QVERIFY(wizard->countsLabel()->text().contains(QStringLiteral("1 logins, 1 secure notes")));
        QVERIFY(wizard->countsLabel()->text().contains(QStringLiteral("1 with a two-factor code")));
        QTableWidget* table = wizard->previewTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Intranet"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("dora"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("https://intranet.example"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Work"));
        QVERIFY(wizard->duplicatesBox()->isHidden()); // nothing of it is in the vault yet

        QVERIFY(import(wizard));
        QCOMPARE(wizard->summary()->added, 2);
        QVERIFY(wizard->summaryLabel()->text().contains(QStringLiteral("2 entries added")));
        const Entry* intranet = entryTitled(QStringLiteral("Intranet"));
        QVERIFY(intranet);
        const Vault& vault = m_window->controller()->vault();
        QCOMPARE(intranet->username, QStringLiteral("dora"));
        QCOMPARE(vault.groupPath(intranet->groupId), QStringLiteral("Work"));
        QCOMPARE(vault.password(*intranet).view().toByteArray(), QByteArray("intra-pw"));
        QVERIFY(intranet->otpUri != kNoSecret);
        QVERIFY(entryTitled(QStringLiteral("Door codes")));
        // The list shows them, and the file holds them once saved.
        QCOMPARE(m_window->model()->rowCount(), 5);
        QVERIFY(m_window->model()->rowOf(intranet->id) >= 0);
        m_window->controller()->waitForSave();
        QVERIFY(!m_window->controller()->hasUnsavedChanges());
        std::unique_ptr<OpenVault> reopened = m_fixture->reopen();
        QVERIFY(reopened);
        QCOMPARE(reopened->vault().entryCount(), 5);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ImportWizard*>(), 5000);
    }

    void chromeCsvIsGuessedAndImported()
    {
        const QString path =
            writeFile(QStringLiteral("Chrome Passwords.csv"),
                      "name,url,username,password,note\n"
                      "shop.example,https://shop.example/login,erin,shop-pw,\"a note, with comma\"\n"
                      ",https://news.example/,frank,\"news\"\"pw\",\n");
        ImportWizard* wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        // The file is read on a worker: right after Next the wizard is still reading, busy.
        QSignalSpy read(wizard, &ImportWizard::fileRead);
        wizard->pathField()->setText(path);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(wizard->isReading());
        QVERIFY(wizard->readingBar()->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard->pathField()->isEnabled());
        QVERIFY(read.wait(kWaitMs));
        QCOMPARE(read.at(0).at(0).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::PreviewPageId), kWaitMs);
        QVERIFY(!wizard->readingBar()->isVisible());
        QVERIFY(wizard->countsLabel()->text().contains(QStringLiteral("Chrome")));
        QCOMPARE(wizard->previewTable()->rowCount(), 2);
        QVERIFY(import(wizard));
        QCOMPARE(wizard->summary()->added, 2);
        const Entry* shop = entryTitled(QStringLiteral("shop.example"));
        QVERIFY(shop);
        QCOMPARE(shop->notes, QStringLiteral("a note, with comma"));
        const Entry* news = entryTitled(QStringLiteral("news.example")); // the host, the file gave no name
        QVERIFY(news);
        QCOMPARE(m_window->controller()->vault().password(*news).view().toByteArray(),
                 QByteArray("news\"pw"));
        QCOMPARE(m_window->model()->rowCount(), 5);
    }

    // Google Authenticator's "Transfer accounts" QR code, saved as a picture: the wizard reads the
    // link in it and imports the account with its code; a picture of another QR code is refused.
    void googleAuthenticatorQrPictureIsImported()
    {
        if (!canDecodeQrImages())
            QSKIP("this build has no QR reader (zxing-cpp)");
        // MigrationPayload { otp_parameters { secret "Hello!\xde\xad\xbe\xef", name
        // "alice@example.com", issuer "Example", SHA1, six digits, TOTP }, version 1 }
        QByteArray params;
        const QByteArray secret("Hello!\xde\xad\xbe\xef", 10);
        params += char(0x0a) + QByteArray(1, char(secret.size())) + secret;
        params += char(0x12) + QByteArray(1, char(17)) + QByteArray("alice@example.com");
        params += char(0x1a) + QByteArray(1, char(7)) + QByteArray("Example");
        params += QByteArray::fromHex("200128013002");
        const QByteArray payload =
            char(0x0a) + QByteArray(1, char(params.size())) + params + QByteArray::fromHex("1001");
        const auto picture = [this](const QString& name, const QByteArray& text) {
            Result<otp::QrMatrix> m = otp::QrMatrix::encode(text);
            if (!m)
                return QString();
            const int scale = 6;
            QImage image(m->size() * scale, m->size() * scale, QImage::Format_Grayscale8);
            image.fill(255);
            for (int y = 0; y < m->size(); ++y)
                for (int x = 0; x < m->size(); ++x)
                    if (m->isDark(x, y))
                        for (int dy = 0; dy < scale; ++dy)
                            for (int dx = 0; dx < scale; ++dx)
                                image.setPixel(x * scale + dx, y * scale + dy, qRgb(0, 0, 0));
            const QString path = m_fixture->dir.filePath(name);
            return image.save(path, "PNG") ? path : QString();
        };
        const QString png =
            picture(QStringLiteral("transfer.png"),
                    "otpauth-migration://offline?data=" + payload.toBase64().toPercentEncoding());
        QVERIFY(!png.isEmpty());
        ImportWizard* wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        QVERIFY(readInto(wizard, png));
        QVERIFY(import(wizard));
        QCOMPARE(wizard->summary()->added, 1);
        const Entry* e = entryTitled(QStringLiteral("Example"));
        QVERIFY(e);
        QCOMPARE(e->username, QStringLiteral("alice@example.com"));
        QVERIFY(m_window->controller()->vault().otpUri(*e).toStringUnsafe().contains(
            QStringLiteral("secret=JBSWY3DPEHPK3PXP")));
        wizard->close();

        const QString other = picture(QStringLiteral("web.png"), "https://example.com/");
        ImportWizard* again = m_window->showImportWizard();
        QVERIFY(again);
        QSignalSpy read(again, &ImportWizard::fileRead);
        again->pathField()->setText(other);
        QTest::mouseClick(again->button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(read.wait(kWaitMs));
        QCOMPARE(read.at(0).at(0).toBool(), false);
        QCOMPARE(again->currentId(), int(ImportWizard::SourcePageId));
        QTRY_VERIFY(again->sourceError()->isVisible());
        QCOMPARE(
            again->sourceError()->text(),
            QStringLiteral("The QR code in web.png is not an authenticator export (otpauth-migration://)."));
    }

    void malformedFileIsRefusedWithItsSentence_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("formatIndex");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("open quote, guessed")
            << QByteArray("name,url,username,password\na,https://a.example,\"c,d\n") << 0
            << QStringLiteral("Line 2 is not valid CSV");
        const int bitwardenJson = 1 + int(io::ImportFormat::BitwardenJson);
        QTest::newRow("bad item, chosen") << QByteArray("{\"encrypted\": false, \"items\": [1]}")
                                          << bitwardenJson << QStringLiteral("item 1 is malformed");
        QTest::newRow("not json, chosen")
            << QByteArray("{\"items\": [") << bitwardenJson << QStringLiteral("is not valid JSON");
    }
    void malformedFileIsRefusedWithItsSentence()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, formatIndex);
        QFETCH(QString, sentence);
        const QString path = writeFile(QStringLiteral("broken.txt"), bytes);
        QFile vaultFile(m_fixture->path);
        QVERIFY(vaultFile.open(QIODevice::ReadOnly));
        const QByteArray before = vaultFile.readAll();
        vaultFile.close();

        ImportWizard* wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        QSignalSpy read(wizard, &ImportWizard::fileRead);
        wizard->formatBox()->setCurrentIndex(formatIndex);
        wizard->pathField()->setText(path);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(read.wait(kWaitMs));
        QCOMPARE(read.at(0).at(0).toBool(), false);
        QCOMPARE(wizard->currentId(), int(ImportWizard::SourcePageId));
        QVERIFY(wizard->sourceError()->isVisible());
        QVERIFY2(wizard->sourceError()->text().contains(sentence), qPrintable(wizard->sourceError()->text()));
        QVERIFY(!wizard->isReading());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // another file can be tried
        QCOMPARE(m_window->controller()->vault().entryCount(), 3);
        QVERIFY(!m_window->controller()->hasUnsavedChanges());
        QVERIFY(vaultFile.open(QIODevice::ReadOnly));
        QCOMPARE(vaultFile.readAll(), before);
    }

    void missingFileIsNamed()
    {
        ImportWizard* wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        QSignalSpy read(wizard, &ImportWizard::fileRead);
        const QString path = m_fixture->dir.filePath(QStringLiteral("nowhere.csv"));
        wizard->pathField()->setText(path);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(read.wait(kWaitMs));
        QCOMPARE(wizard->sourceError()->text(), QStringLiteral("There is no file %1.").arg(path));
        QCOMPARE(wizard->currentId(), int(ImportWizard::SourcePageId));
    }

    void duplicatesAreHandledAsChosen_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QByteArray>("bankPassword");
        QTest::newRow("skip (default)") << "skip" << 1 << 0 << 1 << 4 << QByteArray("bank-pw");
        QTest::newRow("keep both") << "keep" << 2 << 0 << 0 << 5 << QByteArray("bank-pw");
        QTest::newRow("update") << "update" << 1 << 1 << 0 << 4 << QByteArray("new-bank-pw");
    }
    void duplicatesAreHandledAsChosen()
    {
        QFETCH(QString, choice);
        QFETCH(int, added);
        QFETCH(int, updated);
        QFETCH(int, skipped);
        QFETCH(int, entries);
        QFETCH(QByteArray, bankPassword);
        // Bank (bob at https://bank.example) is in the vault already; the trailing '/' and case do not
        // matter.
        const QString path =
            writeFile(QStringLiteral("passwords.csv"), "name,url,username,password,note\n"
                                                       "Bank,https://Bank.example/,bob,new-bank-pw,\n"
                                                       "Garden,https://garden.example,gina,garden-pw,\n");
        ImportWizard* wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        QVERIFY(readInto(wizard, path, 1 + int(io::ImportFormat::ChromeCsv)));
        QCOMPARE(wizard->duplicateCount(), 1);
        QVERIFY(wizard->duplicatesBox()->isVisible());
        QVERIFY(wizard->skipDuplicatesButton()->isChecked());
        // Clicked on their circles (a radio button takes clicks on its circle and text only).
        if (choice == u"keep")
            QTest::mouseClick(wizard->keepBothButton(), Qt::LeftButton, {}, QPoint(6, 6));
        else if (choice == u"update")
            QTest::mouseClick(wizard->updateDuplicatesButton(), Qt::LeftButton, {}, QPoint(6, 6));
        QCOMPARE(wizard->keepBothButton()->isChecked(), choice == u"keep");
        QCOMPARE(wizard->updateDuplicatesButton()->isChecked(), choice == u"update");
        QVERIFY(import(wizard));
        QCOMPARE(wizard->summary()->added, added);
        QCOMPARE(wizard->summary()->updated, updated);
        QCOMPARE(wizard->summary()->skippedDuplicates, skipped);
        const Vault& vault = m_window->controller()->vault();
        QCOMPARE(vault.entryCount(), entries);
        int bobs = 0;
        for (const Entry& e : vault.entries())
            bobs += e.username == u"bob" ? 1 : 0;
        QCOMPARE(bobs, choice == u"keep" ? 2 : 1);
        const Entry* bank = entryTitled(QStringLiteral("Bank")); // the vault's own, first in its order
        QVERIFY(bank);
        // An update takes the file's fields, web address included.
        QCOMPARE(bank->url, choice == u"update" ? QStringLiteral("https://Bank.example/")
                                                : QStringLiteral("https://bank.example"));
        QCOMPARE(vault.password(*bank).view().toByteArray(), bankPassword);
        QCOMPARE(bank->history.empty(), choice != u"update"); // an update keeps the old password
        QCOMPARE(m_window->model()->rowCount(), entries);
        m_window->controller()->waitForSave();
        std::unique_ptr<OpenVault> reopened = m_fixture->reopen();
        QVERIFY(reopened);
        QCOMPARE(reopened->vault().entryCount(), entries);
    }

    void cancelDuringALargeImportLeavesTheVaultAsItWas()
    {
        constexpr int kRows = 20000;
        QByteArray csv("name,url,username,password,note\n");
        csv.reserve(kRows * 60);
        for (int i = 0; i < kRows; ++i)
            csv += QByteArray("Site ") + QByteArray::number(i) + ",https://site" + QByteArray::number(i) +
                   ".example,user" + QByteArray::number(i) + ",pw-" + QByteArray::number(i) + ",\n";
        const QString path = writeFile(QStringLiteral("large.csv"), csv);
        QFile vaultFile(m_fixture->path);
        QVERIFY(vaultFile.open(QIODevice::ReadOnly));
        const QByteArray before = vaultFile.readAll();
        vaultFile.close();

        ImportWizard* wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        QElapsedTimer reading;
        reading.start();
        QVERIFY(readInto(wizard, path));
        qInfo("reading and parsing %d CSV rows off the GUI thread: %lld ms", kRows,
              qint64(reading.elapsed()));
        QCOMPARE(wizard->previewTable()->rowCount(), ImportWizard::kPreviewRows);
        QVERIFY(
            wizard->countsLabel()->text().contains(QLocale().toString(kRows) + QStringLiteral(" entries")));
        // Cancel is pressed as soon as the merge first reports, before it changes anything.
        int reports = 0;
        connect(wizard, &ImportWizard::importProgressed, this, [&](int done, int total) {
            QCOMPARE(total, kRows);
            if (reports++ == 0) {
                QCOMPARE(done, 0);
                QVERIFY(wizard->importBar()->isVisible());
                QTest::mouseClick(wizard->cancelImportButton(), Qt::LeftButton);
            }
        });
        QVERIFY(import(wizard));
        QCOMPARE(reports, 1); // the merge stopped at the first check
        QVERIFY(wizard->summary()->cancelled);
        QCOMPARE(wizard->summary()->added, 0);
        QVERIFY(wizard->summaryLabel()->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(m_window->controller()->vault().entryCount(), 3);
        QCOMPARE(m_window->controller()->vault().groups().size(), std::size_t(1));
        QCOMPARE(m_window->model()->rowCount(), 3);
        QVERIFY(!m_window->controller()->hasUnsavedChanges());
        QVERIFY(!m_window->controller()->isSaving());
        QVERIFY(vaultFile.open(QIODevice::ReadOnly));
        QCOMPARE(vaultFile.readAll(), before);
    }

    void largeImportRunsToItsEnd()
    {
        constexpr int kRows = 20000;
        QByteArray csv("name,url,username,password,note\n");
        for (int i = 0; i < kRows; ++i)
            csv += QByteArray("Site ") + QByteArray::number(i) + ",https://site" + QByteArray::number(i) +
                   ".example,user" + QByteArray::number(i) + ",pw-" + QByteArray::number(i) + ",\n";
        const QString path = writeFile(QStringLiteral("large.csv"), csv);
        ImportWizard* wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        QVERIFY(readInto(wizard, path));
        QSignalSpy progressed(wizard, &ImportWizard::importProgressed);
        QElapsedTimer merging;
        merging.start();
        QVERIFY(import(wizard));
        qInfo("merging %d entries into the vault: %lld ms", kRows, qint64(merging.elapsed()));
        QCOMPARE(wizard->summary()->added, kRows);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).toInt(), kRows); // the bar ends full
        QCOMPARE(wizard->importBar()->value(), wizard->importBar()->maximum());
        QCOMPARE(m_window->model()->rowCount(), kRows + 3);
        m_window->controller()->waitForSave();
        QVERIFY(!m_window->controller()->hasUnsavedChanges());
    }

    void failedSaveAfterAnImportSaysSoAndKeepsTheEntries()
    {
        auto failing = std::make_shared<std::atomic<bool>>(true);
        m_open->setFaultInjector([failing](SaveStep step) { return *failing && step == SaveStep::Write; });
        const QString path = writeFile(QStringLiteral("bitwarden_export.json"), kBitwardenJson);
        QSignalSpy failed(m_window->controller(), &VaultController::saveFailed);
        ImportWizard* wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        QVERIFY(readInto(wizard, path));
        QVERIFY(import(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kWaitMs);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->controller()->hasUnsavedChanges());
        QVERIFY(entryTitled(QStringLiteral("Intranet"))); // still here
        QCOMPARE(m_fixture->reopen()->vault().entryCount(), 3);

        *failing = false;
        QSignalSpy saved(m_window->controller(), &VaultController::saved);
        m_window->controller()->save(); // what the banner's "Try again" does
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, kWaitMs);
        QCOMPARE(m_fixture->reopen()->vault().entryCount(), 5);
    }

    void aLockDuringAnImportWaitsForItsEnd()
    {
        const QString path = writeFile(QStringLiteral("bitwarden_export.json"), kBitwardenJson);
        QPointer<ImportWizard> wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        QVERIFY(readInto(wizard, path));
        QSignalSpy locked(m_window->controller(), &VaultController::locked);
        bool openDuringMerge = false;
        connect(wizard, &ImportWizard::importProgressed, this, [&](int done, int) {
            if (done == 0 && !openDuringMerge) {
                m_window->lockAutomatically(); // the idle time ran out, or the screen locked
                openDuringMerge = m_window->controller()->isOpen();
            }
        });
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, kWaitMs);
        QVERIFY(openDuringMerge); // the lock was asked for mid-merge, and the merge kept its vault
        QVERIFY(!m_window->controller()->isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 5000);
        // The import was saved before the lock dropped the vault.
        std::unique_ptr<OpenVault> reopened = m_fixture->reopen();
        QVERIFY(reopened);
        QCOMPARE(reopened->vault().entryCount(), 5);
    }

    void lockingClosesTheWizardAndDisablesTheMenuItem()
    {
        QPointer<ImportWizard> wizard = m_window->showImportWizard();
        QVERIFY(wizard);
        QVERIFY(m_window->importAction()->isEnabled());
        m_window->controller()->lock();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 5000);
        QVERIFY(!m_window->importAction()->isEnabled());
        QVERIFY(!m_window->exportAction()->isEnabled());
        QVERIFY(!m_window->showImportWizard());
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
