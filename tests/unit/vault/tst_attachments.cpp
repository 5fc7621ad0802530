// Attachments: files kept with an entry, sealed under keys of their own in the file's attachment
// section after the body, read only when opened, carried through every save and rewrite.
#include "VaultFixture.h"

#include "vault/VaultCodec.h"
#include "vault/VaultUpdate.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace twofold;
using namespace twofold::test;

namespace {
// Content a test can recognise in a file's bytes: a marker repeated, then random bytes.
QByteArray content(qsizetype size, const char* marker = "ATTACHMENT-PLAINTEXT-MARKER ")
{
    QByteArray c;
    while (c.size() + qsizetype(std::strlen(marker)) < size / 2)
        c.append(marker);
    while (c.size() < size)
        c.append(char(QRandomGenerator::global()->bounded(256)));
    return c;
}

QByteArrayView view(const SecureBuffer& b)
{
    return b.view();
}
} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<OpenVault> create(const QString& name)
    {
        auto v = OpenVault::create(m_dir.filePath(name), pw("attach pw"), kFastKdf);
        if (!v)
            qFatal("%s", qPrintable(v.error().message));
        return std::move(v).value();
    }
    std::unique_ptr<OpenVault> reopen(const QString& path, OpenMode mode = OpenMode::ReadOnly)
    {
        auto v = OpenVault::open(path, pw("attach pw"), mode);
        if (!v)
            qFatal("%s", qPrintable(v.error().message));
        return std::move(v).value();
    }
    static const Entry& only(const Vault& v, const QString& title) { return *v.entry(*v.resolve(title)); }

private slots:
    void addOpenSaveAndReopen()
    {
        auto v = create(QStringLiteral("a.twofold"));
        const QUuid id = *v->vault().addEntry(fields(QStringLiteral("Passport")));
        const QByteArray scan = content(300 * 1024);
        const QByteArray note = content(10, "x");
        Result<QByteArray> a = v->vault().addAttachment(id, QStringLiteral(" passport.pdf "), scan);
        QVERIFY(a.ok());
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("note.txt"), note).ok());
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("empty"), QByteArray()).ok());
        // Readable before the first save (from memory).
        const Entry& e = only(v->vault(), QStringLiteral("Passport"));
        QCOMPARE(int(e.attachments.size()), 3);
        QCOMPARE(e.attachments[0].name, QStringLiteral("passport.pdf")); // trimmed
        QCOMPARE(e.attachments[0].size, qint64(scan.size()));
        QCOMPARE(view(*v->vault().attachmentContent(e.attachments[0])), QByteArrayView(scan));
        QVERIFY(v->save().ok());
        // Still readable from the saved file by this vault, and by another open.
        QCOMPARE(
            view(*v->vault().attachmentContent(only(v->vault(), QStringLiteral("Passport")).attachments[1])),
            QByteArrayView(note));
        const QString path = v->path();
        v.reset();
        auto again = reopen(path);
        const Entry& f = only(again->vault(), QStringLiteral("Passport"));
        QCOMPARE(int(f.attachments.size()), 3);
        QCOMPARE(f.attachments[0].id, *a);
        QCOMPARE(view(*again->vault().attachmentContent(f.attachments[0])), QByteArrayView(scan));
        QCOMPARE(view(*again->vault().attachmentContent(f.attachments[1])), QByteArrayView(note));
        QCOMPARE(again->vault().attachmentContent(f.attachments[2])->size(), std::size_t(0));
        // Encrypted on disk: not a byte of the marker is readable in the file.
        QVERIFY(!readAll(path).contains("ATTACHMENT-PLAINTEXT-MARKER"));
        QVERIFY(!readAll(path).contains(scan.right(64)));
    }

    void sizeAndCountLimitsAreSentences()
    {
        auto v = create(QStringLiteral("limits.twofold"));
        const QUuid id = *v->vault().addEntry(fields(QStringLiteral("Big")));
        Result<QByteArray> tooBig = v->vault().addAttachment(id, QStringLiteral("film.mkv"),
                                                             QByteArray(kMaxAttachmentBytes + 1, 'f'));
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().code, ErrorCode::InvalidInput);
        QCOMPARE(tooBig.error().message,
                 QStringLiteral("\"film.mkv\" is 16.0 MiB; an attachment can be at most 16 MiB."));
        QVERIFY(v->vault()
                    .addAttachment(id, QStringLiteral("max.bin"), QByteArray(kMaxAttachmentBytes, 'm'))
                    .ok());
        Result<QByteArray> noName = v->vault().addAttachment(id, QStringLiteral("  "), "x");
        QCOMPARE(noName.error().message, QStringLiteral("An attachment needs a name."));
        for (int i = 1; i < kMaxAttachments; ++i)
            QVERIFY(v->vault().addAttachment(id, QStringLiteral("f%1").arg(i), "x").ok());
        Result<QByteArray> full = v->vault().addAttachment(id, QStringLiteral("one more"), "x");
        QVERIFY(full.error().message.contains(QStringLiteral("already has 100 attachments")));
        QVERIFY(v->save().ok());
        auto again = reopen(v->path());
        const Entry& e = only(again->vault(), QStringLiteral("Big"));
        QCOMPARE(int(e.attachments.size()), kMaxAttachments);
        QCOMPARE(again->vault().attachmentContent(e.attachments[0])->size(),
                 std::size_t(kMaxAttachmentBytes));
    }

    void resolvesByNameOrNumber()
    {
        auto v = create(QStringLiteral("resolve.twofold"));
        const QUuid id = *v->vault().addEntry(fields(QStringLiteral("Docs")));
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("a.txt"), "1").ok());
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("b.txt"), "2").ok());
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("b.txt"), "3").ok());
        const Entry& e = only(v->vault(), QStringLiteral("Docs"));
        QCOMPARE((*v->vault().resolveAttachment(e, QStringLiteral("a.txt")))->id, e.attachments[0].id);
        QCOMPARE((*v->vault().resolveAttachment(e, QStringLiteral("3")))->id, e.attachments[2].id);
        Result<const Attachment*> twice = v->vault().resolveAttachment(e, QStringLiteral("b.txt"));
        QCOMPARE(twice.error().message,
                 QStringLiteral("\"Docs\" has 2 attachments called \"b.txt\": give its "
                                "number instead (1 is the first)."));
        QCOMPARE(v->vault().resolveAttachment(e, QStringLiteral("c.txt")).error().message,
                 QStringLiteral(
                     "\"Docs\" has no attachment called \"c.txt\". Its attachments: a.txt, b.txt, b.txt."));
    }

    void removedContentLeavesTheFile()
    {
        auto v = create(QStringLiteral("remove.twofold"));
        const QUuid id = *v->vault().addEntry(fields(QStringLiteral("Keep")));
        const QUuid other = *v->vault().addEntry(fields(QStringLiteral("Gone")));
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("keep.bin"), content(2000)).ok());
        const QByteArray goneId =
            *v->vault().addAttachment(other, QStringLiteral("gone.bin"), content(200000));
        QVERIFY(v->save().ok());
        const qint64 before = QFileInfo(v->path()).size();
        QVERIFY(v->vault().removeAttachment(other, goneId).ok());
        QCOMPARE(v->vault().removeAttachment(other, goneId).error().message,
                 QStringLiteral("\"Gone\" has no such attachment."));
        QVERIFY(v->save().ok());
        const qint64 after = QFileInfo(v->path()).size();
        QVERIFY2(before - after >= 200000, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY(!readAll(v->path()).contains(goneId));
        // Deleting an entry for good drops its attachments' content too.
        QVERIFY(v->vault().deleteEntry(id).ok());
        QVERIFY(v->save().ok());
        QVERIFY(QFileInfo(v->path()).size() < after - 2000);
    }

    // A vault opens without reading its attachments: a damaged attachment record is found
    // only when that attachment is opened, says so in a sentence, and costs nothing else.
    void damagedContentIsFoundWhenOpenedOnly()
    {
        auto v = create(QStringLiteral("damaged.twofold"));
        const QUuid id = *v->vault().addEntry(fields(QStringLiteral("Scans"), QStringLiteral("ann"), "pw"));
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("one.png"), content(5000)).ok());
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("two.png"), content(5000)).ok());
        QVERIFY(v->save().ok());
        const QString path = v->path();
        v.reset();
        QByteArray bytes = readAll(path);
        bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x40); // inside two.png
        writeAll(path, bytes);
        auto opened = reopen(path, OpenMode::ReadWrite);
        const Entry& e = only(opened->vault(), QStringLiteral("Scans"));
        QVERIFY(opened->vault().secrets().equals(e.password, "pw"));
        QVERIFY(opened->vault().attachmentContent(e.attachments[0]).ok());
        Result<SecureBuffer> two = opened->vault().attachmentContent(e.attachments[1]);
        QCOMPARE(two.error().code, ErrorCode::FileDamaged);
        QCOMPARE(two.error().message,
                 QStringLiteral("The attachment \"two.png\" is damaged in the vault file and "
                                "cannot be opened. The rest of the vault is not affected."));
        // Saving keeps every record as it is (a damaged one is copied, not dropped).
        QVERIFY(opened->vault().updateEntry(id, fields(QStringLiteral("Scans 2"))).ok());
        QVERIFY(opened->save().ok());
        const Entry& after = only(opened->vault(), QStringLiteral("Scans 2"));
        QVERIFY(opened->vault().attachmentContent(after.attachments[0]).ok());

        // Cut inside the last record: the vault still opens; the cut attachment is damaged.
        opened.reset();
        bytes = readAll(path);
        writeAll(path, bytes.left(bytes.size() - 10));
        auto cut = reopen(path);
        const Entry& c = only(cut->vault(), QStringLiteral("Scans 2"));
        QVERIFY(cut->vault().attachmentContent(c.attachments[0]).ok());
        QCOMPARE(cut->vault().attachmentContent(c.attachments[1]).error().code, ErrorCode::FileDamaged);
        // parse() of the whole bytes (a rewrite) checks the section and refuses the cut.
        QVERIFY(!VaultFile::parse(readAll(path)).ok());
    }

    // Each content opens only as its own attachment: swapping two records' bytes is damage.
    void contentIsBoundToItsAttachment()
    {
        auto v = create(QStringLiteral("swap.twofold"));
        const QUuid id = *v->vault().addEntry(fields(QStringLiteral("Two")));
        const QByteArray first = *v->vault().addAttachment(id, QStringLiteral("1"), content(1000));
        const QByteArray second = *v->vault().addAttachment(id, QStringLiteral("2"), content(1000));
        QVERIFY(v->save().ok());
        const QString path = v->path();
        v.reset();
        QByteArray bytes = readAll(path);
        const qsizetype a = bytes.indexOf(first), b = bytes.indexOf(second);
        QVERIFY(a > 0 && b > a);
        const qsizetype record = b - a; // both records have the same size
        const QByteArray ra = bytes.mid(a + 20, record - 20), rb = bytes.mid(b + 20, record - 20);
        bytes.replace(a + 20, record - 20, rb);
        bytes.replace(b + 20, record - 20, ra);
        writeAll(path, bytes);
        auto again = reopen(path);
        const Entry& e = only(again->vault(), QStringLiteral("Two"));
        QCOMPARE(again->vault().attachmentContent(e.attachments[0]).error().code, ErrorCode::FileDamaged);
        QCOMPARE(again->vault().attachmentContent(e.attachments[1]).error().code, ErrorCode::FileDamaged);
    }

    // A rewrite of the sign-in state (the verifier host: withAuthSection of the file read with
    // its attachments) and a rewrite of the key slots (withHeader) keep every attachment.
    void headerRewritesKeepAttachments()
    {
        auto v = create(QStringLiteral("rewrite.twofold"));
        const QUuid id = *v->vault().addEntry(fields(QStringLiteral("Kept")));
        const QByteArray data = content(70000);
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("kept.bin"), data).ok());
        QVERIFY(v->save().ok());
        const QString path = v->path();
        const SecureBuffer key = v->vaultKey().clone();
        v.reset();
        QVERIFY(updateVaultFile(path, [](const VaultOnDisk& disk) -> Result<QByteArray> {
                    return disk.file()->withAuthSection(disk.file()->header().authSection);
                }).ok());
        QVERIFY(updateVaultFile(path, [&](const VaultOnDisk& disk) -> Result<QByteArray> {
                    return disk.file()->withHeader(disk.file()->header(), key);
                }).ok());
        auto again = reopen(path);
        const Entry& e = only(again->vault(), QStringLiteral("Kept"));
        QCOMPARE(view(*again->vault().attachmentContent(e.attachments[0])), QByteArrayView(data));
    }

    void saveAsCarriesAttachments()
    {
        auto v = create(QStringLiteral("from.twofold"));
        const QUuid id = *v->vault().addEntry(fields(QStringLiteral("Moved")));
        const QByteArray data = content(40000);
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("m.bin"), data).ok());
        QVERIFY(v->save().ok());
        const QString to = m_dir.filePath(QStringLiteral("to.twofold"));
        QVERIFY(v->saveAs(to).ok());
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("from.twofold"))));
        QCOMPARE(
            view(*v->vault().attachmentContent(only(v->vault(), QStringLiteral("Moved")).attachments[0])),
            QByteArrayView(data));
        v.reset();
        auto again = reopen(to);
        QCOMPARE(view(*again->vault().attachmentContent(
                     only(again->vault(), QStringLiteral("Moved")).attachments[0])),
                 QByteArrayView(data));
    }

    // Sync carries an attachment's name and key in the entry record, not its content: on a
    // computer without the content it says so, and saving there keeps the attachment's name
    // (so the computer that has the content never loses it in a merge).
    void recordsCarryTheNameNotTheContent()
    {
        auto a = create(QStringLiteral("sync-a.twofold"));
        const QUuid id = *a->vault().addEntry(fields(QStringLiteral("Shared")));
        QVERIFY(a->vault().addAttachment(id, QStringLiteral("scan.pdf"), content(3000)).ok());
        SecureBuffer scratch;
        const std::size_t n = codec::encodeEntryRecord(a->vault().secrets(), *a->vault().entry(id), scratch);
        Result<codec::RecordContent> record = codec::decodeRecord(scratch.data(), n);
        QVERIFY(record.ok());
        QCOMPARE(int(record->entry.attachments.size()), 1);
        QCOMPARE(record->entry.attachments[0].name, QStringLiteral("scan.pdf"));

        auto b = create(QStringLiteral("sync-b.twofold"));
        b->vault().putEntry(record->entry, record->secrets);
        Result<SecureBuffer> there = b->vault().attachmentContent(b->vault().entry(id)->attachments[0]);
        QCOMPARE(there.error().code, ErrorCode::NotFound);
        QVERIFY(there.error().message.contains(QStringLiteral("not on this computer")));
        QVERIFY(b->save().ok());
        auto again = reopen(b->path());
        QCOMPARE(again->vault().entry(id)->attachments[0].name, QStringLiteral("scan.pdf"));
    }

    // A record from a computer with the previous Twofold (an entry of body format 3, 17 items)
    // is still read.
    void olderEntryRecordsAreRead()
    {
        // [0, [id, "t", "", "", "", [], h'', 1, 2, h'', h'', [], 0, 0, [], [], []]]
        QByteArray rec = QByteArray::fromHex("82009150");
        const QByteArray id = QUuid::createUuid().toRfc4122();
        rec += id;
        rec += QByteArray::fromHex("61746060608040010240408000008080"
                                   "80");
        Result<codec::RecordContent> c = codec::decodeRecord(
            reinterpret_cast<const unsigned char*>(rec.constData()), std::size_t(rec.size()));
        QVERIFY(c.ok());
        QCOMPARE(c->entry.title, QStringLiteral("t"));
        QVERIFY(c->entry.attachments.empty());
        // One item too many or too few is damage.
        QByteArray longer = rec;
        longer[2] = char(0x92);
        QVERIFY(!codec::decodeRecord(reinterpret_cast<const unsigned char*>(longer.constData()),
                                     std::size_t(longer.size()))
                     .ok());
    }

    // A version kept by a sync merge keeps its attachments; restoring it brings them back.
    void versionsKeepTheirAttachments()
    {
        auto v = create(QStringLiteral("versions.twofold"));
        const QUuid id = *v->vault().addEntry(fields(QStringLiteral("Doc")));
        const QByteArray data = content(1234);
        QVERIFY(v->vault().addAttachment(id, QStringLiteral("old.txt"), data).ok());
        // The entry as it is now, through a record (its own arena), becomes its version.
        SecureBuffer scratch;
        const std::size_t n = codec::encodeEntryRecord(v->vault().secrets(), *v->vault().entry(id), scratch);
        Result<codec::RecordContent> old = codec::decodeRecord(scratch.data(), n);
        QVERIFY(old.ok());
        QVERIFY(v->vault().addVersion(id, old->entry, old->secrets).ok());
        QVERIFY(v->vault().removeAttachment(id, old->entry.attachments[0].id).ok());
        QVERIFY(v->save().ok());
        const QString path = v->path();
        v.reset();
        auto again = reopen(path, OpenMode::ReadWrite);
        QVERIFY(again->vault().entry(id)->attachments.empty());
        QCOMPARE(int(again->vault().entry(id)->versions.size()), 1);
        QVERIFY(again->vault().restoreVersion(id, 0).ok());
        const Entry& e = *again->vault().entry(id);
        QCOMPARE(int(e.attachments.size()), 1);
        QCOMPARE(view(*again->vault().attachmentContent(e.attachments[0])), QByteArrayView(data));
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
