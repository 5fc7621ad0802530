#include "auth/AddComputerLink.h"

#include "auth/AuthText.h"

#include <QByteArray>

#include <cstring>

#include <optional>

namespace twofold {

namespace {

Error invalid(const QString& sentence)
{
    return Error(ErrorCode::InvalidInput, sentence);
}

QString notALink()
{
    return AuthText::tr(
        "This is not a Twofold \"Add a computer\" link: it starts with twofold://add-computer. "
        "Copy the whole link again from the computer that is signed in.");
}

// Percent-decoding as RFC 3986 has it: "+" stays a plus. In secure memory (the key passes here).
SecureBuffer percentDecoded(QStringView value)
{
    SecureBuffer utf8 = SecureBuffer::fromUtf8(value);
    SecureBuffer out(utf8.size());
    std::size_t n = 0;
    const auto hex = [](unsigned char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return 10 + c - 'a';
        if (c >= 'A' && c <= 'F')
            return 10 + c - 'A';
        return -1;
    };
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const unsigned char c = utf8.data()[i];
        if (c == '%' && i + 2 < utf8.size() && hex(utf8.data()[i + 1]) >= 0 && hex(utf8.data()[i + 2]) >= 0) {
            out.data()[n++] =
                static_cast<unsigned char>(hex(utf8.data()[i + 1]) * 16 + hex(utf8.data()[i + 2]));
            i += 2;
        } else {
            out.data()[n++] = c;
        }
    }
    return SecureBuffer::fromBytes(out.data(), n);
}

QString decodedString(QStringView value)
{
    const SecureBuffer bytes = percentDecoded(value);
    return QString::fromUtf8(bytes.view());
}

} // namespace

bool AddComputerLink::looksLikeLink(QStringView text)
{
    return text.trimmed().startsWith(QLatin1StringView(kAddComputerLinkPrefix), Qt::CaseInsensitive);
}

Result<AddComputerLink> AddComputerLink::parse(QStringView text)
{
    text = text.trimmed();
    if (text.size() > kAddComputerLinkMaxChars)
        return invalid(
            AuthText::tr("This \"Add a computer\" link is far too long to be one: copy it again."));
    const QLatin1StringView prefix(kAddComputerLinkPrefix);
    if (!text.startsWith(prefix, Qt::CaseInsensitive))
        return invalid(notALink());
    QStringView rest = text.mid(prefix.size());
    if (rest.startsWith(u'/'))
        rest = rest.mid(1);
    if (!rest.startsWith(u'?'))
        return invalid(notALink());
    rest = rest.mid(1);

    std::optional<QStringView> server, email, key;
    for (QStringView part : rest.split(u'&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        const QStringView name = eq < 0 ? part : part.left(eq);
        const QStringView value = eq < 0 ? QStringView() : part.mid(eq + 1);
        std::optional<QStringView>* slot = nullptr;
        if (name == QLatin1StringView("server"))
            slot = &server;
        else if (name == QLatin1StringView("email"))
            slot = &email;
        else if (name == QLatin1StringView("key"))
            slot = &key;
        else
            continue; // a later version's parameter
        if (slot->has_value())
            return invalid(
                AuthText::tr("This \"Add a computer\" link gives its %1 twice: copy the whole link again.")
                    .arg(name.toString()));
        *slot = value;
    }
    if (!server || server->isEmpty())
        return invalid(
            AuthText::tr("This \"Add a computer\" link has no server address: copy the whole link again."));
    if (!email || email->isEmpty())
        return invalid(AuthText::tr("This \"Add a computer\" link has no email: copy the whole link again."));
    if (!key || key->isEmpty())
        return invalid(
            AuthText::tr("This \"Add a computer\" link has no account key: copy the whole link again."));

    const QUrl url(decodedString(*server), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")) ||
        url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return invalid(AuthText::tr("The server address in this \"Add a computer\" link is not a web address "
                                    "(https://…): copy the whole link again."));
    const QString address = decodedString(*email).trimmed();
    bool spaced = false;
    for (const QChar c : address)
        spaced = spaced || c.isSpace() || c.category() == QChar::Other_Control;
    if (!address.contains(u'@') || address.startsWith(u'@') || address.endsWith(u'@') || spaced)
        return invalid(
            AuthText::tr("The email in this \"Add a computer\" link is not an email address: copy the "
                         "whole link again."));

    const SecureBuffer keyText = percentDecoded(*key);
    QString keyString = QString::fromUtf8(keyText.view());
    Result<AccountKey> parsed = AccountKey::parse(keyString);
    wipe(keyString);
    if (!parsed)
        return parsed.error();
    return AddComputerLink{url, address, std::move(parsed).value()};
}

SecureBuffer AddComputerLink::build(const QUrl& server, const QString& email, const AccountKey& key)
{
    QByteArray link = QByteArray(kAddComputerLinkPrefix) +
                      "?server=" + server.toString(QUrl::FullyEncoded).toUtf8().toPercentEncoding() +
                      "&email=" + email.trimmed().toUtf8().toPercentEncoding() + "&key=";
    const SecureBuffer keyText = key.text(); // A–Z, 2–7 and dashes: nothing to encode
    SecureBuffer out(std::size_t(link.size()) + keyText.size());
    std::memcpy(out.data(), link.constData(), std::size_t(link.size()));
    std::memcpy(out.data() + link.size(), keyText.data(), keyText.size());
    return out;
}

} // namespace twofold
