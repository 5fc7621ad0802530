// The server-account pages before anything is sent (issue 12): what a server address and an
// email must be, with the sentence for each mistake; the create and sign-in forms say what is
// missing in the order of their fields and keep their button off until nothing is; the account
// key is asked only when the sign-in says this computer lacks it; every field is reached by Tab
// in order and named; the first-run page leads to the server pages and back.
#include "gui/LayoutCheck.h"

#include "auth/AccountKey.h"
#include "ui/account/AccountSignInPage.h"
#include "ui/account/AccountText.h"
#include "ui/account/CreateAccountPage.h"
#include "ui/account/ServerChoicePage.h"
#include "ui/common/PasswordField.h"
#include "ui/common/StrengthMeter.h"
#include "ui/setup/CreateVaultPage.h"
#include "ui/setup/StartWindow.h"
#include "unit/vault/VaultFixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace twofold;
using namespace twofold::test;

namespace {
const QString kGood = QStringLiteral("correct horse battery staple mango");
const QString kServer = QStringLiteral("https://sign-in.example.org");

void type(QLineEdit* field, const QString& text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

// The focus chain from first, by Tab, as the widgets it lands on.
QList<QWidget*> tabChain(QWidget* first, int steps)
{
    QList<QWidget*> chain{first};
    first->setFocus();
    for (int i = 0; i < steps; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        chain << QApplication::focusWidget();
    }
    return chain;
}
} // namespace

class TestAccountPages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void serverAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");      // what is used, when accepted
        QTest::addColumn<QString>("sentence"); // the start of the refusal, when refused
        QTest::newRow("no scheme means https") << "sign-in.example.org" << kServer << "";
        QTest::newRow("trailing slash dropped") << "https://sign-in.example.org/" << kServer << "";
        QTest::newRow("case, port and prefix") << "HTTPS://Sign-In.Example.org:8443/twofold/"
                                               << "https://sign-in.example.org:8443/twofold"
                                               << "";
        QTest::newRow("spaces around") << "  https://sign-in.example.org  " << kServer << "";
        QTest::newRow("http to loopback") << "http://127.0.0.1:8443"
                                          << "http://127.0.0.1:8443"
                                          << "";
        QTest::newRow("http to localhost") << "http://localhost:8443"
                                           << "http://localhost:8443"
                                           << "";
        QTest::newRow("http to ::1") << "http://[::1]:8443"
                                     << "http://[::1]:8443"
                                     << "";
        QTest::newRow("http to another computer") << "http://sign-in.example.org"
                                                  << ""
                                                  << "The server address must start with https://: codes";
        QTest::newRow("http to a look-alike of loopback")
            << "http://127.0.0.1.example.org"
            << ""
            << "The server address must start with https://: codes";
        QTest::newRow("another scheme") << "ftp://sign-in.example.org"
                                        << ""
                                        << "The server address must start with https://, not ftp://.";
        QTest::newRow("empty") << "   "
                               << ""
                               << "Enter the address of your Twofold server";
        QTest::newRow("user and password") << "https://jo:secret@sign-in.example.org"
                                           << ""
                                           << "Leave the user name and password out";
        QTest::newRow("query") << "https://sign-in.example.org/?team=1"
                               << ""
                               << "The server address cannot have";
        QTest::newRow("fragment") << "https://sign-in.example.org/#x"
                                  << ""
                                  << "The server address cannot have";
        QTest::newRow("space inside") << "sign in.example.org"
                                      << ""
                                      << "A server address has no spaces";
        QTest::newRow("no host") << "https://"
                                 << ""
                                 << "\"https://\" is not a server address";
        QTest::newRow("port too large") << "https://sign-in.example.org:99999"
                                        << ""
                                        << "\"https://sign-in.example.org:99999\" is not a server address";
        QTest::newRow("port zero") << "https://sign-in.example.org:0"
                                   << ""
                                   << "The port in";
    }
    void serverAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QFETCH(QString, sentence);
        const Result<QUrl> parsed = AccountText::parseServerAddress(typed);
        if (sentence.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
            QCOMPARE(parsed->toString(), url);
        } else {
            QVERIFY2(!parsed.ok(), qPrintable(typed));
            QVERIFY2(parsed.error().message.startsWith(sentence), qPrintable(parsed.error().message));
            QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        }
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("good") << "jo.lee@example.com"
                              << "";
        QTest::newRow("spaces around") << " jo@example.com "
                                       << "";
        QTest::newRow("empty") << ""
                               << "Enter your email address: it is your account's name on the server.";
        QTest::newRow("no at")
            << "jo.example.com"
            << "\"jo.example.com\" is not an email address: it should look like name@example.com.";
        QTest::newRow("no domain")
            << "jo@"
            << "\"jo@\" is not an email address: it should look like name@example.com.";
        QTest::newRow("two dots") << "jo..lee@example.com"
                                  << "\"jo..lee@example.com\" is not an email address: it should look like "
                                     "name@example.com.";
        QTest::newRow("not latin") << "jö@example.com"
                                   << "\"jö@example.com\" has letters Twofold cannot send to";
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(QString, sentence);
        const QString problem = AccountText::emailProblem(email);
        if (sentence.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.startsWith(sentence), qPrintable(problem));
    }

    void createSaysWhatIsMissingInOrder_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("again");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nothing") << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "new.twofold"
                                 << "Enter the address of your Twofold server";
        QTest::newRow("plain http") << "http://sign-in.example.org"
                                    << "jo@example.com" << kGood << kGood << "new.twofold"
                                    << "The server address must start with https://";
        QTest::newRow("bad email") << kServer << "jo" << kGood << kGood << "new.twofold"
                                   << "\"jo\" is not an email";
        QTest::newRow("no password") << kServer << "jo@example.com"
                                     << ""
                                     << ""
                                     << "new.twofold"
                                     << "Choose a master password.";
        QTest::newRow("common password") << kServer << "jo@example.com"
                                         << "password1"
                                         << "password1"
                                         << "new.twofold"
                                         << "Choose a stronger master password";
        QTest::newRow("not again") << kServer << "jo@example.com" << kGood << ""
                                   << "new.twofold"
                                   << "Type the master password again";
        QTest::newRow("differ") << kServer << "jo@example.com" << kGood << kGood + u'!' << "new.twofold"
                                << "The two passwords do not match.";
        QTest::newRow("file there") << kServer << "jo@example.com" << kGood << kGood << "taken.twofold"
                                    << "There is already a file at";
        QTest::newRow("all good") << kServer << "jo@example.com" << kGood << kGood << "new.twofold"
                                  << "";
    }
    void createSaysWhatIsMissingInOrder()
    {
        QFETCH(QString, server);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, again);
        QFETCH(QString, file);
        QFETCH(QString, reason);
        writeAll(m_dir.filePath(QStringLiteral("taken.twofold")), "something");
        CreateAccountPage page;
        page.show();
        type(page.serverField(), server);
        type(page.emailField(), email);
        QTest::keyClicks(page.passwordField()->lineEdit(), password);
        QTest::keyClicks(page.confirmField()->lineEdit(), again);
        type(page.locationField(), m_dir.filePath(file));
        if (reason.isEmpty()) {
            QCOMPARE(page.blockReason(), QString());
            QVERIFY(page.createButton()->isEnabled());
            QCOMPARE(page.serverUrl()->toString(), kServer);
            QCOMPARE(page.email(), email);
            return;
        }
        QVERIFY2(page.blockReason().startsWith(reason), qPrintable(page.blockReason()));
        QVERIFY(!page.createButton()->isEnabled());
        QTest::keyClick(page.confirmField()->lineEdit(), Qt::Key_Return); // Enter does not get past it
        QVERIFY(!page.isBusy());
    }

    void createPageIsReachedByTabInOrder()
    {
        CreateAccountPage page;
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        type(page.serverField(), kServer);
        type(page.emailField(), QStringLiteral("jo@example.com"));
        QTest::keyClicks(page.passwordField()->lineEdit(), kGood);
        QTest::keyClicks(page.confirmField()->lineEdit(), kGood);
        type(page.locationField(), m_dir.filePath(QStringLiteral("tab.twofold")));
        const QList<QWidget*> expected{page.serverField(),
                                       page.emailField(),
                                       page.passwordField()->lineEdit(),
                                       page.confirmField()->lineEdit(),
                                       page.locationField(),
                                       page.chooseButton(),
                                       page.createButton(),
                                       page.backButton()};
        QCOMPARE(tabChain(page.serverField(), int(expected.size()) - 1), expected);
        for (QWidget* w : expected)
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        // The labels' mnemonics reach their fields.
        QTest::keyClick(&page, Qt::Key_E, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), page.emailField());
        QTest::keyClick(&page, Qt::Key_V, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), page.serverField());
    }

    void signInSaysWhatIsMissingAndAsksForTheKeyBeforeTheCode()
    {
        AccountSignInPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.blockReason().startsWith(QStringLiteral("Enter the address of your Twofold server")));
        type(page.serverField(), QStringLiteral("http://sign-in.example.org"));
        QVERIFY(page.blockReason().startsWith(QStringLiteral("The server address must start with https://")));
        type(page.serverField(), kServer);
        type(page.emailField(), QStringLiteral("jo"));
        QVERIFY(page.blockReason().startsWith(QStringLiteral("\"jo\" is not an email address")));
        type(page.emailField(), QStringLiteral("jo@example.com"));
        QCOMPARE(page.blockReason(), QStringLiteral("Enter your master password."));
        QTest::keyClicks(page.passwordField()->lineEdit(), kGood);
        type(page.locationField(), m_dir.filePath(QStringLiteral("signin.twofold")));
        // A computer with no vault file for the account: the key is asked now, before the
        // code, so the sign-in never starts over for it.
        QVERIFY(page.isAskingForAccountKey());
        QVERIFY(page.accountKeyField()->isVisible());
        QCOMPARE(page.blockReason(), AccountText::enterAccountKey());
        QVERIFY(!page.signInButton()->isEnabled());
        // What is typed there must be a key, with the core's sentence for each mistake.
        QTest::keyClicks(page.accountKeyField(), QStringLiteral("TF1-ABCDE"));
        QVERIFY2(page.blockReason().startsWith(QStringLiteral("An account key has")),
                 qPrintable(page.blockReason()));
        QVERIFY(!page.signInButton()->isEnabled());
        type(page.accountKeyField(), QStringLiteral("TF1-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAA0"));
        QVERIFY2(page.blockReason().startsWith(QStringLiteral("An account key has only the letters")),
                 qPrintable(page.blockReason()));
        QVERIFY(page.blockReason().contains(QStringLiteral("the letter O")));
        type(page.accountKeyField(), QStringLiteral("TF1-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"));
        QVERIFY2(page.blockReason().startsWith(QStringLiteral("This account key has a typo")),
                 qPrintable(page.blockReason()));
        page.accountKeyField()->clear();
        QCOMPARE(page.blockReason(), AccountText::enterAccountKey());
        type(page.accountKeyField(),
             AccountKey::generate().text().toStringUnsafe().toLower()); // as people type
        QCOMPARE(page.blockReason(), QString());
        QVERIFY(page.signInButton()->isEnabled());

        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const QList<QWidget*> expected{
            page.serverField(),     page.emailField(),      page.passwordField()->lineEdit(),
            page.accountKeyField(), page.readImageButton(), page.locationField(),
            page.chooseButton(),    page.signInButton(),    page.backButton()};
        QCOMPARE(tabChain(page.serverField(), int(expected.size()) - 1), expected);
        for (QWidget* w : expected)
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        QTest::keyClick(&page, Qt::Key_K, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), page.accountKeyField());
    }

    void firstRunLeadsToTheServerPagesAndBack()
    {
        StartWindow window;
        window.setServerAddress(kServer);
        window.showCreate(m_dir.filePath(QStringLiteral("first.twofold")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createPage()->useServerButton()->isVisible());
        QVERIFY(!window.createPage()->useServerButton()->accessibleName().isEmpty());
        QTest::mouseClick(window.createPage()->useServerButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), window.serverChoicePage());

        QTest::mouseClick(window.serverChoicePage()->createButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), window.createAccountPage());
        QCOMPARE(window.createAccountPage()->serverField()->text(), kServer); // from the policy
        QVERIFY(!window.createAccountPage()->vaultPath().isEmpty());
        QVERIFY(!QFileInfo::exists(window.createAccountPage()->vaultPath())); // never a file that exists
        QTest::mouseClick(window.createAccountPage()->backButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), window.serverChoicePage());

        QTest::mouseClick(window.serverChoicePage()->signInButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), window.accountSignInPage());
        QCOMPARE(window.accountSignInPage()->serverField()->text(), kServer);
        QStringList problems = layoutProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QTest::mouseClick(window.accountSignInPage()->backButton(), Qt::LeftButton);
        QTest::mouseClick(window.serverChoicePage()->backButton(), Qt::LeftButton);
        QVERIFY(window.isShowingCreate());
        QCOMPARE(window.createPage()->vaultPath(), m_dir.filePath(QStringLiteral("first.twofold")));
    }
};

QTEST_MAIN(TestAccountPages)
#include "tst_accountpages.moc"
