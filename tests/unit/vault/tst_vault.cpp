// The vault model: entries, history, trash, groups, search.
#include "vault/Vault.h"

#include <QTest>

#include <cstring>

using namespace twofold;

namespace {
SecureBuffer pw(const char* text)
{
    return SecureBuffer::fromBytes(text, std::strlen(text));
}
EntryFields titled(const QString& title)
{
    EntryFields f;
    f.title = title;
    return f;
}
QStringList titles(const Vault& v, const std::vector<int>& hits)
{
    QStringList out;
    for (int i : hits)
        out << v.entryAt(i).title;
    return out;
}
} // namespace

class TestVault : public QObject
{
    Q_OBJECT
private slots:
    void addNeedsTitle()
    {
        Vault v;
        Result<QUuid> bad = v.addEntry(titled(QStringLiteral("   ")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().message, QStringLiteral("An entry needs a title."));
        QCOMPARE(v.entryCount(), 0);
    }

    void addAndReadSecrets()
    {
        ManualClock clock(5000);
        Vault v(clock);
        EntryFields f = titled(QStringLiteral("Mail"));
        f.username = QStringLiteral("ann");
        f.password = pw("s3cret");
        Result<QUuid> id = v.addEntry(std::move(f));
        QVERIFY(id.ok());
        const Entry* e = v.entry(*id);
        QVERIFY(e);
        QCOMPARE(e->createdMs, 5000);
        QVERIFY(v.password(*e).equals(QByteArrayView("s3cret")));
        QVERIFY(!v.hasOtp(*e));
        QVERIFY(v.isModified());
    }

    void changedPasswordGoesToHistory()
    {
        ManualClock clock(1000);
        Vault v(clock);
        EntryFields f = titled(QStringLiteral("Bank"));
        f.password = pw("first");
        const QUuid id = *v.addEntry(std::move(f));
        clock.setMs(2000);
        EntryFields same;
        same.password = pw("first");
        QVERIFY(v.updateEntry(id, std::move(same)).ok());
        QCOMPARE(v.entry(id)->history.size(), std::size_t(0)); // unchanged: no history
        EntryFields change;
        change.password = pw("second");
        QVERIFY(v.updateEntry(id, std::move(change)).ok());
        const Entry* e = v.entry(id);
        QCOMPARE(e->history.size(), std::size_t(1));
        QVERIFY(v.secrets().equals(e->history[0].password, "first"));
        QCOMPARE(e->history[0].retiredMs, 2000);
        QVERIFY(v.password(*e).equals(QByteArrayView("second")));
        QCOMPARE(e->modifiedMs, 2000);
        for (int i = 0; i < kMaxPasswordHistory + 5; ++i) {
            EntryFields again;
            again.password = SecureBuffer::fromUtf8(QString::number(i));
            QVERIFY(v.updateEntry(id, std::move(again)).ok());
        }
        QCOMPARE(v.entry(id)->history.size(), std::size_t(kMaxPasswordHistory));
    }

    void trashRestoreDelete()
    {
        Vault v;
        const QUuid a = *v.addEntry(titled(QStringLiteral("Alpha")));
        const QUuid b = *v.addEntry(titled(QStringLiteral("Beta")));
        QVERIFY(v.moveToTrash(a).ok());
        QVERIFY(v.entry(a)->inTrash);
        QCOMPARE(titles(v, v.search(QString())), QStringList{QStringLiteral("Beta")});
        QCOMPARE(v.resolve(QStringLiteral("Alpha")).error().code, ErrorCode::NotFound);
        QVERIFY(v.restoreFromTrash(a).ok());
        QCOMPARE(v.search(QString()).size(), std::size_t(2));
        QVERIFY(v.moveToTrash(b).ok());
        QCOMPARE(v.emptyTrash(), 1);
        QVERIFY(!v.entry(b));
        QVERIFY(v.entry(a));
        QCOMPARE(v.indexOf(a), 0);
        QVERIFY(v.deleteEntry(a).ok());
        QCOMPARE(v.entryCount(), 0);
        QCOMPARE(v.secrets().liveCount(), std::size_t(0)); // secrets wiped with their entries
    }

    void resolveByTitleOrId()
    {
        Vault v;
        const QUuid a = *v.addEntry(titled(QStringLiteral("Twin")));
        const QUuid b = *v.addEntry(titled(QStringLiteral("Twin")));
        const QUuid c = *v.addEntry(titled(QStringLiteral("Solo")));
        QCOMPARE(*v.resolve(QStringLiteral("Solo")), c);
        QCOMPARE(*v.resolve(c.toString(QUuid::WithoutBraces)), c);
        Result<QUuid> twin = v.resolve(QStringLiteral("Twin"));
        QCOMPARE(twin.error().code, ErrorCode::InvalidInput);
        QVERIFY(twin.error().message.contains(QStringLiteral("2 entries")));
        QCOMPARE(*v.resolve(b.toString()), b);
        QCOMPARE(v.resolve(QStringLiteral("solo")).error().message,
                 QStringLiteral("There is no entry called \"solo\"."));
        Q_UNUSED(a);
    }

    void groups()
    {
        Vault v;
        const QUuid work = *v.addGroup(QStringLiteral("Work"));
        const QUuid mail = *v.addGroup(QStringLiteral("Mail"), work);
        QCOMPARE(v.groupPath(mail), QStringLiteral("Work/Mail"));
        QCOMPARE(*v.resolveGroup(QStringLiteral("Work/Mail")), mail);
        QCOMPARE(v.addGroup(QStringLiteral("Mail"), work).error().code, ErrorCode::InvalidInput);
        QCOMPARE(v.addGroup(QStringLiteral("a/b")).error().code, ErrorCode::InvalidInput);
        EntryFields f = titled(QStringLiteral("Inbox"));
        f.groupId = mail;
        const QUuid e = *v.addEntry(std::move(f));
        EntryFields bad = titled(QStringLiteral("X"));
        bad.groupId = QUuid::createUuid();
        QCOMPARE(v.addEntry(std::move(bad)).error().code, ErrorCode::NotFound);
        QVERIFY(v.removeGroup(mail).ok());
        QCOMPARE(v.entry(e)->groupId, work); // entries move to the parent
        QVERIFY(v.renameGroup(work, QStringLiteral("Job")).ok());
        QCOMPARE(v.groupPath(work), QStringLiteral("Job"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty matches all")
            << QString()
            << QStringList{QStringLiteral("GitHub"), QStringLiteral("Café Crème"),
                           QStringLiteral("Bank of Examples")};
        QTest::newRow("case-insensitive title")
            << QStringLiteral("GITHUB") << QStringList{QStringLiteral("GitHub")};
        QTest::newRow("username") << QStringLiteral("octo") << QStringList{QStringLiteral("GitHub")};
        QTest::newRow("url") << QStringLiteral("example.org")
                             << QStringList{QStringLiteral("Bank of Examples")};
        QTest::newRow("tag") << QStringLiteral("finance") << QStringList{QStringLiteral("Bank of Examples")};
        QTest::newRow("notes") << QStringLiteral("pin is") << QStringList{QStringLiteral("Bank of Examples")};
        QTest::newRow("accents folded")
            << QStringLiteral("cafe creme") << QStringList{QStringLiteral("Café Crème")};
        QTest::newRow("accent in query")
            << QStringLiteral("CRÈME") << QStringList{QStringLiteral("Café Crème")};
        QTest::newRow("all terms needed") << QStringLiteral("bank github") << QStringList{};
        QTest::newRow("terms in different fields")
            << QStringLiteral("examples finance") << QStringList{QStringLiteral("Bank of Examples")};
        QTest::newRow("no hit") << QStringLiteral("zzz") << QStringList{};
        QTest::newRow("trash not searched") << QStringLiteral("old") << QStringList{};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        Vault v;
        EntryFields gh = titled(QStringLiteral("GitHub"));
        gh.username = QStringLiteral("octocat");
        gh.url = QStringLiteral("https://github.com");
        v.addEntry(std::move(gh)).value();
        v.addEntry(titled(QStringLiteral("Café Crème"))).value();
        EntryFields bank = titled(QStringLiteral("Bank of Examples"));
        bank.url = QStringLiteral("https://bank.example.org");
        bank.tags = QStringList{QStringLiteral("Finance")};
        bank.notes = QStringLiteral("The PIN is in the safe.");
        v.addEntry(std::move(bank)).value();
        const QUuid old = *v.addEntry(titled(QStringLiteral("Old account")));
        QVERIFY(v.moveToTrash(old).ok());
        QCOMPARE(titles(v, v.search(query)), expected);
    }

    void searchSeesChanges()
    {
        Vault v;
        const QUuid id = *v.addEntry(titled(QStringLiteral("Alpha")));
        QCOMPARE(v.search(QStringLiteral("alpha")).size(), std::size_t(1));
        EntryFields f;
        f.title = QStringLiteral("Omega");
        QVERIFY(v.updateEntry(id, std::move(f)).ok());
        QCOMPARE(v.search(QStringLiteral("alpha")).size(), std::size_t(0));
        QCOMPARE(v.search(QStringLiteral("omega")).size(), std::size_t(1));
    }

    void arenaCompactsAndKeepsContent()
    {
        SecretArena arena;
        std::vector<SecretId> ids;
        for (int i = 0; i < 2000; ++i)
            ids.push_back(arena.store(QByteArray(20, char('a' + i % 26))));
        for (int i = 0; i < 2000; i += 2)
            arena.release(ids[std::size_t(i)]);
        QVERIFY(arena.view(ids[0]).isEmpty());
        QCOMPARE(arena.liveCount(), std::size_t(1000));
        for (int i = 0; i < 3000; ++i)
            arena.store(QByteArray(30, 'z')); // forces growth and compaction
        for (int i = 1; i < 2000; i += 2)
            QVERIFY(arena.equals(ids[std::size_t(i)], QByteArray(20, char('a' + i % 26))));
        QCOMPARE(arena.liveCount(), std::size_t(4000));
        QVERIFY(arena.bytesUsed() < 2 * (1000 * 20 + 3000 * 30)); // holes were reclaimed
        QVERIFY(arena.view(kNoSecret).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
