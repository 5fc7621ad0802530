#include "auth/Policy.h"

#include "auth/AuthText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace twofold {

namespace {

Error badPolicy(const QString& file, const QString& why)
{
    return Error(
        ErrorCode::FileDamaged,
        AuthText::tr("The administrator's policy file %1 is not valid (%2), so Twofold cannot tell how "
                     "sign-in must work and will not start it. Ask your administrator to correct the file.")
            .arg(QDir::toNativeSeparators(file), why));
}

} // namespace

QList<SignInMethod> Policy::everyMethod()
{
    return QList<SignInMethod>(std::begin(kSignInMethods), std::end(kSignInMethods));
}

bool Policy::allows(SignInMethod method) const
{
    return method == SignInMethod::RecoveryCode ||
           (twoFactor != TwoFactorRequirement::Off && allowedMethods.contains(method));
}

QString Policy::path()
{
    const QString fromEnvironment = qEnvironmentVariable("TWOFOLD_POLICY_FILE");
    return fromEnvironment.isEmpty() ? systemPath() : fromEnvironment;
}

Result<Policy> Policy::load()
{
    return loadFile(path());
}

Result<Policy> Policy::loadFile(const QString& file)
{
    QFile f(file);
    if (!f.exists())
        return Policy();
    if (!f.open(QIODevice::ReadOnly))
        return badPolicy(file, AuthText::tr("it cannot be read: %1").arg(f.errorString()));
    constexpr qint64 kMaxPolicyBytes = 64 * 1024;
    if (f.size() > kMaxPolicyBytes)
        return badPolicy(file, AuthText::tr("it is far too large"));
    return parse(f.readAll(), file);
}

Result<Policy> Policy::parse(const QByteArray& json, const QString& file)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badPolicy(
            file, AuthText::tr("%1 at character %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return badPolicy(file, AuthText::tr("it must be one JSON object"));
    const QJsonObject object = doc.object();
    Policy policy;
    policy.sourceFile = file;

    const QJsonValue twoFactor = object.value(QLatin1StringView("twoFactor"));
    if (!twoFactor.isUndefined()) {
        const QString value = twoFactor.toString();
        if (value == QLatin1StringView("off"))
            policy.twoFactor = TwoFactorRequirement::Off;
        else if (value == QLatin1StringView("optional"))
            policy.twoFactor = TwoFactorRequirement::Optional;
        else if (value == QLatin1StringView("required"))
            policy.twoFactor = TwoFactorRequirement::Required;
        else
            return badPolicy(file,
                             AuthText::tr("\"twoFactor\" must be \"off\", \"optional\" or \"required\""));
    }

    const QJsonValue allowed = object.value(QLatin1StringView("allowedMethods"));
    if (!allowed.isUndefined()) {
        if (!allowed.isArray())
            return badPolicy(file, AuthText::tr("\"allowedMethods\" must be a list"));
        policy.allowedMethods.clear();
        for (const QJsonValue& item : allowed.toArray()) {
            const std::optional<SignInMethod> method = methodFromKey(item.toString());
            if (!item.isString() || !method || *method == SignInMethod::RecoveryCode)
                return badPolicy(file,
                                 AuthText::tr("\"allowedMethods\" may list only \"authenticator\", \"email\" "
                                              "and \"sms\""));
            if (!policy.allowedMethods.contains(*method))
                policy.allowedMethods.append(*method);
        }
        if (policy.allowedMethods.isEmpty() && policy.twoFactor == TwoFactorRequirement::Required)
            return badPolicy(file, AuthText::tr("two-factor sign-in is required but no method is allowed"));
    }

    const QJsonValue server = object.value(QLatin1StringView("server"));
    if (!server.isUndefined()) {
        const QUrl url(server.toString(), QUrl::StrictMode);
        if (!server.isString() || !url.isValid() || url.scheme() != QLatin1StringView("https") ||
            url.host().isEmpty())
            return badPolicy(file, AuthText::tr("\"server\" must be an https:// address"));
        policy.server = server.toString();
    }
    return policy;
}

} // namespace twofold
