// Adding a computer and forgetting one (issue 13), against the real twofold-server on loopback:
// Settings > Security > "Add a computer…" shows the server and the email, and the account key
// with its QR code only after the right master password (a wrong one is refused); the QR code,
// read back with zxing from a grab of the widget, is the twofold://add-computer link, which
// AddComputerLink reads back to the same server, email and key. On a second computer the
// account sign-in page fills from a picture of that code and from the link pasted into the
// key field, and says what is wrong with a damaged link or picture. "Sign out and forget this
// computer…" (through the app: AppFlow, the pane, the confirmation) removes the vault file and
// this vault's secret-store entries, leaves another vault's entries alone, returns to the
// account sign-in page, which asks for the account key again; a local vault is refused.
#include "e2e/server/ServerProcess.h"
#include "gui/preferences/PreferencesFixture.h"

#include "auth/AccountKey.h"
#include "auth/AddComputerLink.h"
#include "auth/ForgetComputer.h"
#include "auth/ServerAccount.h"
#include "otp/OtpUri.h"
#include "otp/QrMatrix.h"
#include "platform/FileSecretStore.h"
#include "ui/account/AccountSignInPage.h"
#include "ui/account/AccountText.h"
#include "ui/account/AddComputerDialog.h"
#include "ui/account/SignOutDialog.h"
#include "ui/common/PasswordField.h"
#include "ui/otp/QrCodeWidget.h"
#include "ui/otp/QrImageDecoder.h"
#include "ui/preferences/SecurityPane.h"
#include "ui/setup/AppFlow.h"
#include "ui/setup/StartWindow.h"
#include "ui/signin/SecondFactorPage.h"
#include "ui/signin/UnlockPage.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/VaultController.h"
#include "vault/OpenVault.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace twofold;
using namespace twofold::test;

Q_DECLARE_METATYPE(std::shared_ptr<twofold::OpenVault>)

namespace {
const char* const kMaster = "violet tractor sings under nine moons";
const QString kEmail = QStringLiteral("ann.lee@example.org");
const QByteArray kOtherVault = QByteArray(16, '\x5a');

Result<SecureBuffer> loadNow(SecretStore& store, const QString& key)
{
    Catcher<Result<SecureBuffer>> loaded;
    store.load(SignInSession::secretStoreService(), key, &store, loaded.callback());
    if (!QTest::qWaitFor([&] { return loaded.done(); }, 10000))
        return Error(ErrorCode::Internal, QStringLiteral("the store did not answer"));
    return std::move(loaded.value());
}
} // namespace

class TestAddComputer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<FileSecretStore> m_store;
    QString m_path;
    QString m_accountKey; // TF1-…
    QString m_qrPicture;  // a PNG of the dialog's QR code
    SecureBuffer m_totpSecret;
    qint64 m_lastStep = 0;

    // A code the server takes for at least the next 30 seconds.
    QString nextCode() { return nextRealTimeCode(m_totpSecret, &m_lastStep); }

    QString serverUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }
    SignInOptions signInOptions() const
    {
        SignInOptions o;
        o.policy = Policy();
        o.secretStore = m_store.get();
        return o;
    }
    // The server-mode vault, opened with the master password (a new account: no second factor).
    std::unique_ptr<OpenVault> signIn(TwoFactorStatus* status)
    {
        SignInSession session(m_path, signInOptions());
        QSignalSpy unlocked(&session, &SignInSession::unlocked);
        if (!session.submitPassword(pw(kMaster)))
            return nullptr;
        if (!QTest::qWaitFor([&] { return unlocked.count() > 0; }, 30000))
            return nullptr;
        *status = session.twoFactorStatus();
        return session.takeVault();
    }
    TwoFactorSettingsOptions settingsOptions() const
    {
        TwoFactorSettingsOptions o;
        o.policy = Policy();
        o.secretStore = m_store.get();
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QByteArray why;
        m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server")),
                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                         QStringLiteral("--insecure-http"), QStringLiteral("--rate-capacity"),
                                         QStringLiteral("1000"), QStringLiteral("--rate-per-second"),
                                         QStringLiteral("100")},
                                        &why);
        QVERIFY2(m_server, why.constData());
        m_store = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
        m_path = m_dir.filePath(QStringLiteral("A/vault.twofold"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("A"))));

        ServerAccountOptions o;
        o.server = ServerEndpoint::forHeaderUrl(serverUrl());
        o.email = kEmail;
        o.vaultPath = m_path;
        o.secretStore = m_store.get();
        o.kdf = kFastKdf;
        ServerAccountCreation creation(std::move(o));
        QSignalSpy created(&creation, &ServerAccountCreation::created);
        QSignalSpy failed(&creation, &ServerAccountCreation::failed);
        QVERIFY(creation.create(pw(kMaster)));
        QTRY_VERIFY_WITH_TIMEOUT(created.count() + failed.count() > 0, 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(created.count(), 1);
        m_accountKey = creation.takeAccountKeyText().toStringUnsafe();
        QVERIFY(AccountKey::parse(m_accountKey).ok());

        // Another vault's entries in the same store: forgetting this one leaves them.
        Catcher<Status> a, b;
        m_store->store(SignInSession::secretStoreService(), accountKeyStoreKey(kOtherVault), pw("other key"),
                       m_store.get(), a.callback());
        m_store->store(SignInSession::secretStoreService(), SignInSession::trustedTokenKey(kOtherVault),
                       pw("other token"), m_store.get(), b.callback());
        QTRY_VERIFY(a.done() && b.done());
        QVERIFY(a.value().ok() && b.value().ok());
    }

    void addComputerShowsTheKeyOnlyAfterThePassword()
    {
        TwoFactorStatus status;
        std::unique_ptr<OpenVault> vault = signIn(&status);
        QVERIFY(vault);
        TwoFactorSettings settings(*vault, status, settingsOptions());
        SecurityPane pane(settings);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.addComputerButton()->isEnabled());
        QTest::mouseClick(pane.addComputerButton(), Qt::LeftButton);
        AddComputerDialog* dialog = pane.addComputerDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->serverLabel()->text(), serverUrl());
        QCOMPARE(dialog->emailLabel()->text(), kEmail);
        QVERIFY(!dialog->isShowingKey());
        QVERIFY(!dialog->accountKeyLabel()->text().contains(QStringLiteral("TF1")));
        QVERIFY(!dialog->qrCode()->isVisible());
        QVERIFY(!dialog->qrCode()->matrix());

        // A wrong password: refused with a sentence, nothing shown.
        QTest::mouseClick(dialog->showKeyButton(), Qt::LeftButton);
        ConfirmPasswordDialog* confirm = answerPassword(dialog, "not the master password at all");
        QVERIFY(confirm);
        QTRY_VERIFY_WITH_TIMEOUT(!confirm->isBusy() && !confirm->message().isEmpty(), 30000);
        QVERIFY(confirm->isVisible());
        QVERIFY(!dialog->isShowingKey());
        QVERIFY(!dialog->qrCode()->matrix());
        // The right one: the key as in the emergency kit, and the QR code.
        QVERIFY(answerPassword(dialog, kMaster));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingKey() || !dialog->message().isEmpty(), 30000);
        QVERIFY2(dialog->isShowingKey(), qPrintable(dialog->message()));
        QCOMPARE(dialog->accountKeyLabel()->text(), m_accountKey);
        QVERIFY(dialog->qrCode()->isVisible());
        QCOMPARE(dialog->focusWidget(), dialog->accountKeyLabel()); // the keyboard lands on what was shown

        // What a phone camera or a screenshot would read: zxing on a grab of the widget.
        const QImage grab = dialog->qrCode()->grab().toImage();
        Result<SecureBuffer> decoded = decodeQrImage(grab);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        QVERIFY(decoded->toStringUnsafe().startsWith(QStringLiteral("twofold://add-computer?")));
        Result<AddComputerLink> link = AddComputerLink::parse(decoded->toStringUnsafe());
        QVERIFY2(link.ok(), link.ok() ? "" : qPrintable(link.error().message));
        QCOMPARE(link->server, QUrl(serverUrl()));
        QCOMPARE(link->email, kEmail);
        QVERIFY(link->key.equals(*AccountKey::parse(m_accountKey)));
        m_qrPicture = m_dir.filePath(QStringLiteral("add-computer.png"));
        QVERIFY(grab.save(m_qrPicture));

        // Hide key, then closing: nothing of the key is left in the dialog.
        QTest::mouseClick(dialog->showKeyButton(), Qt::LeftButton);
        QVERIFY(!dialog->isShowingKey());
        QVERIFY(!dialog->accountKeyLabel()->text().contains(QStringLiteral("TF1")));
        QVERIFY(!dialog->qrCode()->matrix());
        QVERIFY(!dialog->qrCode()->isVisible());
        // Shown again (the password again), then closed with Escape.
        QTest::mouseClick(dialog->showKeyButton(), Qt::LeftButton);
        QVERIFY(answerPassword(dialog, kMaster));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingKey(), 30000);
        QPointer<AddComputerDialog> guard(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!guard); // deleted on close, the key wiped first
    }

    void signInPageFillsFromAPictureOrAPastedLink()
    {
        QVERIFY(!m_qrPicture.isEmpty());
        if (!canDecodeQrImages())
            QSKIP("this build has no QR reader");
        {
            AccountSignInPage page;
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.readImageButton()->isVisible());
            QVERIFY(page.readImageButton()->focusPolicy() & Qt::TabFocus);
            QVERIFY(page.readKeyFromImage(m_qrPicture));
            QCOMPARE(page.serverField()->text(), serverUrl());
            QCOMPARE(page.emailField()->text(), kEmail);
            QCOMPARE(page.accountKeyField()->text(), m_accountKey);
            QVERIFY(page.message().isEmpty());
            QVERIFY(page.bannerText().contains(QStringLiteral("filled in")));
            QCOMPARE(page.focusWidget(), page.passwordField()->lineEdit()); // what is left to type
        }
        {
            // Pictures that are not the code: each a sentence, nothing filled.
            AccountSignInPage page;
            page.show();
            const QString blank = m_dir.filePath(QStringLiteral("blank.png"));
            QImage white(200, 200, QImage::Format_RGB32);
            white.fill(Qt::white);
            QVERIFY(white.save(blank));
            QVERIFY(!page.readKeyFromImage(blank));
            QCOMPARE(page.message(), QStringLiteral("No QR code was found in the picture."));
            const QString otpauth = m_dir.filePath(QStringLiteral("otpauth.png"));
            Result<otp::QrMatrix> matrix = otp::QrMatrix::encode(
                QByteArrayLiteral("otpauth://totp/Example:ann?secret=JBSWY3DPEHPK3PXP"));
            QVERIFY(matrix.ok());
            QVERIFY(QrCodeWidget::renderImage(*matrix, 6).save(otpauth));
            QVERIFY(!page.readKeyFromImage(otpauth));
            QCOMPARE(page.message(), AccountText::pictureNotAddComputerCode());
            QVERIFY(!page.readKeyFromImage(m_dir.filePath(QStringLiteral("nowhere.png"))));
            QCOMPARE(page.message(),
                     AccountText::pictureUnreadable(m_dir.filePath(QStringLiteral("nowhere.png"))));
            QVERIFY(page.serverField()->text().isEmpty());
            QVERIFY(page.accountKeyField()->text().isEmpty());
        }
        const QString link = QString::fromUtf8(
            AddComputerLink::build(QUrl(serverUrl()), kEmail, *AccountKey::parse(m_accountKey)).view());
        {
            // The whole link pasted into the key field.
            AccountSignInPage page;
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QGuiApplication::clipboard()->setText(link);
            page.accountKeyField()->setFocus();
            QTest::keySequence(page.accountKeyField(), QKeySequence::Paste);
            QGuiApplication::clipboard()->clear();
            QCOMPARE(page.accountKeyField()->text(), m_accountKey);
            QCOMPARE(page.serverField()->text(), serverUrl());
            QCOMPARE(page.emailField()->text(), kEmail);
        }
        {
            // A damaged link (a letter of the key changed): a sentence, and nothing else is filled.
            AccountSignInPage page;
            page.show();
            QString damaged = link;
            const qsizetype at = damaged.lastIndexOf(QStringLiteral("key=TF1-")) + 8;
            damaged[at] = damaged[at] == u'A' ? u'B' : u'A';
            QTest::keyClicks(page.emailField(), QStringLiteral("someone@example.org"));
            QTest::keyClicks(page.passwordField()->lineEdit(), QString::fromUtf8(kMaster));
            page.accountKeyField()->setText(damaged);
            QVERIFY(!page.signInButton()->isEnabled());
            QCOMPARE(page.emailField()->text(), QStringLiteral("someone@example.org"));
            QVERIFY(page.serverField()->text().isEmpty());
            QVERIFY2(page.blockReason().contains(QStringLiteral("emergency kit")),
                     qPrintable(page.blockReason()));
            QVERIFY(!page.fillFromLink(damaged));
            QVERIFY2(page.message().contains(QStringLiteral("emergency kit")), qPrintable(page.message()));
            // Not a link at all.
            QVERIFY(!page.fillFromLink(
                QStringLiteral("twofold://add-computer?server=ftp%3A%2F%2Fx&email=a%40b&key=x")));
            QVERIFY2(page.message().contains(QStringLiteral("not a web address")),
                     qPrintable(page.message()));
        }
    }

    void localVaultIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("local.twofold"));
        Result<std::unique_ptr<OpenVault>> local = OpenVault::create(path, pw(kMaster), kFastKdf);
        QVERIFY(local.ok());
        QVERIFY(!checkCanForgetComputer((*local)->header()).ok());
        TwoFactorSettings settings(**local, TwoFactorStatus(), settingsOptions());
        SecurityPane pane(settings);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.addComputerButton()->isEnabled());
        QVERIFY(!pane.signOutButton()->isEnabled());
        QSignalSpy requested(&pane, &SecurityPane::signOutRequested);
        pane.signOutAndForget();
        QCOMPARE(pane.messageText(), checkCanForgetComputer((*local)->header()).error().message);
        QVERIFY(pane.messageText().contains(QStringLiteral("on this computer only")));
        pane.addComputer();
        QCOMPARE(pane.messageText(), AccountText::addComputerLocalVault());
        QVERIFY(!pane.addComputerDialog());
        QCOMPARE(requested.count(), 0);
        QVERIFY(QFile::exists(path));
    }

    // Two-factor sign-in on, and this computer remembered (its token in the store, its record
    // on the server, under the host name every sign-in here gives by default).
    void rememberThisComputer()
    {
        TwoFactorStatus status;
        std::unique_ptr<OpenVault> vault = signIn(&status);
        QVERIFY(vault);
        {
            TwoFactorSettings settings(*vault, status, settingsOptions());
            confirm(settings, kMaster);
            Result<AuthenticatorSetup> setup = settings.beginAuthenticator();
            QVERIFY(setup.ok());
            Result<otp::OtpParams> params = otp::parseUri(setup->uri);
            QVERIFY(params.ok());
            m_totpSecret = params->secret.clone();
            Catcher<Result<TwoFactorSettings::RecoveryCodes>> codes;
            settings.confirmAuthenticator(pw(nextCode()), codes.callback());
            QTRY_VERIFY_WITH_TIMEOUT(codes.done(), 20000);
            QVERIFY2(codes.value().ok(), codes.value().ok() ? "" : qPrintable(codes.value().error().message));
        }
        const QByteArray vaultId = vault->header().vaultId;
        vault.reset();
        SignInSession session(m_path, signInOptions());
        QVERIFY(session.submitPassword(pw(kMaster)));
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy() && session.state() != SignInSession::State::NeedPassword,
                                 30000);
        QCOMPARE(session.state(), SignInSession::State::NeedSecondFactor);
        QSignalSpy unlocked(&session, &SignInSession::unlocked);
        QVERIFY(session.submitCode(pw(nextCode()), /*remember*/ true));
        QTRY_VERIFY_WITH_TIMEOUT(unlocked.count() == 1, 30000);
        QVERIFY(loadNow(*m_store, SignInSession::trustedTokenKey(vaultId)).ok());
    }

    // Signing out without giving the password: it goes ahead, saying the server still
    // remembers this computer (the pane only asks; AppFlow removes the files).
    void signOutWithoutThePasswordSaysTheRecordStays()
    {
        TwoFactorStatus status;
        std::unique_ptr<OpenVault> vault = signIn(&status); // remembered: no code asked
        QVERIFY(vault);
        TwoFactorSettings settings(*vault, status, settingsOptions());
        SecurityPane pane(settings);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy requested(&pane, &SecurityPane::signOutRequested);
        QTest::mouseClick(pane.signOutButton(), Qt::LeftButton);
        QTRY_VERIFY(pane.signOutDialog() && pane.signOutDialog()->isVisible());
        QTest::mouseClick(pane.signOutDialog()->forgetButton(), Qt::LeftButton);
        ConfirmPasswordDialog* password = nullptr;
        QTRY_VERIFY((password = openDialog<ConfirmPasswordDialog>(&pane)) != nullptr);
        QVERIFY(!pane.signOutButton()->isEnabled()); // one sign-out at a time
        QTest::mouseClick(password->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(requested.count(), 1);
        const QString notice = requested.at(0).at(0).toString();
        QVERIFY2(notice.contains(QStringLiteral("could not be told")) &&
                     notice.contains(AccountText::passwordNotGiven()),
                 qPrintable(notice));
        QVERIFY(QFile::exists(m_path)); // the pane removes nothing itself
    }

    // Last: it removes the vault this computer has.
    void signOutAndForgetThroughTheApp()
    {
        AppFlow::Options o;
        o.vaultPath = m_path;
        o.kdfOverride = kFastKdf;
        o.policy = Policy();
        o.secretStore = m_store.get();
        o.trayIcon = false;
        AppFlow flow(o);
        flow.start();
        UnlockPage* unlock = flow.startWindow()->unlockPage();
        QTest::keyClicks(unlock->passwordField()->lineEdit(), QString::fromUtf8(kMaster));
        QTest::keyClick(unlock->passwordField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(),
                                  qPrintable(unlock->message()), 30000);
        // A change made here that no sync has sent: the confirmation counts it.
        EntryFields fields;
        fields.title = QStringLiteral("Bank");
        QVERIFY(flow.mainWindow()->controller()->addEntry(std::move(fields)).ok());
        flow.mainWindow()->controller()->waitForSave();
        QVERIFY(QFile::exists(m_path + QStringLiteral(".bak")));
        const QByteArray vaultId = flow.mainWindow()->controller()->openVault().header().vaultId;

        PreferencesDialog* preferences = flow.showPreferences(true);
        QVERIFY(preferences);
        SecurityPane* pane = preferences->securityPane();
        QVERIFY(pane);
        QVERIFY(pane->signOutButton()->isEnabled());
        QSignalSpy signedOut(&flow, &AppFlow::signedOut);
        // Asked first, before any password (signing out works offline too).
        QTest::mouseClick(pane->signOutButton(), Qt::LeftButton);
        QTRY_VERIFY(pane->signOutDialog() && pane->signOutDialog()->isVisible());
        QVERIFY(!openDialog<ConfirmPasswordDialog>(preferences));
        SignOutDialog* ask = pane->signOutDialog();
        QVERIFY2(ask->text().contains(kEmail) &&
                     ask->text().contains(QStringLiteral("other computers are not touched")),
                 qPrintable(ask->text()));
        QVERIFY(ask->pendingChanges() >= 1);
        QVERIFY2(ask->warningText().contains(QString::number(ask->pendingChanges())),
                 qPrintable(ask->warningText()));
        QVERIFY(ask->cancelButton()->isDefault()); // Enter does not forget
        // Cancel keeps everything.
        QTest::mouseClick(ask->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!pane->signOutDialog());
        QVERIFY(QFile::exists(m_path));
        QVERIFY(flow.mainWindow());
        // Again, and forget: this computer is remembered, so the password is asked to revoke it.
        QTest::mouseClick(pane->signOutButton(), Qt::LeftButton);
        QTRY_VERIFY(pane->signOutDialog() && pane->signOutDialog()->isVisible());
        QTest::mouseClick(pane->signOutDialog()->forgetButton(), Qt::LeftButton);
        QVERIFY(answerPassword(preferences, kMaster));
        QTRY_VERIFY_WITH_TIMEOUT(signedOut.count() == 1, 30000);

        QVERIFY(!flow.mainWindow());
        QVERIFY(!QFile::exists(m_path));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".bak")));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".lock")));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("A"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList());
        QCOMPARE(loadNow(*m_store, accountKeyStoreKey(vaultId)).error().code, ErrorCode::NotFound);
        QCOMPARE(loadNow(*m_store, SignInSession::trustedTokenKey(vaultId)).error().code,
                 ErrorCode::NotFound);
        // Another vault's entries are still there.
        QVERIFY(loadNow(*m_store, accountKeyStoreKey(kOtherVault))->equals(QByteArrayView("other key")));
        QVERIFY(loadNow(*m_store, SignInSession::trustedTokenKey(kOtherVault))
                    ->equals(QByteArrayView("other token")));

        // Back at the start: the account sign-in page, which asks for the account key again.
        QVERIFY(flow.startWindow()->isVisible());
        AccountSignInPage* page = flow.startWindow()->accountSignInPage();
        QCOMPARE(flow.startWindow()->currentPage(), page);
        QVERIFY2(page->bannerText().contains(QStringLiteral("signed out")), qPrintable(page->bannerText()));
        QVERIFY2(!page->bannerText().contains(QStringLiteral("could not")), qPrintable(page->bannerText()));
        QCOMPARE(page->serverField()->text(), serverUrl());
        QCOMPARE(page->emailField()->text(), kEmail);
        QTest::keyClicks(page->passwordField()->lineEdit(), QString::fromUtf8(kMaster));
        QVERIFY(page->isAskingForAccountKey());
        QVERIFY(!page->signInButton()->isEnabled());
        QCOMPARE(page->blockReason(), AccountText::enterAccountKey());
        // With the key it signs in again: the account and the server were not touched.
        QSignalSpy opened(flow.startWindow(), &StartWindow::vaultOpened);
        QTest::keyClicks(page->accountKeyField(), m_accountKey);
        QVERIFY2(page->signInButton()->isEnabled(), qPrintable(page->blockReason()));
        QTest::mouseClick(page->signInButton(), Qt::LeftButton);
        // Not remembered any more: the code is asked.
        QTRY_VERIFY_WITH_TIMEOUT(page->isShowingSecondFactor() || !page->message().isEmpty(), 30000);
        QVERIFY2(page->isShowingSecondFactor(), qPrintable(page->message()));
        SecondFactorPage* code = page->secondFactorPage();
        code->rememberBox()->setChecked(false);
        QTest::keyClicks(code->codeField(), nextCode());
        QTest::keyClick(code->codeField(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(opened.count() == 1, qPrintable(code->message()), 30000);
        QVERIFY(QFile::exists(m_path));
        // The server no longer lists this computer among the remembered ones.
        QTRY_VERIFY_WITH_TIMEOUT(flow.twoFactorSettings() != nullptr, 10000);
        confirm(*flow.twoFactorSettings(), kMaster);
        QVERIFY(flow.twoFactorSettings()->status().trustedComputers.isEmpty());
    }
};

QTEST_MAIN(TestAddComputer)
#include "tst_addcomputer.moc"
