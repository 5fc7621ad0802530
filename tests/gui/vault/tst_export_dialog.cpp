// Vault > Export… (issue 14): a plain-text export is written, readable by its owner only, after
// a question that says what the file holds, and declining writes nothing; the encrypted
// twofold-json export refuses two different passwords and opens with the one chosen.
#include "OpenVaultFixture.h"
#include "io/Exporters.h"
#include "ui/common/PasswordField.h"
#include "ui/vault/ExportDialog.h"
#include "ui/vault/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

QAbstractButton* buttonWithRole(QMessageBox* box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == role)
            return b;
    return nullptr;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<OpenVaultFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    // Opens the dialog through the menu as a keyboard user does: Alt+V, then X.
    ExportDialog* openFromMenu()
    {
        QMenu* vaultMenu = nullptr;
        for (QAction* a : m_window->menuBar()->actions())
            if (a->menu() && a->menu()->actions().contains(m_window->exportAction()))
                vaultMenu = a->menu();
        if (!vaultMenu)
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_V, Qt::AltModifier);
        if (!QTest::qWaitFor([&] { return vaultMenu->isVisible(); }, 5000))
            return nullptr;
        QTest::keyClick(vaultMenu, Qt::Key_X);
        ExportDialog* dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<ExportDialog*>();
                return dialog && dialog->isVisible();
            },
            5000);
        return dialog;
    }

    void choose(ExportDialog* dialog, io::ExportFormat format, const QString& path)
    {
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(format)));
        dialog->pathField()->setFocus();
        QTest::keyClicks(dialog->pathField(), path);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<OpenVaultFixture>();
        std::shared_ptr<OpenVault> vault = m_fixture->create();
        QVERIFY(vault);
        m_window = std::make_unique<MainWindow>(new VaultController(std::move(vault)));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        if (m_window && m_window->controller()->isOpen())
            m_window->controller()->waitForSave();
        m_window.reset();
        m_fixture.reset();
    }

    void encryptedTwofoldJsonIsTheDefault()
    {
        ExportDialog* dialog = openFromMenu();
        QVERIFY(dialog);
        QCOMPARE(dialog->format(), io::ExportFormat::TwofoldJson);
        QVERIFY(dialog->passwordField()->isVisible());
        QVERIFY(dialog->repeatField()->isVisible());
        QVERIFY(!dialog->accessibleName().isEmpty());
        QVERIFY(!dialog->passwordField()->lineEdit()->accessibleName().isEmpty());
        choose(dialog, io::ExportFormat::Csv, {});
        QVERIFY(!dialog->passwordField()->isVisible());
        QVERIFY2(dialog->contentLabel()->text().contains(
                     QStringLiteral("3 entries, with their passwords, unencrypted")),
                 qPrintable(dialog->contentLabel()->text()));
    }

    void csvIsWrittenPrivateOnlyAfterTheQuestion()
    {
        const QString path = m_fixture->dir.filePath(QStringLiteral("export.csv"));
        ExportDialog* dialog = m_window->showExportDialog();
        QVERIFY(dialog);
        choose(dialog, io::ExportFormat::Csv, path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QMessageBox* question = dialog->confirmation();
        QVERIFY(question);
        QTRY_VERIFY_WITH_TIMEOUT(question->isVisible(), 5000);
        QVERIFY2(question->text().contains(QStringLiteral("3 entries, with their passwords, unencrypted")),
                 qPrintable(question->text()));
        QVERIFY(question->text().contains(path));
        QVERIFY(!QFile::exists(path)); // nothing before the answer
        QAbstractButton* yes = buttonWithRole(question, QMessageBox::AcceptRole);
        QVERIFY(yes);
        QVERIFY(question->defaultButton() != yes); // Enter does not write it
        QTest::mouseClick(yes, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
        QCOMPARE(QFile::permissions(path) & kOthers, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.contains("bank-pw"));
        QVERIFY(csv.contains("Mail"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ExportDialog*>(), 5000); // closed once written
    }

    void decliningWritesNothing()
    {
        const QString path = m_fixture->dir.filePath(QStringLiteral("export.xml"));
        QPointer<ExportDialog> dialog = m_window->showExportDialog();
        QVERIFY(dialog);
        choose(dialog, io::ExportFormat::KeePassXml, path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QMessageBox* question = dialog->confirmation();
        QVERIFY(question);
        QTRY_VERIFY_WITH_TIMEOUT(question->isVisible(), 5000);
        QAbstractButton* no = buttonWithRole(question, QMessageBox::RejectRole);
        QVERIFY(no);
        QTest::mouseClick(no, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 5000);
        QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("Nothing was written."));
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog->isVisible()); // another format or file can be chosen
    }

    void differentPasswordsAreRefused()
    {
        const QString path = m_fixture->dir.filePath(QStringLiteral("backup.json"));
        ExportDialog* dialog = m_window->showExportDialog();
        QVERIFY(dialog);
        choose(dialog, io::ExportFormat::TwofoldJson, path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->errorLabel()->text().startsWith(QStringLiteral("Choose a password for the export")));
        QTest::keyClicks(dialog->passwordField()->lineEdit(), QStringLiteral("tulip garden 7"));
        QTest::keyClicks(dialog->repeatField()->lineEdit(), QStringLiteral("tulip garden 8"));
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(dialog->errorLabel()->isVisible());
        QCOMPARE(
            dialog->errorLabel()->text(),
            QStringLiteral("The two passwords are not the same: type the same password in both fields."));
        QVERIFY(!dialog->confirmation()); // no question for the encrypted export
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog->isVisible());
    }

    void encryptedExportOpensWithItsPassword()
    {
        const QString path = m_fixture->dir.filePath(QStringLiteral("backup.json"));
        ExportDialog* dialog = m_window->showExportDialog();
        QVERIFY(dialog);
        dialog->setKdfParams(kFastKdf);
        choose(dialog, io::ExportFormat::TwofoldJson, path);
        QTest::keyClicks(dialog->passwordField()->lineEdit(), QStringLiteral("tulip garden 7"));
        QTest::keyClicks(dialog->repeatField()->lineEdit(), QStringLiteral("tulip garden 7"));
        QTest::keyClick(dialog->repeatField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QCOMPARE(QFile::permissions(path) & kOthers, QFileDevice::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sealed = file.readAll();
        QVERIFY(!sealed.contains("bank-pw"));
        QVERIFY(!sealed.contains("Mail"));
        Result<SecureBuffer> plain = io::openTwofoldJsonEncrypted(sealed, pw("tulip garden 7"));
        QVERIFY(plain);
        QVERIFY(plain->view().toByteArray().contains("bank-pw"));
        QVERIFY(plain->view().toByteArray().contains("\"Forum\""));
        QVERIFY(!io::openTwofoldJsonEncrypted(sealed, pw("tulip garden 8")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ExportDialog*>(), 5000);
    }

    void lockingClosesTheDialog()
    {
        QPointer<ExportDialog> dialog = m_window->showExportDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->passwordField()->lineEdit(), QStringLiteral("half typed"));
        m_window->controller()->lock();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 5000);
        QVERIFY(!m_window->exportAction()->isEnabled());
        QVERIFY(!m_window->showExportDialog());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
