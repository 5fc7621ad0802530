#pragma once
// twofold-cli's input and output. Values for scripts go to standard output, one a line;
// prompts and refusals go to standard error. Every answer (master password, entry password,
// later second-factor codes) comes through one Prompter, so the order of questions is the
// order of lines on standard input with --password-stdin.
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace twofold::cli {

namespace console {
// A line on standard output.
void out(const QString& line);
// prefix, the secret's bytes and a line break on standard output (no QString copy of the
// secret is made; stdout is flushed at once).
void outSecret(const SecureBuffer& secret, const QString& prefix = {});
// A line on standard error.
void err(const QString& line);
// Flushes standard output (done before every question).
void flush();
} // namespace console

class Prompter
{
public:
    enum class Source {
        StdinLines, // --password-stdin: each answer is the next line of standard input
        Terminal,   // a person at a terminal: prompts on standard error, echo off
        None,       // standard input is a pipe or file and --password-stdin was not given
    };

    explicit Prompter(Source source) : m_source(source) {}
    Source source() const { return m_source; }
    // True when a person answers at a terminal (so double entry and verdicts make sense).
    bool isInteractive() const { return m_source == Source::Terminal; }

    // One secret answer. prompt is shown at a terminal; what names the answer in refusals
    // ("the master password"). Flushes standard output first. Refuses (InvalidInput) when
    // standard input ends first, the line is longer than 64 KiB, or there is no
    // source to ask.
    [[nodiscard]] Result<SecureBuffer> askSecret(const QString& prompt, const QString& what);

    // A one-time code: like askSecret, but a person at a terminal sees what they type (codes
    // are short-lived and read off another screen).
    [[nodiscard]] Result<SecureBuffer> askCode(const QString& prompt, const QString& what);

    // A new secret: typed twice at a terminal (refused when the two differ), read once from
    // standard input otherwise.
    [[nodiscard]] Result<SecureBuffer> askNewSecret(const QString& prompt, const QString& againPrompt,
                                                    const QString& what);

private:
    Source m_source;
};

} // namespace twofold::cli
