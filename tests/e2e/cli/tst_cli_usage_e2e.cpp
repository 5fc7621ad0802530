// twofold-cli end to end, without a vault: --version, --help, usage errors (exit 1 with one
// exact sentence) and the password generator.
#include "CliRunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

class TestCliUsage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(), qPrintable(CliRunner::program()));
        m_cli = std::make_unique<CliRunner>(m_dir.path());
    }

    void version_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("alone") << QStringList{QStringLiteral("--version")};
        QTest::newRow("after a command") << QStringList{QStringLiteral("ls"), QStringLiteral("--version")};
    }
    void version()
    {
        QFETCH(QStringList, args);
        const CliResult r = m_cli->run(args);
        CLI_EXPECT(r, 0);
        QCOMPARE(r.out, QByteArray("twofold-cli " TWOFOLD_VERSION "\n"));
        QVERIFY(r.err.isEmpty());
    }

    void overview()
    {
        const CliResult r = m_cli->run({QStringLiteral("--help")});
        CLI_EXPECT(r, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.startsWith("Usage: twofold-cli [OPTIONS] COMMAND [ARGUMENTS]\n"));
        for (const char* line :
             {"\n  init ", "\n  ls [GROUP] ", "\n  search TERM... ", "\n  show ENTRY ", "\n  add TITLE ",
              "\n  edit ENTRY ", "\n  rm ENTRY ", "\n  trash ls ", "\n  trash restore ENTRY ",
              "\n  trash empty ", "\n  generate ", "\n  help [COMMAND] ", "\n  --vault PATH ",
              "\n  --password-stdin ", "\n  --password-env VAR ", "\n  -h, --help ", "\n  --version "})
            QVERIFY2(r.out.contains(line), line);
        QCOMPARE(m_cli->run({QStringLiteral("-h")}).out, r.out);
        QCOMPARE(m_cli->run({QStringLiteral("help")}).out, r.out);
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* c : {"init", "ls", "search", "show", "add", "edit", "rm", "trash ls",
                              "trash restore", "trash empty", "generate", "help"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void commandHelp()
    {
        QFETCH(QString, command);
        const QStringList words = command.split(u' ');
        const CliResult viaHelp = m_cli->run(QStringList{QStringLiteral("help")} + words);
        CLI_EXPECT(viaHelp, 0);
        QVERIFY2(viaHelp.out.startsWith("Usage: twofold-cli " + command.toUtf8()), viaHelp.out.constData());
        const CliResult viaOption = m_cli->run(words + QStringList{QStringLiteral("--help")});
        CLI_EXPECT(viaOption, 0);
        QCOMPARE(viaOption.out, viaHelp.out);
    }

    void actionsOfACommand()
    {
        const CliResult r = m_cli->run({QStringLiteral("trash"), QStringLiteral("--help")});
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.contains("twofold-cli trash restore ENTRY"));
        QCOMPARE(m_cli->run({QStringLiteral("help"), QStringLiteral("trash")}).out, r.out);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("sentence");
        auto row = [](const char* name, std::initializer_list<const char*> args, const char* sentence) {
            QStringList list;
            for (const char* a : args)
                list << QString::fromUtf8(a);
            QTest::newRow(name) << list << QByteArray(sentence) + '\n';
        };
        row("nothing", {}, "Name a command (see twofold-cli --help).");
        row("unknown command", {"frobnicate"},
            "There is no command \"frobnicate\" (see twofold-cli --help).");
        row("unknown option", {"ls", "--frob"}, "There is no option --frob (see twofold-cli --help).");
        row("unknown short option", {"ls", "-x"}, "There is no option -x (see twofold-cli --help).");
        row("option of another command", {"ls", "--reveal"},
            "The option --reveal does not apply to \"ls\" (see twofold-cli help ls).");
        row("missing value", {"show", "X", "--field"}, "The option --field needs a value: --field F.");
        row("value for a flag", {"show", "X", "--reveal=yes"}, "The option --reveal takes no value.");
        row("option twice", {"ls", "--ids", "--ids"}, "The option --ids is given more than once.");
        row("missing argument", {"show"},
            "The command \"show\" needs more arguments: twofold-cli show ENTRY.");
        row("surplus argument", {"rm", "a", "b"},
            "The command \"rm\" does not take \"b\": twofold-cli rm ENTRY.");
        row("after --", {"generate", "--", "--length"},
            "The command \"generate\" does not take \"--length\": twofold-cli generate.");
        row("action missing", {"trash"}, "The command \"trash\" needs one of: ls, restore, empty.");
        row("unknown help topic", {"help", "nope"}, "There is no command \"nope\" (see twofold-cli --help).");
        row("unknown field", {"show", "X", "--field", "colour"},
            "There is no field \"colour\": name one of title, username, password, url, group, tags, notes, "
            "created, modified, id.");
        row("edit nothing", {"edit", "X"},
            "Say what to change, for example --username U (see twofold-cli help edit).");
        row("edit two passwords", {"edit", "X", "--generate", "--ask-password"},
            "Give --generate or --ask-password, not both.");
        row("empty title", {"add", " "}, "An entry needs a title.");
        row("kdf memory", {"init", "--kdf-memory", "0"},
            "The option --kdf-memory must be between 1 and 1024 MiB.");
        row("kdf memory above 1 GiB", {"init", "--kdf-memory", "1025"},
            "The option --kdf-memory must be between 1 and 1024 MiB.");
        row("kdf iterations", {"init", "--kdf-iterations", "65"},
            "The option --kdf-iterations must be between 1 and 64.");
        row("kdf work", {"init", "--kdf-memory", "1024", "--kdf-iterations", "17"},
            "--kdf-memory times --kdf-iterations may be at most 16384 (MiB times passes): more would make "
            "every unlock take minutes.");
        row("not a number", {"generate", "--length", "x"},
            "The option --length needs a whole number, not \"x\".");
        row("length and words", {"generate", "--length", "8", "--words", "3"},
            "Give --length for a password or --words for a passphrase, not both.");
        row("passphrase option", {"generate", "--capitalise"},
            "The option --capitalise applies to passphrases: add --words N.");
        row("password option", {"generate", "--words", "4", "--no-digits"},
            "The option --no-digits applies to passwords, not to passphrases (--words).");
        row("too short", {"generate", "--length", "7"},
            "A generated password must be between 8 and 128 characters long.");
        row("too long", {"generate", "--length=129"},
            "A generated password must be between 8 and 128 characters long.");
        row("too few words", {"generate", "--words", "2"}, "A passphrase must have between 3 and 20 words.");
        row("too many words", {"generate", "--words", "21"},
            "A passphrase must have between 3 and 20 words.");
        row("no kind of character", {"generate", "--no-lower", "--no-upper", "--no-digits", "--no-symbols"},
            "Choose at least one kind of character: lower case, upper case, digits or symbols.");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, sentence);
        const CliResult r = m_cli->run(args);
        CLI_EXPECT(r, 1);
        QCOMPARE(r.err, sentence);
        QVERIFY(r.out.isEmpty());
        QVERIFY(snapshot(m_dir.path()).isEmpty()); // not even the default vault's folder
    }

    void generate_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("pattern");
        const QString anyChar = QStringLiteral("[A-Za-z0-9!#$%&()*+,\\-./:;<=>?@\\[\\]^_{|}~]");
        QTest::newRow("default") << QStringList{} << QStringLiteral("%1{20}").arg(anyChar);
        QTest::newRow("shortest") << QStringList{QStringLiteral("--length"), QStringLiteral("8")}
                                  << QStringLiteral("%1{8}").arg(anyChar);
        QTest::newRow("longest") << QStringList{QStringLiteral("--length=128")}
                                 << QStringLiteral("%1{128}").arg(anyChar);
        QTest::newRow("no symbols, no look-alikes")
            << QStringList{QStringLiteral("--length"), QStringLiteral("40"), QStringLiteral("--no-symbols"),
                           QStringLiteral("--no-look-alikes")}
            << QStringLiteral("[A-HJ-NP-Za-kmnp-z2-9]{40}");
        QTest::newRow("digits only") << QStringList{QStringLiteral("--no-lower"),
                                                    QStringLiteral("--no-upper"),
                                                    QStringLiteral("--no-symbols"),
                                                    QStringLiteral("--length"), QStringLiteral("12")}
                                     << QStringLiteral("[0-9]{12}");
        QTest::newRow("six words") << QStringList{QStringLiteral("--words"), QStringLiteral("6"),
                                                  QStringLiteral("--separator"), QStringLiteral(" ")}
                                   << QStringLiteral("[a-z-]+( [a-z-]+){5}");
        QTest::newRow("default separator")
            << QStringList{QStringLiteral("--words=4")} << QStringLiteral("[a-z]+(-[a-z]+){3,}");
        QTest::newRow("capitalised") << QStringList{QStringLiteral("--words"), QStringLiteral("3"),
                                                    QStringLiteral("--capitalise"),
                                                    QStringLiteral("--separator=_")}
                                     << QStringLiteral("[A-Z][a-z-]*(_[A-Z][a-z-]*){2}");
    }
    void generate()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, pattern);
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        QByteArray previous;
        for (int i = 0; i < 3; ++i) {
            const CliResult r = m_cli->run(QStringList{QStringLiteral("generate")} + args);
            CLI_EXPECT(r, 0);
            QVERIFY(r.err.isEmpty());
            QVERIFY(r.out.endsWith('\n') && r.out.count('\n') == 1);
            const QString value = QString::fromUtf8(r.out.chopped(1));
            QVERIFY2(re.match(value).hasMatch(), qPrintable(value));
            QVERIFY(r.out != previous);
            previous = r.out;
        }
    }

    // The default password holds each kind of character (the generator's promise).
    void generatedPasswordsHoldEveryKind()
    {
        for (int i = 0; i < 5; ++i) {
            const CliResult r =
                m_cli->run({QStringLiteral("generate"), QStringLiteral("--length"), QStringLiteral("8")});
            CLI_EXPECT(r, 0);
            const QString value = QString::fromUtf8(r.out.trimmed());
            QVERIFY2(value.contains(QRegularExpression(QStringLiteral("[a-z]"))), qPrintable(value));
            QVERIFY2(value.contains(QRegularExpression(QStringLiteral("[A-Z]"))), qPrintable(value));
            QVERIFY2(value.contains(QRegularExpression(QStringLiteral("[0-9]"))), qPrintable(value));
            QVERIFY2(value.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9]"))), qPrintable(value));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage_e2e.moc"
