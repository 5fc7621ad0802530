#include "SignIn.h"

#include "Arguments.h"
#include "Console.h"
#include "EventWait.h"
#include "Printable.h"
#include "auth/AuthSentences.h"
#include "auth/ServerLink.h"
#include "auth/SignInSession.h"
#include "common/Clock.h"
#include "platform/SecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace twofold::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Cli)
};

// The code line: a Prompter refusal (no terminal, input ended) becomes CodeRequired (exit 2).
Result<SecureBuffer> askCode(Context& ctx, const QString& prompt, const QString& what)
{
    Result<SecureBuffer> code = ctx.prompter.askCode(prompt, what);
    if (!code)
        return Error(ErrorCode::CodeRequired, code.error().message);
    return code;
}

Error lockedOutError(const SignInSession& session)
{
    return Error(ErrorCode::LockedOut,
                 sentences::lockedOut(std::max<qint64>(1, session.lockedUntilMs() - systemClock().nowMs())));
}

// Drives a SignInSession from the password to Unlocked, asking ctx.prompter for the code when
// two-factor sign-in is on.
// Server mode: the account key this computer keeps for vaultId, or else the one the user gives
// on the next line (DESIGN.md 10: asked only where this computer does not hold it). Empty
// (nullptr) for an empty line when allowEmpty (account sign-in: the key may be found later).
Result<std::shared_ptr<const AccountKey>> accountKeyFor(Context& ctx, SecretStore& store,
                                                        const QByteArray& vaultId, bool allowEmpty)
{
    if (!vaultId.isEmpty()) {
        Result<SecureBuffer> stored = awaitResult<SecureBuffer>([&](SecretStore::Loaded done) {
            store.load(SignInSession::secretStoreService(), accountKeyStoreKey(vaultId), &store,
                       std::move(done));
        });
        if (stored) {
            if (Result<AccountKey> key = AccountKey::fromBytes(*stored); key)
                return std::make_shared<const AccountKey>(std::move(key).value());
        }
    }
    Result<SecureBuffer> line = ctx.prompter.askSecret(
        allowEmpty ? Text::tr("Account key (TF1-…; press Enter if this computer has it): ")
                   : Text::tr("Account key (TF1-…): "),
        Text::tr("the account key"));
    if (!line)
        return Error(ErrorCode::CodeRequired, line.error().message);
    if (line->isEmpty()) {
        if (allowEmpty)
            return std::shared_ptr<const AccountKey>();
        return Error(
            ErrorCode::CodeRequired,
            Text::tr("This computer does not have the account key of this vault: give it (TF1-…, from your "
                     "emergency kit) on the line after the master password."));
    }
    QString text = line->toStringUnsafe(); // known leak, short-lived
    Result<AccountKey> key = AccountKey::parse(text);
    wipe(text);
    if (!key)
        return key.error();
    return std::make_shared<const AccountKey>(std::move(key).value());
}

Result<std::unique_ptr<OpenVault>>
signInWithSession(Context& ctx, const SecureBuffer& password, OpenMode mode, SignedIn& signedIn,
                  std::optional<NewComputerSignIn> newComputer = std::nullopt)
{
    std::optional<SignInMethod> wanted;
    if (ctx.args.has(QStringLiteral("method"))) {
        wanted = methodFromKey(ctx.args.value(QStringLiteral("method")));
        if (!wanted || *wanted == SignInMethod::RecoveryCode)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--method takes authenticator, email or sms (for a recovery code, give "
                                  "--recovery-code)."));
    }
    const bool recovery = ctx.args.has(QStringLiteral("recovery-code"));

    const bool remember = ctx.args.has(QStringLiteral("remember"));
    // Remembered computers: a valid token here skips the code (when the vault's setting allows).
    std::unique_ptr<SecretStore> store = SecretStore::createDefault();
    SignInOptions options;
    options.secretStore = store.get();
    options.mode = mode;
    options.sendCodeOnEntry = false; // sent below, once the method is settled
    options.firstMethod = wanted;
    if (newComputer) {
        Result<std::shared_ptr<const AccountKey>> key = accountKeyFor(ctx, *store, {}, /*allowEmpty*/ true);
        if (!key)
            return key.error();
        newComputer->accountKey = *key;
        options.newComputer = std::move(newComputer);
    } else if (Result<VaultHeader> header = VaultFile::readHeader(ctx.vaultPath);
               header && header->serverMode()) {
        // Server mode: the account key before the code (the password is checked by the server).
        Result<std::shared_ptr<const AccountKey>> key = accountKeyFor(ctx, *store, header->vaultId, false);
        if (!key)
            return key.error();
        options.accountKey = *key;
        Result<std::optional<QList<QSslCertificate>>> ca = serverCaOption(ctx);
        if (!ca)
            return ca.error();
        if (*ca)
            options.connector =
                std::make_shared<DefaultVerifierConnector>(nullptr, systemClock(), systemRandom(), **ca);
    }
    SignInSession session(ctx.vaultPath, std::move(options));
    std::optional<Error> failure;
    bool sent = false;
    QObject::connect(&session, &SignInSession::failed, &session, [&](const Error& e) { failure = e; });
    QObject::connect(&session, &SignInSession::codeSent, &session, [&](const QString& to, qint64) {
        sent = true;
        console::err(Text::tr("A sign-in code was sent to %1.").arg(to));
    });
    if (remember) {
        QObject::connect(&session, &SignInSession::warning, &session,
                         [](const QString& sentence) { console::err(sentence); });
        QObject::connect(&session, &SignInSession::computerRemembered, &session, [](qint64 untilMs) {
            console::err(Text::tr("This computer is remembered until %1: later sign-ins here skip the code.")
                             .arg(QDateTime::fromMSecsSinceEpoch(untilMs).toString(Qt::ISODate)));
        });
    }
    QObject::connect(&session, &SignInSession::recoveryCodeUsed, &session, [](int left) {
        console::err(Text::tr("Recovery code accepted: %n left. Every remembered computer was forgotten.",
                              nullptr, left));
    });
    auto unlocked = [&]() -> Result<std::unique_ptr<OpenVault>> {
        signedIn.status = session.twoFactorStatus();
        signedIn.key = session.takePasswordKey();
        signedIn.setupRequired = session.twoFactorSetupRequired();
        std::unique_ptr<OpenVault> vault = session.takeVault();
        if (!vault)
            return Error(ErrorCode::Internal, Text::tr("Twofold signed in but could not open the vault."));
        return vault;
    };

    session.submitPassword(password.clone());
    if (!runEventsUntil([&] {
            return failure || (!session.isBusy() && session.state() != SignInSession::State::NeedPassword);
        }))
        return stepTimedOut();
    if (failure)
        return *failure;
    if (session.state() == SignInSession::State::Unlocked)
        return unlocked();

    if (wanted && !recovery && session.method() != *wanted) {
        if (!session.policy().allows(*wanted))
            return Error(ErrorCode::PolicyRefused,
                         Text::tr("Your administrator does not allow the method %1: give another --method.")
                             .arg(methodName(*wanted)));
        return Error(ErrorCode::InvalidInput, sentences::methodOff(*wanted));
    }
    if (session.state() == SignInSession::State::LockedOut)
        return lockedOutError(session);

    SecureBuffer code;
    if (recovery) {
        Result<SecureBuffer> line = askCode(ctx, Text::tr("Recovery code: "), Text::tr("a recovery code"));
        if (!line)
            return line.error();
        code = std::move(line).value();
        session.submitRecoveryCode(std::move(code));
    } else {
        const SignInMethod method = session.method();
        if (methodNeedsSend(method)) {
            session.sendCode();
            if (!runEventsUntil([&] { return failure || sent; }))
                return stepTimedOut();
            if (failure)
                return *failure;
        }
        const QString prompt = method == SignInMethod::Authenticator
                                   ? Text::tr("Code from your authenticator app: ")
                                   : Text::tr("Code you received: ");
        Result<SecureBuffer> line = askCode(ctx, prompt, Text::tr("the sign-in code"));
        if (!line)
            return line.error();
        if (remember && !session.canRememberComputer())
            console::err(Text::tr("This vault asks for the code at every sign-in, so this computer is not "
                                  "remembered (\"2fa ask new-computers\" changes that)."));
        session.submitCode(std::move(line).value(), remember && session.canRememberComputer());
    }
    if (!runEventsUntil([&] { return failure || session.state() == SignInSession::State::Unlocked; }))
        return stepTimedOut();
    if (session.state() == SignInSession::State::Unlocked)
        return unlocked();
    if (session.state() == SignInSession::State::LockedOut && failure->code != ErrorCode::LockedOut)
        return Error(ErrorCode::LockedOut, failure->message + u' ' + lockedOutError(session).message);
    return *failure;
}

} // namespace

Result<SecureBuffer> askMasterPassword(Context& ctx, const QString& prompt)
{
    if (ctx.args.has(QStringLiteral("password-env"))) {
        const QString variable = ctx.args.value(QStringLiteral("password-env"));
        QByteArray value = qgetenv(variable.toLocal8Bit().constData());
        if (value.isEmpty())
            return Error(
                ErrorCode::InvalidInput,
                Text::tr("The environment variable %1 (named by --password-env) is not set or empty.")
                    .arg(variable));
        const std::optional<qsizetype> invalid = firstInvalidUtf8(value);
        SecureBuffer password = SecureBuffer::fromBytes(value);
        wipe(value);
        if (invalid)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("The environment variable %1 (named by --password-env) is not UTF-8 text: "
                                  "its byte %2 is not valid there. Twofold reads passwords as UTF-8.")
                             .arg(variable)
                             .arg(*invalid + 1));
        return password;
    }
    return ctx.prompter.askSecret(prompt, Text::tr("the master password"));
}

Result<SignedIn> signInKeepingPassword(Context& ctx, OpenMode mode, SetupGate gate)
{
    if (!QFileInfo(ctx.vaultPath).isFile())
        return Error(ErrorCode::FileNotFound,
                     Text::tr("There is no vault at %1: create one with \"twofold-cli init\", or "
                              "name another with --vault.")
                         .arg(QDir::toNativeSeparators(ctx.vaultPath)));
    Result<SecureBuffer> password = askMasterPassword(ctx, Text::tr("Master password: "));
    if (!password)
        return password.error();
    SignedIn signedIn;
    if (ctx.args.has(QStringLiteral("app-password"))) {
        // The policy file is checked with an app password too: an invalid one stops everything.
        if (Result<Policy> policy = Policy::load(); !policy)
            return policy.error();
        // Server mode: the app-password slots also need the account key this computer keeps
        // (asked on the next line where it does not, as for the master password).
        std::shared_ptr<const AccountKey> accountKey;
        if (Result<VaultHeader> header = VaultFile::readHeader(ctx.vaultPath);
            header && header->serverMode()) {
            std::unique_ptr<SecretStore> store = SecretStore::createDefault();
            Result<std::shared_ptr<const AccountKey>> key =
                accountKeyFor(ctx, *store, header->vaultId, false);
            if (!key)
                return key.error();
            accountKey = *key;
        }
        Result<std::unique_ptr<OpenVault>> vault = OpenVault::openWithAppPassword(
            ctx.vaultPath, *password, mode, systemClock(), accountKey ? &accountKey->bytes() : nullptr);
        if (!vault)
            return vault.error();
        signedIn.vault = std::move(vault).value();
        signedIn.password = std::move(password).value();
        return signedIn;
    }
    // One Argon2id for the whole sign-in: the session derives the key once, opens the vault
    // (asking ctx.prompter for the code when two-factor sign-in is on) and hands the key on
    // for 2FA changes.
    Result<std::unique_ptr<OpenVault>> vault = signInWithSession(ctx, *password, mode, signedIn);
    if (!vault)
        return vault.error();
    if (signedIn.setupRequired && gate == SetupGate::Refuse)
        return Error(
            ErrorCode::PolicyRefused,
            Text::tr("Your administrator requires two-factor sign-in and this vault has none yet: turn "
                     "on a method first with \"twofold-cli 2fa enable authenticator\" (or email or "
                     "sms; see \"twofold-cli 2fa status\" for those allowed)."));
    signedIn.vault = std::move(vault).value();
    signedIn.password = std::move(password).value();
    return signedIn;
}

Result<std::optional<QList<QSslCertificate>>> serverCaOption(Context& ctx)
{
    if (!ctx.args.has(QStringLiteral("server-ca")))
        return std::optional<QList<QSslCertificate>>();
    Result<QList<QSslCertificate>> loaded =
        ServerEndpoint::loadCaFile(ctx.args.value(QStringLiteral("server-ca")));
    if (!loaded)
        return loaded.error();
    return std::optional<QList<QSslCertificate>>(std::move(loaded).value());
}

Result<SignedIn> signInNewComputer(Context& ctx, NewComputerSignIn target)
{
    Result<SecureBuffer> password = askMasterPassword(ctx, Text::tr("Master password: "));
    if (!password)
        return password.error();
    if (Result<Policy> policy = Policy::load(); !policy)
        return policy.error();
    SignedIn signedIn;
    Result<std::unique_ptr<OpenVault>> vault =
        signInWithSession(ctx, *password, OpenMode::ReadWrite, signedIn, std::move(target));
    if (!vault)
        return vault.error();
    signedIn.vault = std::move(vault).value();
    signedIn.password = std::move(password).value();
    return signedIn;
}

Result<std::unique_ptr<OpenVault>> signIn(Context& ctx, OpenMode mode)
{
    Result<SignedIn> signedIn = signInKeepingPassword(ctx, mode, SetupGate::Refuse);
    if (!signedIn)
        return signedIn.error();
    return std::move(signedIn->vault);
}

} // namespace twofold::cli
