// Every importer over a file shaped like its vendor's documented export (tests/data/import),
// the refusals' sentences, auto-detection, merging with duplicates, and exports read back.
#include "io/Csv.h"
#include "io/Exporters.h"
#include "io/Formats.h"
#include "io/ImportMerge.h"
#include "io/Importers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::io;

namespace {
QByteArray dataFile(const QString& name)
{
    QFile f(qEnvironmentVariable("TWOFOLD_TEST_DATA") + QStringLiteral("/import/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
const Entry* byTitle(const ImportData& d, const QString& title)
{
    for (const Entry& e : d.entries)
        if (e.title == title)
            return &e;
    return nullptr;
}
QString fieldText(const ImportData& d, const Entry& e, const QString& name)
{
    for (const CustomField& f : e.fields)
        if (f.name == name)
            return f.type == CustomField::Type::Hidden ? d.secrets.toStringUnsafe(f.secret) : f.text;
    return QStringLiteral("<none>");
}
QString groupPath(const ImportData& d, QUuid id)
{
    QStringList parts;
    for (int depth = 0; !id.isNull() && depth < 10; ++depth)
        for (const Group& g : d.groups)
            if (g.id == id) {
                parts.prepend(g.name);
                id = g.parentId;
                break;
            }
    return parts.join(u'/');
}
} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private slots:
    void vendorFiles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("hasOtp");
        QTest::addColumn<int>("skipped");
        QTest::newRow("chrome") << "chrome-csv"
                                << "chrome.csv" << 2 << "example.com"
                                << "alice"
                                << "s3cret"
                                << "https://example.com/login"
                                << "" << false << 0;
        QTest::newRow("firefox") << "firefox-csv"
                                 << "firefox.csv" << 2 << "example.com"
                                 << "alice"
                                 << "s3cret"
                                 << "https://example.com"
                                 << "" << false << 0;
        QTest::newRow("bitwarden-csv") << "bitwarden-csv"
                                       << "bitwarden.csv" << 2 << "Example"
                                       << "alice"
                                       << "s3cret"
                                       << "https://example.com"
                                       << "Work" << true << 0;
        QTest::newRow("bitwarden-json") << "bitwarden-json"
                                        << "bitwarden.json" << 4 << "Example"
                                        << "alice"
                                        << "s3cret"
                                        << "https://example.com"
                                        << "Work" << true << 1;
        QTest::newRow("keepassxc-csv") << "keepassxc-csv"
                                       << "keepassxc.csv" << 2 << "Example"
                                       << "alice"
                                       << "s3cret"
                                       << "https://example.com"
                                       << "Work" << true << 0;
        QTest::newRow("1password-csv") << "1password-csv"
                                       << "1password.csv" << 2 << "Example"
                                       << "alice"
                                       << "s3cret"
                                       << "https://example.com"
                                       << "" << true << 0;
        QTest::newRow("1password-1pux") << "1password-1pux"
                                        << "1password.1pux" << 2 << "Example"
                                        << "alice"
                                        << "s3cret"
                                        << "https://example.com"
                                        << "Personal" << true << 1;
        QTest::newRow("lastpass") << "lastpass-csv"
                                  << "lastpass.csv" << 2 << "Example"
                                  << "alice"
                                  << "s3cret"
                                  << "https://example.com"
                                  << "Work/Mail" << true << 0;
        QTest::newRow("msecure") << "msecure-csv"
                                 << "msecure.csv" << 2 << "Example"
                                 << "alice"
                                 << "s3cret"
                                 << "https://example.com"
                                 << "" << false << 0;
        QTest::newRow("keepass-xml") << "keepass-xml"
                                     << "keepass.xml" << 3 << "Example"
                                     << "alice"
                                     << "s3cret"
                                     << "https://example.com"
                                     << "" << true << 1;
        QTest::newRow("otpauth") << "otpauth"
                                 << "otpauth.txt" << 2 << "Example"
                                 << "alice@example.com"
                                 << ""
                                 << ""
                                 << "" << true << 1;
        QTest::newRow("aegis") << "aegis-json"
                               << "aegis.json" << 1 << "Example"
                               << "alice@example.com"
                               << ""
                               << ""
                               << "Work" << true << 1;
    }
    void vendorFiles()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(int, count);
        const QByteArray bytes = dataFile(file);
        QVERIFY(!bytes.isEmpty());
        const std::optional<ImportFormat> f = importFormatFromName(format);
        QVERIFY(f);
        Result<ImportFormat> guessed = detectImportFormat(bytes);
        QVERIFY2(guessed.ok(), qPrintable(guessed.ok() ? QString() : guessed.error().message));
        QCOMPARE(importFormatName(*guessed), format);
        ManualClock clock(1700000000000);
        Result<ImportData> data = importBytes(*f, bytes, clock);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        QCOMPARE(int(data->entries.size()), count);
        QFETCH(QString, title);
        const Entry* e = byTitle(*data, title);
        QVERIFY(e);
        QTEST(e->username, "username");
        QTEST(data->secrets.toStringUnsafe(e->password), "password");
        QTEST(e->url, "url");
        QTEST(groupPath(*data, e->groupId), "group");
        QTEST(e->otpUri != kNoSecret, "hasOtp");
        QTEST(int(data->skipped.size()), "skipped");
    }

    void fieldsKindsAndHistory()
    {
        Result<ImportData> bw = importBitwardenJson(dataFile(QStringLiteral("bitwarden.json")));
        QVERIFY(bw.ok());
        const Entry* ex = byTitle(*bw, QStringLiteral("Example"));
        QCOMPARE(ex->extraUrls, QStringList{QStringLiteral("https://app.example.com")});
        QCOMPARE(fieldText(*bw, *ex, QStringLiteral("PIN")), QStringLiteral("1234"));
        QCOMPARE(ex->fields[0].type, CustomField::Type::Hidden);
        QCOMPARE(fieldText(*bw, *ex, QStringLiteral("Remember")), QStringLiteral("true"));
        QCOMPARE(int(ex->history.size()), 1);
        QVERIFY(bw->skipped.first().contains(QStringLiteral("Linked")));
        const Entry* card = byTitle(*bw, QStringLiteral("My card"));
        QCOMPARE(card->kind, EntryKind::Card);
        QCOMPARE(fieldText(*bw, *card, QStringLiteral("number")), QStringLiteral("4111111111111111"));
        QCOMPARE(byTitle(*bw, QStringLiteral("Me"))->kind, EntryKind::Identity);
        QCOMPARE(fieldText(*bw, *byTitle(*bw, QStringLiteral("Me")), QStringLiteral("ssn")),
                 QStringLiteral("123-45-6789"));
        QCOMPARE(byTitle(*bw, QStringLiteral("Wifi"))->kind, EntryKind::SecureNote);
        QCOMPARE(bw->countOf(EntryKind::Login), 1);

        Result<ImportData> lp = importLastPassCsv(dataFile(QStringLiteral("lastpass.csv")));
        QVERIFY(lp.ok());
        const Entry* lcard = byTitle(*lp, QStringLiteral("My card"));
        QCOMPARE(lcard->kind, EntryKind::Card);
        QCOMPARE(fieldText(*lp, *lcard, QStringLiteral("Number")), QStringLiteral("4111111111111111"));
        QCOMPARE(lcard->notes, QStringLiteral("keep safe: really"));

        Result<ImportData> kp = importKeePassXml(dataFile(QStringLiteral("keepass.xml")));
        QVERIFY(kp.ok());
        const Entry* k = byTitle(*kp, QStringLiteral("Example"));
        QCOMPARE(k->tags, (QStringList{QStringLiteral("mail"), QStringLiteral("work")}));
        QCOMPARE(fieldText(*kp, *k, QStringLiteral("PIN")), QStringLiteral("1234"));
        QCOMPARE(fieldText(*kp, *k, QStringLiteral("Colour")), QStringLiteral("blue"));
        QCOMPARE(k->extraUrls, QStringList{QStringLiteral("https://app.example.com")});
        QCOMPARE(int(k->history.size()), 1);
        QVERIFY(kp->skipped.first().contains(QStringLiteral("scan.pdf")));
        QVERIFY(byTitle(*kp, QStringLiteral("Old"))->inTrash);
        QCOMPARE(groupPath(*kp, byTitle(*kp, QStringLiteral("Bank"))->groupId), QStringLiteral("Work"));

        Result<ImportData> ms = importMSecureCsv(dataFile(QStringLiteral("msecure.csv")));
        QVERIFY(ms.ok());
        QCOMPARE(byTitle(*ms, QStringLiteral("My card"))->kind, EntryKind::Card);
        QCOMPARE(byTitle(*ms, QStringLiteral("My card"))->fields[0].type, CustomField::Type::Hidden);

        Result<ImportData> px = importOnePassword1pux(dataFile(QStringLiteral("1password.1pux")));
        QVERIFY(px.ok());
        QCOMPARE(fieldText(*px, *byTitle(*px, QStringLiteral("Example")), QStringLiteral("Security: PIN")),
                 QStringLiteral("1234"));
        QCOMPARE(byTitle(*px, QStringLiteral("My card"))->kind, EntryKind::Card);

        // Firefox: a form address that differs from the page is kept, not dropped.
        Result<ImportData> ff = importFirefoxCsv(dataFile(QStringLiteral("firefox.csv")));
        QCOMPARE(fieldText(*ff, *byTitle(*ff, QStringLiteral("forum.example.net")),
                           QStringLiteral("formActionOrigin")),
                 QStringLiteral("https://login.example.net"));
    }

    void googleMigration()
    {
        // MigrationPayload { otp_parameters { secret "Hello!\xde\xad\xbe\xef", name "alice@example.com",
        //   issuer "Example", algorithm SHA1, digits SIX, type TOTP }, version 1 }
        QByteArray params;
        const QByteArray secret("Hello!\xde\xad\xbe\xef", 10);
        params += char(0x0a) + QByteArray(1, char(secret.size())) + secret;
        params += char(0x12) + QByteArray(1, char(17)) + QByteArray("alice@example.com");
        params += char(0x1a) + QByteArray(1, char(7)) + QByteArray("Example");
        params += QByteArray::fromHex("200128013002");
        QByteArray payload =
            char(0x0a) + QByteArray(1, char(params.size())) + params + QByteArray::fromHex("1001");
        const QByteArray link = "otpauth-migration://offline?data=" + payload.toBase64().toPercentEncoding();
        Result<ImportData> d = importGoogleMigration(link + "\n");
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
        QCOMPARE(int(d->entries.size()), 1);
        QCOMPARE(d->entries[0].title, QStringLiteral("Example"));
        QCOMPARE(d->entries[0].username, QStringLiteral("alice@example.com"));
        QVERIFY(d->secrets.toStringUnsafe(d->entries[0].otpUri)
                    .contains(QStringLiteral("secret=JBSWY3DPEHPK3PXP")));
        QCOMPARE(importGoogleMigration("otpauth-migration://offline?data=CgA%3D%3D\n").ok(), true);
        QVERIFY(!importGoogleMigration("otpauth-migration://offline?data=CgU\n").ok());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("open quote") << "chrome-csv" << QByteArray("name,url,username,password\na,b,\"c,d\n")
                                    << "Line 2 is not valid CSV";
        QTest::newRow("missing column")
            << "chrome-csv" << QByteArray("name,url\na,b\n") << "no column \"username\"";
        QTest::newRow("bad json") << "bitwarden-json" << QByteArray("{\"items\": [") << "is not valid JSON";
        QTest::newRow("encrypted bitwarden")
            << "bitwarden-json" << QByteArray("{\"encrypted\": true, \"items\": []}") << "is encrypted";
        QTest::newRow("bad item") << "bitwarden-json" << QByteArray("{\"items\": [1]}")
                                  << "item 1 is malformed";
        QTest::newRow("bad xml") << "keepass-xml" << QByteArray("<KeePassFile><Root><Group>\n<Entry></Group>")
                                 << "malformed at line 2";
        QTest::newRow("not keepass") << "keepass-xml" << QByteArray("<html/>") << "not a KeePass XML export";
        // Entities (a "billion laughs" file) never expand: a document type is refused outright.
        QTest::newRow("keepass dtd") << "keepass-xml"
                                     << QByteArray(
                                            "<?xml version=\"1.0\"?>\n<!DOCTYPE KeePassFile [<!ENTITY a "
                                            "\"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                                            "<KeePassFile><Root><Group><Entry><String><Key>Title</Key>"
                                            "<Value>&b;</Value></String></Entry></Group></Root>"
                                            "</KeePassFile>")
                                     << "declares a document type";
        QTest::newRow("not zip") << "1password-1pux" << QByteArray("PK\x03\x04junk")
                                 << "not a 1Password 1PUX";
        QTest::newRow("no links") << "otpauth" << QByteArray("\n\n") << "no otpauth:// link";
        QTest::newRow("encrypted aegis")
            << "aegis-json" << QByteArray("{\"header\": {\"slots\": []}, \"db\": \"abc\"}") << "is encrypted";
    }
    void refusals()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, sentence);
        Result<ImportData> d = importBytes(*importFormatFromName(format), bytes);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.contains(sentence), qPrintable(d.error().message));
    }

    void mergeHandlesDuplicates_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QString>("password");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 3 << "old";
        QTest::newRow("keep both") << int(DuplicatePolicy::KeepBoth) << 4 << "old";
        QTest::newRow("update") << int(DuplicatePolicy::Update) << 3 << "s3cret";
    }
    void mergeHandlesDuplicates()
    {
        QFETCH(int, policy);
        Vault v;
        EntryFields f;
        f.title = QStringLiteral("Mine");
        f.url = QStringLiteral("https://EXAMPLE.com/");
        f.username = QStringLiteral("alice");
        f.password = SecureBuffer::fromBytes("old", 3);
        const QUuid mine = *v.addEntry(std::move(f));
        Result<ImportData> d = importKeePassXml(dataFile(QStringLiteral("keepass.xml")));
        QVERIFY(d.ok());
        QCOMPARE(int(findDuplicates(v, *d).size()), 1);
        const MergeSummary s = mergeInto(v, std::move(d).value(), DuplicatePolicy(policy));
        QTEST(v.entryCount(), "entries");
        QTEST(v.secrets().toStringUnsafe(v.entry(mine)->password), "password");
        QCOMPARE(s.updated, policy == int(DuplicatePolicy::Update) ? 1 : 0);
        QVERIFY(v.resolveGroup(QStringLiteral("Work")).ok());
        // Secrets were copied into the vault's one arena.
        QVERIFY(v.secrets().liveCount() >= 3);
    }

    void exportsReadBack()
    {
        Result<ImportData> d = importKeePassXml(dataFile(QStringLiteral("keepass.xml")));
        Vault v;
        mergeInto(v, std::move(d).value(), DuplicatePolicy::KeepBoth);
        QCOMPARE(exportedEntryCount(v), 2);
        // keepass-xml -> keepass-xml importer keeps everything.
        Result<ImportData> back = importKeePassXml(exportKeePassXml(v));
        QVERIFY(back.ok());
        QCOMPARE(int(back->entries.size()), 2);
        const Entry* e = byTitle(*back, QStringLiteral("Example"));
        QCOMPARE(back->secrets.toStringUnsafe(e->password), QStringLiteral("s3cret"));
        QCOMPARE(fieldText(*back, *e, QStringLiteral("PIN")), QStringLiteral("1234"));
        QCOMPARE(e->extraUrls, QStringList{QStringLiteral("https://app.example.com")});
        QVERIFY(e->otpUri != kNoSecret);
        QCOMPARE(int(e->history.size()), 1);
        QCOMPARE(groupPath(*back, byTitle(*back, QStringLiteral("Bank"))->groupId), QStringLiteral("Work"));
        // bitwarden-json -> bitwarden-json importer.
        Result<ImportData> bw = importBitwardenJson(exportBitwardenJson(v));
        QVERIFY(bw.ok());
        QCOMPARE(fieldText(*bw, *byTitle(*bw, QStringLiteral("Example")), QStringLiteral("PIN")),
                 QStringLiteral("1234"));
        // csv has a header and one record per entry.
        Result<CsvTable> csv = parseCsv(exportCsv(v));
        QVERIFY(csv.ok());
        QCOMPARE(int(csv->rows.size()), 2);
        // twofold-json, encrypted: only the password opens it.
        const SecureBuffer password = SecureBuffer::fromBytes("export pass", 11);
        Result<QByteArray> sealed = exportTwofoldJsonEncrypted(v, password, kdf::Params{1, 8});
        QVERIFY(sealed.ok());
        QVERIFY(!sealed->contains("s3cret"));
        Result<SecureBuffer> opened = openTwofoldJsonEncrypted(*sealed, password);
        QVERIFY(opened.ok());
        QVERIFY(opened->view().toByteArray().contains("\"password\": \"s3cret\""));
        QCOMPARE(openTwofoldJsonEncrypted(*sealed, SecureBuffer::fromBytes("nope", 4)).error().code,
                 ErrorCode::WrongPassword);
        // Private file: 0600.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writePrivateFile(path, exportCsv(v)).ok());
        QVERIFY(QFile::permissions(path).testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(int(QFile::permissions(path) & 0x0077), 0); // nothing for group or others
    }

    // twofold-json holds attachments whole; the other formats have no place for them, and say
    // how many they leave out (entries in the trash are not exported, nor are theirs).
    void attachmentsInExports()
    {
        Vault v;
        const auto titled = [](const char* title) {
            EntryFields f;
            f.title = QString::fromUtf8(title);
            return f;
        };
        const QUuid doc = *v.addEntry(titled("Doc"));
        const QUuid old = *v.addEntry(titled("Old"));
        QVERIFY(v.addAttachment(doc, QStringLiteral("a.bin"), QByteArray("\x00\x01\xffpayload", 10)).ok());
        QVERIFY(v.addAttachment(doc, QStringLiteral("b.txt"), "second").ok());
        QVERIFY(v.addAttachment(old, QStringLiteral("c.txt"), "trashed").ok());
        QVERIFY(v.moveToTrash(old).ok());
        const QJsonObject root = QJsonDocument::fromJson(exportTwofoldJson(v)).object();
        const QJsonArray entries = root[QStringLiteral("entries")].toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonArray atts = entries[0].toObject()[QStringLiteral("attachments")].toArray();
        QCOMPARE(atts.size(), 2);
        QCOMPARE(atts[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("a.bin"));
        QCOMPARE(atts[0].toObject()[QStringLiteral("size")].toInt(), 10);
        QCOMPARE(QByteArray::fromBase64(atts[0].toObject()[QStringLiteral("content")].toString().toLatin1()),
                 QByteArray("\x00\x01\xffpayload", 10));
        QCOMPARE(attachmentsLeftOut(v, ExportFormat::TwofoldJson), 0);
        QCOMPARE(attachmentsLeftOut(v, ExportFormat::Csv), 2);
        QCOMPARE(attachmentsLeftOut(v, ExportFormat::KeePassXml), 2);
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
