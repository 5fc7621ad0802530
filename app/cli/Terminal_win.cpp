// Terminal.h on Windows: the console API for echo and for typed Unicode text.
#include "Terminal.h"

#include "Printable.h"

#include <QByteArray>

#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <io.h>
#include <windows.h>

namespace twofold::cli {

namespace {

HANDLE g_input = INVALID_HANDLE_VALUE;
DWORD g_savedMode = 0;
volatile LONG g_echoIsOff = 0;

BOOL WINAPI restoreEchoOnBreak(DWORD)
{
    if (g_echoIsOff)
        SetConsoleMode(g_input, g_savedMode);
    return FALSE; // let the default handler end the program
}

} // namespace

void prepareStreams()
{
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
    SetConsoleOutputCP(CP_UTF8);
}

bool stdinIsTerminal()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
}

int readStdinByte()
{
    unsigned char c = 0;
    return _read(_fileno(stdin), &c, 1) == 1 ? c : -1;
}

LineRead readHiddenLine(const QString& prompt, SecureBuffer& line)
{
    auto showPrompt = [&] {
        if (prompt.isEmpty())
            return;
        const QByteArray text = printable(prompt, Layout::Kept).toUtf8();
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
        std::fflush(stderr);
    };
    g_input = GetStdHandle(STD_INPUT_HANDLE);
    if (!GetConsoleMode(g_input, &g_savedMode)) {
        showPrompt();
        return readStdinLine(line);
    }
    SetConsoleCtrlHandler(restoreEchoOnBreak, TRUE);
    g_echoIsOff = 1;
    SetConsoleMode(g_input,
                   (g_savedMode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT);
    showPrompt(); // after echo is off, so an answer typed at once is not shown

    // UTF-16 as typed, in secure memory, then UTF-8 for the rest of Twofold.
    constexpr std::size_t kMaxUnits = kMaxAnswerBytes / 2;
    SecureBuffer wide(kMaxUnits * sizeof(wchar_t));
    auto* units = reinterpret_cast<wchar_t*>(wide.data());
    std::size_t count = 0;
    LineRead result = LineRead::Ok;
    bool any = false;
    for (;;) {
        wchar_t unit = 0;
        DWORD read = 0;
        if (!ReadConsoleW(g_input, &unit, 1, &read, nullptr) || read == 0) {
            if (!any)
                result = LineRead::Ended;
            break;
        }
        any = true;
        if (unit == L'\n')
            break;
        if (unit == L'\r')
            continue;
        if (count == kMaxUnits) {
            result = LineRead::TooLong;
            continue; // read to the end of the line
        }
        units[count++] = unit;
    }
    SetConsoleMode(g_input, g_savedMode);
    g_echoIsOff = 0;
    SetConsoleCtrlHandler(restoreEchoOnBreak, FALSE);
    std::fputc('\n', stderr);
    if (result != LineRead::Ok)
        return result;
    // WC_ERR_INVALID_CHARS: a lone surrogate fails the conversion rather than becoming U+FFFD
    // unseen. Such a line is then written as its units' 3-byte forms (ED A0 80 …), which are not
    // UTF-8, so the answer is refused with a sentence (Console.cpp) like any other that is not.
    const int size =
        WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, units, int(count), nullptr, 0, nullptr, nullptr);
    if (size > 0 || count == 0) {
        SecureBuffer utf8(std::size_t(size > 0 ? size : 0));
        if (size > 0)
            WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, units, int(count),
                                reinterpret_cast<char*>(utf8.data()), size, nullptr, nullptr);
        line = std::move(utf8);
        return LineRead::Ok;
    }
    SecureBuffer generalized(count * 3);
    std::size_t length = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const unsigned unit = units[i];
        if (unit < 0x80) {
            generalized.data()[length++] = static_cast<unsigned char>(unit);
        } else if (unit < 0x800) {
            generalized.data()[length++] = static_cast<unsigned char>(0xC0 | (unit >> 6));
            generalized.data()[length++] = static_cast<unsigned char>(0x80 | (unit & 0x3F));
        } else {
            generalized.data()[length++] = static_cast<unsigned char>(0xE0 | (unit >> 12));
            generalized.data()[length++] = static_cast<unsigned char>(0x80 | ((unit >> 6) & 0x3F));
            generalized.data()[length++] = static_cast<unsigned char>(0x80 | (unit & 0x3F));
        }
    }
    line = SecureBuffer::fromBytes(generalized.data(), length);
    return LineRead::Ok;
}

} // namespace twofold::cli
