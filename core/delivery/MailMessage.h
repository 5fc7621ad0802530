#pragma once
// RFC 5322 mail as SmtpSender sends it: plain text, UTF-8, CRLF line endings, headers that
// cannot be injected into. Pure functions: the clock and the random source are parameters.
#include "common/Random.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace twofold {

// What a mail says; the sender comes from SmtpSettings.
struct MailContent
{
    QString toAddress;
    QString subject;
    QString body; // lines end with \n or \r\n; either becomes CRLF
};

// Accepts addr-spec addresses as people type them (local@domain, ASCII, no spaces, quotes,
// angle brackets or control characters, a dot-separated domain). Refuses anything else with a
// sentence naming the address.
Status checkEmailAddress(QStringView address);

// The address for display where the code went: "j•••@example.com". Empty for an address
// without "@".
QString maskEmailAddress(QStringView address);

// The mail with the sign-in code: "Your Twofold sign-in code is 123456. It expires in 10
// minutes. If you did not try to sign in, change your master password." Nothing else secret.
MailContent signInCodeMail(const QString& toAddress, QStringView code, int lifetimeMinutes);
// The mail with the code that checks an address while email codes are being turned on: says it
// is a setup check, not a sign-in, with the code's lifetime. Nothing else secret.
MailContent setupCodeMail(const QString& toAddress, QStringView code, int lifetimeMinutes);
// The mail `delivery test` sends: says the settings work, carries no code.
MailContent testMail(const QString& toAddress);

// The whole message, ready for SMTP DATA (curl does the dot-stuffing): Date (RFC 5322, UTC,
// from nowMs), Message-ID (<32 random hex digits@the From domain>), From, To, Subject,
// MIME-Version, Content-Type text/plain; charset=utf-8, Content-Transfer-Encoding 7bit for
// ASCII bodies and quoted-printable otherwise, Auto-Submitted: auto-generated. Non-ASCII names
// and subjects become RFC 2047 Q-encoded words. Refuses, with a sentence, addresses that
// checkEmailAddress refuses and a name, subject or address with a line break or other control
// character (no header injection).
Result<QByteArray> buildMailMessage(const QString& fromAddress, const QString& fromName,
                                    const MailContent& mail, qint64 nowMs, Random& random);

// The parts of buildMailMessage, exposed for tests.
namespace mail {
// "Tue, 05 Mar 2024 14:03:09 +0000" (English names whatever the locale).
QByteArray rfc5322Date(qint64 msSinceEpoch);
// text itself when it is printable ASCII without specials, a quoted-string when it needs
// quoting, RFC 2047 encoded words (UTF-8, Q) folded to 76 columns when it is not ASCII.
QByteArray encodeDisplayName(QStringView text);
// text itself when it is printable ASCII, encoded words otherwise.
QByteArray encodeUnstructured(QStringView text);
// Quoted-printable (RFC 2045): CRLF line breaks kept, lines at most 76 characters.
QByteArray quotedPrintable(const QByteArray& utf8WithCrlf);
} // namespace mail

} // namespace twofold
