#pragma once
// twofold-cli run as a script drives it through pipes: write a line, read the lines it prints
// (each wait bounded by a deadline), write the next answer. For flows where an answer is only
// known after the CLI has printed or sent something (a setup URI, a mailed code).
#include "CliRunner.h"

#include <QDeadlineTimer>
#include <QProcess>

class InteractiveCli
{
public:
    InteractiveCli(const QProcessEnvironment& env, const QStringList& args)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(CliRunner::program(), args);
        m_process.waitForStarted(CliRunner::kTimeoutMs);
    }
    ~InteractiveCli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void writeLine(const QByteArray& line) { m_process.write(line + '\n'); }

    // The next line of standard output (without its line break); empty after deadlineMs or
    // once the process has ended without one.
    QByteArray readLine(int deadlineMs = CliRunner::kTimeoutMs)
    {
        QDeadlineTimer deadline(deadlineMs);
        while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        return m_process.canReadLine() ? m_process.readLine().trimmed() : QByteArray();
    }

    // Closes standard input and waits for the end: the exit status and what is left unread.
    CliResult finish()
    {
        m_process.closeWriteChannel();
        CliResult result;
        result.finished = m_process.waitForFinished(CliRunner::kTimeoutMs) &&
                          m_process.exitStatus() == QProcess::NormalExit;
        result.exitCode = m_process.exitCode();
        result.out = m_process.readAllStandardOutput();
        result.err = m_process.readAllStandardError();
        return result;
    }

private:
    QProcess m_process;
};
