// twofold-cli end to end, with a real vault on disk: the entry round trip, where the master
// password comes from, refusals (wrong password, damaged file, a second writer), and
// read-only commands that create no files and work in a read-only folder.
#include "CliRunner.h"

#include <QLockFile>
#include <QRegularExpression>
#include <QScopeGuard>
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
} // namespace

class TestCliVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;

    // A new vault with master password kMaster in its own folder; empty on failure.
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
    // Runs a command on vault with kMaster (and then answers) on standard input.
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(), qPrintable(CliRunner::program()));
        m_cli = std::make_unique<CliRunner>(m_dir.path());
    }

    void initCreatesAVault()
    {
        const QString path = m_dir.filePath(QStringLiteral("init/vault.twofold"));
        const CliResult r = m_cli->run(QStringList{QStringLiteral("init"), QStringLiteral("--vault"), path,
                                                   QStringLiteral("--password-stdin")} +
                                           kFastKdf,
                                       lines({kMaster}));
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out, "Created the vault " + QDir::toNativeSeparators(path).toUtf8() + ".\n");
        QVERIFY(QFileInfo(path).isFile());
        // A second init on the same path is refused and leaves the file alone.
        const QByteArray before = bytesOf(path);
        const CliResult again = onVault(path, QStringList{QStringLiteral("init")} + kFastKdf);
        CLI_EXPECT(again, 4);
        QVERIFY(again.isOneSentence());
        QCOMPARE(bytesOf(path), before);
    }

    void initRefusesAWeakPassword_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("sentence");
        QTest::newRow("too short") << QByteArray("abc12")
                                   << QByteArray("Too short: use at least 8 characters.\n");
        QTest::newRow("most common") << QByteArray("password") << QByteArray();
        QTest::newRow("empty line") << QByteArray() << QByteArray();
    }
    void initRefusesAWeakPassword()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, sentence);
        const QString folder =
            m_dir.filePath(QStringLiteral("weak-") + QString::fromUtf8(QTest::currentDataTag()));
        const CliResult r =
            m_cli->run(QStringList{QStringLiteral("--vault"), folder + QStringLiteral("/v.twofold"),
                                   QStringLiteral("init"), QStringLiteral("--password-stdin")} +
                           kFastKdf,
                       lines({password}));
        CLI_EXPECT(r, 1);
        QVERIFY2(r.isOneSentence(), r.err.constData());
        if (!sentence.isEmpty())
            QCOMPARE(r.err, sentence);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(folder));
    }

    void entryRoundTrip()
    {
        const QString vault = newVault(QStringLiteral("roundtrip"));
        QVERIFY(!vault.isEmpty());

        CliResult r =
            onVault(vault,
                    {QStringLiteral("add"), QStringLiteral("GitHub"), QStringLiteral("--username"),
                     QStringLiteral("alice"), QStringLiteral("--url"), QStringLiteral("https://github.com"),
                     QStringLiteral("--tags"), QStringLiteral("dev, code"), QStringLiteral("--group"),
                     QStringLiteral("Work/Dev")},
                    {"hunter2-Entry"});
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out, QByteArray("Added \"GitHub\".\n"));
        QVERIFY(r.err.isEmpty());
        r = onVault(vault, {QStringLiteral("add"), QStringLiteral("Bank"), QStringLiteral("--generate=32"),
                            QStringLiteral("--notes"), QStringLiteral("first\nsecond")});
        CLI_EXPECT(r, 0);

        CLI_EXPECT(r = onVault(vault, {QStringLiteral("ls")}), 0);
        QCOMPARE(r.out, QByteArray("Bank\nGitHub\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("ls"), QStringLiteral("Work")}), 0);
        QCOMPARE(r.out, QByteArray("GitHub\n"));
        CLI_EXPECT(
            r = onVault(vault, {QStringLiteral("search"), QStringLiteral("GIT"), QStringLiteral("alice")}),
            0);
        QCOMPARE(r.out, QByteArray("GitHub\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("search"), QStringLiteral("nothing-like-it")}), 0);
        QCOMPARE(r.out, QByteArray());

        // The password: hidden by default, alone on its line with --field password --reveal.
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("show"), QStringLiteral("GitHub")}), 0);
        QVERIFY2(r.out.startsWith("Title: GitHub\nUser name: alice\nPassword: ********\nWeb address: "
                                  "https://github.com\nGroup: Work/Dev\nTags: dev, code\n"),
                 r.out.constData());
        QVERIFY(!r.out.contains("hunter2"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("show"), QStringLiteral("GitHub"),
                                       QStringLiteral("--field"), QStringLiteral("password")}),
                   0);
        QCOMPARE(r.out, QByteArray("********\n"));
        CLI_EXPECT(
            r = onVault(vault, {QStringLiteral("show"), QStringLiteral("GitHub"), QStringLiteral("--field"),
                                QStringLiteral("password"), QStringLiteral("--reveal")}),
            0);
        QCOMPARE(r.out, QByteArray("hunter2-Entry\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("show"), QStringLiteral("Bank"),
                                       QStringLiteral("--field=password"), QStringLiteral("--reveal")}),
                   0);
        QCOMPARE(r.out.size(), 33);
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("show"), QStringLiteral("Bank"),
                                       QStringLiteral("--field"), QStringLiteral("notes")}),
                   0);
        QCOMPARE(r.out, QByteArray("first\nsecond\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("show"), QStringLiteral("GitHub"),
                                       QStringLiteral("--field"), QStringLiteral("tags")}),
                   0);
        QCOMPARE(r.out, QByteArray("dev\ncode\n"));

        // The id names an entry as well as its title.
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("ls"), QStringLiteral("--ids")}), 0);
        const QList<QByteArray> rows = r.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 2);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}\tBank$"))
                    .match(QString::fromUtf8(rows[0]))
                    .hasMatch());
        const QString bankId = QString::fromUtf8(rows[0].left(36));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("show"), bankId, QStringLiteral("--field"),
                                       QStringLiteral("title")}),
                   0);
        QCOMPARE(r.out, QByteArray("Bank\n"));

        // edit: fields, title, a new password asked on the next line.
        CLI_EXPECT(r = onVault(vault,
                               {QStringLiteral("edit"), QStringLiteral("GitHub"), QStringLiteral("--title"),
                                QStringLiteral("GitHub (work)"), QStringLiteral("--username"),
                                QStringLiteral("bob"), QStringLiteral("--ask-password")},
                               {"n3w-Password"}),
                   0);
        QCOMPARE(r.out, QByteArray("Changed \"GitHub (work)\".\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("show"), QStringLiteral("GitHub (work)"),
                                       QStringLiteral("--field"), QStringLiteral("username")}),
                   0);
        QCOMPARE(r.out, QByteArray("bob\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("show"), QStringLiteral("GitHub (work)"),
                                       QStringLiteral("--reveal"), QStringLiteral("--field"),
                                       QStringLiteral("password")}),
                   0);
        QCOMPARE(r.out, QByteArray("n3w-Password\n"));
        // A title another entry has is refused.
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("edit"), QStringLiteral("Bank"),
                                       QStringLiteral("--title"), QStringLiteral("GitHub (work)")}),
                   1);
        QVERIFY(r.isOneSentence());

        // rm moves to the trash; restore brings it back; --permanent deletes.
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("rm"), QStringLiteral("Bank")}), 0);
        QCOMPARE(r.out, QByteArray("Moved \"Bank\" to the trash.\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("ls")}), 0);
        QCOMPARE(r.out, QByteArray("GitHub (work)\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("trash"), QStringLiteral("ls")}), 0);
        QCOMPARE(r.out, QByteArray("Bank\n"));
        CLI_EXPECT(
            r = onVault(vault, {QStringLiteral("trash"), QStringLiteral("restore"), QStringLiteral("Bank")}),
            0);
        QCOMPARE(r.out, QByteArray("Restored \"Bank\".\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("ls")}), 0);
        QCOMPARE(r.out, QByteArray("Bank\nGitHub (work)\n"));
        CLI_EXPECT(
            r = onVault(vault, {QStringLiteral("rm"), QStringLiteral("Bank"), QStringLiteral("--permanent")}),
            0);
        QCOMPARE(r.out, QByteArray("Deleted \"Bank\" for good.\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("rm"), QStringLiteral("GitHub (work)")}), 0);
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("trash"), QStringLiteral("empty")}), 0);
        QCOMPARE(r.out, QByteArray("Deleted 1 entry for good.\n"));
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("trash"), QStringLiteral("ls")}), 0);
        QCOMPARE(r.out, QByteArray());
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("ls")}), 0);
        QCOMPARE(r.out, QByteArray());
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("show"), QStringLiteral("Bank")}), 1);
        QCOMPARE(r.err, QByteArray("There is no entry called \"Bank\".\n"));
    }

    void addRefusals()
    {
        const QString vault = newVault(QStringLiteral("add-refusals"));
        QVERIFY(!vault.isEmpty());
        CLI_EXPECT(
            onVault(vault, {QStringLiteral("add"), QStringLiteral("Mail"), QStringLiteral("--generate")}), 0);
        const QByteArray before = bytesOf(vault);
        // The same title again.
        CliResult r =
            onVault(vault, {QStringLiteral("add"), QStringLiteral("Mail"), QStringLiteral("--generate")});
        CLI_EXPECT(r, 1);
        QVERIFY(r.isOneSentence());
        // Standard input ends before the entry's password.
        r = onVault(vault, {QStringLiteral("add"), QStringLiteral("Shop")});
        CLI_EXPECT(r, 1);
        QCOMPARE(r.err, QByteArray("Standard input ended before the entry's password was given.\n"));
        // A length the generator refuses is refused before the master password is read.
        r = m_cli->run({QStringLiteral("--vault"), vault, QStringLiteral("add"), QStringLiteral("Shop"),
                        QStringLiteral("--generate=7")});
        CLI_EXPECT(r, 1);
        QCOMPARE(r.err, QByteArray("A generated password must be between 8 and 128 characters long.\n"));
        QCOMPARE(bytesOf(vault), before);
    }

    void optionsMayFollowTheCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("global options first") << QStringList{
            QStringLiteral("--vault"),  QStringLiteral("@"),       QStringLiteral("--password-stdin"),
            QStringLiteral("show"),     QStringLiteral("Mail"),    QStringLiteral("--field"),
            QStringLiteral("password"), QStringLiteral("--reveal")};
        QTest::newRow("everything after")
            << QStringList{QStringLiteral("show"),      QStringLiteral("Mail"),
                           QStringLiteral("--reveal"),  QStringLiteral("--field=password"),
                           QStringLiteral("--vault=@"), QStringLiteral("--password-stdin")};
        QTest::newRow("mixed") << QStringList{QStringLiteral("--reveal"),         QStringLiteral("show"),
                                              QStringLiteral("--password-stdin"), QStringLiteral("Mail"),
                                              QStringLiteral("--vault"),          QStringLiteral("@"),
                                              QStringLiteral("--field"),          QStringLiteral("password")};
    }
    void optionsMayFollowTheCommand()
    {
        QFETCH(QStringList, args);
        static QString vault;
        if (vault.isEmpty()) {
            vault = newVault(QStringLiteral("option-order"));
            QVERIFY(!vault.isEmpty());
            CLI_EXPECT(onVault(vault, {QStringLiteral("add"), QStringLiteral("Mail")}, {"m4il-Secret"}), 0);
        }
        args.replaceInStrings(QStringLiteral("@"), vault);
        const CliResult r = m_cli->run(args, lines({kMaster}));
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out, QByteArray("m4il-Secret\n"));
    }

    void passwordFromTheEnvironment()
    {
        const QString vault = newVault(QStringLiteral("environment"));
        QVERIFY(!vault.isEmpty());
        CliRunner cli(m_dir.path());
        cli.setEnv(QStringLiteral("TF_MASTER"), QString::fromUtf8(kMaster));
        // Master password from the variable, the entry's password from standard input.
        CliResult r = cli.run({QStringLiteral("--vault"), vault, QStringLiteral("--password-env"),
                               QStringLiteral("TF_MASTER"), QStringLiteral("add"), QStringLiteral("Env"),
                               QStringLiteral("--password-stdin")},
                              lines({"env-Entry-pw"}));
        CLI_EXPECT(r, 0);
        r = cli.run({QStringLiteral("show"), QStringLiteral("Env"), QStringLiteral("--field"),
                     QStringLiteral("password"), QStringLiteral("--reveal"), QStringLiteral("--password-env"),
                     QStringLiteral("TF_MASTER"), QStringLiteral("--vault"), vault});
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out, QByteArray("env-Entry-pw\n"));
        // TWOFOLD_VAULT names the vault when --vault does not.
        cli.setEnv(QStringLiteral("TWOFOLD_VAULT"), vault);
        r = cli.run({QStringLiteral("ls"), QStringLiteral("--password-env"), QStringLiteral("TF_MASTER")});
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out, QByteArray("Env\n"));
        r = cli.run({QStringLiteral("ls"), QStringLiteral("--password-env"), QStringLiteral("TF_UNSET")});
        CLI_EXPECT(r, 1);
        QCOMPARE(
            r.err,
            QByteArray("The environment variable TF_UNSET (named by --password-env) is not set or empty.\n"));
        // No terminal and no --password-stdin: refused, not read from the pipe.
        r = cli.run({QStringLiteral("ls")}, lines({kMaster}));
        CLI_EXPECT(r, 1);
        QVERIFY(r.isOneSentence());
    }

    void wrongPassword()
    {
        const QString vault = newVault(QStringLiteral("wrong"));
        QVERIFY(!vault.isEmpty());
        const auto before = snapshot(QFileInfo(vault).path());
        for (const QString& command : {QStringLiteral("ls"), QStringLiteral("trash empty")}) {
            const CliResult r =
                m_cli->run(command.split(u' ') + QStringList{QStringLiteral("--vault"), vault,
                                                             QStringLiteral("--password-stdin")},
                           lines({"not the password"}));
            CLI_EXPECT(r, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.isOneSentence(), r.err.constData());
        }
        QCOMPARE(snapshot(QFileInfo(vault).path()), before);
    }

    void missingVault()
    {
        const CliResult r =
            onVault(m_dir.filePath(QStringLiteral("no/such.twofold")), {QStringLiteral("ls")});
        CLI_EXPECT(r, 4);
        QVERIFY(r.isOneSentence());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
    }

    void damagedFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("command");
        for (const char* damage : {"flip-middle", "flip-last", "truncate-half", "truncate-10", "empty"})
            for (const char* command : {"ls", "add"})
                QTest::addRow("%s, %s", damage, command)
                    << QString::fromLatin1(damage) << QString::fromLatin1(command);
    }
    void damagedFile()
    {
        QFETCH(QString, damage);
        QFETCH(QString, command);
        const QString vault = newVault(QStringLiteral("damaged-%1-%2").arg(damage, command));
        QVERIFY(!vault.isEmpty());
        CLI_EXPECT(
            onVault(vault, {QStringLiteral("add"), QStringLiteral("Kept"), QStringLiteral("--generate")}), 0);
        QByteArray bytes = bytesOf(vault);
        if (damage == u"flip-middle")
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
        else if (damage == u"flip-last")
            bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x01);
        else if (damage == u"truncate-half")
            bytes.truncate(bytes.size() / 2);
        else if (damage == u"truncate-10")
            bytes.truncate(10);
        else
            bytes.clear();
        {
            QFile f(vault);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        const auto before = snapshot(QFileInfo(vault).path());
        QStringList args{command};
        if (command == u"add")
            args << QStringLiteral("New") << QStringLiteral("--generate");
        const CliResult r = onVault(vault, args);
        CLI_EXPECT(r, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.count('\n') == 1 && r.err.endsWith(".\n"), r.err.constData());
        QCOMPARE(snapshot(QFileInfo(vault).path()), before);
    }

    void secondWriterIsRefused()
    {
        const QString vault = newVault(QStringLiteral("locked"));
        QVERIFY(!vault.isEmpty());
        CLI_EXPECT(
            onVault(vault, {QStringLiteral("add"), QStringLiteral("One"), QStringLiteral("--generate")}), 0);
        QLockFile lock(vault + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        const QByteArray before = bytesOf(vault);
        CliResult r =
            onVault(vault, {QStringLiteral("add"), QStringLiteral("Two"), QStringLiteral("--generate")});
        CLI_EXPECT(r, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.count('\n') == 1);
        QCOMPARE(bytesOf(vault), before);
        // Readers are not held up by a writer.
        CLI_EXPECT(r = onVault(vault, {QStringLiteral("ls")}), 0);
        QCOMPARE(r.out, QByteArray("One\n"));
        lock.unlock();
        CLI_EXPECT(
            onVault(vault, {QStringLiteral("add"), QStringLiteral("Two"), QStringLiteral("--generate")}), 0);
    }

    void readOnlyCommandsCreateNoFiles()
    {
        const QString vault = newVault(QStringLiteral("no-new-files"));
        QVERIFY(!vault.isEmpty());
        CLI_EXPECT(
            onVault(vault, {QStringLiteral("add"), QStringLiteral("Site"), QStringLiteral("--generate")}), 0);
        CLI_EXPECT(onVault(vault, {QStringLiteral("rm"), QStringLiteral("Site")}), 0);
        CLI_EXPECT(
            onVault(vault, {QStringLiteral("add"), QStringLiteral("Site"), QStringLiteral("--generate")}), 0);
        const auto before = snapshot(m_dir.path());
        for (const QStringList& args :
             {QStringList{QStringLiteral("ls")},
              QStringList{QStringLiteral("search"), QStringLiteral("site")},
              QStringList{QStringLiteral("show"), QStringLiteral("Site"), QStringLiteral("--reveal")},
              QStringList{QStringLiteral("trash"), QStringLiteral("ls")}})
            CLI_EXPECT(onVault(vault, args), 0);
        QCOMPARE(snapshot(m_dir.path()), before);
    }

    void readOnlyFolder()
    {
#ifndef Q_OS_UNIX
        QSKIP("folder modes are a POSIX test");
#else
        const QString vault = newVault(QStringLiteral("read-only"));
        QVERIFY(!vault.isEmpty());
        CLI_EXPECT(
            onVault(vault, {QStringLiteral("add"), QStringLiteral("Site"), QStringLiteral("--generate")}), 0);
        const QString folder = QFileInfo(vault).path();
        QVERIFY(QFile::setPermissions(vault, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                  QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QFile::setPermissions(vault, QFile::ReadOwner | QFile::WriteOwner);
        });
        // Root writes to a 0555 folder anyway: then run the CLI as nobody, when we can.
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            if (geteuid() != 0)
                QSKIP("this folder stays writable in spite of its mode");
            QVERIFY(QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ReadOther |
                                                            QFile::ExeOther));
        }
        CliRunner cli(m_dir.path());
        // Nobody may not reach the build tree (a clone in a 0700 folder): run a copy it can.
        QTemporaryDir binDir;
        if (geteuid() == 0) {
            QVERIFY(binDir.isValid());
            const QString why = cli.useCopyOthersCanRun(binDir.path());
            if (!why.isEmpty())
                QSKIP(qPrintable(QStringLiteral("cannot run the CLI as nobody: ") + why));
            if (!CliRunner::othersCanReach(vault, QFile::ReadOther))
                QSKIP(qPrintable(
                    QStringLiteral("nobody cannot reach %1: a folder above it is closed").arg(vault)));
            cli.setRunAsNobody(true);
        }
        const auto before = snapshot(folder);
        auto run = [&](QStringList args) {
            args << QStringLiteral("--vault") << vault << QStringLiteral("--password-stdin");
            return cli.run(args, lines({kMaster}));
        };
        CliResult r = run({QStringLiteral("ls")});
        if (r.exitCode == 125)
            QSKIP("cannot switch to user nobody here");
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out, QByteArray("Site\n"));
        CLI_EXPECT(r = run({QStringLiteral("search"), QStringLiteral("site")}), 0);
        QCOMPARE(r.out, QByteArray("Site\n"));
        CLI_EXPECT(r = run({QStringLiteral("show"), QStringLiteral("Site"), QStringLiteral("--field"),
                            QStringLiteral("title")}),
                   0);
        QCOMPARE(r.out, QByteArray("Site\n"));
        // A writer cannot take the lock there: exit 4 with a sentence.
        CLI_EXPECT(r = run({QStringLiteral("rm"), QStringLiteral("Site")}), 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.count('\n') == 1, r.err.constData());
        QCOMPARE(snapshot(folder), before);
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault_e2e.moc"
