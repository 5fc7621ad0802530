// VaultSync over the in-process sync server double (tests/unit/sync/SyncServerDouble.h): the
// controller's saves (worker thread) and the engine's merges and saves (this thread) never
// overlap, while both computers change the vault as fast as they can; and a server that refuses
// the vault's sync key is said once, in the window's words, however often the retries meet it.
#include "unit/sync/SyncFixture.h"

#include "ui/vault/VaultController.h"
#include "ui/vault/VaultSync.h"

#include <QTest>

#include <atomic>

using namespace twofold;
using namespace twofold::test;

class TestVaultSync : public QObject
{
    Q_OBJECT

    // A's vault, taken from the pair for a controller (its own engine dropped).
    static std::shared_ptr<OpenVault> takeA(SyncPair& pair)
    {
        pair.a.engine.reset();
        return std::shared_ptr<OpenVault>(std::move(pair.a.open));
    }

private slots:
    void savesAndMergesNeverOverlap()
    {
        SyncPair pair;
        std::shared_ptr<OpenVault> open = takeA(pair);
        const QString path = open->path();
        std::atomic<int> overlaps{0};
        // Two saves at once would meet at the file's update lock.
        open->setUpdateHooks([&overlaps] { ++overlaps; }, {});
        VaultController controller(open);
        VaultSync sync(&controller, pair.link);
        // The engine changes the vault just before it says contentChanged: no save may run then.
        int mergesDuringSave = 0;
        connect(&sync, &VaultSync::contentChanged, this, [&] {
            if (controller.isSaving())
                ++mergesDuringSave;
        });
        sync.start();
        constexpr int kRounds = 30;
        for (int i = 0; i < kRounds; ++i) {
            QVERIFY(controller.addEntry(fields(QStringLiteral("A %1").arg(i))).ok()); // saved on the worker
            QVERIFY(pair.b.v().addEntry(fields(QStringLiteral("B %1").arg(i))).ok());
            QVERIFY(SyncPair::syncOnce(pair.b)); // A hears of it (its wait) while its save may run
        }
        QTRY_VERIFY_WITH_TIMEOUT(controller.vault().entryCount() == 2 * kRounds && !controller.isSaving() &&
                                     !sync.engine()->isSyncing() && sync.engine()->pendingCount() == 0,
                                 10'000);
        QVERIFY(SyncPair::syncOnce(pair.b));
        QCOMPARE(pair.b.v().entryCount(), 2 * kRounds);
        QCOMPARE(overlaps.load(), 0);
        QCOMPARE(mergesDuringSave, 0);
        QCOMPARE(sync.statusText(), QStringLiteral("Synced"));
        // The file holds it all, with nothing left to send.
        controller.lock();
        auto again = OpenVault::open(path, pw("pw"), OpenMode::ReadOnly);
        QVERIFY(again.ok());
        QCOMPARE((*again)->vault().entryCount(), 2 * kRounds);
        QCOMPARE(sync::pendingCount((*again)->vault()), 0);
    }

    void aRefusedSyncKeyIsSaidOnce()
    {
        SyncPair pair;
        SyncServerDouble other(QString::fromLatin1(kAccount), QByteArray(32, 'x')); // knows another key
        auto link = std::make_shared<DoubleLink>(other);
        VaultController controller(takeA(pair));
        VaultSync sync(&controller, link);
        QSignalSpy refused(&sync, &VaultSync::keyRefused);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 5000);
        QVERIFY2(sync.statusText().startsWith(QStringLiteral("Not synced")), qPrintable(sync.statusText()));
        QSignalSpy done(sync.engine(), &sync::SyncEngine::finished);
        sync.syncNow();
        QVERIFY(done.wait(5000));
        QVERIFY(sync.engine()->lastOutcome().keyRefused);
        QCOMPARE(refused.count(), 1);
        QVERIFY(VaultSync::keyRefusedSentence().contains(QStringLiteral("twofold-cli sync")));
    }

    // Paused (Preferences open), nothing of another computer comes in; resumed, it does at once.
    void pausedItWaitsAndResumedItSyncs()
    {
        SyncPair pair;
        VaultController controller(takeA(pair));
        VaultSync sync(&controller, pair.link);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.engine()->isSyncing(), 5000);
        sync.setPaused(true);
        QVERIFY(sync.isPaused());
        QVERIFY(sync.engine() == nullptr);
        QVERIFY(pair.b.v().addEntry(fields(QStringLiteral("While paused"))).ok());
        QVERIFY(SyncPair::syncOnce(pair.b));
        QVERIFY(SyncPair::syncOnce(pair.b)); // (the event loop ran: a reply to A would have come)
        QVERIFY(!controller.vault().resolve(QStringLiteral("While paused")).ok());
        sync.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(controller.vault().resolve(QStringLiteral("While paused")).ok(), 5000);
        // A lock while paused stops it for good: resuming then does nothing.
        sync.setPaused(true);
        controller.lock();
        sync.setPaused(false);
        QVERIFY(sync.engine() == nullptr);
    }

    void lockingStopsTheEngine()
    {
        SyncPair pair;
        VaultController controller(takeA(pair));
        VaultSync sync(&controller, pair.link);
        QSignalSpy status(&sync, &VaultSync::statusChanged);
        sync.start();
        QVERIFY(sync.engine()->isSyncing()); // its pull is on its way
        controller.lock();
        QVERIFY(!sync.isRunning());
        QCOMPARE(sync.statusText(), QString());
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().at(0).toString(), QString());
        // The pull's reply arrives into nothing; later syncs do nothing.
        sync.syncNow();
        QVERIFY(pair.b.v().addEntry(fields(QStringLiteral("After"))).ok());
        QVERIFY(SyncPair::syncOnce(pair.b));
        QVERIFY(!sync.isRunning());
    }
};

QTEST_MAIN(TestVaultSync)
#include "tst_vaultsync.moc"
