#include "Console.h"

#include "Printable.h"
#include "Terminal.h"

#include <QCoreApplication>

#include <cstdio>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

// Every line goes out escaped (Printable.h): whatever vault text or argument a sentence holds,
// only its line feeds and tabs reach the terminal as themselves.
void writeText(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = printable(text, Layout::Kept).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
}

void write(std::FILE* stream, const QString& line)
{
    writeText(stream, line);
    std::fputc('\n', stream);
}

// An answer as read, or the sentence refusing it when it is not UTF-8 (never silently
// replaced by U+FFFD).
Result<SecureBuffer> checkedAnswer(SecureBuffer answer, const QString& what)
{
    if (const std::optional<qsizetype> at = firstInvalidUtf8(answer.view()))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("The answer giving %1 is not UTF-8 text: its byte %2 is not valid there. "
                              "Twofold reads every answer as UTF-8.")
                         .arg(what)
                         .arg(*at + 1)); // not the byte's value: the answer may be a secret
    return answer;
}

} // namespace

namespace console {

void out(const QString& line)
{
    write(stdout, line);
}

void outSecret(const SecureBuffer& secret, const QString& prefix)
{
    if (!prefix.isEmpty())
        writeText(stdout, prefix);
    // Escaped as any vault text is, in pieces straight from secure memory.
    writePrintable(secret.view(), [](QByteArrayView piece) {
        std::fwrite(piece.data(), 1, std::size_t(piece.size()), stdout);
    });
    std::fputc('\n', stdout);
    std::fflush(stdout); // do not leave the secret in stdio's buffer longer than needed
}

void err(const QString& line)
{
    std::fflush(stdout);
    write(stderr, line);
    std::fflush(stderr);
}

void flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace console

Result<SecureBuffer> Prompter::askSecret(const QString& prompt, const QString& what)
{
    console::flush();
    SecureBuffer answer;
    if (m_source == Source::None)
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("Twofold needs %1, but there is no terminal to ask on: pass --password-stdin to give it "
                     "as a line of standard input.")
                .arg(what));
    // A person typing sees the prompt and no echo (with --password-stdin too).
    const bool hidden = m_source == Source::Terminal || stdinIsTerminal();
    switch (hidden ? readHiddenLine(prompt, answer) : readStdinLine(answer)) {
    case LineRead::Ok:
        return checkedAnswer(std::move(answer), what);
    case LineRead::TooLong:
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("The answer giving %1 is longer than %2 bytes.").arg(what).arg(kMaxAnswerBytes));
    case LineRead::Ended:
        break;
    }
    if (m_source == Source::Terminal)
        return Error(ErrorCode::InvalidInput, Text::tr("The input ended before %1 was given.").arg(what));
    return Error(ErrorCode::InvalidInput, Text::tr("Standard input ended before %1 was given.").arg(what));
}

Result<SecureBuffer> Prompter::askCode(const QString& prompt, const QString& what)
{
    if (m_source != Source::Terminal)
        return askSecret(prompt, what);
    console::flush();
    writeText(stderr, prompt);
    std::fflush(stderr);
    SecureBuffer answer;
    switch (readStdinLine(answer)) {
    case LineRead::Ok:
        return checkedAnswer(std::move(answer), what);
    case LineRead::TooLong:
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("The answer giving %1 is longer than %2 bytes.").arg(what).arg(kMaxAnswerBytes));
    case LineRead::Ended:
        break;
    }
    return Error(ErrorCode::InvalidInput, Text::tr("The input ended before %1 was given.").arg(what));
}

Result<SecureBuffer> Prompter::askNewSecret(const QString& prompt, const QString& againPrompt,
                                            const QString& what)
{
    Result<SecureBuffer> first = askSecret(prompt, what);
    if (!first || !isInteractive())
        return first;
    Result<SecureBuffer> again = askSecret(againPrompt, what);
    if (!again)
        return again.error();
    if (!first->equals(*again))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("The two entries of %1 differ; nothing was changed.").arg(what));
    return first;
}

} // namespace twofold::cli
