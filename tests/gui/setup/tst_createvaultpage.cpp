// CreateVaultPage: Create is enabled only for an acceptable password typed twice, the page
// says what is missing, and creating (off the GUI thread, tiny KDF) gives a real vault file.
#include "ui/common/PasswordField.h"
#include "ui/common/StrengthMeter.h"
#include "ui/setup/CreateVaultController.h"
#include "ui/setup/CreateVaultPage.h"
#include "unit/vault/VaultFixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace twofold;
using namespace twofold::test;

Q_DECLARE_METATYPE(std::shared_ptr<twofold::OpenVault>)

namespace {
const QString kGood = QStringLiteral("correct horse battery staple mango");
}

class TestCreateVaultPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<CreateVaultPage> makePage(const QString& fileName)
    {
        auto page = std::make_unique<CreateVaultPage>();
        page->controller()->setKdfOverride(kFastKdf);
        page->setVaultPath(m_dir.filePath(fileName));
        page->show();
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void blocked_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("again");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nothing typed")
            << QString() << QString() << QStringLiteral("Choose a master password.");
        QTest::newRow("common password")
            << QStringLiteral("password1") << QStringLiteral("password1")
            << QStringLiteral("Choose a stronger master password: the line under it says why.");
        QTest::newRow("not repeated")
            << kGood << QString() << QStringLiteral("Type the master password again to confirm it.");
        QTest::newRow("mismatch") << kGood << QStringLiteral("correct horse battery staple mangO")
                                  << QStringLiteral("The two passwords do not match.");
    }
    void blocked()
    {
        QFETCH(QString, password);
        QFETCH(QString, again);
        QFETCH(QString, reason);
        auto page = makePage(QStringLiteral("blocked.twofold"));
        QTest::keyClicks(page->passwordField()->lineEdit(), password);
        QTest::keyClicks(page->confirmField()->lineEdit(), again);
        QVERIFY(!page->createButton()->isEnabled());
        QCOMPARE(page->blockReason(), reason);
        QTest::keyClick(page->confirmField()->lineEdit(), Qt::Key_Return); // Enter does not bypass it
        QVERIFY(!page->isBusy());
    }

    void meterRefusesPassword1()
    {
        auto page = makePage(QStringLiteral("weak.twofold"));
        QTest::keyClicks(page->passwordField()->lineEdit(), QStringLiteral("password1"));
        QVERIFY(!page->strengthMeter()->acceptable());
        QVERIFY(!page->strengthMeter()->verdictText().isEmpty());
    }

    void existingFileIsRefusedBeforeTyping()
    {
        const QString path = m_dir.filePath(QStringLiteral("taken.twofold"));
        writeAll(path, "something");
        auto page = makePage(QStringLiteral("taken.twofold"));
        QTest::keyClicks(page->passwordField()->lineEdit(), kGood);
        QTest::keyClicks(page->confirmField()->lineEdit(), kGood);
        QVERIFY(!page->createButton()->isEnabled());
        QVERIFY(page->blockReason().startsWith(QStringLiteral("There is already a file at")));
    }

    void createsARealVault()
    {
        auto page = makePage(QStringLiteral("sub/new.twofold"));
        QSignalSpy created(page.get(), &CreateVaultPage::created);
        QTest::keyClicks(page->passwordField()->lineEdit(), kGood);
        QTest::keyClicks(page->confirmField()->lineEdit(), kGood);
        QVERIFY(page->createButton()->isEnabled());
        QVERIFY(page->blockReason().isEmpty());
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        QVERIFY(page->isBusy());
        QVERIFY(!page->passwordField()->lineEdit()->isEnabled());
        QVERIFY(!page->createButton()->isEnabled());
        QVERIFY(created.wait(10000));
        auto vault = created.at(0).at(0).value<std::shared_ptr<OpenVault>>();
        QVERIFY(vault);
        QCOMPARE(vault->path(), m_dir.filePath(QStringLiteral("sub/new.twofold")));
        QVERIFY(page->passwordField()->isEmpty()); // nothing left in the fields
        QVERIFY(page->confirmField()->isEmpty());
        vault.reset(); // releases the lock
        QVERIFY(OpenVault::open(m_dir.filePath(QStringLiteral("sub/new.twofold")),
                                pw("correct horse battery staple mango"), OpenMode::ReadOnly)
                    .ok());
    }

    void failureIsASentenceAndKeepsTheForm()
    {
        // A folder where the file should go: creation fails after the checks on screen.
        auto page = makePage(QStringLiteral("racing.twofold"));
        QTest::keyClicks(page->passwordField()->lineEdit(), kGood);
        QTest::keyClicks(page->confirmField()->lineEdit(), kGood);
        QVERIFY(page->createButton()->isEnabled());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("racing.twofold"))); // appears meanwhile
        QSignalSpy failed(page->controller(), &CreateVaultController::failed);
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
        QVERIFY(!page->message().isEmpty());
        QCOMPARE(page->message(), failed.at(0).at(0).value<Error>().message);
        QVERIFY(!page->passwordField()->isEmpty()); // nothing lost: retry or choose elsewhere
    }
    void tabGoesFromThePasswordToTypingItAgain()
    {
        auto page = makePage(QStringLiteral("tab.twofold"));
        QApplication::setActiveWindow(page.get());
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->passwordField()->lineEdit()->setFocus();
        QTest::keyClick(page->passwordField()->lineEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->confirmField()->lineEdit()); // not the eye button
        QTest::keyClick(page->confirmField()->lineEdit(), Qt::Key_Tab);
        QVERIFY(!page->confirmField()->isAncestorOf(QApplication::focusWidget())); // its eye button neither
        // The eye button still answers the keyboard: Ctrl+H in the field shows the password.
        page->passwordField()->lineEdit()->setFocus();
        QTest::keySequence(page->passwordField()->lineEdit(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QVERIFY(page->passwordField()->isRevealed());
    }

    void typingItAgainStaysWhereItIsWhileTheHintShrinks()
    {
        // The hint under the bar goes from the rules (two lines) to short verdicts: the row below
        // must not move up under the pointer while a person types.
        auto page = makePage(QStringLiteral("still.twofold"));
        page->resize(520, 420);
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QWidget* confirm = page->confirmField();
        QApplication::processEvents();
        int top = confirm->mapTo(page.get(), QPoint()).y();
        const QString typed = QStringLiteral("correct horse battery staple mango");
        for (QChar c : typed) {
            QTest::keyClicks(page->passwordField()->lineEdit(), QString(c));
            QApplication::processEvents();
            const int now = confirm->mapTo(page.get(), QPoint()).y();
            QVERIFY2(now >= top, qPrintable(QStringLiteral("moved up %1 px after \"%2\"")
                                                .arg(top - now)
                                                .arg(page->passwordField()->lineEdit()->text())));
            top = now;
        }
        page->passwordField()->lineEdit()->clear();
        QTest::keyClicks(page->passwordField()->lineEdit(), QStringLiteral("a"));
        QApplication::processEvents();
        QCOMPARE(confirm->mapTo(page.get(), QPoint()).y(), top);
    }
};

QTEST_MAIN(TestCreateVaultPage)
#include "tst_createvaultpage.moc"
