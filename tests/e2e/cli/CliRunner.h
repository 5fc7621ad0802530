#pragma once
// Runs the real twofold-cli (TWOFOLD_BIN_DIR/cli/twofold-cli) in a clean environment whose
// data folder is a test folder, so nothing outside the test's QTemporaryDir is touched.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTest>

#include <functional>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // The stderr of a refusal: one line, a sentence, no error code.
    bool isOneSentence() const { return err.endsWith(".\n") && err.count('\n') == 1; }
};

class CliRunner
{
public:
    static constexpr int kTimeoutMs = 60000;
    static constexpr int kNobody = 65534; // uid and gid of nobody on Debian

    static QString program()
    {
        return qEnvironmentVariable("TWOFOLD_BIN_DIR") + QStringLiteral("/cli/twofold-cli");
    }

    // home: the data folder the CLI sees (its default vault path would be inside it).
    explicit CliRunner(const QString& home)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("TWOFOLD_VAULT"));
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }

    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    void unsetEnv(const QString& name) { m_env.remove(name); }
    // Unix: run the CLI as user nobody (needs root), to test folders root could write anyway.
    void setRunAsNobody(bool on) { m_asNobody = on; }

    // Runs twofold-cli with args, writing input to its standard input and then closing it.
    CliResult run(const QStringList& args, const QByteArray& input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
#ifdef Q_OS_UNIX
        if (m_asNobody)
            process.setChildProcessModifier([] {
                if (setgroups(0, nullptr) != 0 || setgid(gid_t(kNobody)) != 0 || setuid(uid_t(kNobody)) != 0)
                    _exit(125);
            });
#endif
        process.start(program(), args);
        CliResult result;
        if (!process.waitForStarted(kTimeoutMs))
            return result;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        result.finished = process.waitForFinished(kTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
        if (!result.finished)
            process.kill();
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private:
    QProcessEnvironment m_env;
    bool m_asNobody = false;
};

// Every file below folder (hidden ones too) with its bytes: equal snapshots mean nothing was
// created, removed or changed.
inline QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        files.insert(QDir(folder).relativeFilePath(path),
                     file.open(QIODevice::ReadOnly) ? file.readAll() : "?");
    }
    return files;
}

inline QString describe(const CliResult& r)
{
    return QStringLiteral("exit %1, stdout \"%2\", stderr \"%3\"")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// QVERIFY2 with the run's output in the failure message.
#define CLI_EXPECT(result, status)                                                                           \
    do {                                                                                                     \
        const CliResult& r_ = (result);                                                                      \
        QVERIFY2(r_.finished, qPrintable(describe(r_)));                                                     \
        QVERIFY2(r_.exitCode == (status), qPrintable(describe(r_)));                                         \
    } while (false)
