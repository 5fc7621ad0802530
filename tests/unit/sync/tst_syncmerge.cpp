// The merge rules of DESIGN.md 11 (core/sync/SyncMerge.h), one _data() row each: two
// computers share a synced vault, each changes it (or not) offline, both sync, and afterwards
// both hold the same vault in which nothing either of them typed is lost.
#include "SyncFixture.h"

#include "vault/VaultCodec.h"

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

QString S(const char* text) { return QString::fromUtf8(text); }

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
        QTest::addColumn<bool>("bFirst");        // B syncs first, then A, then B
        QTest::addColumn<bool>("exists");        // "Mail"'s entry afterwards
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
            << S("edit:Mail A") << 3000ll << S("none") << 2000ll << true << true << S("Mail A") << S("start") << none << S("")
            << false << S("Work") << S("Home") << none << false;
        QTest::newRow("changed on both, there newer: here's kept as a version")
            << S("edit:Mail A") << 3000ll << S("edit:Mail B") << 2000ll << true << true << S("Mail A") << S("start")
            << QStringList{S("Mail B")} << S("") << false << S("Work") << S("Home") << none << true;
        QTest::newRow("changed on both, here newer: there's kept as a version")
            << S("edit:Mail A") << 2000ll << S("edit:Mail B") << 3000ll << true << true << S("Mail B") << S("start")
            << QStringList{S("Mail A")} << S("") << false << S("Work") << S("Home") << none << true;
        QTest::newRow("passwords changed on both: the older one is in the version")
            << S("password:pa") << 3000ll << S("password:pb") << 2000ll << true << true << S("Mail") << S("pa")
            << QStringList{S("Mail")} << S("pb") << false << S("Work") << S("Home") << none << true;
        QTest::newRow("deleted here, edited there (deletion pushed first): the edit survives")
            << S("edit:Mail A") << 3000ll << S("delete") << 2000ll << true << true << S("Mail A") << S("start") << none << S("")
            << false << S("Work") << S("Home") << none << false;
        QTest::newRow("deleted here, edited there (edit pushed first): the edit survives")
            << S("edit:Mail A") << 3000ll << S("delete") << 2000ll << false << true << S("Mail A") << S("start") << none << S("")
            << false << S("Work") << S("Home") << none << false;
        QTest::newRow("deleted there, not changed here: deleted")
            << S("delete") << 3000ll << S("none") << 2000ll << false << false << S("") << S("") << none << S("") << false << S("")
            << S("Home") << none << false;
        QTest::newRow("trashed there: in the trash here")
            << S("trash") << 3000ll << S("none") << 2000ll << false << true << S("Mail") << S("start") << none << S("") << true
            << S("Work") << S("Home") << none << false;
        QTest::newRow("moved there: moved here")
            << S("move:Private") << 3000ll << S("none") << 2000ll << false << true << S("Mail") << S("start") << none << S("")
            << false << S("Private") << S("Home") << none << false;
        QTest::newRow("moved here, edited there later: the move is in the version")
            << S("edit:Mail A") << 3000ll << S("move:Private") << 2000ll << true << true << S("Mail A") << S("start")
            << QStringList{S("Mail")} << S("") << false << S("Work") << S("Home") << none << true;
        QTest::newRow("group renamed there: renamed here")
            << S("renamegroup:Job") << 3000ll << S("none") << 2000ll << false << true << S("Mail") << S("start") << none << S("")
            << false << S("Job") << S("Home") << none << false;
        QTest::newRow("vault renamed there: renamed here")
            << S("renamevault:Family") << 3000ll << S("none") << 2000ll << false << true << S("Mail") << S("start") << none
            << S("") << false << S("Work") << S("Family") << none << false;
        QTest::newRow("added on both: both kept")
            << S("add:New A") << 3000ll << S("add:New B") << 2000ll << true << true << S("Mail") << S("start") << none << S("")
            << false << S("Work") << S("Home") << QStringList{S("New A"), S("New B")} << false;
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
            QCOMPARE(entryDigest(pair.a.v(), *pair.a.v().entry(mail)), entryDigest(pair.b.v(), *pair.b.v().entry(mail)));
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
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
