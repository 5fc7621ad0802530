// A Twofold server account from the desktop, end to end (issue 12), against the real
// twofold-server on loopback (--insecure-http, SQLite in a temporary folder): the first-run
// page → "Use a Twofold server" → Create an account; the emergency kit shows the account key
// the server never sees, its PDF holds it, Finish opens the new server-mode vault;
// Preferences > Security says the server checks the codes and offers no delivery settings;
// the authenticator is turned on (the server checks its code); on a second computer (another
// secret store, no vault file) "Sign in to an account" asks for the code on the shared code
// page, with the account key asked before the code (no restart), then opens the vault it builds
// from the server's keyset; that computer, remembered, is listed by name and revoked with its
// row's Revoke button; on computer A the change-password dialog changes the master password on
// the server (the old one is refused) and the app-password dialog makes an app password that
// opens the file with the account key and not without it. TOTP codes are computed for real time, each for a
// later step than the last.
#include "e2e/server/ServerProcess.h"
#include "gui/account/PdfText.h"
#include "gui/preferences/PreferencesFixture.h"

#include "auth/AccountKey.h"
#include "ui/account/AccountSignInPage.h"
#include "ui/account/CreateAccountPage.h"
#include "ui/account/EmergencyKitDialog.h"
#include "ui/account/ServerChoicePage.h"
#include "ui/common/PasswordField.h"
#include "ui/preferences/AppPasswordDialog.h"
#include "ui/preferences/ChangeMasterPasswordDialog.h"
#include "ui/preferences/InlineConfirmation.h"
#include "ui/preferences/SecurityPane.h"
#include "ui/setup/CreateVaultPage.h"
#include "ui/setup/StartWindow.h"
#include "ui/signin/SecondFactorPage.h"
#include "ui/signin/UnlockPage.h"
#include "vault/VaultFile.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace twofold;
using namespace twofold::test;

Q_DECLARE_METATYPE(std::shared_ptr<twofold::OpenVault>)

namespace {
const QString kMaster = QStringLiteral("violet tractor sings under nine moons");
const QString kEmail = QStringLiteral("ann.lee@example.org");

void type(QLineEdit* field, const QString& text)
{
    field->clear();
    QTest::keyClicks(field, text);
}
} // namespace

class TestServerAccountE2e : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<FileSecretStore> m_storeA;
    std::unique_ptr<FileSecretStore> m_storeB;
    std::shared_ptr<OpenVault> m_vaultA;
    TwoFactorStatus m_statusA;
    QString m_accountKey;
    SecureBuffer m_totpSecret;
    qint64 m_lastStep = 0;

    QString serverUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }
    SignInOptions options(SecretStore* store, const QString& computer) const
    {
        SignInOptions o;
        o.policy = Policy();
        o.secretStore = store;
        o.computerName = computer;
        return o;
    }
    // A code the server takes for at least the next 30 seconds.
    QString nextCode() { return nextRealTimeCode(m_totpSecret, &m_lastStep); }

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
        m_storeA = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("computer A secrets")));
        m_storeB = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("computer B secrets")));
    }

    void createAccountFromTheFirstRunPage()
    {
        StartWindow window;
        window.setSignInOptions(options(m_storeA.get(), QStringLiteral("Ann's desktop")));
        window.createAccountPage()->setKdfOverride(kFastKdf);
        window.showCreate(m_dir.filePath(QStringLiteral("local.twofold")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.createPage()->useServerButton(), Qt::LeftButton);
        QTest::mouseClick(window.serverChoicePage()->createButton(), Qt::LeftButton);
        CreateAccountPage* page = window.createAccountPage();
        QCOMPARE(window.currentPage(), page);
        const QString path = m_dir.filePath(QStringLiteral("A/vault.twofold"));
        type(page->serverField(), serverUrl());
        type(page->emailField(), kEmail);
        QTest::keyClicks(page->passwordField()->lineEdit(), kMaster);
        QTest::keyClicks(page->confirmField()->lineEdit(), kMaster);
        type(page->locationField(), path);
        QVERIFY2(page->createButton()->isEnabled(), qPrintable(page->blockReason()));
        QSignalSpy opened(&window, &StartWindow::vaultOpened);
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        QVERIFY(page->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(page->kitDialog() != nullptr || !page->message().isEmpty(), 30000);
        QVERIFY2(page->kitDialog(), qPrintable(page->message()));
        EmergencyKitDialog* kit = page->kitDialog();
        m_accountKey = kit->accountKeyLabel()->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^TF1(-[A-Z2-7]{5}){8}$")).match(m_accountKey).hasMatch(),
                 qPrintable(m_accountKey));
        QCOMPARE(kit->serverLabel()->text(), serverUrl());
        QCOMPARE(kit->emailLabel()->text(), kEmail);
        QVERIFY(AccountKey::parse(m_accountKey).ok());
        // The server never received it: its database does not hold the key's bytes.
        const SecureBuffer keyBytes = AccountKey::parse(m_accountKey)->bytes().clone();
        for (const QString& file : QDir(m_dir.filePath(QStringLiteral("server"))).entryList(QDir::Files)) {
            const QByteArray stored = [&] {
                QFile f(m_dir.filePath(QStringLiteral("server/") + file));
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            QVERIFY2(!stored.contains(keyBytes.view().toByteArray()), qPrintable(file));
            QVERIFY(!stored.contains(m_accountKey.toLatin1()));
        }
        // The kit saved as a PDF holds the key.
        const QString pdf = m_dir.filePath(QStringLiteral("kit.pdf"));
        QVERIFY(kit->saveAsPdf(pdf).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfText(pdfFile.readAll()).contains(m_accountKey));
        // The vault opens only once the kit is saved.
        QTest::keyClick(kit, Qt::Key_Escape);
        QVERIFY(kit->isVisible());
        QCOMPARE(opened.count(), 0);
        kit->savedBox()->setChecked(true);
        QTest::mouseClick(kit->finishButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || !page->message().isEmpty(), 30000);
        QVERIFY2(opened.count() == 1, qPrintable(page->message()));
        m_vaultA = opened.at(0).at(0).value<std::shared_ptr<OpenVault>>();
        m_statusA = opened.at(0).at(1).value<TwoFactorStatus>();
        QVERIFY(opened.at(0).at(2).toBool()); // created
        QVERIFY(m_vaultA);
        QVERIFY(m_vaultA->header().serverMode());
        QCOMPARE(m_vaultA->header().serverAccount, kEmail);
        QVERIFY(page->passwordField()->isEmpty()); // nothing left in the fields
    }

    void unlockPageAsksForTheKeyThisComputerLacks()
    {
        QVERIFY(m_vaultA);
        const QString path = m_vaultA->path();
        m_vaultA.reset(); // closed, as when the app is quit
        // The same file on a computer whose secret store does not hold the account key.
        FileSecretStore empty(m_dir.filePath(QStringLiteral("computer C secrets")));
        StartWindow window;
        window.setSignInOptions(options(&empty, QStringLiteral("Ann's tablet")));
        window.showUnlock(path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        UnlockPage* page = window.unlockPage();
        QVERIFY(!page->isAskingForAccountKey());
        QVERIFY(!page->accountKeyField()->isVisible());
        QTest::keyClicks(page->passwordField()->lineEdit(), kMaster);
        QTest::keyClick(page->passwordField()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page->isAskingForAccountKey(), 30000);
        QVERIFY(page->accountKeyField()->isVisible());
        QVERIFY(!page->message().isEmpty());
        QVERIFY(!page->unlockButton()->isEnabled()); // the key is needed now
        QSignalSpy opened(&window, &StartWindow::vaultOpened);
        QTest::keyClicks(page->accountKeyField(), m_accountKey);
        if (page->passwordField()->isEmpty())
            QTest::keyClicks(page->passwordField()->lineEdit(), kMaster);
        QTest::mouseClick(page->unlockButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(opened.count() == 1, qPrintable(page->message()), 30000);
        m_vaultA = opened.at(0).at(0).value<std::shared_ptr<OpenVault>>();
        m_statusA = opened.at(0).at(1).value<TwoFactorStatus>();
        QVERIFY(m_vaultA);
        QVERIFY(!page->isAskingForAccountKey()); // and the field is wiped
        // The typed key is kept on this computer from then on.
        Catcher<Result<SecureBuffer>> loaded;
        empty.load(SignInSession::secretStoreService(), accountKeyStoreKey(m_vaultA->header().vaultId),
                   &empty, loaded.callback());
        QTRY_VERIFY(loaded.done());
        QVERIFY(loaded.value().ok());
        QVERIFY(AccountKey::parse(m_accountKey)->bytes().equals(*loaded.value()));
    }

    void securityPaneSaysTheServerChecksTheCodes()
    {
        QVERIFY(m_vaultA);
        TwoFactorSettingsOptions o;
        o.policy = Policy();
        o.secretStore = m_storeA.get();
        TwoFactorSettings settings(*m_vaultA, m_statusA, o);
        QVERIFY(settings.serverMode());
        SecurityPane pane(settings);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(
            pane.checkedWhereText(),
            QStringLiteral("Codes are checked by %1: without them, a copy of the vault file opens nothing.")
                .arg(serverUrl()));
        auto* delivery = pane.findChild<QPushButton*>(QStringLiteral("deliverySettings"));
        QVERIFY(delivery);
        QVERIFY(!delivery->isVisibleTo(&pane)); // the server sends the codes
        QVERIFY(!pane.findChild<QLabel*>(QStringLiteral("deliveryState"))->isVisibleTo(&pane));

        // The authenticator, turned on against the server.
        confirm(settings, "violet tractor sings under nine moons");
        Result<AuthenticatorSetup> setup = settings.beginAuthenticator();
        QVERIFY2(setup.ok(), setup.ok() ? "" : qPrintable(setup.error().message));
        Result<otp::OtpParams> params = otp::parseUri(setup->uri);
        QVERIFY(params.ok());
        m_totpSecret = params->secret.clone();
        Catcher<Result<TwoFactorSettings::RecoveryCodes>> codes;
        settings.confirmAuthenticator(pw(nextCode()), codes.callback());
        QTRY_VERIFY_WITH_TIMEOUT(codes.done(), 20000);
        QVERIFY2(codes.value().ok(), codes.value().ok() ? "" : qPrintable(codes.value().error().message));
        QTRY_VERIFY(settings.status().on);
        QCOMPARE(pane.methodStateText(SignInMethod::Authenticator), QStringLiteral("On"));
    }

    void signInOnANewComputerAsksForTheKeyBeforeTheCode()
    {
        QVERIFY(!m_totpSecret.isEmpty());
        StartWindow window;
        window.setSignInOptions(options(m_storeB.get(), QStringLiteral("Ann's laptop")));
        window.showCreate(m_dir.filePath(QStringLiteral("local B.twofold")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.createPage()->useServerButton(), Qt::LeftButton);
        QTest::mouseClick(window.serverChoicePage()->signInButton(), Qt::LeftButton);
        AccountSignInPage* page = window.accountSignInPage();
        QCOMPARE(window.currentPage(), page);
        const QString path = m_dir.filePath(QStringLiteral("B/vault.twofold"));
        type(page->serverField(), serverUrl());
        type(page->emailField(), kEmail);
        QTest::keyClicks(page->passwordField()->lineEdit(), kMaster);
        type(page->locationField(), path);
        // A computer with no vault file for the account: the key is asked with the password.
        QVERIFY(page->isAskingForAccountKey());
        QVERIFY(!page->signInButton()->isEnabled());
        QVERIFY2(page->blockReason().contains(QStringLiteral("account key")),
                 qPrintable(page->blockReason()));
        QTest::keyClicks(page->accountKeyField(), m_accountKey.toLower()); // typed as people type
        QVERIFY2(page->signInButton()->isEnabled(), qPrintable(page->blockReason()));

        QSignalSpy opened(&window, &StartWindow::vaultOpened);
        QTest::mouseClick(page->signInButton(), Qt::LeftButton);
        QVERIFY(page->session());
        QSignalSpy keyNeeded(page->session(), &SignInSession::accountKeyNeeded);
        QSignalSpy states(page->session(), &SignInSession::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(page->isShowingSecondFactor() || !page->message().isEmpty(), 30000);
        QVERIFY2(page->isShowingSecondFactor(), qPrintable(page->message()));
        SecondFactorPage* code = page->secondFactorPage();
        QVERIFY(code->rememberBox()->isVisible());
        code->rememberBox()->setChecked(true);
        QTest::keyClicks(code->codeField(), nextCode());
        QTest::keyClick(code->codeField(), Qt::Key_Return);
        // (The code page may say the remembered computer is kept in the encrypted-file fallback.)
        QTRY_VERIFY2_WITH_TIMEOUT(opened.count() == 1, qPrintable(code->message()), 30000);
        auto vault = opened.at(0).at(0).value<std::shared_ptr<OpenVault>>();
        QVERIFY(vault && vault->header().serverMode());
        QVERIFY(QFile::exists(path));
        // One pass: never asked for the key after the code, never back to the password.
        QCOMPARE(keyNeeded.count(), 0);
        for (const QList<QVariant>& change : states)
            QVERIFY(change.at(0).value<SignInSession::State>() != SignInSession::State::NeedPassword);
        QVERIFY(page->accountKeyField()->text().isEmpty()); // wiped once used

        // Computer B is remembered on the server: listed by name, and revoked from its row.
        TwoFactorSettingsOptions o;
        o.policy = Policy();
        o.secretStore = m_storeB.get();
        TwoFactorSettings settings(*vault, opened.at(0).at(1).value<TwoFactorStatus>(), o);
        SecurityPane pane(settings);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        confirm(settings, "violet tractor sings under nine moons");
        QTRY_VERIFY(pane.revokeButton(QStringLiteral("Ann's laptop")) != nullptr);
        QTreeWidgetItem* row = pane.trustedView()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Ann's laptop"));
        QVERIFY(!row->text(1).isEmpty()); // added
        QVERIFY(!row->text(2).isEmpty()); // last used
        QTest::mouseClick(pane.revokeButton(QStringLiteral("Ann's laptop")), Qt::LeftButton);
        QVERIFY(pane.confirmation()->isVisible());
        QTest::mouseClick(pane.confirmation()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pane.revokeButton(QStringLiteral("Ann's laptop")) == nullptr, 20000);
        QVERIFY2(pane.messageText().contains(QStringLiteral("is no longer remembered")),
                 qPrintable(pane.messageText()));
    }

    // Preferences > Security on computer A, against the server: a new master password through
    // the change-password dialog (the server takes the new proof, the old one stops working),
    // then an app password through its dialog, which opens the file here with the account key
    // and no code, and not without it.
    void masterPasswordAndAppPasswordsThroughTheSecurityDialogs()
    {
        QVERIFY(m_vaultA);
        const QString path = m_vaultA->path();
        TwoFactorSettingsOptions o;
        o.policy = Policy();
        o.secretStore = m_storeA.get();
        TwoFactorSettings settings(*m_vaultA, m_statusA, o);
        confirm(settings, "violet tractor sings under nine moons");

        const QString newMaster = QStringLiteral("amber kettle hums beside four lakes");
        {
            ChangeMasterPasswordDialog change(settings);
            change.show();
            QVERIFY(QTest::qWaitForWindowExposed(&change));
            QTest::keyClicks(change.newPassword()->lineEdit(), newMaster);
            QTest::keyClicks(change.repeatPassword()->lineEdit(), newMaster);
            QVERIFY2(change.changeButton()->isEnabled(), qPrintable(change.errorText()));
            QSignalSpy finished(&change, &QDialog::finished);
            QTest::mouseClick(change.changeButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(finished.count() == 1, qPrintable(change.errorText()), 30000);
            QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
        }
        // The file's slot follows: the server takes the new password's proof and refuses the old.
        const auto signInWith = [&](const QString& password) {
            SignInOptions so = options(m_storeA.get(), QStringLiteral("Ann's desktop"));
            so.mode = OpenMode::ReadOnly;
            SignInSession session(path, so);
            QSignalSpy failed(&session, &SignInSession::failed);
            session.submitPassword(SecureBuffer::fromUtf8(password));
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(
                    !session.isBusy() &&
                        (failed.count() > 0 || session.state() != SignInSession::State::NeedPassword),
                    30000);
            }();
            return failed.isEmpty() ? std::optional<Error>() : failed.at(0).at(0).value<Error>();
        };
        const std::optional<Error> withOld = signInWith(kMaster);
        QVERIFY(withOld);
        QCOMPARE(withOld->code, ErrorCode::WrongPassword);
        const std::optional<Error> withNew = signInWith(newMaster);
        QVERIFY2(!withNew, withNew ? qPrintable(withNew->message) : ""); // on to the code page

        // An app password, made in its dialog (the master password was confirmed above).
        AppPasswordDialog add(settings);
        add.show();
        QVERIFY(QTest::qWaitForWindowExposed(&add));
        QTest::keyClicks(add.findChild<QLineEdit*>(QStringLiteral("appPasswordName")),
                         QStringLiteral("backup script"));
        QTest::mouseClick(add.findChild<QPushButton*>(QStringLiteral("create")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(add.showsSecret(), qPrintable(add.errorText()), 30000);
        const SecureBuffer secret =
            SecureBuffer::fromUtf8(add.findChild<QLineEdit*>(QStringLiteral("appPasswordSecret"))->text());
        QCOMPARE(settings.appPasswords().size(), 1);
        const SecureBuffer accountKey = AccountKey::parse(m_accountKey)->bytes().clone();
        Result<std::unique_ptr<OpenVault>> opened =
            OpenVault::openWithAppPassword(path, secret, OpenMode::ReadOnly, systemClock(), &accountKey);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        // The file and the app password without the account key: nothing opens.
        Result<std::unique_ptr<OpenVault>> without =
            OpenVault::openWithAppPassword(path, secret, OpenMode::ReadOnly);
        QVERIFY(!without.ok());
        QVERIFY2(without.error().message.contains(QStringLiteral("account key")),
                 qPrintable(without.error().message));
    }

    // An organisation's policy as the server enforces it: the pane says which methods are not
    // allowed, and a change the server refuses (the policy changed since the settings were
    // read) reaches the user as the PolicyForbids sentence.
    void theOrganisationsPolicyReachesThePane()
    {
        const auto admin = [&](const QStringList& args) {
            return runServer(QStringList{QStringLiteral("admin"), QStringLiteral("--data"),
                                         m_dir.filePath(QStringLiteral("server"))} +
                             args);
        };
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("Gamma")}).exitCode,
                 0);
        QCOMPARE(admin({QStringLiteral("org"), QStringLiteral("domains"), QStringLiteral("Gamma"),
                        QStringLiteral("example.com")})
                     .exitCode,
                 0);
        const QStringList allowBoth{QStringLiteral("org"),       QStringLiteral("policy"),
                                    QStringLiteral("Gamma"),     QStringLiteral("optional"),
                                    QStringLiteral("--methods"), QStringLiteral("authenticator,email")};
        QCOMPARE(admin(allowBoth).exitCode, 0);
        ServerAccountOptions create;
        create.server.url = QUrl(serverUrl());
        create.email = QStringLiteral("dan@example.com");
        create.vaultPath = m_dir.filePath(QStringLiteral("D/vault.twofold"));
        create.secretStore = m_storeA.get();
        create.kdf = kFastKdf;
        ServerAccountCreation creation(create);
        QSignalSpy created(&creation, &ServerAccountCreation::created);
        QSignalSpy failed(&creation, &ServerAccountCreation::failed);
        QVERIFY(creation.create(SecureBuffer::fromUtf8(kMaster)));
        QTRY_VERIFY_WITH_TIMEOUT(created.count() + failed.count() == 1, 30000);
        QVERIFY2(created.count() == 1, qPrintable(failed.isEmpty() || failed.at(0).isEmpty()
                                                      ? QStringLiteral("(no failure recorded)")
                                                      : failed.at(0).at(0).value<Error>().message));
        SignInSession session(create.vaultPath, options(m_storeA.get(), QStringLiteral("Dan's desktop")));
        QVERIFY(session.submitPassword(SecureBuffer::fromUtf8(kMaster)));
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == SignInSession::State::Unlocked, 30000);
        std::unique_ptr<OpenVault> vault = session.takeVault();
        QVERIFY(vault);
        TwoFactorSettingsOptions o;
        o.policy = Policy();
        o.secretStore = m_storeA.get();
        TwoFactorSettings settings(*vault, session.twoFactorStatus(), o);
        SecurityPane pane(settings);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        confirm(settings, "violet tractor sings under nine moons");
        QTRY_COMPARE(pane.methodStateText(SignInMethod::Sms),
                     QStringLiteral("Not allowed by your organisation"));
        QCOMPARE(pane.methodStateText(SignInMethod::Email), QStringLiteral("Off"));

        // The administrator takes email away after the settings were read: the server refuses.
        QCOMPARE(
            admin({QStringLiteral("org"), QStringLiteral("policy"), QStringLiteral("Gamma"),
                   QStringLiteral("optional"), QStringLiteral("--methods"), QStringLiteral("authenticator")})
                .exitCode,
            0);
        Catcher<Result<SendCodeReply>> sent;
        settings.beginEmail(QStringLiteral("dan@example.com"), sent.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sent.done(), 20000);
        QVERIFY(!sent.value().ok());
        QCOMPARE(sent.value().error().message,
                 QStringLiteral("Your administrator does not allow Email for signing in."));
        // Read again, the pane says so.
        confirm(settings, "violet tractor sings under nine moons");
        QTRY_COMPARE(pane.methodStateText(SignInMethod::Email),
                     QStringLiteral("Not allowed by your organisation"));
    }
};

QTEST_MAIN(TestServerAccountE2e)
#include "tst_serveraccount_e2e.moc"
