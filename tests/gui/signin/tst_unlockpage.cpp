// UnlockPage: the sentence a person sees for each refusal, and the vault handed over on
// success. Real vault files (tiny KDF parameters), real widgets, waits on signals.
#include "ui/common/PasswordField.h"
#include "ui/signin/UnlockController.h"
#include "ui/signin/UnlockPage.h"
#include "unit/vault/VaultFixture.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace twofold;
using namespace twofold::test;

Q_DECLARE_METATYPE(std::shared_ptr<twofold::OpenVault>)

class TestUnlockPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    // Types password and presses Enter; waits for the attempt to end.
    void typeAndUnlock(UnlockPage& page, const QString& password)
    {
        page.passwordField()->lineEdit()->selectAll();
        QTest::keyClicks(page.passwordField()->lineEdit(), password);
        QSignalSpy busy(page.controller(), &UnlockController::busyChanged);
        QTest::keyClick(page.passwordField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(busy.count() == 2, 10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("mine.twofold"));
        auto made = OpenVault::create(m_path, pw("right horse battery"), kFastKdf);
        QVERIFY(made.ok());
        QVERIFY((*made)->vault().addEntry(fields(QStringLiteral("Mail"), QStringLiteral("ann"), "pw")).ok());
        QVERIFY((*made)->save().ok());
    }

    void wrongPasswordSaysSoAndSelectsTheField()
    {
        UnlockPage page;
        page.setVaultPath(m_path);
        page.show();
        QSignalSpy unlocked(&page, &UnlockPage::unlocked);
        typeAndUnlock(page, QStringLiteral("wrong horse"));
        QCOMPARE(page.message(), QStringLiteral("That password is not right for this vault."));
        QCOMPARE(unlocked.count(), 0);
        QCOMPARE(page.passwordField()->lineEdit()->selectedText(), QStringLiteral("wrong horse"));
        QVERIFY(page.passwordField()->lineEdit()->isEnabled());
    }

    void rightPasswordHandsTheVaultOver()
    {
        UnlockPage page;
        page.setVaultPath(m_path);
        page.show();
        QSignalSpy unlocked(&page, &UnlockPage::unlocked);
        typeAndUnlock(page, QStringLiteral("right horse battery"));
        QCOMPARE(unlocked.count(), 1);
        auto vault = unlocked.at(0).at(0).value<std::shared_ptr<OpenVault>>();
        QVERIFY(vault);
        QCOMPARE(vault->vault().entryCount(), 1);
        QVERIFY(page.message().isEmpty());
        QVERIFY(page.passwordField()->isEmpty()); // nothing left in the field
    }

    void busyWhileTheKdfRuns()
    {
        UnlockPage page;
        page.setVaultPath(m_path);
        page.show();
        QTest::keyClicks(page.passwordField()->lineEdit(), QStringLiteral("right horse battery"));
        QSignalSpy unlocked(&page, &UnlockPage::unlocked);
        page.unlock();
        QVERIFY(page.isBusy());
        QVERIFY(!page.unlockButton()->isEnabled());
        QVERIFY(!page.passwordField()->lineEdit()->isEnabled());
        QVERIFY(unlocked.wait(10000));
        QVERIFY(!page.isBusy());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not a vault") << QByteArray("hello, this is a text file");
        QTest::newRow("truncated") << QByteArray("TWOFOLD\0\1");
        QTest::newRow("missing") << QByteArray();
    }
    void refusals()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("odd-%1.twofold")
                                                .arg(QString::fromLatin1(QTest::currentDataTag())
                                                         .replace(QLatin1Char(' '), QLatin1Char('-'))));
        if (!content.isEmpty())
            writeAll(path, content);
        UnlockPage page;
        page.setVaultPath(path);
        page.show();
        QSignalSpy failed(page.controller(), &UnlockController::failed);
        typeAndUnlock(page, QStringLiteral("whatever"));
        QCOMPARE(failed.count(), 1);
        const Error error = failed.at(0).at(0).value<Error>();
        QVERIFY(error.code != ErrorCode::WrongPassword);
        QCOMPARE(page.message(), error.message); // the core's sentence, never a code
        QVERIFY(!page.message().isEmpty());
        QVERIFY(!page.message().contains(QString::number(int(error.code))));
    }

    void twoFactorVaultSaysTheCodeComesNext()
    {
        const QString path = m_dir.filePath(QStringLiteral("twofactor.twofold"));
        {
            auto made = OpenVault::create(path, pw("right horse battery"), kFastKdf);
            QVERIFY(made.ok());
            const SecureBuffer share = pw("0123456789abcdef0123456789abcdef");
            QVERIFY((*made)->changePassword(pw("right horse battery"), kFastKdf, &share).ok());
        }
        UnlockPage page;
        page.setVaultPath(path);
        page.show();
        typeAndUnlock(page, QStringLiteral("right horse battery"));
        QVERIFY2(page.message().contains(QStringLiteral("two-factor sign-in")), qPrintable(page.message()));
        QVERIFY(page.message().contains(QStringLiteral("next version")));
    }
};

QTEST_MAIN(TestUnlockPage)
#include "tst_unlockpage.moc"
