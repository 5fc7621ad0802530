// The vault window, driven the way a person does: typing to search, keys to move, Delete and
// Undo, the editor, copying, locking. Every change must reach the file (checked by opening
// it again through the core).
#include "OpenVaultFixture.h"
#include "crypto/PasswordGenerator.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PasswordField.h"
#include "ui/common/SecretClipboard.h"
#include "ui/otp/OtpSetupDialog.h"
#include "ui/otp/TotpCodeWidget.h"
#include "ui/vault/EntryEditorDialog.h"
#include "ui/vault/EntryFilterProxy.h"
#include "ui/vault/EntryPane.h"
#include "ui/vault/GroupList.h"
#include "ui/vault/MainWindow.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

#include <atomic>

using namespace std::chrono_literals;
using namespace twofold;
using namespace twofold::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    // RFC 6238's SHA-1 secret; at 59 s after the epoch its 6-digit code is 287082.
    static constexpr const char* kOtpUri =
        "otpauth://totp/Example:ann?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example";
    ManualClock m_clock{59'000};
    std::unique_ptr<OpenVaultFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    OpenVault* m_open = nullptr; // owned by the window's controller

    VaultController* controller() const { return m_window->controller(); }
    // The id of the entry titled title, in the trash or not.
    QUuid idOf(const char* title) const
    {
        for (const Entry& e : controller()->vault().entries())
            if (e.title == QString::fromUtf8(title))
                return e.id;
        return {};
    }

    // Waits until every change is on disk.
    void settle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->isSaving(), 10000);
        QVERIFY(!controller()->hasUnsavedChanges());
    }

    static EntryFields tagged(const QStringList& tags)
    {
        EntryFields f;
        f.tags = tags;
        return f;
    }

    EntryEditorDialog* openDialog() const
    {
        const auto dialogs = m_window->findChildren<EntryEditorDialog*>();
        return dialogs.isEmpty() ? nullptr : dialogs.constLast();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<OpenVaultFixture>();
        std::shared_ptr<OpenVault> vault = m_fixture->create(m_clock);
        QVERIFY(vault);
        m_open = vault.get();
        m_window = std::make_unique<MainWindow>(new VaultController(std::move(vault)));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        if (m_window && controller()->isOpen())
            controller()->waitForSave();
        m_window.reset();
        m_fixture.reset();
    }

    void listsEveryEntry()
    {
        QCOMPARE(m_window->entryView()->model()->rowCount(), 3);
        QVERIFY(m_window->searchField()->hasFocus());
        QVERIFY(!m_window->searchField()->accessibleName().isEmpty());
        QVERIFY(!m_window->entryView()->accessibleName().isEmpty());
    }

    void typingFilters()
    {
        QTest::keyClicks(m_window->searchField(), QStringLiteral("bo"));
        QCOMPARE(m_window->entryView()->model()->rowCount(), 1);
        QTest::keyClicks(m_window->searchField(), QStringLiteral("x"));
        QCOMPARE(m_window->entryView()->model()->rowCount(), 0);
        QTest::keyClick(m_window->searchField(), Qt::Key_Backspace);
        QCOMPARE(m_window->entryView()->model()->rowCount(), 1);
        QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
        QCOMPARE(m_window->searchField()->text(), QString());
        QCOMPARE(m_window->entryView()->model()->rowCount(), 3);
    }

    void sideListChoosesTheScope()
    {
        QTreeWidget* groups = m_window->groupList();
        groups->setFocus();
        QCOMPARE(groups->currentItem()->text(0), QStringLiteral("All entries"));
        QTest::keyClick(groups, Qt::Key_Down);
        QCOMPARE(groups->currentItem()->text(0), QStringLiteral("Money"));
        QCOMPARE(m_window->entryView()->model()->rowCount(), 1);
        QTest::keyClick(groups, Qt::Key_Down);
        QCOMPARE(groups->currentItem()->text(0), QStringLiteral("Trash"));
        QCOMPARE(m_window->entryView()->model()->rowCount(), 0);
        QTest::keyClick(groups, Qt::Key_Down);
        QCOMPARE(groups->currentItem()->text(0), QStringLiteral("chat (1)"));
        QCOMPARE(m_window->entryView()->model()->rowCount(), 1);
        QTest::keyClick(groups, Qt::Key_Home);
        QCOMPARE(m_window->entryView()->model()->rowCount(), 3);
    }

    void tagsAreListedWithCounts()
    {
        GroupList* groups = m_window->groupList();
        QCOMPARE(groups->tags(), (GroupList::TagCounts{{QStringLiteral("chat"), 1}}));
        QVERIFY(groups->tagItem(QStringLiteral("chat")));
        QCOMPARE(groups->tagItem(QStringLiteral("chat"))->text(0), QStringLiteral("chat (1)"));
        // A tag differing only in case is the same tag, shown as first spelled in the vault
        // (Mail comes before Forum); one used twice by an entry counts once.
        QVERIFY(controller()->updateEntry(
            idOf("Mail"), tagged({QStringLiteral("Chat"), QStringLiteral("chat"), QStringLiteral("work")})));
        QCOMPARE(groups->tags(),
                 (GroupList::TagCounts{{QStringLiteral("Chat"), 2}, {QStringLiteral("work"), 1}}));
        // The trash's entries are not counted.
        QVERIFY(controller()->moveToTrash(idOf("Mail")));
        QCOMPARE(groups->tags(), (GroupList::TagCounts{{QStringLiteral("chat"), 1}}));
        QVERIFY(!groups->tagItem(QStringLiteral("work")));
        settle();
    }

    void choosingATagFiltersByKeyboard()
    {
        QVERIFY(controller()->updateEntry(idOf("Bank"), tagged({QStringLiteral("chat")})));
        GroupList* groups = m_window->groupList();
        groups->setFocus();
        QTest::keyClick(groups, Qt::Key_Down); // Money
        QTest::keyClick(groups, Qt::Key_Down); // Trash
        QTest::keyClick(groups, Qt::Key_Down); // past the "Tags" heading, to the first tag
        QCOMPARE(groups->currentItem()->text(0), QStringLiteral("chat (2)"));
        QCOMPARE(m_window->proxy()->scope().kind, EntryFilterProxy::Scope::Tag);
        QCOMPARE(m_window->entryView()->model()->rowCount(), 2);
        QTest::keyClick(groups, Qt::Key_Up); // past the heading again
        QCOMPARE(groups->currentItem()->text(0), QStringLiteral("Trash"));
        QTest::keyClick(groups, Qt::Key_End);
        QCOMPARE(m_window->entryView()->model()->rowCount(), 2);
        // Search works inside the tag.
        QTest::keyClicks(m_window->searchField(), QStringLiteral("bob"));
        QCOMPARE(m_window->entryView()->model()->rowCount(), 1);
        m_window->searchField()->clear();
        // Taking the tag off an entry updates the list; the last one removes the tag.
        QVERIFY(controller()->updateEntry(idOf("Bank"), tagged({})));
        QCOMPARE(m_window->entryView()->model()->rowCount(), 1);
        QVERIFY(controller()->updateEntry(idOf("Forum"), tagged({})));
        QVERIFY(groups->tags().empty());
        QCOMPARE(m_window->proxy()->scope().kind, EntryFilterProxy::Scope::AllEntries);
        QCOMPARE(m_window->entryView()->model()->rowCount(), 3);
        settle();
    }

    void ctrlFFocusesSearch()
    {
        m_window->entryView()->setFocus();
        QVERIFY(!m_window->searchField()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->searchField()->hasFocus());
    }

    void downMovesIntoTheListAndEnterOpens()
    {
        QTest::keyClicks(m_window->searchField(), QStringLiteral("mail"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Down);
        QVERIFY(m_window->entryView()->hasFocus());
        QCOMPARE(m_window->currentEntryId(), idOf("Mail"));
        QCOMPARE(m_window->entryPane()->entryId(), idOf("Mail"));
        QTest::keyClick(m_window->entryView(), Qt::Key_Return);
        EntryEditorDialog* dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Mail"));
        dialog->reject();
    }

    void deleteMovesToTrashAndUndoRestores()
    {
        m_window->selectEntry(idOf("Mail"));
        m_window->entryView()->setFocus();
        QTest::keyClick(m_window->entryView(), Qt::Key_Delete);
        QCOMPARE(m_window->entryView()->model()->rowCount(), 2);
        QVERIFY(controller()->vault().entry(idOf("Mail"))->inTrash);
        QVERIFY(m_window->undoButton()->isVisible());
        settle();
        QVERIFY(m_fixture->reopen()->vault().entry(idOf("Mail"))->inTrash);

        QTest::mouseClick(m_window->undoButton(), Qt::LeftButton);
        QCOMPARE(m_window->entryView()->model()->rowCount(), 3);
        QVERIFY(!controller()->vault().entry(idOf("Mail"))->inTrash);
        QVERIFY(!m_window->undoButton()->isVisible());
        QCOMPARE(m_window->currentEntryId(), idOf("Mail"));
        settle();
        QVERIFY(!m_fixture->reopen()->vault().entry(idOf("Mail"))->inTrash);
    }

    void editingSaves()
    {
        m_window->selectEntry(idOf("Bank"));
        m_window->editEntryAction()->trigger();
        EntryEditorDialog* dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->groupBox()->currentText(), QStringLiteral("Money"));
        dialog->usernameEdit()->clear();
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("robert"));
        dialog->passwordField()->lineEdit()->clear();
        QTest::keyClicks(dialog->passwordField()->lineEdit(), QStringLiteral("n3w bank pw"));
        QTest::keyClicks(dialog->tagsEdit(), QStringLiteral("money, important"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(m_window->entryPane()->usernameField()->text(), QStringLiteral("robert"));
        settle();
        std::unique_ptr<OpenVault> again = m_fixture->reopen();
        QVERIFY(again);
        const Entry* bank = again->vault().entry(idOf("Bank"));
        QVERIFY(bank);
        QCOMPARE(bank->username, QStringLiteral("robert"));
        QCOMPARE(bank->tags, (QStringList{QStringLiteral("money"), QStringLiteral("important")}));
        QVERIFY(again->vault().password(*bank).equals(QByteArrayView("n3w bank pw")));
        QCOMPARE(bank->history.size(), std::size_t(1)); // the old password went to the history
        QCOMPARE(again->vault().groupPath(bank->groupId), QStringLiteral("Money"));
    }

    void generateFillsAStrongPassword()
    {
        m_window->selectEntry(idOf("Forum"));
        EntryEditorDialog* editor = m_window->editEntry(idOf("Forum"));
        QVERIFY(editor);
        QTest::mouseClick(editor->generateButton(), Qt::LeftButton);
        const SecureBuffer generated = editor->passwordField()->secret();
        QCOMPARE(int(generated.size()), kDefaultGeneratedLength);
        QVERIFY(editor->passwordField()->isRevealed());
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        settle();
        std::unique_ptr<OpenVault> again = m_fixture->reopen();
        QVERIFY(again->vault().password(*again->vault().entry(idOf("Forum"))).equals(generated));
    }

    void addingWithANewGroupSaves()
    {
        m_window->newEntryAction()->trigger();
        EntryEditorDialog* dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled()); // no title yet
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Laptop"));
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("me"));
        QTest::keyClicks(dialog->passwordField()->lineEdit(), QStringLiteral("laptop pw"));
        dialog->groupBox()->setEditText(QStringLiteral("Work/Devices"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(m_window->entryView()->model()->rowCount(), 4);
        QCOMPARE(m_window->currentEntryId(), idOf("Laptop"));
        settle();
        std::unique_ptr<OpenVault> again = m_fixture->reopen();
        const Entry* laptop = again->vault().entry(idOf("Laptop"));
        QVERIFY(laptop);
        QCOMPARE(again->vault().groupPath(laptop->groupId), QStringLiteral("Work/Devices"));
        QVERIFY(again->vault().password(*laptop).equals(QByteArrayView("laptop pw")));
    }

    void paneHidesThePasswordUntilShown()
    {
        m_window->selectEntry(idOf("Mail"));
        EntryPane* pane = m_window->entryPane();
        QVERIFY(!pane->passwordField()->text().contains(QStringLiteral("mail-pw")));
        QTest::mouseClick(pane->showPasswordButton(), Qt::LeftButton);
        QCOMPARE(pane->passwordField()->text(), QStringLiteral("mail-pw"));
        m_window->selectEntry(idOf("Bank"));
        QVERIFY(!pane->isPasswordShown()); // another entry starts hidden again
        QVERIFY(!pane->passwordField()->text().contains(QStringLiteral("bank-pw")));
    }

    void copyPasswordIsMarkedAndCleared()
    {
        m_window->secretClipboard()->setTimeout(100ms);
        QSignalSpy cleared(m_window->secretClipboard(), &SecretClipboard::cleared);
        m_window->selectEntry(idOf("Mail"));
        QTest::mouseClick(m_window->entryPane()->copyPasswordButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("mail-pw"));
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
#endif
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        QTest::mouseClick(m_window->entryPane()->copyUsernameButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ann"));
    }

    void paneShowsTheTwoFactorCode()
    {
        m_window->selectEntry(idOf("Mail"));
        QVERIFY(!m_window->entryPane()->isCodeShown()); // no codes: no row
        EntryFields withCode = fields(QStringLiteral("Example"), QStringLiteral("ann"), "pw");
        withCode.otpUri = pw(kOtpUri);
        Result<QUuid> id = controller()->addEntry(std::move(withCode));
        QVERIFY(id.ok());
        m_window->selectEntry(*id);
        QVERIFY(m_window->entryPane()->isCodeShown());
        QCOMPARE(m_window->entryPane()->codeWidget()->code(), QStringLiteral("287082"));

        m_window->secretClipboard()->setTimeout(100ms);
        QSignalSpy cleared(m_window->secretClipboard(), &SecretClipboard::cleared);
        emit m_window->entryPane()->codeWidget()->copyRequested(QStringLiteral("287082"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("287082"));
        QVERIFY(m_window->secretClipboard()->holdsSecret());
        QVERIFY(cleared.wait(5000));
    }

    void editorAddsAndRemovesTwoFactorCodes()
    {
        m_window->selectEntry(idOf("Mail"));
        EntryEditorDialog* editor = m_window->editEntry(idOf("Mail"));
        QVERIFY(editor);
        QVERIFY(!editor->willHaveOtp());
        QCOMPARE(editor->otpButton()->text(), QStringLiteral("Add two-factor code…"));
        OtpSetupDialog* otp = editor->editOtp();
        otp->setUri(pw(kOtpUri));
        QVERIFY(otp->hasValidInput());
        otp->accept();
        QVERIFY(editor->willHaveOtp());
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QVERIFY(m_window->entryPane()->isCodeShown());
        settle();
        {
            std::unique_ptr<OpenVault> again = m_fixture->reopen();
            QVERIFY(again->vault().hasOtp(*again->vault().entry(idOf("Mail"))));
        }

        editor = m_window->editEntry(idOf("Mail"));
        QVERIFY(editor->willHaveOtp());
        QTest::mouseClick(editor->removeOtpButton(), Qt::LeftButton);
        QVERIFY(!editor->willHaveOtp());
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QVERIFY(!m_window->entryPane()->isCodeShown());
        settle();
        std::unique_ptr<OpenVault> again = m_fixture->reopen();
        QVERIFY(!again->vault().hasOtp(*again->vault().entry(idOf("Mail"))));
    }

    void failedSaveShowsABannerAndKeepsChanges()
    {
        auto failing = std::make_shared<std::atomic<bool>>(true);
        m_open->setFaultInjector([failing](SaveStep step) { return *failing && step == SaveStep::Write; });
        QSignalSpy failed(controller(), &VaultController::saveFailed);
        QVERIFY(controller()->addEntry(fields(QStringLiteral("Unsaved"))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(!m_window->banner()->text().isEmpty());
        QVERIFY(controller()->hasUnsavedChanges());
        QVERIFY(controller()->vault().resolve(QStringLiteral("Unsaved")).ok()); // still in memory
        QVERIFY(!m_fixture->reopen()->vault().resolve(QStringLiteral("Unsaved")).ok());

        *failing = false;
        QSignalSpy saved(controller(), &VaultController::saved);
        const auto buttons = m_window->banner()->findChildren<QPushButton*>();
        QCOMPARE(buttons.size(), 1);
        QTest::mouseClick(buttons.constFirst(), Qt::LeftButton); // "Try again"
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 10000);
        QVERIFY(!m_window->banner()->isVisible());
        QVERIFY(m_fixture->reopen()->vault().resolve(QStringLiteral("Unsaved")).ok());
    }

    void ctrlLLocks()
    {
        QSignalSpy locked(controller(), &VaultController::locked);
        m_window->selectEntry(idOf("Mail"));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(locked.count(), 1);
        QVERIFY(!controller()->isOpen());
        QCOMPARE(m_window->entryView()->model()->rowCount(), 0);
        QVERIFY(m_window->entryPane()->entryId().isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
