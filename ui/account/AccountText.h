#pragma once
// Every sentence the server-account pages (create an account, sign in to one, the emergency
// kit) show around the core's own refusals, in one place (STYLE.md habit 10), and the checks of
// what a person types into them, made as they type so the page can say what is wrong before
// anything is sent.
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace twofold {

struct AccountText
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Account)

public:
    // The sign-in server's address as typed: "sign-in.example.org", "https://sign-in.example.org:8443"
    // or "http://127.0.0.1:8443" (plain http:// only to this computer). No scheme means https://.
    // Gives the URL without trailing slashes. Refuses, with a sentence naming what is wrong: an
    // empty address, a scheme other than https (http to a host that is not loopback), no host,
    // a user name or password, a query or fragment, spaces, a port out of range.
    [[nodiscard]] static Result<QUrl> parseServerAddress(QStringView typed);
    // Why email cannot be an account's email, as a sentence; empty when it can.
    static QString emailProblem(QStringView email);

    // Sentences of the create and sign-in pages when something is missing.
    static QString enterServer();
    static QString enterEmail();
    static QString choosePassword();
    static QString strongerPassword();
    static QString typePasswordAgain();
    static QString passwordsDiffer();
    static QString enterPassword();
    static QString enterAccountKey();
    // The account key field's explanation, when the computer does not hold the key.
    static QString accountKeyNeeded();
    // The account key field's explanation before anything is known.
    static QString accountKeyHint();

    // "Read from image…" and a pasted twofold://add-computer link (AddComputerLink.h).
    static QString pictureUnreadable(const QString& path);
    static QString pictureNotAddComputerCode();
    static QString filledFromLink();
    static QString readImageTitle();
    static QString imageFileFilter();

    // Add a computer… and Sign out and forget this computer….
    static QString addComputerLocalVault();
    static QString accountKeyNotKeptHere();
    static QString signOutExplained(const QString& email, const QString& server);
    static QString signOutLosesChanges(int pending);
    static QString signedOut(const QString& email);
    static QString signedOutNotRevoked(const QString& email, const QString& why);
    static QString passwordNotGiven();
};

} // namespace twofold
