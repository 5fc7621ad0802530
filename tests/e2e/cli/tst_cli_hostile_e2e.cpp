// twofold-cli against hostile text and misleading sentences (issue 15): vault text holding
// control characters is stored as typed but printed escaped; input that is not UTF-8 is
// refused with a sentence; a master password no keyboard types is refused; and the sentences
// for a full disk, a dropped change and an overlong line say what really happened.
#include "CliRunner.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {
const QByteArray kMaster = "correct horse battery staple";
const QStringList kFastKdf = {QStringLiteral("--kdf-memory"), QStringLiteral("8"),
                              QStringLiteral("--kdf-iterations"), QStringLiteral("1")};
QByteArray lines(std::initializer_list<QByteArray> answers)
{
    QByteArray text;
    for (const QByteArray& a : answers)
        text += a + '\n';
    return text;
}

// A terminal acts on these: none may reach standard output or standard error.
bool drivesATerminal(const QByteArray& bytes)
{
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return true;
    }
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text)
        if ((c.unicode() >= 0x80 && c.unicode() <= 0x9f) ||
            (c.unicode() >= 0x202a && c.unicode() <= 0x202e) ||
            (c.unicode() >= 0x2066 && c.unicode() <= 0x2069))
            return true;
    return false;
}

// The title of the hostile entry: a colour sequence, a bell, a carriage return that would
// rewrite the line, a C1 CSI and a right-to-left override.
const QString kTitle = QStringLiteral("Bank\x1b[2J\a\rPWNED\u009b31m\u202etxt.exe");
const QByteArray kTitleShown = "Bank\\e[2J\\a\\rPWNED\\u009b31m\\u202etxt.exe";
} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QString newVault(const QString& folder)
    {
        const QString path = m_dir.filePath(folder + QStringLiteral("/vault.twofold"));
        const CliResult r = m_cli->run(QStringList{QStringLiteral("--vault"), path, QStringLiteral("init"),
                                                   QStringLiteral("--password-stdin")} +
                                           kFastKdf,
                                       lines({kMaster}));
        if (!r.finished || r.exitCode != 0)
            qWarning("init failed: %s", qPrintable(describe(r)));
        return r.exitCode == 0 ? path : QString();
    }
    CliResult onVault(const QString& vault, QStringList args, const QList<QByteArray>& answers = {})
    {
        QByteArray input = kMaster + '\n';
        for (const QByteArray& a : answers)
            input += a + '\n';
        args << QStringLiteral("--vault") << vault << QStringLiteral("--password-stdin");
        return m_cli->run(args, input);
    }
    static QByteArray bytesOf(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // Runs a shell that passes the CLI args, then one more argument made by printf FORMAT.
    CliResult withRawArgument(const QStringList& args, const QString& printfFormat, const QByteArray& input)
    {
        return m_cli->runVia(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" \"$(printf '%1')\"").arg(printfFormat)},
            args, input);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(), qPrintable(CliRunner::program()));
        m_cli = std::make_unique<CliRunner>(m_dir.path());
    }

    // Stored as typed (the plain export holds the very characters), printed escaped by every
    // command that prints vault text.
    void controlCharactersAreStoredAsTypedAndPrintedEscaped()
    {
        const QString vault = newVault(QStringLiteral("escape"));
        QVERIFY(!vault.isEmpty());
        CLI_EXPECT(onVault(vault,
                           {QStringLiteral("add"), kTitle, QStringLiteral("--username"),
                            QStringLiteral("al\x1b]0;x\a"), QStringLiteral("--url"),
                            QStringLiteral("https://a\u202e.example"), QStringLiteral("--notes"),
                            QStringLiteral("line 1\nline 2\x1b[1A"), QStringLiteral("--tags"),
                            QStringLiteral("t\x1b"
                                           "ag"),
                            QStringLiteral("--group"), QStringLiteral("G\u0085roup")},
                           {"pass\x1b[8mword\x7f"}),
                   0);

        const QByteArray expectedListing = kTitleShown + '\n';
        for (const QStringList& args : {QStringList{QStringLiteral("ls")},
                                        QStringList{QStringLiteral("search"), QStringLiteral("PWNED")}}) {
            const CliResult r = onVault(vault, args);
            CLI_EXPECT(r, 0);
            QCOMPARE(r.out, expectedListing);
        }
        const CliResult ids = onVault(vault, {QStringLiteral("ls"), QStringLiteral("--ids")});
        CLI_EXPECT(ids, 0);
        QVERIFY2(ids.out.endsWith('\t' + kTitleShown + '\n'), ids.out.constData());

        const CliResult shown = onVault(vault, {QStringLiteral("show"), kTitle, QStringLiteral("--reveal")});
        CLI_EXPECT(shown, 0);
        QVERIFY2(!drivesATerminal(shown.out), shown.out.constData());
        for (const QByteArray& line :
             {"Title: " + kTitleShown, QByteArray("User name: al\\e]0;x\\a"),
              QByteArray("Password: pass\\e[8mword\\x7f"),
              QByteArray("Web address: https://a\\u202e.example"), QByteArray("Group: G\\u0085roup"),
              QByteArray("Tags: t\\eag"), QByteArray("Notes: line 1\n  line 2\\e[1A")})
            QVERIFY2(shown.out.contains(line + '\n'), (line + " in:\n" + shown.out).constData());

        // One field alone: the password escaped too, notes keep their own line breaks.
        const auto field = [&](const QString& name) {
            const CliResult r = onVault(vault, {QStringLiteral("show"), kTitle, QStringLiteral("--field"),
                                                name, QStringLiteral("--reveal")});
            return r.exitCode == 0 ? r.out : "failed: " + r.err;
        };
        QCOMPARE(field(QStringLiteral("password")), QByteArray("pass\\e[8mword\\x7f\n"));
        QCOMPARE(field(QStringLiteral("title")), kTitleShown + '\n');
        QCOMPARE(field(QStringLiteral("notes")), QByteArray("line 1\nline 2\\e[1A\n"));
        QCOMPARE(field(QStringLiteral("tags")), QByteArray("t\\eag\n"));

        // The old password in the history, revealed: escaped as well.
        CLI_EXPECT(
            onVault(vault, {QStringLiteral("edit"), kTitle, QStringLiteral("--ask-password")}, {"new"}), 0);
        const CliResult history = onVault(
            vault, {QStringLiteral("show"), kTitle, QStringLiteral("--history"), QStringLiteral("--reveal")});
        CLI_EXPECT(history, 0);
        QVERIFY2(history.out.contains("): pass\\e[8mword\\x7f\n"), history.out.constData());
        QVERIFY2(!drivesATerminal(history.out), history.out.constData());

        // Stored as typed: the plain export holds the characters themselves.
        const QString exported = m_dir.filePath(QStringLiteral("escape/plain.json"));
        CLI_EXPECT(onVault(vault,
                           {QStringLiteral("export"), QStringLiteral("twofold-json"), exported,
                            QStringLiteral("--plain")},
                           {"y"}),
                   0);
        const QByteArray json = bytesOf(exported);
        QVERIFY2(json.contains("Bank\\u001b[2J\\u0007\\rPWNED\u009b31m\u202etxt.exe"), json.constData());

        // A sentence naming the entry escapes it too (rm, then the trash listing).
        const CliResult removed = onVault(vault, {QStringLiteral("rm"), kTitle});
        CLI_EXPECT(removed, 0);
        QCOMPARE(removed.out, "Moved \"" + kTitleShown + "\" to the trash.\n");
        const CliResult trash = onVault(vault, {QStringLiteral("trash"), QStringLiteral("ls")});
        CLI_EXPECT(trash, 0);
        QCOMPARE(trash.out, expectedListing);
        const CliResult again = onVault(vault, {QStringLiteral("rm"), kTitle});
        QVERIFY2(again.exitCode != 0 && !drivesATerminal(again.err) && again.err.contains(kTitleShown),
                 qPrintable(describe(again)));
    }

    // An imported file: NUL and DEL in a title, ESC in its file name.
    void importedTextIsEscapedToo()
    {
        const QString vault = newVault(QStringLiteral("import"));
        QVERIFY(!vault.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("import/evil\x1b[5m.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"encrypted": false, "folders": [], "items": [{"id": "a", "type": 1, "name": "nul\u0000del\u007f",
                  "login": {"username": "u", "password": "p"}}]})");
        f.close();
        const CliResult imported =
            onVault(vault, {QStringLiteral("import"), QStringLiteral("bitwarden-json"), file});
        CLI_EXPECT(imported, 0);
        QVERIFY2(imported.out.startsWith("Imported 1 entries from evil\\e[5m.json"),
                 imported.out.constData());
        QVERIFY2(!drivesATerminal(imported.out), imported.out.constData());
        const CliResult listed = onVault(vault, {QStringLiteral("ls")});
        CLI_EXPECT(listed, 0);
        QCOMPARE(listed.out, QByteArray("nul\\x00del\\x7f\n"));
    }

    // A CSV saved in Latin-1: refused, naming the line, rather than imported with U+FFFD.
    void importFileThatIsNotUtf8IsRefused()
    {
        const QString vault = newVault(QStringLiteral("import-latin1"));
        QVERIFY(!vault.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("import-latin1/chrome.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,url,username,password,note\n"
                "mail.example,https://mail.example/,alice,pw,\n"
                "caf\xe9.example,https://cafe.example/,bob,pw,\n");
        f.close();
        const auto before = snapshot(QFileInfo(vault).path());
        for (const QString& format : {QStringLiteral("chrome-csv"), QStringLiteral("auto")}) {
            const CliResult r = onVault(vault, {QStringLiteral("import"), format, file});
            CLI_EXPECT(r, 1);
            QCOMPARE(r.err, file.toUtf8() +
                                " is not UTF-8 text: its line 3 holds a byte that is not valid there. "
                                "Save the file as UTF-8 and import it again; nothing was imported.\n");
        }
        QCOMPARE(snapshot(QFileInfo(vault).path()), before);
    }

    // Names that are not entries: an app password's name stays on its line of "app-password ls".
    void appPasswordNameIsEscaped()
    {
        const QString vault = newVault(QStringLiteral("app-password"));
        QVERIFY(!vault.isEmpty());
        const CliResult added = onVault(vault, {QStringLiteral("app-password"), QStringLiteral("add"),
                                                QStringLiteral("ci\nfake\x1b[1m")});
        CLI_EXPECT(added, 0);
        QCOMPARE(added.err,
                 QByteArray("The app password \"ci\\nfake\\e[1m\" follows; it is not shown again.\n"));
        const CliResult listed = onVault(vault, {QStringLiteral("app-password"), QStringLiteral("ls")});
        CLI_EXPECT(listed, 0);
        QVERIFY2(listed.out.startsWith("ci\\nfake\\e[1m\t") && listed.out.count('\n') == 1,
                 listed.out.constData());
    }

    void argumentThatIsNotUtf8IsRefused()
    {
        const QString vault = newVault(QStringLiteral("argv"));
        QVERIFY(!vault.isEmpty());
        const auto before = snapshot(QFileInfo(vault).path());
        // "café" in Latin-1, as a shell in another locale would pass it.
        const CliResult r =
            withRawArgument({QStringLiteral("--vault"), vault, QStringLiteral("--password-stdin"),
                             QStringLiteral("add"), QStringLiteral("--generate")},
                            QStringLiteral("caf\\351"), lines({kMaster}));
        CLI_EXPECT(r, 1);
        QCOMPARE(r.err,
                 QByteArray("The argument \"caf\\xe9\" is not UTF-8 text: its byte 4 (0xe9) is not valid "
                            "there. twofold-cli takes every argument as UTF-8.\n"));
        QCOMPARE(snapshot(QFileInfo(vault).path()), before);
        // The same word in UTF-8 goes through (the shell itself is not the problem).
        CLI_EXPECT(withRawArgument({QStringLiteral("--vault"), vault, QStringLiteral("--password-stdin"),
                                    QStringLiteral("add"), QStringLiteral("--generate")},
                                   QStringLiteral("caf\\303\\251"), lines({kMaster})),
                   0);
    }

    void answerThatIsNotUtf8IsRefused_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("sentence");
        QTest::newRow("Latin-1")
            << QByteArray("caf\xe9")
            << QByteArray("The answer giving the entry's password is not UTF-8 text: its byte 4 "
                          "is not valid there. Twofold reads every answer as UTF-8.\n");
        QTest::newRow("encoded surrogate")
            << QByteArray("ab\xed\xa0\x80")
            << QByteArray("The answer giving the entry's password is not UTF-8 text: its byte 3 is not valid "
                          "there. Twofold reads every answer as UTF-8.\n");
    }
    void answerThatIsNotUtf8IsRefused()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, sentence);
        const QString vault =
            newVault(QStringLiteral("stdin-") + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(!vault.isEmpty());
        const auto before = snapshot(QFileInfo(vault).path());
        const CliResult r = onVault(vault, {QStringLiteral("add"), QStringLiteral("Site")}, {password});
        CLI_EXPECT(r, 1);
        QCOMPARE(r.err, sentence);
        QCOMPARE(snapshot(QFileInfo(vault).path()), before);
    }

    void masterPasswordNoKeyboardTypesIsRefused_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("sentence");
        const QByteArray tail =
            ", a control character or noncharacter that a keyboard cannot type: choose one you "
            "can type wherever you unlock the vault.\n";
        QTest::newRow("ESC") << QByteArray("correct horse\x1b battery staple")
                             << "The new master password holds U+001B" + tail;
        QTest::newRow("tab") << QByteArray("correct horse\tbattery staple")
                             << "The new master password holds U+0009" + tail;
        QTest::newRow("C1 NEL") << QByteArray("correct horse \xc2\x85 battery staple")
                                << "The new master password holds U+0085" + tail;
        QTest::newRow("noncharacter") << QByteArray("correct horse \xef\xbf\xbf battery staple")
                                      << "The new master password holds U+FFFF" + tail;
        QTest::newRow("lone surrogate")
            << QByteArray("correct horse \xed\xb0\x80 battery staple")
            << QByteArray("The answer giving the new master password is not UTF-8 text: "
                          "its byte 15 is not valid there. Twofold reads every "
                          "answer as UTF-8.\n");
    }
    void masterPasswordNoKeyboardTypesIsRefused()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, sentence);
        const QString path = m_dir.filePath(
            QStringLiteral("init-%1/vault.twofold").arg(QString::fromLatin1(QTest::currentDataTag())));
        const CliResult r = m_cli->run(QStringList{QStringLiteral("--vault"), path, QStringLiteral("init"),
                                                   QStringLiteral("--password-stdin")} +
                                           kFastKdf,
                                       lines({password}));
        CLI_EXPECT(r, 1);
        QCOMPARE(r.err, sentence);
        QVERIFY(!QFileInfo::exists(path));

        // password change refuses it as well, and the old password still opens the vault.
        const QString vault =
            newVault(QStringLiteral("change-") + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(!vault.isEmpty());
        const CliResult change =
            onVault(vault, {QStringLiteral("password"), QStringLiteral("change")}, {password});
        CLI_EXPECT(change, 1);
        QCOMPARE(change.err, sentence);
        CLI_EXPECT(onVault(vault, {QStringLiteral("ls")}), 0);
    }

    void masterPasswordFromTheEnvironmentMustBeUtf8()
    {
        const QString path = m_dir.filePath(QStringLiteral("init-env/vault.twofold"));
        const CliResult r =
            m_cli->runVia(QStringLiteral("/bin/sh"),
                          {QStringLiteral("-c"),
                           QStringLiteral("TWOFOLD_TEST_PW=\"$(printf 'correct horse \\377 staple')\" "
                                          "exec \"$0\" \"$@\"")},
                          QStringList{QStringLiteral("--vault"), path, QStringLiteral("init"),
                                      QStringLiteral("--password-env"), QStringLiteral("TWOFOLD_TEST_PW")} +
                              kFastKdf);
        CLI_EXPECT(r, 1);
        QCOMPARE(r.err,
                 QByteArray("The environment variable TWOFOLD_TEST_PW (named by --password-env) is not UTF-8 "
                            "text: its byte 15 is not valid there. Twofold reads passwords as UTF-8.\n"));
        QVERIFY(!QFileInfo::exists(path));
    }

    // Before: "Standard input ended before the otpauth:// link was given."
    void overlongOtpLineSaysItIsTooLong()
    {
        const QByteArray line = "otpauth://totp/x?secret=" + QByteArray(1024 * 1024, 'A');
        const CliResult r =
            m_cli->run({QStringLiteral("otp"), QStringLiteral("code"), QStringLiteral("-")}, line + '\n');
        CLI_EXPECT(r, 1);
        QCOMPARE(r.err, QByteArray("The answer giving the otpauth:// link is longer than 65536 bytes.\n"));
        // And a line that really is missing still says so.
        const CliResult empty =
            m_cli->runVia(QStringLiteral("/bin/sh"),
                          {QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" </dev/null")},
                          {QStringLiteral("otp"), QStringLiteral("code"), QStringLiteral("-")});
        CLI_EXPECT(empty, 1);
        QCOMPARE(empty.err, QByteArray("Standard input ended before the otpauth:// link was given.\n"));
    }

    // A disk of its own (a 256 KiB tmpfs in a user and mount namespace): full to the last byte,
    // then with one page left. Needs unshare and user namespaces; skipped without them.
    void fullDiskSaysTheDiskIsFullAndTheChangeIsDropped()
    {
#ifndef Q_OS_LINUX
        QSKIP("tmpfs in a mount namespace is a Linux test");
#else
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("unshare (util-linux) is not installed");
        const QString disk = m_dir.filePath(QStringLiteral("disk"));
        const QString results = m_dir.filePath(QStringLiteral("disk-results"));
        QVERIFY(QDir().mkpath(disk) && QDir().mkpath(results));
        // $0 the CLI, $1 the mount point, $2 where results go (outside the small disk).
        const QString script = QStringLiteral(R"(
mount -t tmpfs -o size=256k tmpfs "$1" || exit 99
v="$1/vault.twofold"
printf '%s\n' "$PW" | "$0" --vault "$v" init --password-stdin --kdf-memory 8 --kdf-iterations 1 >/dev/null || exit 98
cp "$v" "$2/before"
dd if=/dev/zero of="$1/fill" bs=4k 2>/dev/null
printf '%s\nsecret\n' "$PW" | "$0" --vault "$v" add New --password-stdin 2>"$2/full.err"; echo $? >"$2/full.rc"
cmp -s "$v" "$2/before" && echo same >"$2/full.file"
rm "$1/fill"
pages=$(( $(df --output=avail "$1" | tail -n 1) / 4 - 1 ))
dd if=/dev/zero of="$1/fill" bs=4k count=$pages 2>/dev/null
printf '%s\nsecret\n' "$PW" | "$0" --vault "$v" add New --password-stdin 2>"$2/page.err"; echo $? >"$2/page.rc"
cmp -s "$v" "$2/before" && echo same >"$2/page.file"
exit 0
)");
        CliRunner cli(m_dir.path());
        cli.setEnv(QStringLiteral("PW"), QString::fromUtf8(kMaster));
        const CliResult r =
            cli.runVia(unshare, {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script},
                       {disk, results});
        if (!r.finished || r.exitCode == 99 || (r.exitCode != 0 && r.err.contains("unshare")))
            QSKIP(qPrintable(QStringLiteral("no tmpfs of our own here: ") + describe(r)));
        CLI_EXPECT(r, 0);
        const auto read = [&](const char* name) { return bytesOf(results + u'/' + QLatin1StringView(name)); };

        // No room for the lock file: the disk is full, not "read-only or no permission".
        QCOMPARE(read("full.rc"), QByteArray("4\n"));
        QCOMPARE(
            read("full.err"),
            "The vault cannot be opened for changes, because the disk holding " + disk.toUtf8() +
                "/vault.twofold.lock is full (there is no room for its lock file). Free some space and try "
                "again; commands that only read the vault still work.\n");
        QCOMPARE(read("full.file"), QByteArray("same\n"));

        // Room for the lock but not for the new file: the disk is full, and the CLI, which ends
        // without the change, does not say "nothing was lost".
        QCOMPARE(read("page.rc"), QByteArray("4\n"));
        const QByteArray page = read("page.err");
        QVERIFY2(page.startsWith("The disk holding " + disk.toUtf8() +
                                 "/vault.twofold is full, so the vault was not "
                                 "saved."),
                 page.constData());
        QVERIFY2(!page.contains("nothing was lost") && !page.contains("still open"), page.constData());
        QVERIFY2(
            page.endsWith(" twofold-cli has ended without the change: the vault file is as it was before it. "
                          "Run the command again once that is fixed.\n"),
            page.constData());
        QCOMPARE(read("page.file"), QByteArray("same\n"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile_e2e.moc"
