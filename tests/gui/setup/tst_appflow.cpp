// The whole first-run and sign-in journey through real windows: create a vault on the create
// page, land in the vault window, lock, unlock with a wrong then the right password.
#include "auth/Policy.h"
#include "ui/common/PasswordField.h"
#include "ui/setup/AppFlow.h"
#include "ui/setup/CreateVaultPage.h"
#include "ui/setup/StartWindow.h"
#include "ui/signin/UnlockPage.h"
#include "ui/twofactor/TurnOnTwoFactorDialog.h"
#include "ui/vault/EntryEditorDialog.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/VaultController.h"
#include "unit/vault/VaultFixture.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace twofold;
using namespace twofold::test;

namespace {
const QString kGood = QStringLiteral("correct horse battery staple mango");

// The controls of window a keyboard can reach that a screen reader could not name.
QStringList unnamedControls(QWidget* window)
{
    QStringList unnamed;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(window) ||
            qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    }
    return unnamed;
}
} // namespace

class TestAppFlow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static AppFlow::Options options(const QString& path)
    {
        AppFlow::Options o;
        o.vaultPath = path;
        o.kdfOverride = kFastKdf;
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void firstRunCreatesThenLocksAndUnlocks()
    {
        const QString path = m_dir.filePath(QStringLiteral("first.twofold"));
        AppFlow flow(options(path));
        flow.start();
        QVERIFY(flow.startWindow()->isVisible());
        QVERIFY(flow.startWindow()->isShowingCreate());
        CreateVaultPage* create = flow.startWindow()->createPage();
        QCOMPARE(create->vaultPath(), path);

        QTest::keyClicks(create->passwordField()->lineEdit(), kGood);
        QTest::keyClicks(create->confirmField()->lineEdit(), kGood);
        QSignalSpy offered(&flow, &AppFlow::twoFactorOffered);
        QTest::mouseClick(create->createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 10000);
        QVERIFY(!flow.startWindow()->isVisible());
        MainWindow* window = flow.mainWindow();
        // A new vault: the offer to turn on two-factor sign-in, declined here ("Not now").
        QCOMPARE(offered.count(), 1);
        auto* offer = qobject_cast<TurnOnTwoFactorDialog*>(offered.at(0).at(0).value<QDialog*>());
        QVERIFY(offer && offer->isVisible());
        QTest::mouseClick(offer->notNowButton(), Qt::LeftButton);
        QTRY_VERIFY(window->findChildren<TurnOnTwoFactorDialog*>().isEmpty());
        QCOMPARE(window->entryView()->model()->rowCount(), 0);
        QVERIFY(
            window->controller()->addEntry(fields(QStringLiteral("Mail"), QStringLiteral("ann"), "pw")).ok());

        // Lock (Ctrl+L) goes back to the unlock page for the same file.
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        QSignalSpy locked(&flow, &AppFlow::vaultLocked);
        QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(locked.count(), 1);
        QVERIFY(!flow.mainWindow() || !flow.mainWindow()->isVisible());
        QVERIFY(flow.startWindow()->isVisible());
        QVERIFY(!flow.startWindow()->isShowingCreate());
        UnlockPage* unlock = flow.startWindow()->unlockPage();
        QCOMPARE(unlock->vaultPath(), path);

        // Wrong password: the sentence, and the field ready for retyping.
        QTest::keyClicks(unlock->passwordField()->lineEdit(), QStringLiteral("not it"));
        QTest::mouseClick(unlock->unlockButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!unlock->message().isEmpty(), 10000);
        QCOMPARE(unlock->message(), QStringLiteral("That password is not right for this vault."));
        QVERIFY(flow.startWindow()->isVisible());

        // Right password: the vault window lists what was saved.
        QTest::keyClicks(unlock->passwordField()->lineEdit(), kGood); // replaces the selection
        QTest::keyClick(unlock->passwordField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 10000);
        QCOMPARE(flow.mainWindow()->entryView()->model()->rowCount(), 1);
    }

    void aRequiredPolicyKeepsTheVaultClosedUntilAMethodIsOn()
    {
        // A vault without two-factor sign-in, and an administrator who requires it.
        const QString path = m_dir.filePath(QStringLiteral("required.twofold"));
        QVERIFY(OpenVault::create(path, SecureBuffer::fromUtf8(kGood), kFastKdf).ok());
        AppFlow::Options o = options(path);
        Policy policy;
        policy.twoFactor = TwoFactorRequirement::Required;
        o.policy = policy;
        AppFlow flow(o);
        flow.start();
        UnlockPage* unlock = flow.startWindow()->unlockPage();
        QSignalSpy offered(&flow, &AppFlow::twoFactorOffered);
        QSignalSpy opened(&flow, &AppFlow::vaultOpened);
        QTest::keyClicks(unlock->passwordField()->lineEdit(), kGood);
        QTest::keyClick(unlock->passwordField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(offered.count() == 1, 10000);

        // Right after the password: the setup, and no vault window behind it.
        auto* offer = qobject_cast<TurnOnTwoFactorDialog*>(offered.at(0).at(0).value<QDialog*>());
        QVERIFY(offer && offer->isVisible());
        QVERIFY(!offer->offeredMethods().isEmpty());
        QCOMPARE(offer->notNowButton()->text(), QStringLiteral("&Lock"));
        QVERIFY(flow.mainWindow());
        QVERIFY(!flow.mainWindow()->isVisible());
        QCOMPARE(opened.count(), 0);
        QVERIFY(flow.startWindow()->isVisible());

        // Declining locks the vault again: back to the password, still nothing shown.
        QSignalSpy locked(&flow, &AppFlow::vaultLocked);
        QTest::mouseClick(offer->notNowButton(), Qt::LeftButton);
        QTRY_COMPARE(locked.count(), 1);
        QVERIFY(!flow.mainWindow() || !flow.mainWindow()->isVisible());
        QVERIFY(flow.startWindow()->isVisible());
        QCOMPARE(opened.count(), 0);

        // Escape is declining too: the next sign-in asks again.
        QTest::keyClicks(unlock->passwordField()->lineEdit(), kGood);
        QTest::keyClick(unlock->passwordField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(offered.count() == 2, 10000);
        auto* again = qobject_cast<TurnOnTwoFactorDialog*>(offered.at(1).at(0).value<QDialog*>());
        QVERIFY(again && again->isVisible());
        QTest::keyClick(again, Qt::Key_Escape);
        QTRY_COMPARE(locked.count(), 2);
        QCOMPARE(opened.count(), 0);
    }

    void everyControlHasAName()
    {
        const QString path = m_dir.filePath(QStringLiteral("named.twofold"));
        AppFlow flow(options(path));
        flow.start();
        QCOMPARE(unnamedControls(flow.startWindow()), QStringList()); // create page
        flow.startWindow()->showUnlock(path);
        QCOMPARE(unnamedControls(flow.startWindow()), QStringList());
        flow.startWindow()->showCreate(path);
        CreateVaultPage* create = flow.startWindow()->createPage();
        QTest::keyClicks(create->passwordField()->lineEdit(), kGood);
        QTest::keyClicks(create->confirmField()->lineEdit(), kGood);
        QTest::mouseClick(create->createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 10000);
        MainWindow* window = flow.mainWindow();
        QVERIFY(
            window->controller()->addEntry(fields(QStringLiteral("Mail"), QStringLiteral("ann"), "pw")).ok());
        window->selectEntry(*window->controller()->vault().resolve(QStringLiteral("Mail")));
        QCOMPARE(unnamedControls(window), QStringList());
        EntryEditorDialog* editor = window->editEntry(window->currentEntryId());
        QVERIFY(editor);
        QCOMPARE(unnamedControls(editor), QStringList());
        editor->reject();
    }

    void unlockShowsEntriesAddedThroughTheCore()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.twofold"));
        {
            auto made = OpenVault::create(path, pw("correct horse battery staple mango"), kFastKdf);
            QVERIFY(made.ok());
            for (const char* title : {"Alpha", "Beta", "Gamma", "Delta"})
                QVERIFY((*made)->vault().addEntry(fields(QString::fromUtf8(title))).ok());
            QVERIFY((*made)->save().ok());
        }
        AppFlow flow(options(path));
        flow.start();
        QVERIFY(!flow.startWindow()->isShowingCreate()); // a vault exists: unlock, not create
        UnlockPage* unlock = flow.startWindow()->unlockPage();
        QTest::keyClicks(unlock->passwordField()->lineEdit(), kGood);
        QTest::keyClick(unlock->passwordField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 10000);
        QTableView* view = flow.mainWindow()->entryView();
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Alpha")); // sorted by title
        QTest::keyClicks(flow.mainWindow()->searchField(), QStringLiteral("ta"));
        QCOMPARE(view->model()->rowCount(), 2); // Beta, Delta
    }
};

QTEST_MAIN(TestAppFlow)
#include "tst_appflow.moc"
