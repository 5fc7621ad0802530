#pragma once
// What twofold-cli prints of text it did not write (titles, user names, fields, passwords,
// file names) cannot drive a terminal: control characters and the characters that reorder or
// break lines are printed as escapes. And what it reads as text is checked to be UTF-8.
// QtCore only, so tests/unit/cli tests it without the executable.
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace twofold::cli {

enum class Layout {
    Escaped, // a line break or a tab is escaped too: the value stays on one line
    Kept,    // line feeds and tabs are kept (multi-line notes, a whole sentence of ours)
};

// text with every character a terminal could act on written as an escape: \a \b \t \n \v \f
// \r \e, \xHH for the other C0 controls and DEL (\x00, \x7f), \uHHHH for C1 controls
// (U+0080–U+009F), bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069), the line and paragraph separators (U+2028, U+2029) and a lone surrogate.
// Everything else, a backslash included, is unchanged, so ordinary text prints as it is; the
// escapes are for the eye and the terminal, not to be read back. Text with nothing to escape
// is returned as it is (shared, not copied).
QString printable(const QString& text, Layout layout = Layout::Escaped);

// The same for UTF-8 bytes (a secret, an argument as the system gave it): sink receives the
// output in pieces (runs of the input itself and escapes), so a secret is never copied
// whole; a byte that is not part of valid UTF-8 is written \xHH.
void writePrintable(QByteArrayView utf8, const std::function<void(QByteArrayView)>& sink,
                    Layout layout = Layout::Escaped);
// writePrintable collected (for what is not secret).
QByteArray printableBytes(QByteArrayView utf8, Layout layout = Layout::Escaped);

// The offset of the first byte of bytes that is not part of valid UTF-8 (a stray
// continuation byte, a sequence cut short, an overlong form, a surrogate or a value above
// U+10FFFF); nullopt when all of bytes is valid UTF-8.
std::optional<qsizetype> firstInvalidUtf8(QByteArrayView bytes);

// The first character of valid UTF-8 text that no keyboard types into a password field: a
// control character (C0, DEL, C1, a tab or a line break included) or a noncharacter
// (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF); nullopt when there is none. Bytes that are not UTF-8
// are for firstInvalidUtf8 (skipped here).
std::optional<char32_t> firstUntypable(QByteArrayView utf8);

// c as "U+001B".
QString codePointName(char32_t c);

} // namespace twofold::cli
