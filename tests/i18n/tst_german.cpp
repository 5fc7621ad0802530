// A window started in German speaks German: the sign-in window's password page and its code
// page, with Twofold's compiled German catalogue (the one the application embeds) installed.
// Every text a person sees is checked against the catalogue itself: a text that is an English
// source with a different German translation means a string escaped tr() or the catalogue.
#include "gui/signin/SignInPageFixture.h"
#include "ui/common/AppSettings.h"
#include "ui/setup/StartWindow.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/VaultController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace twofold;
using namespace twofold::test;

namespace {
// English source → German translation, for every finished message of twofold_de.ts.
QHash<QString, QString> germanCatalogue()
{
    QHash<QString, QString> catalogue;
    QFile file(QStringLiteral(TWOFOLD_TRANSLATIONS_DIR "/twofold_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool finished = !xml.attributes().hasAttribute(QStringLiteral("type"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (finished && !numerus)
                catalogue.insert(source, text);
        }
    }
    return catalogue;
}

// The texts window shows now: labels, buttons and accessible names of visible widgets,
// without accelerator ampersands.
QStringList visibleTexts(QWidget* window)
{
    QStringList texts;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && label->textFormat() != Qt::RichText)
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        texts << w->accessibleName() << w->toolTip();
    }
    texts.removeAll(QString());
    return texts;
}

// The texts of window that are English where German exists (each "source → German").
QStringList untranslated(QWidget* window, const QHash<QString, QString>& catalogue)
{
    QHash<QString, QString> bySource;
    for (auto it = catalogue.begin(); it != catalogue.end(); ++it) {
        QString source = it.key();
        bySource.insert(source.remove(u'&'), it.value());
    }
    QStringList english;
    for (QString text : visibleTexts(window)) {
        text.remove(u'&');
        const auto found = bySource.constFind(text);
        if (found != bySource.constEnd() && QString(*found).remove(u'&') != text)
            english << text + QStringLiteral(" → ") + *found;
    }
    return english;
}
} // namespace

class TestGerman : public QObject
{
    Q_OBJECT
private:
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QHash<QString, QString> m_catalogue;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_translator.load(QLocale(QLocale::German), QStringLiteral("twofold"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n")),
                 "the German catalogue is not among the application's resources");
        QCoreApplication::installTranslator(&m_translator);
        // Qt's own German, as the application loads it: key names ("Strg") come from there.
        if (m_qtTranslator.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtTranslator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_catalogue = germanCatalogue();
        QVERIFY(m_catalogue.size() > 500);
    }

    void everyCatalogueIsOfferedInSettings()
    {
        const QStringList languages = AppSettings::availableLanguages();
        for (const char* name : {"de", "en", "es", "fr"})
            QVERIFY2(languages.contains(QLatin1String(name)), qPrintable(languages.join(u',')));
    }

    void passwordPageIsGerman()
    {
        Env env;
        createWithAuthenticator(env);
        StartWindow window(env.clock, env.random);
        window.unlockPage()->setSignInOptions(signInOptions(env));
        window.showUnlock(env.path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.unlockPage()->unlockButton()->text(),
                 QCoreApplication::translate("twofold::UnlockPage", "&Unlock"));
        QVERIFY(window.unlockPage()->unlockButton()->text().remove(u'&') != QStringLiteral("Unlock"));
        QCOMPARE(untranslated(&window, m_catalogue), QStringList());
    }

    void codePageAndItsSentencesAreGerman()
    {
        Env env;
        createWithAuthenticator(env);
        StartWindow window(env.clock, env.random);
        UnlockPage* page = window.unlockPage();
        page->setSignInOptions(signInOptions(env));
        window.showUnlock(env.path);
        window.show();
        typePassword(*page);
        QCOMPARE(stateOf(*page), SignInSession::State::NeedSecondFactor);
        QCOMPARE(untranslated(&window, m_catalogue), QStringList());
        SecondFactorPage* second = page->secondFactorPage();
        QVERIFY(!second->instruction().contains(QStringLiteral("Enter the")));

        // A wrong code: the core's sentence, in German.
        typeCode(*page, env.wrongTotpNow());
        QVERIFY(!second->message().isEmpty());
        QVERIFY2(!second->message().contains(QStringLiteral("code")) ||
                     second->message().contains(QStringLiteral("Code")),
                 qPrintable(second->message()));
        QVERIFY2(!second->message().startsWith(QStringLiteral("That")), qPrintable(second->message()));
        QCOMPARE(untranslated(&window, m_catalogue), QStringList());
    }

    void shortcutsAreWrittenTheGermanWay()
    {
        if (m_qtTranslator.isEmpty())
            QSKIP("Qt's German catalogue (qt6-translations-l10n) is not installed");
        Env env;
        auto vault = OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock);
        QVERIFY(vault.ok());
        MainWindow window(new VaultController(std::shared_ptr<OpenVault>(std::move(vault).value())));
        const QString placeholder = window.searchField()->placeholderText();
        QVERIFY2(placeholder.contains(QStringLiteral("Strg+F")), qPrintable(placeholder));
        QVERIFY2(!placeholder.contains(QStringLiteral("Ctrl")), qPrintable(placeholder));
    }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
