#pragma once
// The text a PDF written by Qt's PDF engine (QPdfWriter, QPrinter in PDF mode) shows, read back
// the way a PDF reader finds it: the content streams inflated, each run of glyphs (<hex> Tj)
// mapped to characters through its font's /ToUnicode CMap. Enough for Qt's own output (Type0
// fonts, Identity-H, bfrange/bfchar maps), so a test can say "the key is on the page" without
// a PDF tool installed. Runs are concatenated in drawing order, white space dropped.
#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace twofold::test {

namespace pdftext {

// The zlib stream inflated (qUncompress wants the size first: give it an upper bound).
inline QByteArray inflate(const QByteArray& deflated)
{
    QByteArray framed(4, '\0');
    const quint32 bound = quint32(std::min<qsizetype>(deflated.size() * 64 + 1024, 64 << 20));
    framed[0] = char(bound >> 24);
    framed[1] = char(bound >> 16);
    framed[2] = char(bound >> 8);
    framed[3] = char(bound);
    return qUncompress(framed + deflated);
}

struct Object
{
    QByteArray dictionary;
    QByteArray stream; // inflated
};

inline QHash<int, Object> objects(const QByteArray& pdf)
{
    QHash<int, Object> found;
    static const QRegularExpression start(QStringLiteral("(?:^|\\n)(\\d+) 0 obj\\n"));
    auto it = start.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int number = m.captured(1).toInt();
        const qsizetype begin = m.capturedEnd();
        const qsizetype end = pdf.indexOf("endobj", begin);
        if (end < 0)
            break;
        const QByteArray body = pdf.mid(begin, end - begin);
        Object object;
        const qsizetype streamAt = body.indexOf("stream\n");
        if (streamAt >= 0) {
            object.dictionary = body.left(streamAt);
            const qsizetype dataAt = streamAt + 7;
            const qsizetype dataEnd = body.lastIndexOf("endstream");
            QByteArray data = body.mid(dataAt, dataEnd - dataAt);
            object.stream = object.dictionary.contains("/FlateDecode") ? inflate(data) : data;
        } else {
            object.dictionary = body;
        }
        found.insert(number, object);
    }
    return found;
}

inline quint32 hex(const QByteArray& text)
{
    return text.toUInt(nullptr, 16);
}

// glyph code → character, from a ToUnicode CMap.
inline QHash<quint32, QString> cmap(const QByteArray& text)
{
    QHash<quint32, QString> map;
    auto unicode = [](const QByteArray& hexText) {
        QString s;
        for (qsizetype i = 0; i + 4 <= hexText.size(); i += 4)
            s += QChar(char16_t(hex(hexText.mid(i, 4))));
        return s;
    };
    static const QRegularExpression array(
        QStringLiteral("<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> \\[([^\\]]*)\\]"));
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>"));
    static const QRegularExpression single(QStringLiteral("^<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>$"));
    static const QRegularExpression item(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (const QByteArray& rawLine : text.split('\n')) {
        const QString line = QString::fromLatin1(rawLine.trimmed());
        if (const auto m = array.match(line); m.hasMatch()) {
            quint32 code = hex(m.captured(1).toLatin1());
            auto items = item.globalMatch(m.captured(3));
            while (items.hasNext())
                map.insert(code++, unicode(items.next().captured(1).toLatin1()));
        } else if (const auto r = range.match(line); r.hasMatch()) {
            const quint32 first = hex(r.captured(1).toLatin1());
            const quint32 last = hex(r.captured(2).toLatin1());
            const quint32 base = hex(r.captured(3).toLatin1());
            for (quint32 code = first; code <= last && code - first < 65536; ++code)
                map.insert(code, QString(QChar(char16_t(base + code - first))));
        } else if (const auto s = single.match(line); s.hasMatch()) {
            map.insert(hex(s.captured(1).toLatin1()), unicode(s.captured(2).toLatin1()));
        }
    }
    return map;
}

} // namespace pdftext

// Everything the PDF's pages show, in drawing order, without white space.
inline QString pdfText(const QByteArray& pdf)
{
    using namespace pdftext;
    const QHash<int, Object> all = objects(pdf);
    // Font resource names (/F7) → their character maps.
    QHash<QString, QHash<quint32, QString>> fonts;
    static const QRegularExpression fontRef(QStringLiteral("/(F\\d+) (\\d+) 0 R"));
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    for (const Object& object : all) {
        auto refs = fontRef.globalMatch(QString::fromLatin1(object.dictionary));
        while (refs.hasNext()) {
            const auto ref = refs.next();
            const Object font = all.value(ref.captured(2).toInt());
            const auto map = toUnicode.match(QString::fromLatin1(font.dictionary));
            if (map.hasMatch())
                fonts.insert(ref.captured(1), cmap(all.value(map.captured(1).toInt()).stream));
        }
    }
    QString text;
    static const QRegularExpression op(QStringLiteral("/(F\\d+) [0-9.]+ Tf|<([0-9A-Fa-f]*)> Tj"));
    for (const Object& object : all) {
        if (!object.stream.contains(" Tj"))
            continue;
        QHash<quint32, QString> current;
        auto ops = op.globalMatch(QString::fromLatin1(object.stream));
        while (ops.hasNext()) {
            const auto m = ops.next();
            if (!m.captured(1).isEmpty()) {
                current = fonts.value(m.captured(1));
                continue;
            }
            const QByteArray glyphs = m.captured(2).toLatin1();
            for (qsizetype i = 0; i + 4 <= glyphs.size(); i += 4)
                text += current.value(hex(glyphs.mid(i, 4)));
        }
    }
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace twofold::test
