#pragma once
// The platform part of twofold-cli's console: is standard input a terminal, and reading a
// line with echo off. One file per OS behind this header (Terminal_posix.cpp with termios,
// Terminal_win.cpp with the console API), chosen in CMakeLists.txt.
#include "crypto/SecureBuffer.h"

#include <QString>

#include <cstddef>

namespace twofold::cli {

// The longest answer read, in bytes.
inline constexpr std::size_t kMaxAnswerBytes = 64 * 1024;

enum class LineRead { Ok, Ended, TooLong };

// Sets the standard streams up: binary, unbuffered standard input (so no copy of an answer
// lingers in a stdio buffer) and, on Windows, UTF-8 console output.
void prepareStreams();

// Whether standard input is a terminal (a person typing) rather than a pipe or a file.
bool stdinIsTerminal();

// The next byte of standard input, or -1 at its end (or on a read error).
int readStdinByte();

// Reads one line of standard input into secure memory (line: its bytes without "\n" or
// "\r\n"). Ended: the input ended before any byte; TooLong: more than kMaxAnswerBytes (the
// rest of the line is skipped). Shared by every platform (Terminal.cpp).
LineRead readStdinLine(SecureBuffer& line);

// Writes prompt to standard error, then reads one line typed at the terminal on standard
// input with echo off (restored afterwards, also when interrupted by Ctrl+C). line receives
// the UTF-8 text without its line break.
LineRead readHiddenLine(const QString& prompt, SecureBuffer& line);

} // namespace twofold::cli
