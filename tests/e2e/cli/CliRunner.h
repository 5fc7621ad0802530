#pragma once
// Runs the real twofold-cli (TWOFOLD_BIN_DIR/cli/twofold-cli) in a clean environment whose
// data folder is a test folder, so nothing outside the test's QTemporaryDir is touched.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
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
    // Nobody may not reach the build tree (a clone in a 0700 home): see useCopyOthersCanRun.
    void setRunAsNobody(bool on) { m_asNobody = on; }

#ifdef Q_OS_UNIX
    // Whether a user who is neither the owner nor in the group reaches path: every folder above
    // it lets others search it, and path itself grants others the permissions in need.
    static bool othersCanReach(const QString& path, QFileDevice::Permissions need)
    {
        QFileInfo info(QFileInfo(path).absoluteFilePath());
        if (!info.exists() || (info.permissions() & need) != need)
            return false;
        for (QDir dir = info.absoluteDir(); !dir.isRoot();
             dir = QFileInfo(dir.absolutePath()).absoluteDir()) {
            if (!QFileInfo(dir.absolutePath()).permissions().testFlag(QFileDevice::ExeOther))
                return false;
        }
        return QFileInfo(QStringLiteral("/")).permissions().testFlag(QFileDevice::ExeOther);
    }

    // Copies twofold-cli (it links only installed libraries) into folder, makes both 0755 and
    // runs the copy from now on, so another user can start it wherever the build tree lives.
    // Returns why that is impossible, or an empty string when the copy is ready.
    QString useCopyOthersCanRun(const QString& folder)
    {
        const auto rwxr_xr_x = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                               QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        const QString copy = folder + QStringLiteral("/twofold-cli");
        if (!QFile::setPermissions(folder, rwxr_xr_x) || !QFile::copy(program(), copy) ||
            !QFile::setPermissions(copy, rwxr_xr_x))
            return QStringLiteral("cannot copy %1 into %2").arg(program(), folder);
        if (!othersCanReach(copy, QFile::ReadOther | QFile::ExeOther))
            return QStringLiteral("other users cannot reach %1 (a folder above it is closed)").arg(copy);
        m_program = copy;
        return {};
    }
#endif

    // Runs twofold-cli with args, writing input to its standard input and then closing it.
    CliResult run(const QStringList& args, const QByteArray& input = {}) const
    {
        return runProgram(m_program, args, input);
    }

    // Runs wrapper with wrapperArgs, then the CLI's path, then args (a shell passing bytes that
    // are not UTF-8, which QProcess cannot, or unshare giving it a disk of its own).
    CliResult runVia(const QString& wrapper, const QStringList& wrapperArgs, const QStringList& args,
                     const QByteArray& input = {}) const
    {
        return runProgram(wrapper, wrapperArgs + QStringList{m_program} + args, input);
    }

private:
    CliResult runProgram(const QString& program, const QStringList& args, const QByteArray& input) const
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
        process.start(program, args);
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

    QProcessEnvironment m_env;
    QString m_program = program();
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
