// twofold-cli import / export / show --history / history restore, end to end, and the round
// trip Twofold -> keepass-xml -> Debian's keepassxc-cli (titles, user names, passwords, URLs,
// notes, TOTP, custom fields and groups survive).
#include "CliRunner.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
const QByteArray kMaster = "io test master password";
const QStringList kFastKdf = {QStringLiteral("--kdf-memory"), QStringLiteral("8"),
                              QStringLiteral("--kdf-iterations"), QStringLiteral("1")};
QString dataFile(const char* name)
{
    return qEnvironmentVariable("TWOFOLD_TEST_DATA") + QStringLiteral("/import/") + QLatin1String(name);
}
} // namespace

class TestCliIo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_vault;

    CliResult onVault(QStringList args, const QList<QByteArray>& answers = {})
    {
        QByteArray input = kMaster + '\n';
        for (const QByteArray& a : answers)
            input += a + '\n';
        args << QStringLiteral("--vault") << m_vault << QStringLiteral("--password-stdin");
        return m_cli->run(args, input);
    }
    static CliResult keepassxc(const QStringList& args, const QByteArray& input)
    {
        QProcess p;
        p.start(QStringLiteral("keepassxc-cli"), args);
        p.write(input);
        p.closeWriteChannel();
        CliResult r;
        r.finished = p.waitForFinished(60000);
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        m_vault = m_dir.filePath(QStringLiteral("vault.twofold"));
        const CliResult r = m_cli->run(QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("init"),
                                                   QStringLiteral("--password-stdin")} +
                                           kFastKdf,
                                       kMaster + '\n');
        QCOMPARE(r.exitCode, 0);
    }

    void importsAndSummarises()
    {
        const CliResult r =
            onVault({QStringLiteral("import"), QStringLiteral("auto"), dataFile("keepass.xml")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Imported 3 entries from keepass.xml"), r.out.constData());
        QVERIFY(
            r.out.contains("Skipped: The attachments of the entry \"Example\" (scan.pdf) were not imported"));
        const CliResult show =
            onVault({QStringLiteral("show"), QStringLiteral("Example"), QStringLiteral("--reveal")});
        QVERIFY(show.out.contains("PIN: 1234"));
        QVERIFY(show.out.contains("Web address: https://app.example.com"));
        // The same file again: two are duplicates (web address + user name), skipped; the one in
        // the trash has no web address, so it is added again.
        const CliResult again =
            onVault({QStringLiteral("import"), QStringLiteral("keepass-xml"), dataFile("keepass.xml")});
        QVERIFY2(again.out.contains("1 added, 0 updated, 2 duplicates skipped"), again.out.constData());
    }

    void malformedFileWritesNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,url,username,password\nx,y,\"z\n");
        f.close();
        QFile vault(m_vault);
        QVERIFY(vault.open(QIODevice::ReadOnly));
        const QByteArray before = vault.readAll();
        vault.close();
        const CliResult r = onVault({QStringLiteral("import"), QStringLiteral("chrome-csv"), bad});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("Line 2 is not valid CSV"), r.err.constData());
        QVERIFY(vault.open(QIODevice::ReadOnly));
        QCOMPARE(vault.readAll(), before);
    }

    void historyShownAndRestored()
    {
        const CliResult h = onVault({QStringLiteral("show"), QStringLiteral("Example"),
                                     QStringLiteral("--history"), QStringLiteral("--reveal")});
        QVERIFY2(h.out.contains("Password version 1 (until 2023-06-01T00:00:00Z): old1"), h.out.constData());
        const CliResult r = onVault({QStringLiteral("history"), QStringLiteral("restore"),
                                     QStringLiteral("Example"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const CliResult p =
            onVault({QStringLiteral("show"), QStringLiteral("Example"), QStringLiteral("--field"),
                     QStringLiteral("password"), QStringLiteral("--reveal")});
        QCOMPARE(p.out, QByteArray("old1\n"));
        (void)onVault({QStringLiteral("history"), QStringLiteral("restore"), QStringLiteral("Example"),
                       QStringLiteral("1")});
    }

    void plainExportAsksAndIsPrivate()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        const CliResult no = onVault({QStringLiteral("export"), QStringLiteral("csv"), out}, {"n"});
        QVERIFY(no.exitCode != 0);
        QVERIFY(!QFile::exists(out));
        const CliResult yes = onVault({QStringLiteral("export"), QStringLiteral("csv"), out}, {"y"});
        QVERIFY2(yes.exitCode == 0, yes.err.constData());
        QVERIFY2(yes.out.contains("Wrote 2 entries to"), yes.out.constData());
        QCOMPARE(int(QFile::permissions(out) & 0x0077), 0);
        const QString sealed = m_dir.filePath(QStringLiteral("out.json"));
        const CliResult enc =
            onVault({QStringLiteral("export"), QStringLiteral("twofold-json"), sealed}, {"export pw"});
        QVERIFY2(enc.exitCode == 0, enc.err.constData());
        QFile f(sealed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("twofold-json-encrypted"));
        QVERIFY(!text.contains("s3cret"));
    }

    void roundTripThroughKeePassXc()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("keepassxc-cli")).isEmpty())
            QFAIL("keepassxc-cli is missing (installer/debian/packages.txt lists keepassxc)");
        // A custom field and a group of Twofold's own, beyond what the import brought.
        const QString xml = m_dir.filePath(QStringLiteral("out.xml"));
        const CliResult r = onVault({QStringLiteral("export"), QStringLiteral("keepass-xml"), xml}, {"y"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString kdbx = m_dir.filePath(QStringLiteral("out.kdbx"));
        const CliResult imp =
            keepassxc({QStringLiteral("import"), QStringLiteral("-p"), xml, kdbx}, "kx pass\nkx pass\n");
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        const CliResult ls =
            keepassxc({QStringLiteral("ls"), QStringLiteral("-R"), QStringLiteral("-f"), kdbx}, "kx pass\n");
        QVERIFY2(ls.out.contains("Work/Bank"), ls.out.constData());
        const CliResult show = keepassxc({QStringLiteral("show"), QStringLiteral("-s"),
                                          QStringLiteral("--all"), kdbx, QStringLiteral("Work/Bank")},
                                         "kx pass\n");
        QVERIFY2(show.out.contains("UserName: bob"), show.out.constData());
        QVERIFY(show.out.contains("Password: hunter2"));
        QVERIFY(show.out.contains("URL: https://bank.example"));
        // The entry with TOTP and custom fields sits at the top; two share its title, so find
        // the one with a PIN by listing attributes of each.
        const CliResult top = keepassxc({QStringLiteral("ls"), kdbx}, "kx pass\n");
        QVERIFY(top.out.contains("Example"));
        const CliResult ex = keepassxc({QStringLiteral("show"), QStringLiteral("-s"), QStringLiteral("--all"),
                                        kdbx, QStringLiteral("Example")},
                                       "kx pass\n");
        QVERIFY2(ex.out.contains("Notes: a note") && ex.out.contains("PIN: 1234") &&
                     ex.out.contains("Colour: blue") && ex.out.contains("otpauth://totp/"),
                 ex.out.constData());
        const CliResult totp = keepassxc(
            {QStringLiteral("show"), QStringLiteral("-t"), kdbx, QStringLiteral("Example")}, "kx pass\n");
        QVERIFY2(totp.exitCode == 0 && QByteArray(totp.out).trimmed().size() == 6, totp.out.constData());
    }

    void ambiguousTitleNamesCandidates()
    {
        const CliResult r =
            onVault({QStringLiteral("import"), QStringLiteral("otpauth"), dataFile("otpauth.txt")});
        QCOMPARE(r.exitCode, 0); // adds a second "Example"
        const CliResult s = onVault({QStringLiteral("show"), QStringLiteral("Example")});
        QCOMPARE(s.exitCode, 1);
        QVERIFY2(s.err.contains("2 entries are called \"Example\": name one by its id ("), s.err.constData());
    }

    // attachment add / ls / save / rm, and show listing them: the file saved is the file added,
    // 0600, never over an existing file without --force; bad files change nothing.
    void attachmentsAddListSaveRemove()
    {
        QByteArray pdf(200000, Qt::Uninitialized);
        for (qsizetype i = 0; i < pdf.size(); ++i)
            pdf[i] = char((i * 7919) >> 3);
        const QString scan = m_dir.filePath(QStringLiteral("scan.pdf"));
        const QString note = m_dir.filePath(QStringLiteral("note.txt"));
        QFile f(scan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
        f.close();
        QFile n(note);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write("hello\n");
        n.close();
        CLI_EXPECT(onVault({QStringLiteral("add"), QStringLiteral("Passport"), QStringLiteral("--generate")}),
                   0);
        const CliResult add = onVault(
            {QStringLiteral("attachment"), QStringLiteral("add"), QStringLiteral("Passport"), scan, note});
        CLI_EXPECT(add, 0);
        QVERIFY2(add.out.contains("Attached \"scan.pdf\" (195.3 KiB) to \"Passport\"."), add.out.constData());
        const CliResult ls =
            onVault({QStringLiteral("attachment"), QStringLiteral("ls"), QStringLiteral("Passport")});
        CLI_EXPECT(ls, 0);
        QVERIFY2(ls.out.startsWith("1\tscan.pdf\t195.3 KiB\t"), ls.out.constData());
        QVERIFY(ls.out.contains("\n2\tnote.txt\t6 bytes\t"));
        const CliResult show = onVault({QStringLiteral("show"), QStringLiteral("Passport")});
        QVERIFY2(show.out.contains("Attachment 1: scan.pdf (195.3 KiB)\nAttachment 2: note.txt (6 bytes)"),
                 show.out.constData());

        const QString out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        CLI_EXPECT(onVault({QStringLiteral("attachment"), QStringLiteral("save"), QStringLiteral("Passport"),
                            QStringLiteral("scan.pdf"), out}),
                   0);
        QFile saved(out + QStringLiteral("/scan.pdf"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), pdf);
        QCOMPARE(saved.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner); // 0600: nothing for group or others
        const CliResult again = onVault({QStringLiteral("attachment"), QStringLiteral("save"),
                                         QStringLiteral("Passport"), QStringLiteral("1"), out});
        CLI_EXPECT(again, 4);
        QVERIFY(again.err.contains("There is already a file at "));
        CLI_EXPECT(
            onVault({QStringLiteral("attachment"), QStringLiteral("save"), QStringLiteral("Passport"),
                     QStringLiteral("2"), out + QStringLiteral("/scan.pdf"), QStringLiteral("--force")}),
            0);
        QVERIFY(saved.seek(0));
        QCOMPARE(saved.readAll(), QByteArray("hello\n"));

        // A csv export has no place for them and says so; twofold-json keeps them.
        const CliResult csv = onVault(
            {QStringLiteral("export"), QStringLiteral("csv"), m_dir.filePath(QStringLiteral("att.csv"))},
            {"y"});
        CLI_EXPECT(csv, 0);
        QVERIFY2(csv.err.contains("Attachments left out (csv has no place for them): 2."),
                 csv.err.constData());
        const CliResult json =
            onVault({QStringLiteral("export"), QStringLiteral("twofold-json"),
                     m_dir.filePath(QStringLiteral("att.json")), QStringLiteral("--plain")},
                    {"y"});
        CLI_EXPECT(json, 0);
        QVERIFY(!json.err.contains("Attachments left out"));
        QFile exported(m_dir.filePath(QStringLiteral("att.json")));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains(pdf.toBase64()));

        // Too big and missing files are refused before anything is written.
        QFile vaultFile(m_vault);
        QVERIFY(vaultFile.open(QIODevice::ReadOnly));
        const QByteArray vaultBefore = vaultFile.readAll();
        vaultFile.close();
        const QString big = m_dir.filePath(QStringLiteral("big.bin"));
        QFile b(big);
        QVERIFY(b.open(QIODevice::WriteOnly));
        QVERIFY(b.resize((16 << 20) + 1));
        b.close();
        const CliResult tooBig = onVault(
            {QStringLiteral("attachment"), QStringLiteral("add"), QStringLiteral("Passport"), note, big});
        CLI_EXPECT(tooBig, 1);
        QVERIFY2(tooBig.err.contains("is 16.0 MiB; an attachment can be at most 16 MiB."),
                 tooBig.err.constData());
        QVERIFY(vaultFile.open(QIODevice::ReadOnly));
        QCOMPARE(vaultFile.readAll(), vaultBefore);
        vaultFile.close();

        const CliResult rm = onVault({QStringLiteral("attachment"), QStringLiteral("rm"),
                                      QStringLiteral("Passport"), QStringLiteral("note.txt")});
        CLI_EXPECT(rm, 0);
        QVERIFY(rm.out.contains("Removed \"note.txt\" from \"Passport\"."));
        const CliResult gone = onVault({QStringLiteral("attachment"), QStringLiteral("save"),
                                        QStringLiteral("Passport"), QStringLiteral("note.txt")});
        CLI_EXPECT(gone, 1);
        QVERIFY2(gone.err.contains(
                     "\"Passport\" has no attachment called \"note.txt\". Its attachments: scan.pdf."),
                 gone.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cli_io_e2e.moc"
