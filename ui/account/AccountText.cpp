#include "ui/account/AccountText.h"

#include "delivery/DeliverySettings.h"
#include "delivery/MailMessage.h"

#include <QDir>

namespace twofold {

namespace {
Error invalid(const QString& sentence)
{
    return Error(ErrorCode::InvalidInput, sentence);
}
} // namespace

Result<QUrl> AccountText::parseServerAddress(QStringView typed)
{
    const QString text = typed.trimmed().toString();
    if (text.isEmpty())
        return invalid(enterServer());
    if (text.contains(u' ') || text.contains(u'\t'))
        return invalid(tr("A server address has no spaces: check \"%1\".").arg(text));
    const bool hasScheme = text.contains(QLatin1String("://"));
    const QUrl url(hasScheme ? text : QStringLiteral("https://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(
            tr("\"%1\" is not a server address: it should look like https://sign-in.example.org.").arg(text));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return invalid(tr("The server address must start with https://: codes and your account would "
                              "otherwise cross the network unprotected. (Plain http:// is only for a server "
                              "on this computer.)"));
    } else if (scheme != QLatin1String("https")) {
        return invalid(tr("The server address must start with https://, not %1://.").arg(url.scheme()));
    }
    if (!url.userInfo().isEmpty())
        return invalid(tr("Leave the user name and password out of the server address: Twofold asks for your "
                          "email and master password separately."));
    if (url.hasQuery() || url.hasFragment())
        return invalid(tr("The server address cannot have \"?\" or \"#\" in it: give only the address your "
                          "administrator gave you."));
    if (url.port() == 0)
        return invalid(tr("The port in \"%1\" is not a port number (1 to 65535).").arg(text));
    QUrl clean = url;
    clean.setScheme(scheme);
    QString path = clean.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    clean.setPath(path);
    return clean;
}

QString AccountText::emailProblem(QStringView email)
{
    if (email.trimmed().isEmpty())
        return enterEmail();
    const Status checked = checkEmailAddress(email.trimmed());
    return checked ? QString() : checked.error().message;
}

QString AccountText::enterServer()
{
    return tr("Enter the address of your Twofold server (your administrator has it).");
}

QString AccountText::enterEmail()
{
    return tr("Enter your email address: it is your account's name on the server.");
}

QString AccountText::choosePassword()
{
    return tr("Choose a master password.");
}

QString AccountText::strongerPassword()
{
    return tr("Choose a stronger master password: the line under it says why.");
}

QString AccountText::typePasswordAgain()
{
    return tr("Type the master password again to confirm it.");
}

QString AccountText::passwordsDiffer()
{
    return tr("The two passwords do not match.");
}

QString AccountText::enterPassword()
{
    return tr("Enter your master password.");
}

QString AccountText::enterAccountKey()
{
    return tr("Enter your account key: it is in your emergency kit and starts with TF1-.");
}

QString AccountText::accountKeyNeeded()
{
    return tr("This computer does not have your account key yet. Type it from your emergency kit: it is "
              "needed once on each computer.");
}

QString AccountText::accountKeyHint()
{
    return tr("From your emergency kit (TF1-…): each new computer needs it once, before the code.");
}

QString AccountText::pictureUnreadable(const QString& path)
{
    return tr("The picture %1 could not be opened: choose a PNG, JPEG or BMP file.")
        .arg(QDir::toNativeSeparators(path));
}

QString AccountText::pictureNotAddComputerCode()
{
    return tr("The QR code in this picture is not a Twofold \"Add a computer\" code. On a computer that is "
              "signed in, open Settings > Security > Add a computer… and use the code it shows.");
}

QString AccountText::filledFromLink()
{
    return tr("The server, the email and the account key were filled in from the code. Type your master "
              "password to sign in.");
}

QString AccountText::readImageTitle()
{
    return tr("Read the account key from a picture");
}

QString AccountText::imageFileFilter()
{
    return tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)");
}

QString AccountText::addComputerLocalVault()
{
    return tr(
        "This vault is kept on this computer only, with no account on a server, so no other computer can "
        "sign in to it. Copy the vault file instead, or create a Twofold server account.");
}

QString AccountText::accountKeyNotKeptHere()
{
    return tr(
        "This computer does not keep the account key of this vault. Use the account key from your emergency "
        "kit on the other computer.");
}

QString AccountText::signOutExplained(const QString& email, const QString& server)
{
    return tr("This computer's copy of the vault, its account key and the token that remembers this computer "
              "are removed from this computer. Your account %1 on %2 and your other computers are not "
              "touched: "
              "sign in again here with your master password, your account key and your second factor.")
        .arg(email, server);
}

QString AccountText::signOutLosesChanges(int pending)
{
    return tr("%n changes made on this computer have not reached the server yet and will be lost. Cancel and "
              "sync first to keep them.",
              nullptr, pending);
}

QString AccountText::signedOut(const QString& email)
{
    return tr("This computer is signed out of %1 and has forgotten it.").arg(email);
}

QString AccountText::signedOutNotRevoked(const QString& email, const QString& why)
{
    return tr("This computer is signed out of %1 and has forgotten it, but the server could not be told to "
              "stop "
              "remembering it (%2). Revoke it from another computer in Settings > Security.")
        .arg(email, why);
}

QString AccountText::passwordNotGiven()
{
    return tr("the master password was not given");
}

} // namespace twofold
