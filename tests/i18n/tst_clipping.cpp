// Every window, dialog and page stays readable in every language: opened in English, German,
// French and Spanish at the size it opens with, and again after each message bar or sentence it
// can show, no label, button, header, tab or check box text is cut, no control is squeezed below
// its own minimum (the QR code keeps its quiet zone), none lies outside the window or on top of
// another (tests/gui/LayoutCheck.h says what is checked).
#include "gui/LayoutCheck.h"
#include "gui/preferences/PreferencesFixture.h"
#include "gui/signin/SignInPageFixture.h"

#include "ui/account/AccountSignInPage.h"
#include "ui/account/AccountText.h"
#include "ui/account/AddComputerDialog.h"
#include "ui/account/CreateAccountPage.h"
#include "ui/account/EmergencyKit.h"
#include "ui/account/EmergencyKitDialog.h"
#include "ui/account/SignOutDialog.h"
#include "ui/common/AppSettings.h"
#include "ui/common/StrengthMeter.h"
#include "ui/otp/OtpSetupDialog.h"
#include "ui/preferences/AppPasswordDialog.h"
#include "ui/preferences/ChangeMasterPasswordDialog.h"
#include "ui/preferences/DeliverySettingsDialog.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/setup/CreateVaultPage.h"
#include "ui/setup/StartWindow.h"
#include "ui/twofactor/AuthenticatorSetupDialog.h"
#include "ui/twofactor/ConfirmPasswordDialog.h"
#include "ui/twofactor/EmailSetupDialog.h"
#include "ui/twofactor/RecoveryCodesDialog.h"
#include "ui/twofactor/SmsSetupDialog.h"
#include "ui/twofactor/TurnOnTwoFactorDialog.h"
#include "ui/twofactor/TwoFactorWidgets.h"
#include "ui/vault/EntryEditorDialog.h"
#include "ui/vault/EntryPane.h"
#include "ui/vault/ExportDialog.h"
#include "ui/vault/ImportWizard.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/PasswordGeneratorPanel.h"
#include "ui/vault/PasswordHistoryView.h"
#include "ui/vault/VaultController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTranslator>

using namespace twofold;
using namespace twofold::test;

namespace {

// English buttons, check boxes and window titles of window in Title Case ("Copy Key") where
// every other text is in sentence case ("Copy key"): proper names and acronyms aside.
QStringList titleCased(QWidget* window)
{
    static const QStringList names = {QStringLiteral("Twofold"), QStringLiteral("QR"),
                                      QStringLiteral("SMS"),     QStringLiteral("SID"),
                                      QStringLiteral("Caps"),    QStringLiteral("Lock")};
    QStringList texts{window->windowTitle()};
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(window))
            texts << b->text();
    QStringList found;
    for (QString text : texts) {
        text.remove(u'&');
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString& w = words.at(i);
            if (w.size() > 1 && w.at(0).isUpper() && w.at(1).isLower() && !names.contains(w) &&
                !words.at(i - 1).endsWith(u'.') && !words.at(i - 1).endsWith(u':')) {
                found << QStringLiteral("\"%1\" is in Title Case").arg(text);
                break;
            }
        }
    }
    return found;
}

// The problems of window at step, each prefixed with the step; added to all.
void look(QWidget* window, const QString& step, QStringList& all)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QStringList problems = layoutProblems(window);
    if (QLocale().language() == QLocale::English)
        problems << titleCased(window);
    for (const QString& problem : problems)
        all << step + QStringLiteral(": ") + problem;
}

// The code of env's authenticator at the dialog's clock, from the secret the dialog shows.
QString codeFor(const AuthenticatorSetupDialog& dialog, qint64 ms)
{
    const QString shown = dialog.setupKeyLabel()->text();
    Result<otp::OtpParams> params =
        otp::parseUri(QStringLiteral("otpauth://totp/x?secret=") + QString(shown).remove(u' '));
    return params ? totpAt(params->secret, ms) : QString();
}

} // namespace

class TestClipping : public QObject
{
    Q_OBJECT
private:
    QTranslator m_translator;
    bool m_installed = false;

    void useLanguage()
    {
        QFETCH(QString, language);
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
        QLocale::setDefault(QLocale(language));
        QVERIFY(m_translator.load(QLocale(language), QStringLiteral("twofold"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n")));
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }

    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        if (QTest::currentDataTag())
            useLanguage();
    }

    void createVault_data() { languages(); }
    void createVault()
    {
        QTemporaryDir dir;
        QStringList problems;
        StartWindow window;
        window.showCreate(dir.filePath(QStringLiteral("vault.twofold")));
        window.show();
        look(&window, QStringLiteral("create"), problems);
        CreateVaultPage* page = window.createPage();
        QTest::keyClicks(page->passwordField()->lineEdit(), QStringLiteral("abc"));
        look(&window, QStringLiteral("create, short password"), problems);
        QTest::keyClicks(page->passwordField()->lineEdit(), QStringLiteral("defghij"));
        look(&window, QStringLiteral("create, weak password"), problems);
        QTest::keyClicks(page->confirmField()->lineEdit(), QStringLiteral("x"));
        look(&window, QStringLiteral("create, passwords differ"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void serverAccount_data() { languages(); }
    void serverAccount()
    {
        QTemporaryDir dir;
        QStringList problems;
        StartWindow window;
        window.showCreate(dir.filePath(QStringLiteral("vault.twofold")));
        window.show();
        look(&window, QStringLiteral("create, with the server offer"), problems);
        window.showServerChoice();
        look(&window, QStringLiteral("server choice"), problems);
        window.showCreateAccount();
        look(&window, QStringLiteral("create account"), problems);
        CreateAccountPage* create = window.createAccountPage();
        QTest::keyClicks(create->serverField(), QStringLiteral("http://sign-in.example.org"));
        look(&window, QStringLiteral("create account, plain http"), problems);
        create->serverField()->clear();
        QTest::keyClicks(create->serverField(), QStringLiteral("sign-in.example.org"));
        QTest::keyClicks(create->emailField(), QStringLiteral("jo.lee"));
        look(&window, QStringLiteral("create account, not an email"), problems);
        QTest::keyClicks(create->emailField(), QStringLiteral("@example.org"));
        QTest::keyClicks(create->passwordField()->lineEdit(), QStringLiteral("abcdefghij"));
        look(&window, QStringLiteral("create account, weak password"), problems);
        window.showAccountSignIn();
        look(&window, QStringLiteral("sign in to an account"), problems);
        AccountSignInPage* signIn = window.accountSignInPage();
        QTest::keyClicks(signIn->serverField(), QStringLiteral("sign-in.example.org"));
        QTest::keyClicks(signIn->emailField(), QStringLiteral("jo.lee@example.org"));
        QTest::keyClicks(signIn->passwordField()->lineEdit(), QStringLiteral("abcdefghij"));
        QTest::keyClicks(signIn->accountKeyField(), QStringLiteral("TF1-ABCDE-0"));
        look(&window, QStringLiteral("sign in to an account, a key mistyped"), problems);
        signIn->accountKeyField()->clear();
        signIn->askForAccountKey(AccountText::accountKeyNeeded());
        look(&window, QStringLiteral("sign in to an account, the key asked"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void emergencyKit_data() { languages(); }
    void emergencyKit()
    {
        EmergencyKitDialog dialog(
            EmergencyKit(QStringLiteral("https://sign-in.example.org"), QStringLiteral("jo.lee@example.org"),
                         SecureBuffer::fromUtf8(u"TF1-ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH")));
        dialog.show();
        QStringList problems;
        look(&dialog, QStringLiteral("emergency kit"), problems);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        look(&dialog, QStringLiteral("emergency kit, not saved yet"), problems);
        QVERIFY(dialog.saveAsPdf(QStringLiteral("/nonexistent folder/kit.pdf")).ok() == false);
        look(&dialog, QStringLiteral("emergency kit, could not save"), problems);
        dialog.savedBox()->setChecked(true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void signIn_data() { languages(); }
    void signIn()
    {
        Env env;
        createWithAuthenticator(env);
        QStringList problems;
        StartWindow window(env.clock, env.random);
        UnlockPage* page = window.unlockPage();
        page->setSignInOptions(signInOptions(env));
        const QString deep = env.dir.filePath(QStringLiteral("Documents/Passwords and other secrets/Family/"
                                                             "shared with the whole family.twofold"));
        window.showUnlock(deep);
        window.show();
        look(&window, QStringLiteral("unlock, a long path"), problems);
        window.showUnlock(env.path);
        look(&window, QStringLiteral("unlock"), problems);
        typePassword(*page, QStringLiteral("not the password"));
        look(&window, QStringLiteral("unlock, wrong password"), problems);
        typePassword(*page);
        QCOMPARE(stateOf(*page), SignInSession::State::NeedSecondFactor);
        look(&window, QStringLiteral("code"), problems);
        typeCode(*page, env.wrongTotpNow());
        look(&window, QStringLiteral("code, wrong code"), problems);
        page->secondFactorPage()->showRecoveryCode();
        look(&window, QStringLiteral("recovery code"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void authenticatorSetup_data() { languages(); }
    void authenticatorSetup()
    {
        SecurityFixture f;
        f.open();
        confirm(*f.settings);
        QStringList problems;
        ConfirmPasswordDialog password(*f.settings);
        password.show();
        look(&password, QStringLiteral("password"), problems);
        QTest::keyClicks(password.passwordField()->lineEdit(), QStringLiteral("wrong"));
        password.confirm();
        QTRY_VERIFY(!password.isBusy());
        look(&password, QStringLiteral("password, wrong"), problems);
        password.hide();

        TurnOnTwoFactorDialog offer(*f.settings);
        offer.show();
        look(&offer, QStringLiteral("offer"), problems);

        AuthenticatorSetupDialog dialog(*f.settings);
        dialog.show();
        look(&dialog, QStringLiteral("authenticator"), problems);
        QTest::mouseClick(dialog.copyKeyButton(), Qt::LeftButton);
        look(&dialog, QStringLiteral("authenticator, key copied"), problems);
        QTest::keyClicks(dialog.codeField(), QStringLiteral("000000") == codeFor(dialog, f.env.clock.nowMs())
                                                 ? QStringLiteral("111111")
                                                 : QStringLiteral("000000"));
        dialog.verify();
        QTRY_VERIFY(!dialog.isBusy());
        look(&dialog, QStringLiteral("authenticator, wrong code"), problems);
        dialog.codeField()->clear();
        QTest::keyClicks(dialog.codeField(), codeFor(dialog, f.env.clock.nowMs()));
        dialog.verify();
        QTRY_VERIFY(dialog.isTurnedOn());
        look(&dialog, QStringLiteral("authenticator, recovery codes"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void sentCodeSetup_data() { languages(); }
    void sentCodeSetup()
    {
        SecurityFixture f;
        f.open();
        confirm(*f.settings);
        QStringList problems;
        {
            EmailSetupDialog email(*f.settings, nullptr, f.env.clock);
            email.show();
            look(&email, QStringLiteral("email"), problems);
            QTest::keyClicks(email.addressField(), QStringLiteral("jo@example.com"));
            email.sendCode();
            QTRY_VERIFY(!email.isBusy());
            look(&email, QStringLiteral("email, code sent"), problems);
            QTest::keyClicks(email.codeField(), QStringLiteral("000000"));
            email.verify();
            QTRY_VERIFY(!email.isBusy());
            look(&email, QStringLiteral("email, wrong code"), problems);
        }
        {
            SmsSetupDialog sms(*f.settings, nullptr, f.env.clock);
            sms.setRegion(QStringLiteral("GB"));
            sms.show();
            look(&sms, QStringLiteral("sms"), problems);
            QTest::keyClicks(sms.numberField(), QStringLiteral("0123"));
            look(&sms, QStringLiteral("sms, a number that cannot be"), problems);
            sms.numberField()->clear();
            QTest::keyClicks(sms.numberField(), QStringLiteral("07123 456789"));
            look(&sms, QStringLiteral("sms, a good number"), problems);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void recoveryCodes_data() { languages(); }
    void recoveryCodes()
    {
        TwoFactorSettings::RecoveryCodes codes;
        for (int i = 0; i < 10; ++i)
            codes.push_back(pw(QStringLiteral("abcde-fgh%1k").arg(i)));
        RecoveryCodesDialog dialog(std::move(codes));
        dialog.show();
        QStringList problems;
        look(&dialog, QStringLiteral("recovery codes"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void preferences_data() { languages(); }
    void preferences()
    {
        SecurityFixture f;
        f.openRemembered();
        QStringList problems;
        AppSettings app;
        PreferencesDialog dialog(app, f.settings.get(), nullptr, f.env.clock);
        dialog.show();
        look(&dialog, QStringLiteral("general"), problems);
        dialog.setCurrentPane(PreferencesDialog::Pane::Security);
        look(&dialog, QStringLiteral("security"), problems);
        confirm(*f.settings);
        {
            ChangeMasterPasswordDialog change(*f.settings);
            change.show();
            look(&change, QStringLiteral("change password"), problems);
            QTest::keyClicks(change.newPassword()->lineEdit(), QStringLiteral("abc"));
            look(&change, QStringLiteral("change password, short"), problems);
        }
        {
            AppPasswordDialog appPassword(*f.settings);
            appPassword.show();
            look(&appPassword, QStringLiteral("app password"), problems);
        }
        {
            DeliverySettingsDialog delivery(*f.settings);
            delivery.show();
            look(&delivery, QStringLiteral("delivery, email"), problems);
            delivery.showTab(DeliverySettingsDialog::Tab::Sms);
            look(&delivery, QStringLiteral("delivery, sms"), problems);
        }
        {
            AddComputerDialog add(*f.settings); // a local vault: the refusal is shown
            add.show();
            look(&add, QStringLiteral("add a computer"), problems);
        }
        {
            SignOutDialog signOut(f.settings->vault()); // with changes not synced
            signOut.show();
            look(&signOut, QStringLiteral("sign out and forget"), problems);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void vaultWindow_data() { languages(); }
    void vaultWindow()
    {
        Env env;
        auto made = OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock);
        QVERIFY(made.ok());
        std::shared_ptr<OpenVault> vault(std::move(made).value());
        QUuid bank;
        for (const char* title : {"Mail", "Bank of the Example Kingdom", "Forum"}) {
            EntryFields f;
            f.title = QString::fromLatin1(title);
            f.username = QStringLiteral("ann.lee@example.com");
            f.url = QStringLiteral("https://login.bank.example/start");
            f.password = pw("pw");
            Result<QUuid> id = vault->vault().addEntry(std::move(f));
            QVERIFY(id.ok());
            if (QLatin1String(title).startsWith(QLatin1String("Bank")))
                bank = *id;
        }
        {
            // The bank gets two-factor codes and an earlier password: the pane shows its code
            // and its password history.
            EntryFields change;
            change.password = pw("new pw");
            change.otpUri = pw("otpauth://totp/Bank:ann?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Bank");
            QVERIFY(vault->vault().updateEntry(bank, std::move(change)).ok());
        }
        QStringList problems;
        auto* controller = new VaultController(vault);
        MainWindow window(controller);
        window.show();
        look(&window, QStringLiteral("vault"), problems);
        window.entryView()->selectRow(0);
        look(&window, QStringLiteral("vault, an entry"), problems);
        window.selectEntry(bank);
        QVERIFY(window.entryPane()->historyView()->isVisible());
        look(&window, QStringLiteral("vault, an entry with codes and an earlier password"), problems);
        QTest::keyClicks(window.searchField(), QStringLiteral("bank"));
        look(&window, QStringLiteral("vault, a search and its count"), problems);
        window.searchField()->clear();
        window.showBanner(
            QCoreApplication::translate("twofold::MainWindow", "The vault could not be saved."));
        look(&window, QStringLiteral("vault, a message"), problems);
        {
            EntryEditorDialog* editor = window.addEntry();
            QVERIFY(editor);
            look(editor, QStringLiteral("new entry"), problems);
            editor->reject();
        }
        {
            // The generator's two forms, its refusal when no character set is left, and the
            // question Escape asks once something changed.
            EntryEditorDialog* editor = window.editEntry(bank);
            QVERIFY(editor);
            look(editor, QStringLiteral("edit entry"), problems);
            QTest::mouseClick(editor->generateButton(), Qt::LeftButton);
            PasswordGeneratorPanel* generator = editor->generatorPanel();
            QVERIFY(generator->isVisible());
            look(editor, QStringLiteral("edit entry, the generator"), problems);
            for (QCheckBox* set : {generator->lowerBox(), generator->upperBox(), generator->digitsBox(),
                                   generator->symbolsBox()})
                set->setChecked(false);
            look(editor, QStringLiteral("edit entry, the generator without a character set"), problems);
            QTest::mouseClick(generator->passphraseButton(), Qt::LeftButton);
            look(editor, QStringLiteral("edit entry, the generator's passphrase"), problems);
            QTest::keyClick(editor, Qt::Key_Escape);
            QMessageBox* question = nullptr;
            QTRY_VERIFY((question = editor->findChild<QMessageBox*>(QStringLiteral("discardQuestion"))));
            look(question, QStringLiteral("edit entry, discard?"), problems);
            QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
            QTRY_VERIFY(!editor->isVisible());
        }
        {
            // Vault > Import…: the file page, a refusal, and the preview with a duplicate.
            ImportWizard* wizard = window.showImportWizard();
            QVERIFY(wizard);
            look(wizard, QStringLiteral("import, the file"), problems);
            const QString csv = env.dir.filePath(QStringLiteral("passwords.csv"));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                "name,url,username,password,note\n"
                "Bank of the Example Kingdom,https://login.bank.example/start,ann.lee@example.com,pw,\n"
                ",,,,\n");
            file.close();
            wizard->pathField()->setText(env.dir.filePath(QStringLiteral("missing.csv")));
            QSignalSpy read(wizard, &ImportWizard::fileRead);
            wizard->next();
            QVERIFY(read.wait(10000));
            look(wizard, QStringLiteral("import, a refusal"), problems);
            wizard->pathField()->setText(csv);
            wizard->next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::PreviewPageId), 10000);
            look(wizard, QStringLiteral("import, the preview"), problems);
            wizard->reject();
        }
        {
            // Vault > Export…: encrypted (passwords), then a plain format (its warning).
            ExportDialog* dialog = window.showExportDialog();
            QVERIFY(dialog);
            look(dialog, QStringLiteral("export, encrypted"), problems);
            dialog->formatBox()->setCurrentIndex(dialog->formatBox()->count() - 1);
            look(dialog, QStringLiteral("export, unencrypted"), problems);
            dialog->reject();
        }
        {
            OtpSetupDialog otp(f_clock());
            otp.show();
            for (auto page :
                 {OtpSetupDialog::Page::Link, OtpSetupDialog::Page::Key, OtpSetupDialog::Page::QrCode}) {
                otp.showPage(page);
                look(&otp, QStringLiteral("two-factor codes, page %1").arg(int(page)), problems);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    static Clock& f_clock() { return systemClock(); }
};

QTEST_MAIN(TestClipping)
#include "tst_clipping.moc"
