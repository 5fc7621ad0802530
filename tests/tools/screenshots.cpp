// twofold-screenshots: renders the README's screenshots from the real windows, offscreen — the
// sign-in code page, the vault window and Preferences > Security — on a sample vault made here.
// Not a test (it asserts only that each step worked): run it by hand after a UI change,
//   QT_QPA_PLATFORM=offscreen BUILD/tests/tools/twofold-screenshots -- resources/screenshots [LANG]
// (LANG: a translation to show, "de" say; the README's are English.)
// (Qt Test's runner drives it so the windows get a real event loop and the fixtures' checks.)
#include "gui/signin/SignInPageFixture.h"
#include "ui/common/AppSettings.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/setup/StartWindow.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/VaultController.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTableView>
#include <QTranslator>

using namespace twofold;
using namespace twofold::test;

namespace {
QString g_outputDir;

void save(QWidget* window, const QString& name)
{
    QApplication::processEvents();
    const QPixmap pixmap = window->grab();
    const QString path = QDir(g_outputDir).filePath(name);
    QVERIFY2(pixmap.save(path), qPrintable(path));
    qInfo("wrote %s (%dx%d)", qPrintable(path), pixmap.width(), pixmap.height());
}

EntryFields sample(const char* title, const char* user, const char* url, QStringList tags)
{
    EntryFields f;
    f.title = QString::fromUtf8(title);
    f.username = QString::fromUtf8(user);
    f.password = pw("correct-horse-92!");
    f.url = QString::fromUtf8(url);
    f.tags = std::move(tags);
    return f;
}
} // namespace

class Screenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QDir().mkpath(g_outputDir));
        QApplication::setFont(QFont(QStringLiteral("Lato"), 10));
    }

    void render()
    {
        Env env;
        // A file name that says something: the authenticator lists the codes under it (else
        // under user@computer, which differs from machine to machine).
        env.path = env.dir.filePath(QStringLiteral("Personal.twofold"));
        createWithAuthenticator(env);
        StartWindow start(env.clock, env.random);
        start.resize(560, 470);
        UnlockPage* page = start.unlockPage();
        page->setSignInOptions(signInOptions(env));
        start.showUnlock(env.path);
        start.show();
        typePassword(*page);
        QCOMPARE(stateOf(*page), SignInSession::State::NeedSecondFactor);
        page->secondFactorPage()->refresh();
        save(&start, QStringLiteral("signin-code.png"));

        std::shared_ptr<OpenVault> vault;
        TwoFactorStatus status;
        connect(page, &UnlockPage::unlocked, this,
                [&](std::shared_ptr<OpenVault> v, const TwoFactorStatus& s) {
                    vault = std::move(v);
                    status = s;
                });
        typeCode(*page, env.totpNow());
        QTRY_VERIFY(vault);
        start.hide();
        auto* controller = new VaultController(std::move(vault));
        const QUuid work = *controller->ensureGroup(QStringLiteral("Work"));
        const QUuid home = *controller->ensureGroup(QStringLiteral("Home"));
        struct Row
        {
            const char* title;
            const char* user;
            const char* url;
            QStringList tags;
            QUuid group;
        };
        const Row rows[] = {
            {"GitHub", "ann.lee", "https://github.com", {QStringLiteral("code")}, work},
            {"Company mail",
             "ann.lee@example.com",
             "https://mail.example.com",
             {QStringLiteral("mail")},
             work},
            {"Bank", "annlee", "https://bank.example", {QStringLiteral("money")}, home},
            {"Electricity", "ann@example.org", "https://power.example", {QStringLiteral("bills")}, home},
            {"Forum", "annie", "https://forum.example", {}, QUuid()},
            {"Home Wi-Fi", "", "", {QStringLiteral("network")}, home},
            {"Streaming", "ann@example.org", "https://tv.example", {QStringLiteral("bills")}, home},
        };
        for (const Row& row : rows) {
            EntryFields f = sample(row.title, row.user, row.url, row.tags);
            if (!row.group.isNull())
                f.groupId = row.group;
            if (QByteArrayView(row.title) == "GitHub")
                f.otpUri = pw("otpauth://totp/GitHub:ann.lee?secret=JBSWY3DPEHPK3PXP&issuer=GitHub");
            QVERIFY(controller->addEntry(std::move(f)).ok());
        }
        controller->waitForSave();
        MainWindow window(controller);
        window.resize(1100, 640);
        window.show();
        window.entryView()->setFocus();
        window.entryView()->selectRow(4); // GitHub, with its live two-factor code
        save(&window, QStringLiteral("vault-window.png"));

        TwoFactorSettings settings(controller->openVault(), status, env.settingsOptions(), env.clock,
                                   env.random);
        confirm(settings);
        PreferencesDialog preferences(appSettings(), &settings, &window, env.clock);
        preferences.resize(820, 760);
        preferences.setCurrentPane(PreferencesDialog::Pane::Security);
        preferences.show();
        save(&preferences, QStringLiteral("security-pane.png"));
        preferences.hide();
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    g_outputDir = separator >= 0 && separator + 1 < arguments.size() ? arguments.at(separator + 1)
                                                                     : QStringLiteral("screenshots");
    QTranslator translator;
    if (separator >= 0 && separator + 2 < arguments.size()) {
        const QLocale locale(arguments.at(separator + 2));
        QLocale::setDefault(locale);
        if (translator.load(locale, QStringLiteral("twofold"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&translator);
    }
    if (separator >= 0)
        arguments = arguments.mid(0, separator);
    Screenshots screenshots;
    return QTest::qExec(&screenshots, arguments);
}

#include "screenshots.moc"
