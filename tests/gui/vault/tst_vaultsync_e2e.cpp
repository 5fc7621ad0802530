// The vault window syncs live (issue 13, DESIGN.md 11), against the real twofold-server on
// loopback (--insecure-http, SQLite in a temporary folder). Computer A is the GUI: an account
// made in process (ServerAccountCreation), signed in (SignInSession), its server-mode vault shown
// in a MainWindow. Computer B is a second OpenVault of the same vault (same id and key, another
// file) with its own SyncEngine, as another computer's Twofold would be.
//   - B adds, edits, moves to the trash and deletes an entry: A's list, groups and pane show it
//     with no action, within about a second; the chosen entry stays chosen;
//   - an entry added in A's editor reaches the server (B pulls it);
//   - the server stopped: A's status bar says Offline with the count of changes kept; the
//     server back: Synced by itself, and B gets those changes;
//   - both edit one entry: A's banner names it, the newer edit is current, the other is in the
//     entry's versions;
//   - an editor open on an entry B changes keeps what was typed; one B deleted adds it back;
//   - locking during a sync stops it cleanly.
#include "e2e/server/ServerProcess.h"
#include "unit/vault/VaultFixture.h"

#include "auth/ServerAccount.h"
#include "auth/SignInSession.h"
#include "platform/FileSecretStore.h"
#include "sync/SyncEngine.h"
#include "ui/common/MessageBanner.h"
#include "ui/vault/EntryEditorDialog.h"
#include "ui/vault/EntryFilterProxy.h"
#include "ui/vault/EntryListModel.h"
#include "ui/vault/EntryPane.h"
#include "ui/vault/GroupList.h"
#include "ui/vault/MainWindow.h"
#include "ui/vault/VaultController.h"
#include "ui/vault/VaultSync.h"
#include "vault/OpenVault.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
const char* const kMaster = "violet tractor sings under nine moons";
const QString kEmail = QStringLiteral("ann.lee@example.org");

EntryFields titled(const QString& title, const QString& username = {})
{
    EntryFields f;
    f.title = title;
    f.username = username;
    f.password = SecureBuffer::fromBytes(QByteArrayLiteral("pw-") + title.toUtf8());
    return f;
}
} // namespace

class TestVaultSyncE2e : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    quint16 m_port = 0;
    std::unique_ptr<FileSecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<OpenVault> m_b;
    std::unique_ptr<sync::SyncEngine> m_bEngine;

    QString serverUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    bool startServer(quint16 port)
    {
        QByteArray why;
        m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("server")),
                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                         QStringLiteral("--insecure-http"), QStringLiteral("--rate-capacity"),
                                         QStringLiteral("100000"), QStringLiteral("--rate-per-second"),
                                         QStringLiteral("10000")},
                                        &why);
        if (!m_server)
            qWarning("the server did not start: %s", why.constData());
        return m_server != nullptr;
    }

    VaultController* controller() const { return m_window->controller(); }
    const Vault& a() const { return controller()->vault(); }
    Vault& b() { return m_b->vault(); }
    sync::SyncEngine* aEngine() const
    {
        return m_window->vaultSync() ? m_window->vaultSync()->engine() : nullptr;
    }

    // Saves B and runs one sync of B to its end; false when it failed or did not end in time.
    bool syncB()
    {
        if (!m_b->save())
            return false;
        QSignalSpy done(m_bEngine.get(), &sync::SyncEngine::finished);
        m_bEngine->syncNow();
        if (!done.wait(30'000))
            return false;
        (void)m_server->log(); // read the server's request log, so its pipe never fills
        return m_bEngine->lastOutcome().status.ok();
    }
    // A is synced: no sync runs and nothing waits to go out.
    bool aSettled() const
    {
        return aEngine() && !controller()->isSaving() && !aEngine()->isSyncing() &&
               aEngine()->pendingCount() == 0 && aEngine()->state() == sync::SyncEngine::State::Synced;
    }
    QStringList listed() const
    {
        QStringList titles;
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
            titles << m_window->proxy()->index(row, EntryListModel::TitleColumn).data().toString();
        return titles;
    }
    QUuid idOnB(const QString& title) const
    {
        Result<QUuid> id = m_b->vault().resolve(title);
        return id ? *id : QUuid();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(startServer(0));
        m_port = m_server->port();
        m_store = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("computer A secrets")));

        // The account, made as the Create an account page makes it.
        const QString path = m_dir.filePath(QStringLiteral("A/vault.twofold"));
        ServerAccountOptions options;
        options.server = ServerEndpoint::forHeaderUrl(serverUrl());
        options.email = kEmail;
        options.vaultPath = path;
        options.secretStore = m_store.get();
        options.kdf = kFastKdf;
        ServerAccountCreation creation(options);
        bool created = false;
        QString failure;
        connect(&creation, &ServerAccountCreation::created, this, [&created] { created = true; });
        connect(&creation, &ServerAccountCreation::failed, this,
                [&failure](const Error& e) { failure = e.message; });
        QVERIFY(creation.create(pw(kMaster)));
        QTRY_VERIFY_WITH_TIMEOUT(created || !failure.isEmpty(), 30'000);
        QVERIFY2(created, qPrintable(failure));

        // Signed in, as the unlock page does.
        SignInOptions signIn;
        signIn.policy = Policy();
        signIn.secretStore = m_store.get();
        SignInSession session(path, signIn);
        connect(&session, &SignInSession::failed, this, [&failure](const Error& e) { failure = e.message; });
        QVERIFY(session.submitPassword(pw(kMaster)));
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == SignInSession::State::Unlocked || !failure.isEmpty(),
                                 30'000);
        QVERIFY2(session.state() == SignInSession::State::Unlocked, qPrintable(failure));
        std::shared_ptr<OpenVault> open(session.takeVault());
        QVERIFY(open);
        QVERIFY(open->header().serverMode());

        // Computer B: the same vault in another file, with its own engine.
        auto made = OpenVault::createWithHeader(m_dir.filePath(QStringLiteral("B/vault.twofold")),
                                                open->header(), open->vaultKey().clone());
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        m_b = std::move(made).value();
        m_bEngine = std::make_unique<sync::SyncEngine>(
            *m_b, std::make_shared<sync::HttpSyncLink>(ServerEndpoint::forHeaderUrl(serverUrl())));
        QVERIFY(b().addEntry(titled(QStringLiteral("Before"), QStringLiteral("ann"))).ok());
        QVERIFY(syncB());

        // A's window syncs at once: B's entry is there, and the status bar says Synced.
        m_window = std::make_unique<MainWindow>(new VaultController(std::move(open)));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->vaultSync());
        QLabel* state = m_window->syncStateLabel();
        QCOMPARE(state->accessibleName(), QStringLiteral("Sync state"));
        QTRY_VERIFY_WITH_TIMEOUT(listed().contains(QStringLiteral("Before")), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Synced"), 10'000);
        QVERIFY(state->isVisible());
    }

    void anotherComputersChangesShowWithNoAction()
    {
        // Added on B: listed on A, in its new group, within about a second.
        Result<QUuid> travel = b().addGroup(QStringLiteral("Travel"));
        QVERIFY(travel.ok());
        EntryFields train = titled(QStringLiteral("Train"), QStringLiteral("ann.l"));
        train.groupId = *travel;
        QVERIFY(b().addEntry(std::move(train)).ok());
        QElapsedTimer t;
        t.start();
        QVERIFY(syncB());
        QTRY_VERIFY_WITH_TIMEOUT(listed().contains(QStringLiteral("Train")), 5000);
        qInfo("another computer's new entry listed %lld ms after its sync began", t.elapsed());
        QVERIFY(t.elapsed() < 4000);
        QVERIFY(!m_window->groupList()->findItems(QStringLiteral("Travel"), Qt::MatchRecursive).isEmpty());

        // Changed on B while chosen on A: the pane shows the new value and it stays chosen.
        const QUuid id = idOnB(QStringLiteral("Train"));
        m_window->selectEntry(id);
        QCOMPARE(m_window->currentEntryId(), id);
        QCOMPARE(m_window->entryPane()->usernameField()->text(), QStringLiteral("ann.l"));
        EntryFields edit;
        edit.username = QStringLiteral("ann.lee");
        QVERIFY(b().updateEntry(id, std::move(edit)).ok());
        QVERIFY(syncB());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->entryPane()->usernameField()->text(), QStringLiteral("ann.lee"),
                                  5000);
        QCOMPARE(m_window->currentEntryId(), id);

        // Moved to the trash on B: gone from A's list (and in its trash); deleted for good: gone.
        QVERIFY(b().moveToTrash(id).ok());
        QVERIFY(syncB());
        QTRY_VERIFY_WITH_TIMEOUT(!listed().contains(QStringLiteral("Train")), 5000);
        QVERIFY(a().entry(id) && a().entry(id)->inTrash);
        QVERIFY(m_window->entryPane()->entryId().isNull() || m_window->entryPane()->entryId() != id ||
                a().entry(id)->inTrash);
        QVERIFY(b().deleteEntry(id).ok());
        QVERIFY(syncB());
        QTRY_VERIFY_WITH_TIMEOUT(a().entry(id) == nullptr, 5000);
        QVERIFY(m_window->currentEntryId() != id);
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
    }

    void anEntryAddedHereReachesTheServer()
    {
        EntryEditorDialog* dialog = m_window->addEntry();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("From the window"));
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("ann@window"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(listed().contains(QStringLiteral("From the window")));
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        QVERIFY(syncB());
        const Entry* e = b().entry(idOnB(QStringLiteral("From the window")));
        QVERIFY(e);
        QCOMPARE(e->username, QStringLiteral("ann@window"));
        QCOMPARE(m_window->syncStateLabel()->text(), QStringLiteral("Synced"));
    }

    void offlineChangesWaitAndGoOutWhenTheServerIsBack()
    {
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        m_server.reset(); // stopped: the wait A holds open breaks
        QLabel* state = m_window->syncStateLabel();
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Offline")), 10'000);
        QVERIFY(controller()->addEntry(titled(QStringLiteral("Offline one"))).ok());
        QVERIFY(controller()->addEntry(titled(QStringLiteral("Offline two"))).ok());
        // (The source text: no translation is loaded here.)
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QString::fromUtf8("Offline — 2 change(s) waiting"), 15'000);
        QCOMPARE(state->accessibleDescription(), state->text());
        // The retries (a sync every few seconds) do not make it flicker to "Syncing…".
        QSignalSpy shown(m_window->vaultSync(), &VaultSync::statusChanged);
        QSignalSpy engineStates(aEngine(), &sync::SyncEngine::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(engineStates.count() >= 2,
                                 sync::kRetryListeningMs + 5000); // Syncing, Offline
        for (const QList<QVariant>& text : shown)
            QVERIFY2(text.at(0).toString().startsWith(QStringLiteral("Offline")),
                     qPrintable(text.at(0).toString()));
        QCOMPARE(state->text(), QString::fromUtf8("Offline — 2 change(s) waiting"));
        // Back on the same address: A sends them by itself.
        QVERIFY(startServer(m_port));
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Synced"), sync::kRetryListeningMs + 15'000);
        QVERIFY(syncB());
        QVERIFY(b().resolve(QStringLiteral("Offline one")).ok());
        QVERIFY(b().resolve(QStringLiteral("Offline two")).ok());
        // And A hears of B again.
        QVERIFY(b().addEntry(titled(QStringLiteral("After the outage"))).ok());
        QVERIFY(syncB());
        QTRY_VERIFY_WITH_TIMEOUT(listed().contains(QStringLiteral("After the outage")), 5000);
    }

    void bothEditingOneEntryNamesItInTheBanner()
    {
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        const QUuid id = idOnB(QStringLiteral("Before"));
        QVERIFY(a().entry(id));
        // A does not hear of B's edit before making its own (as when both edit at once).
        aEngine()->setListening(false);
        EntryFields onB;
        onB.notes = QStringLiteral("edited on B");
        QVERIFY(b().updateEntry(id, std::move(onB)).ok());
        QVERIFY(syncB());
        // (B's sync took round trips to the server: A's edit below is the newer one.)
        EntryFields onA;
        onA.username = QStringLiteral("edited on A");
        QVERIFY(controller()->updateEntry(id, std::move(onA)).ok()); // saved, then pushed: stale, merged
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 15'000);
        const QString banner = m_window->banner()->text();
        QVERIFY2(banner.contains(QStringLiteral("“Before”")) && banner.contains(QStringLiteral("history")),
                 qPrintable(banner));
        const Entry* e = a().entry(id);
        QVERIFY(e);
        QCOMPARE(e->username, QStringLiteral("edited on A"));
        QVERIFY(!e->versions.empty());
        QCOMPARE(e->versions.back().notes, QStringLiteral("edited on B"));
        // The pane lists the kept version, and how it differed.
        m_window->selectEntry(id);
        QLabel* versions = m_window->entryPane()->versionsLabel();
        QVERIFY(versions->isVisible());
        QVERIFY2(versions->text().contains(QStringLiteral("notes “edited on B”")),
                 qPrintable(versions->text()));
        QVERIFY2(versions->text().contains(QStringLiteral("user name “ann”")), qPrintable(versions->text()));
        QCOMPARE(versions->accessibleName(), QStringLiteral("Older versions"));
        aEngine()->setListening(true);
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        QVERIFY(syncB());
        QCOMPARE(b().entry(id)->username, QStringLiteral("edited on A"));
        m_window->banner()->dismiss();
    }

    void anOpenEditorKeepsWhatWasTyped()
    {
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        QVERIFY(b().addEntry(titled(QStringLiteral("Shop"), QStringLiteral("old name"))).ok());
        QVERIFY(syncB());
        QTRY_VERIFY_WITH_TIMEOUT(listed().contains(QStringLiteral("Shop")), 5000);
        const QUuid id = idOnB(QStringLiteral("Shop"));
        EntryEditorDialog* dialog = m_window->editEntry(id);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->notesEdit(), QStringLiteral("typed on A"));
        EntryFields onB;
        onB.username = QStringLiteral("new name");
        onB.notes = QStringLiteral("notes from B");
        QVERIFY(b().updateEntry(id, std::move(onB)).ok());
        QVERIFY(syncB());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->changedElsewhereNote()->isVisible(), 5000);
        QCOMPARE(dialog->usernameEdit()->text(), QStringLiteral("new name")); // not edited here: follows B
        QCOMPARE(dialog->notesEdit()->toPlainText(), QStringLiteral("typed on A")); // typed here: kept
        QVERIFY(!dialog->changedElsewhereNote()->accessibleName().isEmpty());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        const Entry* e = a().entry(id);
        QVERIFY(e);
        QCOMPARE(e->username, QStringLiteral("new name"));
        QCOMPARE(e->notes, QStringLiteral("typed on A"));

        // Deleted for good on B while edited on A: saving adds it back.
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        QVERIFY(syncB());
        dialog = m_window->editEntry(id);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral(" 2"));
        QVERIFY(b().moveToTrash(id).ok());
        QVERIFY(b().deleteEntry(id).ok());
        QVERIFY(syncB());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isNewEntry(), 5000);
        QVERIFY(dialog->changedElsewhereNote()->text().contains(QStringLiteral("deleted")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(a().resolve(QStringLiteral("Shop")).ok());
        const Entry* back = a().entry(*a().resolve(QStringLiteral("Shop")));
        QCOMPARE(back->username, QStringLiteral("new name 2"));
        QCOMPARE(back->notes, QStringLiteral("typed on A"));
        QVERIFY(a().password(*back).equals(SecureBuffer::fromBytes(QByteArrayLiteral("pw-Shop"))));
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        QVERIFY(syncB());
        QVERIFY(b().resolve(QStringLiteral("Shop")).ok());
    }

    // Vault > Sync now (F5): shown for a vault that syncs, and it syncs: a pull goes out with
    // nothing changed anywhere (listening alone would send none). Hidden once the vault locks.
    void syncNowSyncs()
    {
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        QAction* action = m_window->syncNowAction();
        QVERIFY(action->isVisible());
        QVERIFY(action->isEnabled());
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        bool inVaultMenu = false;
        for (QAction* menu : m_window->menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(action))
                inVaultMenu = true;
        QVERIFY(inVaultMenu);
        int pulls = 0;
        aEngine()->setRequestObserver([&pulls](sync::SyncLink::Route route) {
            if (route == sync::SyncLink::Route::Pull)
                ++pulls;
        });
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pulls > 0, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        aEngine()->setRequestObserver({});
    }

    void lockingDuringASyncStopsIt()
    {
        QTRY_VERIFY_WITH_TIMEOUT(aSettled(), 10'000);
        const QString path = controller()->path();
        QVERIFY(b().addEntry(titled(QStringLiteral("Late"))).ok());
        QVERIFY(syncB());     // A hears of it…
        aEngine()->syncNow(); // …and a sync of A is on its way (this one, or one after the running one)
        QVERIFY(aEngine()->isSyncing());
        m_window->lock(); // …and the vault locks under it
        QVERIFY(!controller()->isOpen());
        QVERIFY(m_window->vaultSync() == nullptr);
        QVERIFY(!m_window->syncStateLabel()->isVisible());
        QVERIFY(!m_window->syncNowAction()->isVisible());
        // The replies on their way arrive into nothing: B syncs twice more meanwhile.
        QVERIFY(b().addEntry(titled(QStringLiteral("After the lock"))).ok());
        QVERIFY(syncB());
        QVERIFY(syncB());
        m_window.reset();
        QVERIFY(QFileInfo::exists(path));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_bEngine.reset();
        m_b.reset();
    }
};

QTEST_MAIN(TestVaultSyncE2e)
#include "tst_vaultsync_e2e.moc"
