// Terminal.h on POSIX systems: termios for echo, read(2) for unbuffered input.
#include "Terminal.h"

#include "Printable.h"

#include <QByteArray>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace twofold::cli {

namespace {

// The terminal settings to put back if a signal ends the program while echo is off.
termios g_savedTerminal;
volatile std::sig_atomic_t g_echoIsOff = 0;
constexpr int kRestoringSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreEchoAndReraise(int signal)
{
    if (g_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Echo off for its lifetime (the line break the user types is still echoed: ECHONL). Turning
// it off drops input typed before (TCSAFLUSH), as getpass does.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = restoreEchoAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i)
            sigaction(kRestoringSignals[i], &action, &m_previous[i]);
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        g_echoIsOff = 1;
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        if (!m_active)
            restoreSignals();
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSADRAIN, &g_savedTerminal); // keeps what was typed ahead
        restoreSignals();
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    void restoreSignals()
    {
        g_echoIsOff = 0;
        for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i)
            sigaction(kRestoringSignals[i], &m_previous[i], nullptr);
    }

    bool m_active = false;
    struct sigaction m_previous[std::size(kRestoringSignals)] = {};
};

} // namespace

void prepareStreams()
{
    // Standard input is read with read(2), never through stdio's buffer.
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

int readStdinByte()
{
    unsigned char c = 0;
    for (;;) {
        const ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n == 1)
            return c;
        if (n < 0 && errno == EINTR)
            continue;
        return -1;
    }
}

LineRead readHiddenLine(const QString& prompt, SecureBuffer& line)
{
    // Echo goes off (dropping anything typed before the question) before the prompt shows, so
    // an answer typed as soon as the prompt appears is neither echoed nor lost.
    const EchoOff echoOff;
    if (!prompt.isEmpty()) {
        const QByteArray text = printable(prompt, Layout::Kept).toUtf8();
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
        std::fflush(stderr);
    }
    return readStdinLine(line);
}

} // namespace twofold::cli
