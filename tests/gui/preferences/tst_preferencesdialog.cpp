// PreferencesDialog and its General pane: panes switched by keyboard, every control reached with
// Tab, Esc and Close, General changes written to AppSettings at once, and the Security pane's
// sentence when no vault is open.
#include "ui/preferences/PreferencesDialog.h"

#include "ui/common/AppSettings.h"
#include "ui/preferences/GeneralPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace twofold;

namespace {

// The widgets Tab visits from the first one, once round.
QSet<QWidget*> tabChain(QWidget* window, QWidget* start)
{
    QSet<QWidget*> seen;
    start->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 200; ++i) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused || seen.contains(focused))
            break;
        seen.insert(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    Q_UNUSED(window)
    return seen;
}

// Every control in pane a person can tab to.
QList<QWidget*> tabbable(QWidget* pane)
{
    QList<QWidget*> controls;
    for (QWidget* w : pane->findChildren<QWidget*>()) {
        if (w->isVisibleTo(pane->window()) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy())
            controls.append(w);
    }
    return controls;
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TwofoldTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    }

    void init() { QSettings().clear(); }

    void generalChangesApplyAtOnce()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings, nullptr);
        GeneralPane* pane = dialog.generalPane();
        QCOMPARE(pane->autoLockMinutes()->value(), AppSettings::kDefaultAutoLockMinutes);
        QCOMPARE(pane->clipboardSeconds()->value(), AppSettings::kDefaultClipboardSeconds);

        pane->autoLockMinutes()->selectAll();
        QTest::keyClicks(pane->autoLockMinutes(), QStringLiteral("25"));
        QCOMPARE(settings.autoLockMinutes(), 25);
        pane->autoLockMinutes()->selectAll();
        QTest::keyClicks(pane->autoLockMinutes(), QStringLiteral("0"));
        QCOMPARE(settings.autoLockMinutes(), 0);
        QCOMPARE(pane->autoLockMinutes()->text(), QStringLiteral("Never"));

        const bool wasOn = settings.lockOnScreenLock();
        QTest::mouseClick(pane->lockOnScreenLock(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(settings.lockOnScreenLock(), !wasOn);

        pane->clipboardSeconds()->selectAll();
        QTest::keyClicks(pane->clipboardSeconds(), QStringLiteral("45"));
        QCOMPARE(settings.clipboardSeconds(), 45);
        // Another AppSettings of the application reads the same values.
        QCOMPARE(AppSettings().clipboardSeconds(), 45);
    }

    void languageIsListedInItsOwnWords()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings, nullptr);
        QComboBox* language = dialog.generalPane()->language();
        QCOMPARE(language->itemData(0).toString(), QString());
        QCOMPARE(language->count(), 1 + AppSettings::availableLanguages().size());
        for (const QString& name : AppSettings::availableLanguages()) {
            const int index = language->findData(name);
            QVERIFY2(index > 0, qPrintable(name));
            QVERIFY(
                language->itemText(index).startsWith(QLocale(name).nativeLanguageName().left(1).toUpper()));
            language->setCurrentIndex(index);
            QCOMPARE(settings.language(), name);
        }
        language->setCurrentIndex(0);
        QCOMPARE(settings.language(), QString());
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNote"));
        QVERIFY(note);
        QCOMPARE(note->text(), QStringLiteral("Applies the next time Twofold starts."));
    }

    void changesMadeElsewhereAreShown()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings, nullptr);
        AppSettings other;
        other.setClipboardSeconds(90);
        other.setAutoLockMinutes(3);
        QCOMPARE(dialog.generalPane()->clipboardSeconds()->value(), 90);
        QCOMPARE(dialog.generalPane()->autoLockMinutes()->value(), 3);
    }

    void panesSwitchByKeyboard()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.currentPane(), PreferencesDialog::Pane::General);
        QTest::keyClick(&dialog, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(dialog.currentPane(), PreferencesDialog::Pane::Security);
        QTest::keyClick(&dialog, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(dialog.currentPane(), PreferencesDialog::Pane::General);
        QTest::keyClick(&dialog, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(dialog.currentPane(), PreferencesDialog::Pane::Security);

        dialog.paneList()->setFocus();
        QTest::keyClick(dialog.paneList(), Qt::Key_Up);
        QCOMPARE(dialog.currentPane(), PreferencesDialog::Pane::General);
        QTest::keyClick(dialog.paneList(), Qt::Key_Down);
        QCOMPARE(dialog.currentPane(), PreferencesDialog::Pane::Security);
        dialog.setCurrentPane(PreferencesDialog::Pane::General);
        QCOMPARE(dialog.currentPane(), PreferencesDialog::Pane::General);
    }

    void tabReachesEveryGeneralControl()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QSet<QWidget*> reached = tabChain(&dialog, dialog.paneList());
        QVERIFY(reached.contains(dialog.paneList()));
        const QList<QWidget*> controls = tabbable(dialog.generalPane());
        QVERIFY(controls.size() >= 4);
        for (QWidget* control : controls)
            QVERIFY2(reached.contains(control), qPrintable(control->objectName()));
        QVERIFY(reached.contains(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)));
    }

    void escapeAndCloseClose()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void withoutAVaultSecuritySaysToUnlock()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings, nullptr);
        dialog.setCurrentPane(PreferencesDialog::Pane::Security);
        QVERIFY(!dialog.securityPane());
        auto* page = qobject_cast<QLabel*>(dialog.securityPage());
        QVERIFY(page);
        QCOMPARE(page->text(), QStringLiteral("Unlock a vault to change its security settings."));
    }

    void itsTitleIsTheMenusName()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings, nullptr);
#ifdef Q_OS_MACOS
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Preferences")); // the app menu's Preferences…
#else
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings")); // Vault > Settings…
#endif
        QCOMPARE(dialog.windowTitle(), PreferencesDialog::title());
    }

    void theLockDelayIsSaidOnce()
    {
        AppSettings settings;
        settings.setAutoLockMinutes(10);
        PreferencesDialog dialog(settings, nullptr);
        dialog.show();
        QSpinBox* minutes = dialog.generalPane()->autoLockMinutes();
        auto* hint = dialog.generalPane()->findChild<QLabel*>(QStringLiteral("autoLockHint"));
        QVERIFY(hint);
        QCOMPARE(minutes->text(), QStringLiteral("10")); // no "10 min" before "minutes"
        QCOMPARE(hint->text(),
                 QCoreApplication::translate("twofold::GeneralPane",
                                             "minute(s) without keyboard or mouse use", nullptr, 10));
        minutes->setValue(0);
        QCOMPARE(minutes->text(), QStringLiteral("Never"));
        QVERIFY(hint->text().isEmpty()); // "Never", not "Never minutes"
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
