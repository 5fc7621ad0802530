// A vault written by body format 1 (tests/data/vault-format1.twofold, made by that code)
// opens with everything in it, and is written in the current format on its next save.
#include "VaultFixture.h"

#include "vault/VaultCodec.h"

#include <QTemporaryDir>

using namespace twofold;
using namespace twofold::test;

class TestFormatUpgrade : public QObject
{
    Q_OBJECT

    QString copyOldVault(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("old.twofold"));
        const QString source =
            qEnvironmentVariable("TWOFOLD_TEST_DATA") + QStringLiteral("/vault-format1.twofold");
        if (!QFile::copy(source, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static void checkOldContent(const Vault& v)
    {
        QCOMPARE(v.name(), QStringLiteral("Format 1 vault"));
        QCOMPARE(v.entryCount(), 3);
        Result<QUuid> mail = v.resolve(QStringLiteral("Example mail"));
        QVERIFY(mail.ok());
        const Entry& e = *v.entry(*mail);
        QCOMPARE(e.username, QStringLiteral("alice@example.com"));
        QCOMPARE(e.url, QStringLiteral("https://mail.example.com"));
        QCOMPARE(e.notes, QStringLiteral("two\nlines"));
        QCOMPARE(e.tags, (QStringList{QStringLiteral("mail"), QString::fromUtf8("wörk")}));
        QCOMPARE(v.groupPath(e.groupId), QStringLiteral("Work/Mail"));
        QVERIFY(v.secrets().equals(e.password, "third password"));
        QCOMPARE(int(e.history.size()), 2);
        QVERIFY(v.secrets().equals(e.history[0].password, "first password"));
        QVERIFY(v.secrets().equals(e.history[1].password, "second password"));
        QVERIFY(v.hasOtp(e));
        QVERIFY(v.otpUri(e).view().startsWith("otpauth://totp/"));
        QCOMPARE(e.kind, EntryKind::Login);
        QVERIFY(e.extraUrls.isEmpty());
        QVERIFY(e.fields.empty());
        Result<QUuid> bank = v.resolve(QString::fromUtf8("Bank — Ünïcode"));
        QVERIFY(bank.ok());
        QCOMPARE(v.password(*v.entry(*bank)).view(), QByteArrayView("p\xc3\xa4ssw\xc3\xb6rd"));
        int trashed = 0;
        for (const Entry& x : v.entries())
            trashed += x.inTrash ? 1 : 0;
        QCOMPARE(trashed, 1);
    }

private slots:
    void opensFormatOneVault()
    {
        QTemporaryDir dir;
        const QString path = copyOldVault(dir);
        QVERIFY(!path.isEmpty());
        auto open = OpenVault::open(path, pw("format-1 test password"), OpenMode::ReadOnly);
        QVERIFY2(open.ok(), open.ok() ? "" : qPrintable(open.error().message));
        checkOldContent((*open)->vault());
    }

    void upgradesOnNextSave()
    {
        QTemporaryDir dir;
        const QString path = copyOldVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray before = readAll(path);
        {
            auto open = OpenVault::open(path, pw("format-1 test password"));
            QVERIFY(open.ok());
            Vault& v = (*open)->vault();
            // A format-2 field on the old entry, so the save must write format 2 to keep it.
            EntryFields f;
            f.kind = EntryKind::Card;
            f.extraUrls = QStringList{QStringLiteral("https://bank.example.com/app")};
            f.fields = std::vector<EntryFields::Field>{};
            f.fields->push_back(
                {QStringLiteral("Card number"), CustomField::Type::Hidden, pw("4111 1111 1111 1111")});
            f.fields->push_back({QStringLiteral("Brand"), CustomField::Type::Text, pw("Visa")});
            QVERIFY(v.updateEntry(*v.resolve(QString::fromUtf8("Bank — Ünïcode")), std::move(f)).ok());
            QVERIFY((*open)->save().ok());
        }
        QVERIFY(readAll(path) != before);
        auto again = OpenVault::open(path, pw("format-1 test password"), OpenMode::ReadOnly);
        QVERIFY(again.ok());
        const Vault& v = (*again)->vault();
        checkOldContent(v);
        const Entry& bank = *v.entry(*v.resolve(QString::fromUtf8("Bank — Ünïcode")));
        QCOMPARE(bank.kind, EntryKind::Card);
        QCOMPARE(bank.extraUrls, QStringList{QStringLiteral("https://bank.example.com/app")});
        QCOMPARE(int(bank.fields.size()), 2);
        QCOMPARE(bank.fields[0].name, QStringLiteral("Card number"));
        QCOMPARE(bank.fields[0].type, CustomField::Type::Hidden);
        QCOMPARE(v.fieldValue(bank.fields[0]).view(), QByteArrayView("4111 1111 1111 1111"));
        QVERIFY(bank.fields[0].text.isEmpty()); // a hidden value never sits in a QString
        QCOMPARE(bank.fields[1].text, QStringLiteral("Visa"));
        // The body now says version 4 (the current one).
        const SecureBuffer body = codec::encodeBody(v);
        QVERIFY(QByteArrayView(reinterpret_cast<const char*>(body.data()), 6).startsWith("\xa5\x61v\x04"));
    }

    // Body format 2 (tests/data/vault-format2.twofold, written by that code) opens unchanged and
    // gets the sync state and entry versions at its next save, which a crash cannot split
    // from the content (one atomic save of one body).
    void formatTwoVaultGetsSyncStateOnSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.twofold"));
        QVERIFY(QFile::copy(
            qEnvironmentVariable("TWOFOLD_TEST_DATA") + QStringLiteral("/vault-format2.twofold"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray password = "format-2 test password";
        QUuid mailId;
        {
            auto open = OpenVault::open(path, pw(password));
            QVERIFY2(open.ok(), open.ok() ? "" : qPrintable(open.error().message));
            Vault& v = (*open)->vault();
            QCOMPARE(v.entryCount(), 3);
            QCOMPARE(v.syncState(), SyncState{});
            mailId = *v.resolve(QStringLiteral("Example mail"));
            const Entry& e = *v.entry(mailId);
            QCOMPARE(e.username, QStringLiteral("alice@example.com"));
            QCOMPARE(v.groupPath(e.groupId), QStringLiteral("Work/Mail"));
            QVERIFY(v.secrets().equals(e.password, "third password"));
            QCOMPARE(int(e.history.size()), 2);
            QVERIFY(v.secrets().equals(e.history[0].password, "first password"));
            QVERIFY(v.hasOtp(e));
            QVERIFY(e.versions.empty());
            // What a sync leaves: a revision, record states, a kept older version.
            SyncState& s = v.mutableSyncState();
            s.revision = 42;
            s.records.insert(mailId, SyncRecordState{41, QByteArray(16, 'd')});
            s.records.insert(QUuid(), SyncRecordState{7, QByteArray(16, 's')});
            Entry older = e;
            older.title = QStringLiteral("Example mail (older)");
            older.modifiedMs = e.modifiedMs - 1000;
            older.history.clear();
            older.fields.clear();
            SecretArena arena;
            older.password = arena.store("older password");
            older.otpUri = kNoSecret;
            QVERIFY(v.addVersion(mailId, older, arena).ok());
            QVERIFY((*open)->save().ok());
        }
        auto again = OpenVault::open(path, pw(password), OpenMode::ReadOnly);
        QVERIFY(again.ok());
        const Vault& v = (*again)->vault();
        QCOMPARE(v.syncState().revision, quint64(42));
        QCOMPARE(v.syncState().records.size(), 2);
        QCOMPARE(v.syncState().records.value(mailId).rev, quint64(41));
        QCOMPARE(v.syncState().records.value(QUuid()).digest, QByteArray(16, 's'));
        const Entry& e = *v.entry(mailId);
        QVERIFY(v.secrets().equals(e.password, "third password"));
        QCOMPARE(int(e.versions.size()), 1);
        QCOMPARE(e.versions[0].title, QStringLiteral("Example mail (older)"));
        QVERIFY(v.secrets().equals(e.versions[0].password, "older password"));
        QCOMPARE(v.entryCount(), 3);
    }

    // The format before attachments (file format 1, body format 3: tests/data/vault-format3.twofold,
    // written by that code's twofold-cli) opens with everything in it; its next save writes file
    // format 2 with an attachment section, and body format 4.
    void formatThreeVaultGetsAttachmentsOnSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("three.twofold"));
        QVERIFY(QFile::copy(
            qEnvironmentVariable("TWOFOLD_TEST_DATA") + QStringLiteral("/vault-format3.twofold"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(readAll(path).mid(8, 2), QByteArray("\x01\x00", 2));
        const QByteArray password = "format-3 test password";
        const QByteArray scan = QByteArray(50000, 's');
        {
            auto open = OpenVault::open(path, pw(password));
            QVERIFY(open.ok());
            Vault& v = (*open)->vault();
            QCOMPARE(v.entryCount(), 7);
            const Entry& e = *v.entry(*v.resolve(QStringLiteral("Example mail")));
            QCOMPARE(e.username, QStringLiteral("alice@example.com"));
            QCOMPARE(e.notes, QStringLiteral("two\nlines"));
            QCOMPARE(e.tags, (QStringList{QStringLiteral("mail"), QString::fromUtf8("wörk")}));
            QCOMPARE(v.groupPath(e.groupId), QStringLiteral("Work/Mail"));
            QVERIFY(v.secrets().equals(e.password, "third password"));
            QCOMPARE(int(e.history.size()), 2);
            QVERIFY(v.secrets().equals(e.history[1].password, "second password"));
            QVERIFY(v.hasOtp(e));
            QVERIFY(e.attachments.empty());
            const Entry& bank = *v.entry(*v.resolve(QString::fromUtf8("Bank — Ünïcode")));
            QCOMPARE(v.password(bank).view(), QByteArrayView("p\xc3\xa4ssw\xc3\xb6rd"));
            const Entry& card = *v.entry(*v.resolve(QStringLiteral("My card")));
            QCOMPARE(card.kind, EntryKind::Card);
            bool number = false;
            for (const CustomField& f : card.fields)
                if (f.name == QStringLiteral("number"))
                    number = v.fieldValue(f).view() == QByteArrayView("4111111111111111");
            QVERIFY(number);
            int trashed = 0;
            for (const Entry& x : v.entries())
                trashed += x.inTrash ? 1 : 0;
            QCOMPARE(trashed, 1);
            QVERIFY(v.addAttachment(card.id, QStringLiteral("card.png"), scan).ok());
            QVERIFY((*open)->save().ok());
        }
        QCOMPARE(readAll(path).mid(8, 2), QByteArray("\x02\x00", 2));
        auto again = OpenVault::open(path, pw(password), OpenMode::ReadOnly);
        QVERIFY(again.ok());
        const Vault& v = (*again)->vault();
        QCOMPARE(v.entryCount(), 7);
        const Entry& card = *v.entry(*v.resolve(QStringLiteral("My card")));
        QCOMPARE(int(card.attachments.size()), 1);
        QCOMPARE(v.attachmentContent(card.attachments[0])->view(), QByteArrayView(scan));
        QVERIFY(v.secrets().equals(v.entry(*v.resolve(QStringLiteral("Example mail")))->password,
                                   "third password"));
        // The .bak is the old file as it was: the previous Twofold can still open that one.
        QCOMPARE(readAll(path + QStringLiteral(".bak")).mid(8, 2), QByteArray("\x01\x00", 2));
    }

    void refusesUnknownKindAndFieldType_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("type");
        QTest::newRow("kind 4") << 4 << 0;
        QTest::newRow("field type 3") << 0 << 3;
    }
    void refusesUnknownKindAndFieldType()
    {
        QFETCH(int, kind);
        QFETCH(int, type);
        ManualClock clock(1000);
        Vault v(clock);
        EntryFields f = fields(QStringLiteral("x"));
        f.fields = std::vector<EntryFields::Field>{};
        f.fields->push_back({QStringLiteral("n"), CustomField::Type::Text, pw("v")});
        QVERIFY(v.addEntry(std::move(f)).ok());
        SecureBuffer body = codec::encodeBody(v);
        QVERIFY(codec::decodeBody(body, clock).ok());
        // The entry's last items: kind, [], [[ "n", 0, "v" ]], no versions [], no attachments []
        // -> 00 80 81 83 61 6e 00 61 76 80 80, then the sync state "sync": [0, []] -> 64 73 79 6e
        // 63 82 00 80
        const QByteArray tail = QByteArray::fromHex("00808183616e00617680806473796e63820080");
        const QByteArrayView all(reinterpret_cast<const char*>(body.data()), qsizetype(body.size()));
        QVERIFY(all.endsWith(tail));
        unsigned char* end = body.data() + body.size();
        end[-19] = quint8(kind);
        end[-13] = quint8(type);
        QCOMPARE(codec::decodeBody(body, clock).ok(), kind == 0 && type == 0);
    }

    void restoresHistoryVersion()
    {
        ManualClock clock(1000);
        Vault v(clock);
        Result<QUuid> id = v.addEntry(fields(QStringLiteral("site"), {}, "one"));
        EntryFields two;
        two.password = pw("two");
        QVERIFY(v.updateEntry(*id, std::move(two)).ok());
        QVERIFY(v.restorePassword(*id, 0).ok());
        const Entry& e = *v.entry(*id);
        QVERIFY(v.secrets().equals(e.password, "one"));
        QCOMPARE(int(e.history.size()), 1);
        QVERIFY(v.secrets().equals(e.history[0].password, "two"));
        QCOMPARE(v.restorePassword(*id, 5).error().code, ErrorCode::NotFound);
    }

    void ambiguousTitleListsCandidates()
    {
        Vault v;
        Result<QUuid> a = v.addEntry(fields(QStringLiteral("Mail")));
        Result<QUuid> b = v.addEntry(fields(QStringLiteral("Mail")));
        Result<QUuid> r = v.resolve(QStringLiteral("Mail"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(r.error().message.contains(a->toString(QUuid::WithoutBraces)));
        QVERIFY(r.error().message.contains(b->toString(QUuid::WithoutBraces)));
        QCOMPARE(*v.resolve(b->toString()), *b);
    }
};

QTEST_GUILESS_MAIN(TestFormatUpgrade)
#include "tst_formatupgrade.moc"
