// The delivery group: where sign-in codes go out (DESIGN.md 5, 6). The settings, secrets
// included, are kept in the vault's encrypted auth section through TwoFactorSettings; secrets
// (the SMTP password, the Twilio auth token) are the next answer, never argv.
#include "Arguments.h"
#include "Console.h"
#include "EventWait.h"
#include "SettingsSession.h"
#include "common/StrictCbor.h"
#include "delivery/DeliverySettings.h"
#include "delivery/MailMessage.h"
#include "delivery/PhoneNumber.h"
#include "delivery/SmsGateway.h"
#include "delivery/SmtpSender.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>

namespace twofold::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

QString option(const Context& ctx, const char* name)
{
    return ctx.args.value(QString::fromLatin1(name));
}
bool hasOption(const Context& ctx, const char* name)
{
    return ctx.args.has(QString::fromLatin1(name));
}

Result<DeliverySettings> currentSettings(TwoFactorSettings& settings)
{
    Result<SecureBuffer> bytes = settings.deliverySettings();
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty())
        return DeliverySettings();
    return DeliverySettings::fromCbor(strictCborMap(
        QByteArrayView(reinterpret_cast<const char*>(bytes->data()), qsizetype(bytes->size()))));
}

Status saveSettings(TwoFactorSettings& settings, const DeliverySettings& delivery)
{
    QByteArray bytes = QCborValue(delivery.toCbor()).toCbor();
    auto secret = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes(bytes));
    wipe(bytes);
    return awaitDone([&](TwoFactorSettings::Done done) {
        settings.setDeliverySettings(std::move(*secret), std::move(done));
    });
}

Result<SmtpSecurity> securityOption(const Context& ctx)
{
    const QString value = option(ctx, "security");
    if (value.isEmpty() || value == u"starttls")
        return SmtpSecurity::StartTls;
    if (value == u"tls")
        return SmtpSecurity::ImplicitTls;
    if (value == u"none")
        return SmtpSecurity::None;
    return Error(ErrorCode::InvalidInput,
                 Text::tr("--security takes starttls, tls or none (none only for this computer)."));
}

QString absoluteFile(const QString& path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

Status setSmtp(Context& ctx, TwoFactorSettings& settings, DeliverySettings& delivery)
{
    if (!hasOption(ctx, "host") || !hasOption(ctx, "from"))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("delivery set smtp needs --host HOST and --from ADDRESS."));
    Result<SmtpSecurity> security = securityOption(ctx);
    if (!security)
        return security.error();
    SmtpSettings smtp;
    smtp.host = option(ctx, "host");
    smtp.security = *security;
    smtp.port = SmtpSettings::defaultPort(*security);
    if (hasOption(ctx, "port")) {
        Result<std::optional<int>> port = ctx.args.number(QStringLiteral("port"), 1, 65535);
        if (!port)
            return port.error();
        smtp.port = quint16(**port);
    }
    smtp.username = option(ctx, "user");
    smtp.fromAddress = option(ctx, "from");
    smtp.fromName = option(ctx, "from-name");
    smtp.caFile = absoluteFile(option(ctx, "ca-file"));
    if (!smtp.username.isEmpty()) {
        Result<SecureBuffer> password = ctx.prompter.askSecret(
            Text::tr("SMTP password for %1: ").arg(smtp.username), Text::tr("the SMTP password"));
        if (!password)
            return password.error();
        smtp.password = std::move(password).value();
    }
    if (Status valid = smtp.validate(); !valid)
        return valid;
    delivery.smtp = std::move(smtp);
    return saveSettings(settings, delivery);
}

Status setSms(Context& ctx, TwoFactorSettings& settings, DeliverySettings& delivery)
{
    const QString provider = option(ctx, "provider");
    SmsSettings sms;
    sms.caFile = absoluteFile(option(ctx, "ca-file"));
    if (provider == u"twilio") {
        sms.provider = SmsProvider::Twilio;
        if (hasOption(ctx, "base-url"))
            sms.twilio.baseUrl = option(ctx, "base-url");
        sms.twilio.accountSid = option(ctx, "account-sid");
        sms.twilio.fromNumber = option(ctx, "from");
        Result<SecureBuffer> token =
            ctx.prompter.askSecret(Text::tr("Twilio auth token: "), Text::tr("the auth token"));
        if (!token)
            return token.error();
        sms.twilio.authToken = std::move(token).value();
    } else if (provider == u"webhook") {
        sms.provider = SmsProvider::Webhook;
        sms.webhook.url = option(ctx, "url");
        sms.webhook.bodyTemplate = hasOption(ctx, "body-template")
                                       ? option(ctx, "body-template")
                                       : QStringView(WebhookGateway::kDefaultTemplate).toString();
    } else {
        return Error(ErrorCode::InvalidInput, Text::tr("--provider takes twilio or webhook."));
    }
    if (Status valid = sms.validate(); !valid)
        return valid;
    delivery.sms = std::move(sms);
    return saveSettings(settings, delivery);
}

Status runSet(Context& ctx)
{
    const QString what = ctx.args.positionals().constFirst();
    if (what != u"smtp" && what != u"sms")
        return Error(ErrorCode::InvalidInput, Text::tr("delivery set takes smtp or sms."));
    Result<SettingsSession> session = openSettings(ctx, OpenMode::ReadWrite, SetupGate::Allow);
    if (!session)
        return session.error();
    Result<DeliverySettings> delivery = currentSettings(*session->settings);
    if (!delivery)
        return delivery.error();
    Status saved = what == u"smtp" ? setSmtp(ctx, *session->settings, *delivery)
                                   : setSms(ctx, *session->settings, *delivery);
    if (saved)
        console::err(Text::tr("The delivery settings were saved."));
    return saved;
}

// Waits for a delivery future on the event loop.
Status awaitFuture(QFuture<Status> future)
{
    QFutureWatcher<Status> watcher;
    watcher.setFuture(future);
    if (!runEventsUntil([&] { return watcher.isFinished(); }))
        return stepTimedOut();
    return future.result();
}

Status runTest(Context& ctx)
{
    if (!hasOption(ctx, "to") && !hasOption(ctx, "phone"))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("Say where the test goes: --to ADDRESS for mail, --phone NUMBER for SMS."));
    Result<SettingsSession> session = openSettings(ctx, OpenMode::ReadOnly, SetupGate::Allow);
    if (!session)
        return session.error();
    Result<DeliverySettings> delivery = currentSettings(*session->settings);
    if (!delivery)
        return delivery.error();
    if (hasOption(ctx, "to")) {
        if (!delivery->smtp.isConfigured())
            return Error(ErrorCode::DeliveryNotConfigured,
                         Text::tr("No mail server is set: use \"twofold-cli delivery set smtp\" first."));
        SmtpSender sender(delivery->smtp.clone());
        if (Status sent = awaitFuture(sender.send(testMail(option(ctx, "to")))); !sent)
            return sent;
        console::err(Text::tr("A test mail was sent to %1.").arg(option(ctx, "to")));
    }
    if (hasOption(ctx, "phone")) {
        Result<PhoneNumber> phone = PhoneNumber::parse(option(ctx, "phone"), option(ctx, "region"));
        if (!phone)
            return phone.error();
        Result<std::unique_ptr<SmsGateway>> gateway = SmsGateway::create(delivery->sms);
        if (!gateway)
            return gateway.error();
        if (Status sent = awaitFuture((*gateway)->send(testSms(phone->e164()))); !sent)
            return sent;
        console::err(Text::tr("A test message was sent to %1.").arg(phone->international()));
    }
    return {};
}

} // namespace

std::vector<Command> deliveryCommands()
{
    const auto v = [](const char* name, const char* valueName, const char* help) {
        return valueOption(QString::fromLatin1(name), QString::fromLatin1(valueName), help);
    };
    return {
        {.name = QStringLiteral("delivery set"),
         .arguments = QStringLiteral("smtp|sms"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Set where sign-in codes are sent from"),
         .details = QT_TRANSLATE_NOOP(
             "Twofold::Cli", "smtp: --host, --port, --security, --user, --from, --from-name, --ca-file; the "
                             "SMTP password is the "
                             "next answer. sms: --provider twilio with --base-url, --account-sid and --from "
                             "(the auth token is "
                             "the next answer), or --provider webhook with --url and --body-template."),
         .options =
             {v("host", "HOST", QT_TRANSLATE_NOOP("Twofold::Cli", "smtp: the mail server")),
              v("port", "PORT",
                QT_TRANSLATE_NOOP("Twofold::Cli", "smtp: its port (default: 587, or 465 with tls)")),
              v("security", "MODE", QT_TRANSLATE_NOOP("Twofold::Cli", "smtp: starttls (default) or tls")),
              v("user", "NAME", QT_TRANSLATE_NOOP("Twofold::Cli", "smtp: the user name to sign in with")),
              v("from", "FROM",
                QT_TRANSLATE_NOOP("Twofold::Cli", "the sender: a mail address, or an SMS number")),
              v("from-name", "NAME", QT_TRANSLATE_NOOP("Twofold::Cli", "smtp: the sender's name")),
              v("ca-file", "PEM",
                QT_TRANSLATE_NOOP("Twofold::Cli", "extra certificate authorities to trust")),
              v("provider", "NAME", QT_TRANSLATE_NOOP("Twofold::Cli", "sms: twilio or webhook")),
              v("base-url", "URL", QT_TRANSLATE_NOOP("Twofold::Cli", "sms: the Twilio API's address")),
              v("account-sid", "SID", QT_TRANSLATE_NOOP("Twofold::Cli", "sms: the Twilio account SID")),
              v("url", "URL", QT_TRANSLATE_NOOP("Twofold::Cli", "sms: the webhook's address")),
              v("body-template", "JSON",
                QT_TRANSLATE_NOOP("Twofold::Cli", "sms: the webhook's JSON, with {to}, {body} and {code}"))},
         .minArguments = 1,
         .maxArguments = 1,
         .run = &runSet},
        {.name = QStringLiteral("delivery test"),
         .summary = QT_TRANSLATE_NOOP("Twofold::Cli", "Send a test mail or SMS with the delivery settings"),
         .options = {v("to", "ADDRESS", QT_TRANSLATE_NOOP("Twofold::Cli", "send a test mail here")),
                     v("phone", "NUMBER", QT_TRANSLATE_NOOP("Twofold::Cli", "send a test SMS here")),
                     v("region", "CC",
                       QT_TRANSLATE_NOOP("Twofold::Cli", "the country the number is dialled from"))},
         .run = &runTest},
    };
}

} // namespace twofold::cli
