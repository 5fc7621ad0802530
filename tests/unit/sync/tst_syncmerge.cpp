// The merge rules of DESIGN.md 11 (core/sync/SyncMerge.h), one _data() row each: two
// computers share a synced vault, each changes it (or not) offline, both sync, and afterwards
// both hold the same vault in which nothing either of them typed is lost.
#include "SyncFixture.h"

#include "vault/VaultCodec.h"

#include <QElapsedTimer>
#include <QFile>

#include <sys/stat.h>

using namespace twofold;
using namespace twofold::test;

namespace {

void apply(Computer& c, const QString& op)
{
    Vault& v = c.v();
    const QString arg = op.section(u':', 1);
    const QUuid mail = v.resolve(QStringLiteral("Mail")).ok() ? *v.resolve(QStringLiteral("Mail")) : QUuid();
    if (op == u"none") {
    } else if (op.startsWith(u"edit:")) {
        EntryFields f;
        f.title = arg;
        QVERIFY(v.updateEntry(mail, std::move(f)).ok());
    } else if (op.startsWith(u"password:")) {
        EntryFields f;
        f.password = SecureBuffer::fromUtf8(arg);
        QVERIFY(v.updateEntry(mail, std::move(f)).ok());
    } else if (op == u"trash") {
        QVERIFY(v.moveToTrash(mail).ok());
    } else if (op == u"delete") {
        QVERIFY(v.moveToTrash(mail).ok());
        QVERIFY(v.deleteEntry(mail).ok());
    } else if (op.startsWith(u"move:")) {
        Result<QUuid> g = v.addGroup(arg);
        QVERIFY(g.ok());
        EntryFields f;
        f.groupId = *g;
        QVERIFY(v.updateEntry(mail, std::move(f)).ok());
    } else if (op.startsWith(u"renamegroup:")) {
        QVERIFY(v.renameGroup(*v.resolveGroup(QStringLiteral("Work")), arg).ok());
    } else if (op.startsWith(u"renamevault:")) {
        v.setName(arg);
    } else if (op.startsWith(u"add:")) {
        QVERIFY(v.addEntry(fields(arg, {}, "new")).ok());
    } else {
        QFAIL(qPrintable(op));
    }
}

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

QByteArray entryDigest(const Vault& v, const Entry& e)
{
    SecureBuffer scratch(256);
    const std::size_t n = codec::encodeEntryRecord(v.secrets(), e, scratch);
    return sync::recordDigest(scratch.data(), n);
}

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

private slots:
    void mergeRules_data()
    {
        QTest::addColumn<QString>("opA");
        QTest::addColumn<qint64>("timeA");
        QTest::addColumn<QString>("opB");
        QTest::addColumn<qint64>("timeB");
        QTest::addColumn<bool>("bFirst"); // B syncs first, then A, then B
        QTest::addColumn<bool>("exists"); // "Mail"'s entry afterwards
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("versions"); // titles of its older versions
        QTest::addColumn<QString>("versionPassword");
        QTest::addColumn<bool>("trashed");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("vaultName");
        QTest::addColumn<QStringList>("alsoThere"); // other titles both must hold
        QTest::addColumn<bool>("merged");           // a computer was told of a merge

        const QStringList none;
        QTest::newRow("changed there, not here: taken")
            << S("edit:Mail A") << 3000ll << S("none") << 2000ll << true << true << S("Mail A") << S("start")
            << none << S("") << false << S("Work") << S("Home") << none << false;
        QTest::newRow("changed on both, there newer: here's kept as a version")
            << S("edit:Mail A") << 3000ll << S("edit:Mail B") << 2000ll << true << true << S("Mail A")
            << S("start") << QStringList{S("Mail B")} << S("") << false << S("Work") << S("Home") << none
            << true;
        QTest::newRow("changed on both, here newer: there's kept as a version")
            << S("edit:Mail A") << 2000ll << S("edit:Mail B") << 3000ll << true << true << S("Mail B")
            << S("start") << QStringList{S("Mail A")} << S("") << false << S("Work") << S("Home") << none
            << true;
        QTest::newRow("passwords changed on both: the older one is in the version")
            << S("password:pa") << 3000ll << S("password:pb") << 2000ll << true << true << S("Mail")
            << S("pa") << QStringList{S("Mail")} << S("pb") << false << S("Work") << S("Home") << none
            << true;
        QTest::newRow("deleted here, edited there (deletion pushed first): the edit survives")
            << S("edit:Mail A") << 3000ll << S("delete") << 2000ll << true << true << S("Mail A")
            << S("start") << none << S("") << false << S("Work") << S("Home") << none << false;
        QTest::newRow("deleted here, edited there (edit pushed first): the edit survives")
            << S("edit:Mail A") << 3000ll << S("delete") << 2000ll << false << true << S("Mail A")
            << S("start") << none << S("") << false << S("Work") << S("Home") << none << false;
        QTest::newRow("deleted there, not changed here: deleted")
            << S("delete") << 3000ll << S("none") << 2000ll << false << false << S("") << S("") << none
            << S("") << false << S("") << S("Home") << none << false;
        QTest::newRow("trashed there: in the trash here")
            << S("trash") << 3000ll << S("none") << 2000ll << false << true << S("Mail") << S("start") << none
            << S("") << true << S("Work") << S("Home") << none << false;
        QTest::newRow("moved there: moved here")
            << S("move:Private") << 3000ll << S("none") << 2000ll << false << true << S("Mail") << S("start")
            << none << S("") << false << S("Private") << S("Home") << none << false;
        QTest::newRow("moved here, edited there later: the move is in the version")
            << S("edit:Mail A") << 3000ll << S("move:Private") << 2000ll << true << true << S("Mail A")
            << S("start") << QStringList{S("Mail")} << S("") << false << S("Work") << S("Home") << none
            << true;
        QTest::newRow("group renamed there: renamed here")
            << S("renamegroup:Job") << 3000ll << S("none") << 2000ll << false << true << S("Mail")
            << S("start") << none << S("") << false << S("Job") << S("Home") << none << false;
        QTest::newRow("vault renamed there: renamed here")
            << S("renamevault:Family") << 3000ll << S("none") << 2000ll << false << true << S("Mail")
            << S("start") << none << S("") << false << S("Work") << S("Family") << none << false;
        QTest::newRow("added on both: both kept")
            << S("add:New A") << 3000ll << S("add:New B") << 2000ll << true << true << S("Mail") << S("start")
            << none << S("") << false << S("Work") << S("Home") << QStringList{S("New A"), S("New B")}
            << false;
    }

    void mergeRules()
    {
        QFETCH(QString, opA);
        QFETCH(qint64, timeA);
        QFETCH(QString, opB);
        QFETCH(qint64, timeB);
        QFETCH(bool, bFirst);
        QFETCH(bool, exists);
        QFETCH(QString, title);
        QFETCH(QString, password);
        QFETCH(QStringList, versions);
        QFETCH(QString, versionPassword);
        QFETCH(bool, trashed);
        QFETCH(QString, group);
        QFETCH(QString, vaultName);
        QFETCH(QStringList, alsoThere);
        QFETCH(bool, merged);

        SyncPair pair;
        // A starts the vault, B receives it: both synced.
        Vault& a = pair.a.v();
        a.setName(QStringLiteral("Home"));
        const QUuid work = *a.addGroup(QStringLiteral("Work"));
        EntryFields f = fields(QStringLiteral("Mail"), QStringLiteral("ada"), "start");
        f.groupId = work;
        const QUuid mail = *a.addEntry(std::move(f));
        QVERIFY(SyncPair::syncOnce(pair.a));
        QVERIFY(SyncPair::syncOnce(pair.b));
        QCOMPARE(pair.b.v().entry(mail)->title, QStringLiteral("Mail"));
        QCOMPARE(pair.b.engine->pendingCount(), 0);

        pair.a.clock.setMs(timeA);
        pair.b.clock.setMs(timeB);
        apply(pair.a, opA);
        apply(pair.b, opB);
        Computer& first = bFirst ? pair.b : pair.a;
        Computer& second = bFirst ? pair.a : pair.b;
        QVERIFY(SyncPair::syncOnce(first));
        QVERIFY(SyncPair::syncOnce(second));
        QVERIFY(SyncPair::syncOnce(first));
        QCOMPARE(pair.a.merged || pair.b.merged, merged);

        for (Computer* c : {&pair.a, &pair.b}) {
            const Vault& v = c->v();
            QCOMPARE(c->engine->pendingCount(), 0);
            QCOMPARE(v.name(), vaultName);
            const Entry* e = v.entry(mail);
            QCOMPARE(e != nullptr, exists);
            for (const QString& t : alsoThere)
                QVERIFY2(v.resolve(t).ok(), qPrintable(t));
            if (!e)
                continue;
            QCOMPARE(e->title, title);
            QCOMPARE(v.password(*e).view(), QByteArrayView(password.toUtf8()));
            QCOMPARE(e->inTrash, trashed);
            QCOMPARE(v.groupPath(e->groupId), group);
            QStringList versionTitles;
            for (const Entry& x : e->versions)
                versionTitles.append(x.title);
            QCOMPARE(versionTitles, versions);
            if (!versionPassword.isEmpty())
                QCOMPARE(v.secrets().view(e->versions[0].password), QByteArrayView(versionPassword.toUtf8()));
        }
        // Both computers hold the very same entry.
        if (exists)
            QCOMPARE(entryDigest(pair.a.v(), *pair.a.v().entry(mail)),
                     entryDigest(pair.b.v(), *pair.b.v().entry(mail)));
        // And the files say so too: reopened, nothing is pending and the content is the same.
        for (Computer* c : {&pair.a, &pair.b}) {
            const QString path = c->open->path();
            c->engine.reset();
            c->open.reset();
            auto again = OpenVault::open(path, pw("pw"), OpenMode::ReadOnly);
            QVERIFY(again.ok());
            QCOMPARE(sync::pendingCount((*again)->vault()), 0);
            QCOMPARE((*again)->vault().entry(mail) != nullptr, exists);
        }
    }

    // Offline, changes stay pending in the file and the status says how many; back online, one
    // sync sends them all.
    void offlineKeepsChangesPending()
    {
        SyncPair pair;
        pair.server->offline = true;
        QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("One"))).ok());
        QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("Two"))).ok());
        QVERIFY(!SyncPair::syncOnce(pair.a));
        QVERIFY(pair.a.engine->lastOutcome().offline);
        QCOMPARE(pair.a.engine->state(), sync::SyncEngine::State::Offline);
        // (The source text; twofold_en gives "2 changes".)
        QCOMPARE(pair.a.engine->statusText(), QString::fromUtf8("Offline — 2 change(s) waiting"));
        QCOMPARE(pair.server->revision(), quint64(0));
        // The file holds them: reopened, they are still pending.
        QVERIFY(pair.a.open->save().ok());
        const QString path = pair.a.open->path();
        pair.a.engine.reset();
        pair.a.open.reset();
        auto again = OpenVault::open(path, pw("pw"), OpenMode::ReadWrite, pair.a.clock);
        QVERIFY(again.ok());
        pair.a.open = std::move(again).value();
        pair.a.engine = std::make_unique<sync::SyncEngine>(*pair.a.open, pair.link);
        QCOMPARE(pair.a.engine->pendingCount(), 2);
        pair.server->offline = false;
        QVERIFY(SyncPair::syncOnce(pair.a));
        QCOMPARE(pair.a.engine->statusText(), QStringLiteral("Synced"));
        QCOMPARE(int(pair.a.engine->lastOutcome().sent.size()), 2);
        QCOMPARE(pair.server->revision(), quint64(2));
    }

    // A sync that finds nothing new and has nothing to send writes nothing: the file is not
    // replaced (an atomic save makes a new inode), so a listening computer does not rewrite a
    // 100,000-entry vault for every sync that brings nothing.
    void aSyncWithNothingNewWritesNothing()
    {
        SyncPair pair;
        QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("One"))).ok());
        QVERIFY(SyncPair::syncOnce(pair.a));
        QVERIFY(SyncPair::syncOnce(pair.b));
        const auto inode = [](const QString& path) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_ino) : qint64(-1);
        };
        const qint64 before = inode(pair.b.open->path());
        QVERIFY(before > 0);
        QVERIFY(SyncPair::syncOnce(pair.b));
        QCOMPARE(inode(pair.b.open->path()), before);
        // Positive control: a sync that brings something does replace it.
        QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("Two"))).ok());
        QVERIFY(SyncPair::syncOnce(pair.a));
        QVERIFY(SyncPair::syncOnce(pair.b));
        QVERIFY(inode(pair.b.open->path()) != before);
        QCOMPARE(pair.b.v().entryCount(), 2);
    }

    // Pull pages: a vault of more records than a page arrives whole.
    void pullsEveryPage()
    {
        SyncPair pair;
        pair.server->pageLimit = 3;
        for (int i = 0; i < 10; ++i)
            QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("Entry %1").arg(i))).ok());
        QVERIFY(SyncPair::syncOnce(pair.a));
        const int before = pair.server->requests;
        QVERIFY(SyncPair::syncOnce(pair.b));
        QCOMPARE(pair.b.v().entryCount(), 10);
        QCOMPARE(pair.server->requests - before, 4); // 10 records in pages of 3
    }

    // A listening computer hears of another's change (wait) and pulls it by itself, well within
    // two seconds.
    void listeningPullsAnotherComputersChange()
    {
        SyncPair pair;
        QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("First"))).ok());
        QVERIFY(SyncPair::syncOnce(pair.a));
        QVERIFY(SyncPair::syncOnce(pair.b));
        QSignalSpy changed(pair.b.engine.get(), &sync::SyncEngine::contentChanged);
        pair.b.engine->setListening(true);
        QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("Second"))).ok());
        QElapsedTimer t;
        t.start();
        QVERIFY(SyncPair::syncOnce(pair.a));
        QVERIFY(changed.wait(2000));
        QTRY_VERIFY_WITH_TIMEOUT(pair.b.v().resolve(QStringLiteral("Second")).ok(), 2000);
        QVERIFY(t.elapsed() < 2000);
        QTRY_COMPARE_WITH_TIMEOUT(pair.b.engine->state(), sync::SyncEngine::State::Synced, 2000);
        pair.b.engine->setListening(false);
    }

    // A listening computer whose server goes away says Offline without an edit; the changes made
    // meanwhile go out by themselves once the server is back (a retry, not the next edit).
    void listeningSendsKeptChangesOnceTheServerIsBack()
    {
        SyncPair pair;
        QVERIFY(SyncPair::syncOnce(pair.a));
        pair.server->offline = true;
        pair.a.engine->setListening(true);
        QTRY_COMPARE_WITH_TIMEOUT(pair.a.engine->state(), sync::SyncEngine::State::Offline, 2000);
        QCOMPARE(pair.a.engine->statusText(), QStringLiteral("Offline"));
        QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("Kept"))).ok());
        // A failed sync goes straight to Offline, and says so by the time it has finished.
        std::vector<sync::SyncEngine::State> states;
        std::optional<sync::SyncEngine::State> atFinish;
        QObject probe; // the connections end with it
        QObject::connect(pair.a.engine.get(), &sync::SyncEngine::stateChanged, &probe,
                         [&] { states.push_back(pair.a.engine->state()); });
        QObject::connect(pair.a.engine.get(), &sync::SyncEngine::finished, &probe, [&] {
            if (!atFinish)
                atFinish = pair.a.engine->state();
        });
        QVERIFY(!SyncPair::syncOnce(pair.a));
        QCOMPARE(atFinish, std::optional(sync::SyncEngine::State::Offline));
        QVERIFY(pair.a.engine->lastOutcome().offline);
        QVERIFY(std::find(states.begin(), states.end(), sync::SyncEngine::State::Failed) == states.end());
        QCOMPARE(pair.a.engine->statusText(), QString::fromUtf8("Offline — 1 change(s) waiting"));
        pair.server->offline = false;
        QTRY_COMPARE_WITH_TIMEOUT(pair.server->revision(), quint64(1), sync::kRetryListeningMs + 3000);
        QTRY_COMPARE_WITH_TIMEOUT(pair.a.engine->statusText(), QStringLiteral("Synced"), 2000);
        QCOMPARE(pair.a.engine->pendingCount(), 0);
        pair.a.engine->setListening(false);
    }

    // A push refused as stale (another computer pushed first) pulls, merges and pushes again.
    void stalePushPullsAndPushesAgain()
    {
        SyncPair pair;
        QVERIFY(SyncPair::syncOnce(pair.a));
        QVERIFY(SyncPair::syncOnce(pair.b));
        QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("From a"))).ok());
        QVERIFY(pair.b.v().addEntry(fields(QStringLiteral("From b"))).ok());
        QVERIFY(SyncPair::syncOnce(pair.a));
        // b's pull happens first, then a pushes again before b's push: b's push is stale.
        QVERIFY(pair.a.v().addEntry(fields(QStringLiteral("Again a"))).ok());
        QSignalSpy done(pair.b.engine.get(), &sync::SyncEngine::finished);
        bool pushedByA = false;
        pair.b.engine->setRequestObserver([&](sync::SyncLink::Route route) {
            if (route == sync::SyncLink::Route::Push && !pushedByA) {
                pushedByA = true;
                // a pushes in between (directly through the double, as another process would)
                std::vector<sync::OutgoingRecord> none;
                sync::PendingRecord p = sync::collectPending(pair.a.v(), pair.key(), pair.vaultId()).front();
                QCborMap push =
                    sync::syncEnvelope(sync::pushRequest(pair.server->revision(), {p.record}),
                                       QString::fromLatin1(kAccount), sync::deriveSyncKey(pair.key()));
                QVERIFY(pair.server->handle(sync::SyncLink::Route::Push, push).value(u"ok"_qs).toBool());
            }
        });
        pair.b.engine->syncNow();
        QVERIFY(done.wait(5000));
        QVERIFY(pair.b.engine->lastOutcome().status.ok());
        QVERIFY(pair.b.v().resolve(QStringLiteral("Again a")).ok());
        QVERIFY(SyncPair::syncOnce(pair.a));
        QVERIFY(pair.a.v().resolve(QStringLiteral("From b")).ok());
        QCOMPARE(pair.b.engine->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
