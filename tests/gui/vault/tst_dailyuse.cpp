// The vault window's everyday actions, driven with keys and clicks: copying the two-factor
// code, opening the web address (and copying the password on the way), Ctrl+C in the search
// box, host names in the list, the result count, Escape in a changed editor, the generator
// with its options and the strength meter, and restoring an earlier password.
#include "OpenVaultFixture.h"
#include "gui/LayoutCheck.h"
#include "ui/common/PasswordField.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/StrengthMeter.h"
#include "ui/vault/EntryActions.h"
#include "ui/vault/EntryEditorDialog.h"
#include "ui/vault/EntryFilterProxy.h"
#include "ui/vault/EntryListModel.h"
#include "ui/vault/EntryPane.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/PasswordGeneratorPanel.h"
#include "ui/vault/PasswordHistoryView.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>

using namespace twofold;
using namespace twofold::test;

// Stands in for the browser: QDesktopServices hands it the addresses Twofold opens.
class Browser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl& url) { opened << url; }
};

class TestDailyUse : public QObject
{
    Q_OBJECT
private:
    // RFC 6238's SHA-1 secret; at 59 s after the epoch its 6-digit code is 287082.
    static constexpr const char* kOtpUri =
        "otpauth://totp/Example:ann?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example";
    ManualClock m_clock{59'000};
    std::unique_ptr<OpenVaultFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    Browser m_browser;

    VaultController* controller() const { return m_window->controller(); }
    QUuid idOf(const char* title) const
    {
        for (const Entry& e : controller()->vault().entries())
            if (e.title == QString::fromUtf8(title))
                return e.id;
        return {};
    }
    EntryEditorDialog* openEditor() const
    {
        const auto dialogs = m_window->findChildren<EntryEditorDialog*>();
        for (EntryEditorDialog* d : dialogs)
            if (d->isVisible())
                return d;
        return nullptr;
    }
    QMessageBox* question(QWidget* parent) const
    {
        for (QMessageBox* box : parent->findChildren<QMessageBox*>(QStringLiteral("discardQuestion")))
            if (box->isVisible())
                return box;
        return nullptr;
    }
    bool menusHold(QAction* action) const
    {
        for (QAction* top : m_window->menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(action))
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void init()
    {
        m_fixture = std::make_unique<OpenVaultFixture>();
        std::shared_ptr<OpenVault> vault = m_fixture->create(m_clock);
        QVERIFY(vault);
        m_window = std::make_unique<MainWindow>(new VaultController(std::move(vault)));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_browser.opened.clear();
    }

    void cleanup()
    {
        if (m_window && controller()->isOpen())
            controller()->waitForSave();
        m_window.reset();
        m_fixture.reset();
    }

    void copyTheTwoFactorCodeByKeyAndMenu()
    {
        EntryFields withCode = fields(QStringLiteral("Example"), QStringLiteral("ann"), "pw");
        withCode.otpUri = pw(kOtpUri);
        Result<QUuid> id = controller()->addEntry(std::move(withCode));
        QVERIFY(id.ok());
        QAction* copyCode = m_window->entryActions()->copyCodeAction();
        QVERIFY(menusHold(copyCode));
        m_window->selectEntry(idOf("Mail"));
        QVERIFY(!copyCode->isEnabled()); // Mail has no codes
        m_window->selectEntry(*id);
        QVERIFY(copyCode->isEnabled());
        m_window->entryView()->setFocus();
        QTest::keySequence(m_window.get(), copyCode->shortcut());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("287082"));
        QVERIFY(m_window->secretClipboard()->holdsSecret());
    }

    void openTheWebAddressAndCopyThePasswordOnTheWay()
    {
        QAction* open = m_window->entryActions()->openUrlAction();
        QAction* copyAndOpen = m_window->entryActions()->copyAndOpenAction();
        QVERIFY(menusHold(open));
        QVERIFY(menusHold(copyAndOpen));
        m_window->selectEntry(idOf("Mail"));
        QVERIFY(!open->isEnabled()); // no web address
        m_window->selectEntry(idOf("Bank"));
        QVERIFY(open->isEnabled());
        QTest::keySequence(m_window.get(), open->shortcut());
        QCOMPARE(m_browser.opened, (QList<QUrl>{QUrl(QStringLiteral("https://bank.example"))}));
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(m_window.get(), copyAndOpen->shortcut());
        QCOMPARE(m_browser.opened.size(), 2);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("bank-pw"));
    }

    void ctrlCInTheSearchBoxCopiesItsText()
    {
        m_window->selectEntry(idOf("Bank"));
        QLineEdit* search = m_window->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Ban"));
        search->selectAll();
        QTest::keySequence(search, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Ban"));
        QVERIFY(!m_window->secretClipboard()->holdsSecret());
    }

    void theListShowsHostNamesAndCountsResults()
    {
        EntryFields bank = fields(QStringLiteral("Online banking"), QStringLiteral("ann"), "pw");
        bank.url = QStringLiteral("https://login.bank.de/account?x=1");
        QVERIFY(controller()->addEntry(std::move(bank)).ok());
        EntryListModel* model = m_window->model();
        const int row = model->rowOf(idOf("Online banking"));
        QCOMPARE(model->index(row, EntryListModel::UrlColumn).data().toString(),
                 QStringLiteral("login.bank.de"));
        QCOMPARE(model->index(row, EntryListModel::UrlColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("https://login.bank.de/account?x=1"));

        QLabel* count = m_window->resultCountLabel();
        QVERIFY(count->isHidden());
        QTest::keyClicks(m_window->searchField(), QStringLiteral("ban"));
        QVERIFY(count->isVisible());
        QCOMPARE(count->text(), QStringLiteral("2 found"));
        QTest::keyClicks(m_window->searchField(), QStringLiteral("k"));
        QCOMPARE(count->text(), QStringLiteral("2 found"));
        QTest::keyClicks(m_window->searchField(), QStringLiteral("zz"));
        QCOMPARE(count->text(), QStringLiteral("0 found"));
        m_window->searchField()->clear();
        QVERIFY(count->isHidden());
        // Titles get the room: the user name and address columns fit their text, no more.
        QTableView* view = m_window->entryView();
        QVERIFY(view->columnWidth(EntryListModel::TitleColumn) >
                view->columnWidth(EntryListModel::UrlColumn));
        QVERIFY(view->columnWidth(EntryListModel::UrlColumn) >=
                    static_cast<QAbstractItemView*>(view)->sizeHintForColumn(EntryListModel::UrlColumn) ||
                view->columnWidth(EntryListModel::UrlColumn) == 260);
        QVERIFY(m_window->entryPane()->width() < view->width());
    }

    void aNarrowListKeepsTheTitleHeaderWhole()
    {
        // A narrower window takes the room from the user name, address and date columns (down
        // to their own headers), not from the title, and gives it back when it grows again.
        QTableView* view = m_window->entryView();
        const auto others = [view] {
            return QList<int>{view->columnWidth(EntryListModel::UsernameColumn),
                              view->columnWidth(EntryListModel::UrlColumn),
                              view->columnWidth(EntryListModel::ModifiedColumn)};
        };
        const auto headerProblems = [this] {
            return layoutProblems(m_window.get()).filter(QStringLiteral("header \""));
        };
        const QList<int> widths = others();
        QCOMPARE(headerProblems(), QStringList());
        // Narrower by all of the title's width but 30 px: too little for "Title" alone.
        const int narrower = view->columnWidth(EntryListModel::TitleColumn) - 30;
        m_window->resize(m_window->width() - narrower, m_window->height());
        QTRY_VERIFY(others() != widths);
        QCOMPARE(headerProblems(), QStringList());
        m_window->resize(1000, m_window->height());
        QTRY_COMPARE(others(), widths);
    }

    void escapeAsksBeforeDiscardingChanges()
    {
        // Unchanged: Escape closes at once.
        EntryEditorDialog* editor = m_window->editEntry(idOf("Bank"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!openEditor());

        editor = m_window->editEntry(idOf("Bank"));
        QTRY_VERIFY(editor->isVisible());
        QTest::keyClicks(editor->titleEdit(), QStringLiteral(" (old)"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = question(editor)) != nullptr);
        QVERIFY(editor->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton); // Keep editing
        QTRY_VERIFY(!question(editor));
        QVERIFY(editor->isVisible());
        QVERIFY(editor->titleEdit()->text().contains(QStringLiteral("(old)"))); // nothing lost

        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY((box = question(editor)) != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_VERIFY(!openEditor());
        QCOMPARE(controller()->vault().entry(idOf("Bank"))->title, QStringLiteral("Bank"));
    }

    void theGeneratorFollowsItsOptions()
    {
        EntryEditorDialog* editor = m_window->editEntry(idOf("Forum"));
        QVERIFY(editor);
        PasswordGeneratorPanel* generator = editor->generatorPanel();
        QVERIFY(generator->isHidden());
        QTest::mouseClick(editor->generateButton(), Qt::LeftButton);
        QVERIFY(generator->isVisible());
        QCOMPARE(int(editor->passwordField()->secret().size()), kDefaultGeneratedLength);
        QVERIFY(!editor->strengthMeter()->verdictText().isEmpty());

        generator->lengthBox()->setValue(32);
        generator->lowerBox()->setChecked(false);
        generator->upperBox()->setChecked(false);
        generator->symbolsBox()->setChecked(false);
        const QString digits = editor->passwordField()->secret().toStringUnsafe();
        QCOMPARE(digits.size(), 32);
        QVERIFY2(std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }),
                 qPrintable(digits));
        QVERIFY(generator->summaryText().contains(QStringLiteral("bits")));

        generator->digitsBox()->setChecked(false); // no set left: refused, the password stays
        QCOMPARE(editor->passwordField()->secret().toStringUnsafe(), digits);
        QVERIFY(!generator->summaryText().contains(QStringLiteral("bits")));

        QTest::mouseClick(generator->passphraseButton(), Qt::LeftButton);
        generator->wordsBox()->setValue(5);
        generator->separatorEdit()->clear();
        QTest::keyClicks(generator->separatorEdit(), QStringLiteral("_"));
        const QString phrase = editor->passwordField()->secret().toStringUnsafe();
        QCOMPARE(phrase.split(u'_').size(), 5);
        QTest::mouseClick(generator->againButton(), Qt::LeftButton);
        QVERIFY(editor->passwordField()->secret().toStringUnsafe() != phrase);

        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!controller()->isSaving());
        QCOMPARE(controller()
                     ->vault()
                     .password(*controller()->vault().entry(idOf("Forum")))
                     .toStringUnsafe()
                     .split(u'_')
                     .size(),
                 5);
    }

    void anEarlierPasswordIsRestored()
    {
        const QUuid bank = idOf("Bank");
        EntryFields change;
        change.password = pw("new bank pw");
        QVERIFY(controller()->updateEntry(bank, std::move(change)).ok());
        m_window->selectEntry(bank);
        PasswordHistoryView* history = m_window->entryPane()->historyView();
        QVERIFY(history->isVisible());
        QCOMPARE(history->count(), 1);
        QVERIFY(!history->list()->topLevelItem(0)->text(1).contains(QStringLiteral("bank-pw")));

        QTest::mouseClick(history->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("bank-pw"));
        QTest::mouseClick(history->restoreButton(), Qt::LeftButton);
        QCOMPARE(controller()->password(bank).toStringUnsafe(), QStringLiteral("bank-pw"));
        QCOMPARE(history->count(), 2); // the replaced one is kept too
        controller()->waitForSave();
        std::unique_ptr<OpenVault> again = m_fixture->reopen();
        QCOMPARE(again->vault().password(*again->vault().entry(bank)).toStringUnsafe(),
                 QStringLiteral("bank-pw"));

        m_window->selectEntry(idOf("Mail"));
        QVERIFY(history->isHidden()); // nothing earlier to show
    }
};

QTEST_MAIN(TestDailyUse)
#include "tst_dailyuse.moc"
