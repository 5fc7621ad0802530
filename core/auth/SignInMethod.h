#pragma once
// The ways to give the second factor (DESIGN.md 4.2).
#include <QString>
#include <QStringView>

#include <optional>

namespace twofold {

enum class SignInMethod : quint8 {
    Authenticator = 1, // TOTP from an authenticator app
    Email = 2,         // a code sent by email
    Sms = 3,           // a code sent by text message
    RecoveryCode = 4,  // one of the ten single-use recovery codes (never a default method)
};

// The three methods a person turns on, in the order they are listed.
inline constexpr SignInMethod kSignInMethods[] = {SignInMethod::Authenticator, SignInMethod::Email,
                                                  SignInMethod::Sms};

// "authenticator", "email", "sms", "recovery": the spelling in messages, policy files and the CLI.
QString methodKey(SignInMethod method);
// The method a key names (case-insensitive); nullopt for anything else.
std::optional<SignInMethod> methodFromKey(QStringView key);
// "Authenticator app", "Email", "Text message (SMS)", "Recovery code" (translated).
QString methodName(SignInMethod method);
// True for the methods whose code must be sent before it can be typed (email, SMS).
inline bool methodNeedsSend(SignInMethod method)
{
    return method == SignInMethod::Email || method == SignInMethod::Sms;
}

} // namespace twofold
