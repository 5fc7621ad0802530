#include "auth/SignInMethod.h"

#include "auth/AuthText.h"

namespace twofold {

QString methodKey(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Authenticator:
        return QStringLiteral("authenticator");
    case SignInMethod::Email:
        return QStringLiteral("email");
    case SignInMethod::Sms:
        return QStringLiteral("sms");
    case SignInMethod::RecoveryCode:
        return QStringLiteral("recovery");
    }
    return {};
}

std::optional<SignInMethod> methodFromKey(QStringView key)
{
    for (SignInMethod m :
         {SignInMethod::Authenticator, SignInMethod::Email, SignInMethod::Sms, SignInMethod::RecoveryCode}) {
        if (key.compare(methodKey(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString methodName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Authenticator:
        return AuthText::tr("Authenticator app");
    case SignInMethod::Email:
        return AuthText::tr("Email");
    case SignInMethod::Sms:
        return AuthText::tr("Text message (SMS)");
    case SignInMethod::RecoveryCode:
        return AuthText::tr("Recovery code");
    }
    return {};
}

} // namespace twofold
