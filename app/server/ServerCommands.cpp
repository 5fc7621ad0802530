#include "ServerCommands.h"

#include "server/ServerText.h"

#include <cstdio>

namespace twofold::server {

ParsedArguments parseArguments(const QStringList& args, const QStringList& keys, const QStringList& flags)
{
    ParsedArguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            parsed.words.append(arg);
            continue;
        }
        QString key = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = key.indexOf(QLatin1Char('=')); equals >= 0) {
            value = key.mid(equals + 1);
            key = key.left(equals);
            hasValue = true;
        }
        if (flags.contains(key)) {
            parsed.options.insert(key, hasValue ? value : QStringLiteral("true"));
            continue;
        }
        if (!keys.contains(key)) {
            parsed.error =
                ServerText::tr("twofold-server does not know the option --%1: see twofold-server --help.")
                    .arg(key);
            return parsed;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                parsed.error = ServerText::tr("The option --%1 needs a value.").arg(key);
                return parsed;
            }
            value = args.at(++i);
        }
        parsed.options.insert(key, value);
    }
    return parsed;
}

int exitStatusOf(ErrorCode code)
{
    if (code == ErrorCode::DeliveryFailed || code == ErrorCode::DeliveryTimeout)
        return 5;
    return exitStatusFor(code) == 4 ? 4 : 1;
}

int fail(const Error& error)
{
    std::fprintf(stderr, "%s\n", error.message.toUtf8().constData());
    return exitStatusOf(error.code);
}

int failUsage(const QString& sentence)
{
    std::fprintf(stderr, "%s\n", sentence.toUtf8().constData());
    return 1;
}

void say(const QString& text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

QString usageText()
{
    return ServerText::tr(
        "Usage: twofold-server --data DIR [--listen HOST:PORT] --tls-cert FILE --tls-key FILE\n"
        "       twofold-server --data DIR --listen 127.0.0.1:PORT --insecure-http\n"
        "       twofold-server admin [--data DIR | --database URL] COMMAND\n"
        "\n"
        "The sign-in server of Twofold: it checks second factors and keeps what the vaults need.\n"
        "\n"
        "Options:\n"
        "  --data DIR            data folder (made 0700); holds the SQLite database and the pepper\n"
        "  --database URL        postgresql://USER@HOST[:PORT]/DATABASE instead of SQLite\n"
        "  --config FILE         config file (mode 0600): SMTP and SMS credentials, the pepper\n"
        "  --listen HOST:PORT    address to listen on (default 127.0.0.1:8443)\n"
        "  --tls-cert FILE       PEM certificate (chain) for HTTPS\n"
        "  --tls-key FILE        PEM private key for HTTPS\n"
        "  --insecure-http       plain HTTP, on a loopback address only\n"
        "  --rate-capacity N     requests a client address may send at once (default 60)\n"
        "  --rate-per-second N   requests a second a client address may keep up (default 1)\n"
        "  --max-body-bytes N    largest request body (default 65536)\n"
        "  --help, --version\n"
        "\n"
        "Admin commands:\n"
        "  org create NAME\n"
        "  org list\n"
        "  org policy NAME off|optional|required [--methods authenticator,email,sms]\n"
        "  user list [--org NAME]\n"
        "  user reset-2fa EMAIL\n"
        "  device list EMAIL\n"
        "  device revoke ID\n"
        "\n"
        "Exit status: 0 success, 1 usage or refusal, 4 file problem, 5 database unreachable.");
}

} // namespace twofold::server
