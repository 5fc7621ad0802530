#include "delivery/MailMessage.h"
#include "delivery/DeliveryText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace twofold {

namespace {

constexpr int kMaxEncodedWordLength = 60; // "Subject: " + a word stays within 78 columns
constexpr int kMaxQuotedPrintableLine = 76;
constexpr int kMaxSevenBitLine = 998;

bool isAtomChar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(QChar(c));
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar c : label) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'))
            return false;
    }
    return true;
}

bool hasControlCharacter(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

bool isPrintableAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray hexByte(unsigned char byte)
{
    static const char digits[] = "0123456789ABCDEF";
    const char encoded[] = {'=', digits[byte >> 4], digits[byte & 0xf]};
    return QByteArray(encoded, sizeof encoded);
}

// Q-encoded words (RFC 2047 section 4.2 with the section 5 (3) character set), never
// splitting a character's UTF-8 bytes across two words, joined by folding whitespace.
QByteArray encodedWords(QStringView text)
{
    static const QByteArray prefix = "=?utf-8?Q?";
    static const QByteArray suffix = "?=";
    QList<QByteArray> words;
    QByteArray current;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = (text[i].isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QByteArray utf8 = text.mid(i, length).toUtf8();
        i += length;
        QByteArray piece;
        for (char ch : utf8) {
            const auto byte = static_cast<unsigned char>(ch);
            if (byte == ' ')
                piece += '_';
            else if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                     (byte >= '0' && byte <= '9') || byte == '!' || byte == '*' || byte == '+' ||
                     byte == '-' || byte == '/')
                piece += ch;
            else
                piece += hexByte(byte);
        }
        if (prefix.size() + current.size() + piece.size() + suffix.size() > kMaxEncodedWordLength &&
            !current.isEmpty()) {
            words.append(prefix + current + suffix);
            current.clear();
        }
        current += piece;
    }
    if (!current.isEmpty() || words.isEmpty())
        words.append(prefix + current + suffix);
    return words.join("\r\n ");
}

Error headerInjectionRefused()
{
    return Error(ErrorCode::InvalidInput,
                 DeliveryText::tr("A mail header cannot contain a line break or other control character."));
}

QByteArray normaliseLineEndings(QStringView body)
{
    QString text = body.toString();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    if (!text.endsWith(u'\n'))
        text += u'\n';
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return text.toUtf8();
}

bool fitsSevenBit(const QByteArray& crlfBody)
{
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < crlfBody.size(); ++i) {
        const auto byte = static_cast<unsigned char>(crlfBody[i]);
        if (byte == '\r' && i + 1 < crlfBody.size() && crlfBody[i + 1] == '\n') {
            ++i;
            lineLength = 0;
            continue;
        }
        if (byte >= 0x80 || (byte < 0x20 && byte != '\t') || byte == 0x7f || ++lineLength > kMaxSevenBitLine)
            return false;
    }
    return true;
}

} // namespace

Status checkEmailAddress(QStringView address)
{
    if (address.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, DeliveryText::tr("Enter an email address."));
    const Error notAnAddress(
        ErrorCode::InvalidInput,
        DeliveryText::tr("\"%1\" is not an email address: it should look like name@example.com.")
            .arg(address.toString().simplified()));
    if (!isPrintableAscii(address)) {
        if (hasControlCharacter(address))
            return notAnAddress;
        return Error(
            ErrorCode::InvalidInput,
            DeliveryText::tr(
                "\"%1\" has letters Twofold cannot send to: use an address written with Latin letters, "
                "digits and punctuation only.")
                .arg(address.toString()));
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (address.size() > 254 || at <= 0 || at == address.size() - 1)
        return notAnAddress;
    const QStringView local = address.left(at);
    const QStringView domain = address.mid(at + 1);
    if (local.size() > 64 || local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return notAnAddress;
    for (QChar c : local) {
        if (c != u'.' && !isAtomChar(c.unicode()))
            return notAnAddress;
    }
    for (QStringView label : domain.split(u'.')) {
        if (!isDomainLabel(label))
            return notAnAddress;
    }
    return {};
}

QString maskEmailAddress(QStringView address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    const QString first = at > 0 ? address.left(1).toString() : QString();
    return first + QStringLiteral("•••") + address.mid(at).toString();
}

MailContent signInCodeMail(const QString& toAddress, QStringView code, int lifetimeMinutes)
{
    MailContent mail;
    mail.toAddress = toAddress;
    mail.subject = DeliveryText::tr("Your Twofold sign-in code");
    // "%n minutes" reads right untranslated for the 10 minutes codes live; twofold_en.ts has the singular.
    mail.body = DeliveryText::tr("Your Twofold sign-in code is %1.").arg(code) + QStringLiteral("\n\n") +
                DeliveryText::tr("It expires in %n minutes.", nullptr, lifetimeMinutes) +
                QStringLiteral("\n\n") +
                DeliveryText::tr("If you did not try to sign in, change your master password.") +
                QStringLiteral("\n");
    return mail;
}

MailContent setupCodeMail(const QString& toAddress, QStringView code, int lifetimeMinutes)
{
    MailContent mail;
    mail.toAddress = toAddress;
    mail.subject = DeliveryText::tr("Your Twofold setup code");
    mail.body = DeliveryText::tr("Your code to turn on sign-in codes by email in Twofold is %1.").arg(code) +
                QStringLiteral("\n\n") +
                DeliveryText::tr("It expires in %n minutes.", nullptr, lifetimeMinutes) +
                QStringLiteral("\n\n") +
                DeliveryText::tr("This is a setup check, not a sign-in. If you are not setting up Twofold, "
                                 "ignore this message.") +
                QStringLiteral("\n");
    return mail;
}

MailContent testMail(const QString& toAddress)
{
    MailContent mail;
    mail.toAddress = toAddress;
    mail.subject = DeliveryText::tr("Twofold test message");
    mail.body = DeliveryText::tr("This is a test message from Twofold: your email delivery settings work.") +
                QStringLiteral("\n");
    return mail;
}

namespace mail {

QByteArray rfc5322Date(qint64 msSinceEpoch)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    const QDate date = time.date();
    const QTime clock = time.time();
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " +
           QByteArray::number(date.day()).rightJustified(2, '0') + ' ' + months[date.month() - 1] + ' ' +
           QByteArray::number(date.year()) + ' ' + QByteArray::number(clock.hour()).rightJustified(2, '0') +
           ':' + QByteArray::number(clock.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(clock.second()).rightJustified(2, '0') + " +0000";
}

QByteArray encodeDisplayName(QStringView text)
{
    if (!isPrintableAscii(text))
        return encodedWords(text);
    bool needsQuoting = text.isEmpty();
    for (QChar c : text) {
        if (c != u' ' && !isAtomChar(c.unicode()))
            needsQuoting = true;
    }
    if (!needsQuoting && !text.startsWith(u' ') && !text.endsWith(u' ') &&
        !text.contains(QStringLiteral("  ")))
        return text.toLatin1();
    QByteArray quoted = "\"";
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            quoted += '\\';
        quoted += char(c.unicode());
    }
    return quoted + '"';
}

QByteArray encodeUnstructured(QStringView text)
{
    if (isPrintableAscii(text) && !text.contains(QStringLiteral("=?")))
        return text.toLatin1();
    return encodedWords(text);
}

QByteArray quotedPrintable(const QByteArray& utf8WithCrlf)
{
    QByteArray out;
    const QList<QByteArray> lines = utf8WithCrlf.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines[n];
        const bool hadCr = line.endsWith('\r');
        if (hadCr)
            line.chop(1);
        if (n == lines.size() - 1 && line.isEmpty())
            break; // the text ended with a line break
        qsizetype column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line[i]);
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last))
                piece = QByteArray(1, char(byte));
            else
                piece = hexByte(byte);
            if (column + piece.size() > kMaxQuotedPrintableLine - 1) { // room for the soft break "="
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += piece.size();
        }
        if (n < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

} // namespace mail

Result<QByteArray> buildMailMessage(const QString& fromAddress, const QString& fromName,
                                    const MailContent& mail, qint64 nowMs, Random& random)
{
    if (hasControlCharacter(fromName) || hasControlCharacter(mail.subject) ||
        hasControlCharacter(fromAddress) || hasControlCharacter(mail.toAddress))
        return headerInjectionRefused();
    if (Status from = checkEmailAddress(fromAddress); !from)
        return from.error();
    if (Status to = checkEmailAddress(mail.toAddress); !to)
        return to.error();

    unsigned char idBytes[16];
    random.fill(idBytes, sizeof idBytes);
    const QByteArray messageId = QByteArray(reinterpret_cast<const char*>(idBytes), sizeof idBytes).toHex();
    const QByteArray fromDomain = fromAddress.mid(fromAddress.lastIndexOf(u'@') + 1).toLower().toLatin1();

    const QByteArray body = normaliseLineEndings(mail.body);
    const bool sevenBit = fitsSevenBit(body);

    QByteArray message;
    message += "Date: " + mail::rfc5322Date(nowMs) + "\r\n";
    message += "Message-ID: <" + messageId + '@' + fromDomain + ">\r\n";
    if (fromName.trimmed().isEmpty())
        message += "From: " + fromAddress.toLatin1() + "\r\n";
    else
        message +=
            "From: " + mail::encodeDisplayName(fromName.trimmed()) + " <" + fromAddress.toLatin1() + ">\r\n";
    message += "To: " + mail.toAddress.toLatin1() + "\r\n";
    message += "Subject: " + mail::encodeUnstructured(mail.subject) + "\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=utf-8\r\n";
    message +=
        sevenBit ? "Content-Transfer-Encoding: 7bit\r\n" : "Content-Transfer-Encoding: quoted-printable\r\n";
    message += "Auto-Submitted: auto-generated\r\n";
    message += "\r\n";
    message += sevenBit ? body : mail::quotedPrintable(body);
    if (!message.endsWith("\r\n"))
        message += "\r\n";
    return message;
}

} // namespace twofold
