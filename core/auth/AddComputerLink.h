#pragma once
// AddComputerLink: what a second computer needs to sign in to a Twofold server account
// (DESIGN.md 11, "Adding a computer"), as one link for the QR code of the "Add a computer"
// dialog, documented in core/server/API.md ("Adding a computer"):
//   twofold://add-computer?server=<URL>&email=<EMAIL>&key=TF1-XXXXX-…-XXXXX
// server and email are percent-encoded (RFC 3986; a "+" is a plus, never a space); the key is
// the emergency kit's grouping (AccountKey::text()). The master password is never in it: the
// link alone opens nothing, yet the account key is a secret, so it lives in secure memory.
#include "auth/AccountKey.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace twofold {

inline constexpr qsizetype kAddComputerLinkMaxChars = 4096; // a QR code holds less
inline constexpr char kAddComputerLinkPrefix[] = "twofold://add-computer";

struct AddComputerLink
{
    QUrl server; // http or https, with a host
    QString email;
    AccountKey key;

    // Whether text (white space around it allowed) is meant as such a link: it starts with
    // "twofold://add-computer" (any case). Says nothing of whether it is a good one.
    static bool looksLikeLink(QStringView text);

    // The link in text (white space around it allowed; scheme and host in any case). Refuses
    // (InvalidInput, one sentence each, naming what is wrong): not a Twofold add-computer link;
    // longer than kAddComputerLinkMaxChars; server, email or key missing or given twice;
    // a server that is not an http(s) address with a host; an email without "@" or with
    // white space; a key AccountKey::parse refuses (its sentence). Unknown parameters are
    // ignored, so later versions may add some.
    [[nodiscard]] static Result<AddComputerLink> parse(QStringView text);

    // The link for server, email and key, UTF-8 in secure memory; parse() reads it back to the
    // same server, email (trimmed) and key.
    static SecureBuffer build(const QUrl& server, const QString& email, const AccountKey& key);
};

} // namespace twofold
