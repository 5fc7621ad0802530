#pragma once
// The id a computer gives a sign-in server with each code it sends (CheckCodeRequest's
// computerId), so the server tells a computer it has seen from a new one and mails the account
// only for the latter (issue 12: "a sign-in from a new computer emails the account"). A name
// cannot do that: anyone can call their computer "Ann's laptop".
//
// The id is BLAKE2b-128 keyed with a random 32-byte seed kept in this user's profile
// (AppDataLocation/sign-in-computer, 0600, made on first use), over the server's address and
// the account's email: the same computer has a different id for every account, so a server
// cannot link two accounts by it. Not a secret, and not in the vault file: a stolen file (with
// its password and a code) signs in as a new computer, and the account is told. A profile that
// cannot be written gets a new seed each run (every sign-in then looks new: the safe side).
#include "auth/Messages.h" // kComputerIdBytes

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace twofold {

// This profile's id for (server, email); the address is taken as ServerEndpoint::normalised
// gives it and the email without case, so every way of writing them gives one id.
QByteArray signInComputerId(const QUrl& server, const QString& email);
// The id from a given seed (tests).
QByteArray signInComputerId(const QByteArray& seed, const QUrl& server, const QString& email);
// Where the seed is kept.
QString signInComputerSeedPath();

} // namespace twofold
