#include "Printable.h"

namespace twofold::cli {

namespace {

// The length (1 to 4) of the valid UTF-8 sequence starting at bytes[i], its code point in
// c; 0 when none starts there (strict: no overlong form, surrogate or value above U+10FFFF).
int decodeAt(QByteArrayView bytes, qsizetype i, char32_t& c)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        c = lead;
        return 1;
    }
    int length = 0;
    char32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        c = lead & 0x1F;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        c = lead & 0x0F;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        c = lead & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (bytes.size() - i < length)
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char next = byte(i + k);
        if ((next & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (next & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    return length;
}

bool isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

bool needsEscape(char32_t c, Layout layout)
{
    if (layout == Layout::Kept && (c == u'\n' || c == u'\t'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 ||
           isSurrogate(c);
}

// The escape of a character needsEscape picked, in ASCII.
QByteArray escapeOf(char32_t c)
{
    switch (c) {
    case 0x07:
        return QByteArrayLiteral("\\a");
    case 0x08:
        return QByteArrayLiteral("\\b");
    case 0x09:
        return QByteArrayLiteral("\\t");
    case 0x0A:
        return QByteArrayLiteral("\\n");
    case 0x0B:
        return QByteArrayLiteral("\\v");
    case 0x0C:
        return QByteArrayLiteral("\\f");
    case 0x0D:
        return QByteArrayLiteral("\\r");
    case 0x1B:
        return QByteArrayLiteral("\\e");
    default:
        break;
    }
    if (c < 0x80)
        return "\\x" + QByteArray::number(uint(c), 16).rightJustified(2, '0');
    return "\\u" + QByteArray::number(uint(c), 16).rightJustified(4, '0');
}

} // namespace

QString printable(const QString& text, Layout layout)
{
    QString result;
    qsizetype copiedUpTo = 0; // text before this index is in result already
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        if (needsEscape(c, layout)) {
            if (result.isEmpty() && copiedUpTo == 0)
                result.reserve(text.size() + 8);
            result += QStringView(text).mid(copiedUpTo, i - copiedUpTo);
            result += QLatin1StringView(escapeOf(c));
            copiedUpTo = i + length;
        }
        i += length - 1;
    }
    if (copiedUpTo == 0)
        return text;
    result += QStringView(text).mid(copiedUpTo);
    return result;
}

void writePrintable(QByteArrayView utf8, const std::function<void(QByteArrayView)>& sink, Layout layout)
{
    qsizetype copiedUpTo = 0;
    const auto escape = [&](qsizetype at, qsizetype length, const QByteArray& escaped) {
        if (at > copiedUpTo)
            sink(utf8.sliced(copiedUpTo, at - copiedUpTo));
        sink(escaped);
        copiedUpTo = at + length;
    };
    for (qsizetype i = 0; i < utf8.size();) {
        char32_t c = 0;
        const int length = decodeAt(utf8, i, c);
        if (length == 0) {
            escape(i, 1, "\\x" + QByteArray::number(uint(static_cast<unsigned char>(utf8[i])), 16));
            ++i;
            continue;
        }
        if (needsEscape(c, layout))
            escape(i, length, escapeOf(c));
        i += length;
    }
    if (copiedUpTo < utf8.size())
        sink(utf8.sliced(copiedUpTo));
}

QByteArray printableBytes(QByteArrayView utf8, Layout layout)
{
    QByteArray result;
    writePrintable(
        utf8, [&result](QByteArrayView piece) { result += piece; }, layout);
    return result;
}

std::optional<qsizetype> firstInvalidUtf8(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        char32_t c = 0;
        const int length = decodeAt(bytes, i, c);
        if (length == 0)
            return i;
        i += length;
    }
    return std::nullopt;
}

std::optional<char32_t> firstUntypable(QByteArrayView utf8)
{
    for (qsizetype i = 0; i < utf8.size();) {
        char32_t c = 0;
        const int length = decodeAt(utf8, i, c);
        if (length == 0) {
            ++i;
            continue;
        }
        const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        const bool noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        if (control || noncharacter)
            return c;
        i += length;
    }
    return std::nullopt;
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace twofold::cli
