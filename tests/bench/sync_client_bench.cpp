// twofold-sync-client-bench: issue 13's figures with the real clients' sync (core/sync's
// SyncEngine on real vault files, over HttpSyncLink) against the real twofold-server on
// loopback, SQLite or PostgreSQL. Every byte between the clients and the server goes through a
// counting proxy (SyncProxy, tests/e2e/sync), so the figures are what crosses the wire: request
// and status lines, headers and bodies.
//
//   1. computer A: a server-mode vault of ENTRIES entries (tests/bench BenchData), saved, then
//      its first sync pushes every entry and group (the upload);
//   2. computer B, a new computer (an empty vault file with the same vault id and key, as the
//      account sign-in makes it): its first sync pulls everything — time, bytes on the wire
//      against the size of A's vault file, B's peak memory (VmHWM, reset before the sync, A let
//      go) and the server's;
//   3. one change: B listens (a wait held open, as the desktop app does); A changes one entry,
//      saves and syncs; time from A's save to the change applied on B (contentChanged, the
//      moment the vault window reloads) and to B's file saved; bytes sent and received by the
//      two clients together.
//
//   twofold-sync-client-bench [--engine sqlite|postgres] [--entries 100000]
#include "BenchData.h"
#include "PostgresHarness.h"
#include "ServerProcess.h"
#include "e2e/sync/SyncProxy.h"

#include "common/Clock.h"
#include "sync/SyncCrypto.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLink.h"
#include "vault/OpenVault.h"
#include "vault/VaultFile.h"

#include <QCborMap>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QThread>

#include <sodium.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <malloc.h>

using namespace twofold;
using namespace twofold::test;

namespace {

QLatin1StringView k(const char* key)
{
    return QLatin1StringView(key);
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(n));
    return out;
}

QString status(qint64 pid, const char* field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qsizetype(qstrlen(field))).simplified());
    return QStringLiteral("?");
}

// Resets this process's VmHWM to its current RSS (Linux: clear_refs 5).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

QString kib(qint64 bytes)
{
    return bytes < 10 * 1024 ? QStringLiteral("%1 B").arg(bytes)
                             : QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}

// Runs until done() or 10 minutes; false on the deadline.
template <typename Done> bool runUntil(Done done)
{
    QDeadlineTimer deadline(10 * 60 * 1000);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

bool syncOnce(sync::SyncEngine& engine)
{
    bool done = false;
    const auto c = QObject::connect(&engine, &sync::SyncEngine::finished, [&done] { done = true; });
    engine.syncNow();
    const bool ended = runUntil([&done] { return done; });
    QObject::disconnect(c);
    if (!ended || !engine.lastOutcome().status.ok()) {
        std::fprintf(stderr, "twofold-sync-client-bench: a sync did not end well: %s\n",
                     ended ? qPrintable(engine.lastOutcome().status.error().message) : "timed out");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("engine"), QStringLiteral("sqlite or postgres"),
                      QStringLiteral("engine"), QStringLiteral("sqlite")});
    parser.addOption({QStringLiteral("entries"), QStringLiteral("entries in the vault"), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addHelpOption();
    parser.process(app);
    const bool postgres = parser.value(QStringLiteral("engine")) == QLatin1String("postgres");
    const int count = parser.value(QStringLiteral("entries")).toInt();
    if (qEnvironmentVariableIsEmpty("TWOFOLD_BIN_DIR"))
        qputenv("TWOFOLD_BIN_DIR", TWOFOLD_DEFAULT_BIN_DIR);

    QTemporaryDir dir;
    std::unique_ptr<PostgresHarness> pg;
    QString database;
    if (postgres) {
        QString error;
        pg = PostgresHarness::start(&error);
        if (!pg || (database = pg->createDatabase(QStringLiteral("bench"), &error)).isEmpty()) {
            std::fprintf(stderr, "twofold-sync-client-bench: %s\n", qPrintable(error));
            return 1;
        }
    } else {
        database = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("server.sqlite"));
    }
    QByteArray why;
    auto server = ServerProcess::start({QStringLiteral("--data"), dir.filePath(QStringLiteral("data")),
                                        QStringLiteral("--database"), database, QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-http"),
                                        QStringLiteral("--rate-capacity"), QStringLiteral("100000"),
                                        QStringLiteral("--rate-per-second"), QStringLiteral("10000")},
                                       &why);
    if (!server) {
        std::fprintf(stderr, "twofold-sync-client-bench: the server did not start: %s\n", why.constData());
        return 1;
    }
    SyncProxy proxy(server->port());
    if (!proxy.begin()) {
        std::fprintf(stderr, "twofold-sync-client-bench: the proxy did not start\n");
        return 1;
    }
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());

    // The account, with the vault's sync key (as account creation registers it).
    const QString email = QStringLiteral("bench@example.org");
    const QByteArray vaultId = randomBytes(16);
    SecureBuffer vaultKey(32);
    randombytes_buf(vaultKey.data(), vaultKey.size());
    const SecureBuffer syncKey = sync::deriveSyncKey(vaultKey);
    {
        QCborMap account;
        account.insert(k("email"), email);
        account.insert(k("proof"), randomBytes(32));
        account.insert(k("salt"), randomBytes(16));
        QCborMap limits;
        limits.insert(k("m"), 8192);
        limits.insert(k("t"), 1);
        account.insert(k("kdf"), limits);
        account.insert(k("keyset"), QByteArrayLiteral("keyset"));
        account.insert(k("sync"), syncKey.view().toByteArray());
        QNetworkAccessManager network;
        const HttpResult made =
            post(network, QUrl(QStringLiteral("http://127.0.0.1:%1/v1/accounts").arg(server->port())),
                 QCborValue(account).toCbor());
        if (QCborValue::fromCbor(made.body).toMap().value(k("ok")).toBool() != true) {
            std::fprintf(stderr, "twofold-sync-client-bench: the account was not made (%d)\n", made.status);
            return 1;
        }
    }
    const auto header = [&] {
        VaultHeader h;
        h.vaultId = vaultId;
        h.serverUrl = url;
        h.serverAccount = email;
        kdf::Params fast;
        fast.memoryKiB = 8192;
        fast.iterations = 1;
        Result<KeySlot> slot = VaultFile::makePasswordSlot(
            SecureBuffer::fromUtf8(QStringLiteral("bench password")), fast, vaultId, vaultKey, nullptr);
        h.keySlots.push_back(*slot);
        return h;
    };
    auto link = std::make_shared<sync::HttpSyncLink>(ServerEndpoint::forHeaderUrl(url));

    std::printf("twofold-sync-client-bench, server with %s, %d entries; machine load %s\n",
                postgres ? "PostgreSQL" : "SQLite", count, qPrintable(QString::fromLatin1([] {
                    QFile f(QStringLiteral("/proc/loadavg"));
                    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
                }())));

    // 1. Computer A and its upload.
    const QString pathA = dir.filePath(QStringLiteral("a.twofold")),
                  pathB = dir.filePath(QStringLiteral("b.twofold"));
    auto a = OpenVault::createWithHeader(pathA, header(), vaultKey.clone());
    if (!a) {
        std::fprintf(stderr, "twofold-sync-client-bench: %s\n", qPrintable(a.error().message));
        return 1;
    }
    {
        const bench::BenchData data = bench::generateBenchData(count, 13);
        Vault& vault = (*a)->vault();
        std::vector<QUuid> groups;
        for (const bench::BenchGroup& g : data.groups)
            groups.push_back(*vault.addGroup(g.name, g.parent < 0 ? QUuid() : groups[std::size_t(g.parent)]));
        for (const bench::BenchEntry& e : data.entries) {
            EntryFields fields;
            fields.title = e.title;
            fields.username = e.username;
            fields.url = e.url;
            fields.notes = e.notes;
            fields.tags = e.tags;
            if (e.group >= 0)
                fields.groupId = groups[std::size_t(e.group)];
            fields.password = SecureBuffer::fromUtf8(e.password);
            if (!e.otpUri.isEmpty())
                fields.otpUri = SecureBuffer::fromUtf8(e.otpUri);
            (void)vault.addEntry(std::move(fields));
        }
        if (Status saved = (*a)->save(); !saved) {
            std::fprintf(stderr, "twofold-sync-client-bench: %s\n", qPrintable(saved.error().message));
            return 1;
        }
    }
    const qint64 fileBytes = QFileInfo(pathA).size();
    sync::SyncEngine engineA(**a, link);
    proxy.syncBytes = 0;
    QElapsedTimer timer;
    timer.start();
    if (!syncOnce(engineA))
        return 1;
    std::printf("  upload (A's first sync, %zu records): %.2f s, %s on the wire; A's vault file %s\n",
                engineA.lastOutcome().sent.size(), double(timer.elapsed()) / 1000.0,
                qPrintable(kib(proxy.syncBytes)), qPrintable(kib(fileBytes)));

    // 2. Computer B's first sync, with A let go so B's peak is B's. B lives on a thread of its
    //    own with its own link and event loop, as another computer would: A's saves never hold
    //    up B's replies (nor B's A's).
    engineA.disconnect();
    std::unique_ptr<OpenVault> keptA = std::move(a).value();
    keptA.reset();
    malloc_trim(0);

    using Clock = std::chrono::steady_clock;
    std::atomic<qint64> changeStartNs{0}, shownNs{0}, savedNs{0};
    std::atomic<int> phase{0}; // B: 1 first sync done, 2 listening; main: 3 stop
    std::atomic<bool> failed{false};
    std::atomic<std::size_t> entriesB{0};
    QString rssBefore, peakB, peakServer;
    double firstSeconds = 0;
    QUuid target;
    std::atomic<bool> hasChange{false};
    const qint64 serverPid = server->pid();
    std::unique_ptr<QThread> threadB(QThread::create([&] {
        auto linkB = std::make_shared<sync::HttpSyncLink>(ServerEndpoint::forHeaderUrl(url));
        auto b = OpenVault::createWithHeader(pathB, header(), vaultKey.clone());
        if (!b) {
            failed = true;
            return;
        }
        sync::SyncEngine engineB(**b, linkB);
        rssBefore = status(QCoreApplication::applicationPid(), "VmRSS:");
        resetPeak();
        QElapsedTimer first;
        first.start();
        if (!syncOnce(engineB)) {
            failed = true;
            return;
        }
        firstSeconds = double(first.elapsed()) / 1000.0;
        peakB = status(QCoreApplication::applicationPid(), "VmHWM:");
        peakServer = status(serverPid, "VmHWM:");
        entriesB = (*b)->vault().entries().size();
        const auto now = [] {
            return qint64(
                std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
                    .count());
        };
        QObject::connect(&engineB, &sync::SyncEngine::contentChanged, [&] {
            if (changeStartNs != 0 && shownNs == 0)
                shownNs = now() - changeStartNs;
        });
        QObject::connect(&engineB, &sync::SyncEngine::finished, [&] {
            if (shownNs != 0 && savedNs == 0) {
                savedNs = now() - changeStartNs;
                const Entry* seen = (*b)->vault().entry(target);
                hasChange = seen && seen->notes == QLatin1String("changed on computer A");
            }
        });
        phase = 1;
        while (phase < 2 && !failed)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        engineB.setListening(true);
        (void)runUntil([&] { return phase >= 3; });
        engineB.setListening(false);
    }));
    proxy.syncBytes = 0;
    threadB->start();
    if (!runUntil([&] { return phase >= 1 || failed; }) || failed) {
        std::fprintf(stderr, "twofold-sync-client-bench: computer B's first sync failed\n");
        phase = 3;
        threadB->wait();
        return 1;
    }
    const qint64 firstBytes = proxy.syncBytes;
    std::printf(
        "  first sync on a new computer (B): %zu entries, %.2f s; %s on the wire = %.2f x A's vault file\n",
        std::size_t(entriesB), firstSeconds, qPrintable(kib(firstBytes)),
        double(firstBytes) / double(std::max<qint64>(1, fileBytes)));
    std::printf("  peak RSS during it: client B %s (RSS before %s), server %s\n", qPrintable(peakB),
                qPrintable(rssBefore), qPrintable(peakServer));

    // 3. One change, B listening.
    auto reopened = OpenVault::open(pathA, SecureBuffer::fromUtf8(QStringLiteral("bench password")));
    if (!reopened) {
        std::fprintf(stderr, "twofold-sync-client-bench: A did not open again: %s\n",
                     qPrintable(reopened.error().message));
        phase = 3;
        threadB->wait();
        return 1;
    }
    std::unique_ptr<OpenVault> openA = std::move(reopened).value();
    sync::SyncEngine engineA2(*openA, link);
    QString requestTimes;
    QElapsedTimer change;
    engineA2.setRequestObserver([&](sync::SyncLink::Route route) {
        requestTimes += QStringLiteral(" %1 at %2 ms,").arg(sync::routePath(route)).arg(change.elapsed());
    });
    target = openA->vault().entries().at(std::size_t(count / 2)).id;
    phase = 2;
    // B's wait reaches the server before the change (its request is then not part of the change).
    (void)runUntil([&] { return proxy.syncBytes > firstBytes; });
    EntryFields edit;
    edit.notes = QStringLiteral("changed on computer A");
    proxy.syncBytes = 0;
    change.start();
    changeStartNs =
        qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count());
    bool ok = openA->vault().updateEntry(target, std::move(edit)).ok() && openA->save().ok();
    const qint64 saveMs = change.elapsed();
    ok = ok && syncOnce(engineA2);
    const qint64 pushedMs = change.elapsed();
    ok = ok && runUntil([&] { return savedNs != 0; });
    phase = 3;
    threadB->wait();
    if (!ok)
        return 1;
    std::printf("  one change: A's save %lld ms, A's sync done at %lld ms; shown on B at %.0f ms, B's file "
                "saved at %.0f ms "
                "(from A's save start); %s on the wire for both clients together%s\n",
                qint64(saveMs), qint64(pushedMs), double(shownNs) / 1e6, double(savedNs) / 1e6,
                qPrintable(kib(proxy.syncBytes)), hasChange ? "" : "  (B DOES NOT HAVE IT)");
    std::printf("  A's requests:%s\n", qPrintable(requestTimes.chopped(1)));
    return 0;
}
