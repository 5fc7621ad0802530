// The local verifier host on real vault files: one step per request, nothing accepted that
// cannot be recorded, rule changes in one write with no backup left that opens with the old
// rules, the password slot rewrapped without Argon2id, requests for another vault refused, and
// the settings client keeping no master password.
#include "AuthFixture.h"

#include "auth/AuthSentences.h"
#include "auth/LocalVerifierHost.h"
#include "auth/VerifierLink.h"
#include "auth/VerifierState.h"
#include "unit/vault/MemoryScan.h"

#include <QFile>
#include <QSignalSpy>

using namespace twofold;
using namespace twofold::test;

namespace {

template <typename T, typename Call> T await(Call call)
{
    Catcher<T> catcher;
    call(catcher.callback());
    if (!QTest::qWaitFor([&] { return catcher.done(); }, 10'000))
        qFatal("a callback never came");
    return std::move(catcher.value());
}

// A connector whose hosts fail their writes while `failing` is set (a full or read-only disk).
class FailingDiskConnector final : public VerifierConnector
{
public:
    FailingDiskConnector(Env& env) : m_env(env) {}
    Answer<std::shared_ptr<VerifierLink>> connect(const QString& path, const VaultFile& file,
                                                  std::shared_ptr<const PasswordKey> key) override
    {
        Answer<std::shared_ptr<LocalVerifierHost>> host =
            LocalVerifierHost::open(path, file, std::move(key), m_env.sender, m_env.clock, m_env.random);
        if (!host)
            return host.refusal();
        host.value()->setFaultInjector([this](SaveStep step) { return failing && step == SaveStep::Write; });
        return std::shared_ptr<VerifierLink>(std::make_shared<InProcessLink>(host.value()));
    }
    std::atomic<bool> failing{true};

private:
    Env& m_env;
};

std::unique_ptr<SignInSession> sessionWith(Env& env, std::shared_ptr<VerifierConnector> connector)
{
    SignInOptions o;
    o.policy = env.policy;
    o.sender = env.sender;
    o.connector = std::move(connector);
    return std::make_unique<SignInSession>(env.path, std::move(o), env.clock, env.random);
}

// The failures counter kept in the file (read with the password, as the host does).
int failuresOnDisk(const Env& env)
{
    Result<VaultFile> file = VaultFile::read(env.path);
    Result<PasswordKey> key = file->derivePasswordKey(pw(kPassword));
    Result<VerifierState> state = VerifierState::decode(file->openAuthSection(*key).value());
    return state->failures;
}

// True when the file at path opens with the password alone (no second factor).
bool opensWithPasswordAlone(const QString& path, const SecureBuffer& password)
{
    Result<VaultFile> file = VaultFile::read(path);
    if (!file)
        return false;
    Result<PasswordKey> key = file->derivePasswordKey(password);
    return key && file->unlockPasswordSlot(*key).ok();
}

SecureBuffer unmasked(const MaskedSecret& secret)
{
    SecureBuffer out{std::size_t(secret.masked.size())};
    for (qsizetype i = 0; i < secret.masked.size(); ++i)
        out.data()[i] = static_cast<unsigned char>(secret.masked[i] ^ kMask);
    return out;
}

} // namespace

class TestLocalVerifierHost : public QObject
{
    Q_OBJECT

private slots:
    void aCodeIsNeverTakenWhenItsUseCannotBeRecorded()
    {
        Env env;
        createWithAuthenticator(env);
        auto connector = std::make_shared<FailingDiskConnector>(env);
        std::unique_ptr<SignInSession> s = sessionWith(env, connector);
        QSignalSpy failed(s.get(), &SignInSession::failed);
        QVERIFY(s->submitPassword(pw(kPassword)));
        QTRY_COMPARE(s->state(), SignInSession::State::NeedSecondFactor);

        // A right code on a disk that takes no writes: refused, with the reason.
        const QString code = env.totpNow();
        QVERIFY(s->submitCode(pw(code)));
        QTRY_COMPARE(failed.size(), 1);
        const Error error = failed.takeFirst().at(0).value<Error>();
        QCOMPARE(error.code, ErrorCode::DiskFull);
        QCOMPARE(error.message, sentences::notRecorded(ErrorCode::DiskFull));
        QCOMPARE(s->state(), SignInSession::State::NeedSecondFactor);

        // Wrong codes are refused the same way and never pile up unrecorded: no lockout can be
        // dodged by a read-only copy, and none is counted that was not written.
        for (int i = 0; i < 8; ++i) {
            QTRY_VERIFY(!s->isBusy());
            QVERIFY(s->submitCode(pw(env.wrongTotpNow())));
            QTRY_COMPARE(failed.size(), 1);
            QCOMPARE(failed.takeFirst().at(0).value<Error>().code, ErrorCode::DiskFull);
        }
        QCOMPARE(failuresOnDisk(env), 0);

        // Once the disk takes writes, the same code works once, and only once.
        connector->failing = false;
        QTRY_VERIFY(!s->isBusy());
        QVERIFY(s->submitCode(pw(code)));
        QTRY_COMPARE(s->state(), SignInSession::State::Unlocked);
        std::unique_ptr<SignInSession> again = sessionWith(env, connector);
        QSignalSpy againFailed(again.get(), &SignInSession::failed);
        QVERIFY(again->submitPassword(pw(kPassword)));
        QTRY_COMPARE(again->state(), SignInSession::State::NeedSecondFactor);
        QVERIFY(again->submitCode(pw(code)));
        QTRY_COMPARE(againFailed.size(), 1);
        QCOMPARE(againFailed.first().at(0).value<Error>().message,
                 sentences::codeReplayed() + QLatin1Char(' ') + sentences::triesBeforeLockout(4));
    }

    void turningTwoFactorOnLeavesNoBackupThatOpensWithThePasswordAlone()
    {
        Env env;
        {
            std::unique_ptr<OpenVault> vault =
                OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).value();
            vault->vault().setName(QStringLiteral("Home"));
            QVERIFY(vault->save().ok()); // now vault.twofold.bak exists, without 2FA
            const QString backup = env.path + QStringLiteral(".bak");
            QVERIFY(opensWithPasswordAlone(backup, pw(kPassword)));
            const KeySlot before = *vault->header().passwordSlot();

            TwoFactorSettings settings(*vault, TwoFactorStatus(), env.settingsOptions(), env.clock,
                                       env.random);
            confirm(settings);
            enableAuthenticator(env, settings);
            QVERIFY(!opensWithPasswordAlone(env.path, pw(kPassword)));
            QVERIFY(!opensWithPasswordAlone(backup, pw(kPassword)));

            // The slot was wrapped again under the derived key: same salt and limits.
            const Result<VaultHeader> header = VaultFile::readHeader(env.path); // kept: after points into it
            QVERIFY(header.ok());
            const KeySlot* after = header->passwordSlot();
            QCOMPARE(after->salt, before.salt);
            QCOMPARE(after->kdf.iterations, before.kdf.iterations);
            QCOMPARE(after->kdf.memoryKiB, before.kdf.memoryKiB);
            QVERIFY(after->needsShare);
            // The open vault took the rewritten header: its next save keeps 2FA on.
            vault->vault().setName(QStringLiteral("Home 2"));
            QVERIFY(vault->save().ok());
            QVERIFY(!opensWithPasswordAlone(env.path, pw(kPassword)));
            QVERIFY(!opensWithPasswordAlone(backup, pw(kPassword)));
        }
    }

    void regeneratingRecoveryCodesLeavesNoBackupWithTheOldOnes()
    {
        Env env;
        createWithAuthenticator(env);
        std::unique_ptr<SignInSession> s = env.session();
        QVERIFY(s->submitPassword(pw(kPassword)));
        QTRY_COMPARE(s->state(), SignInSession::State::NeedSecondFactor);
        QVERIFY(s->submitCode(pw(env.totpNow())));
        QTRY_COMPARE(s->state(), SignInSession::State::Unlocked);
        std::unique_ptr<OpenVault> vault = s->takeVault();
        QVERIFY(vault->save().ok());
        const QString backup = env.path + QStringLiteral(".bak");
        QVERIFY(QFile::exists(backup));
        TwoFactorSettings settings(*vault, s->twoFactorStatus(), env.settingsOptions(), env.clock,
                                   env.random);
        QVERIFY(await<Status>([&](auto cb) { settings.adoptPasswordKey(s->takePasswordKey(), cb); }).ok());
        Result<TwoFactorSettings::RecoveryCodes> fresh = await<Result<TwoFactorSettings::RecoveryCodes>>(
            [&](auto cb) { settings.regenerateRecoveryCodes(cb); });
        QVERIFY(fresh.ok());
        QCOMPARE(int(fresh->size()), 10);
        // The backup is the new file itself: the old codes open neither.
        QFile current(env.path), copy(backup);
        QVERIFY(current.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), current.readAll());
    }

    void aNewMasterPasswordLeavesNoBackupThatOpensWithTheOldOne()
    {
        Env env;
        std::unique_ptr<OpenVault> vault =
            OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).value();
        QVERIFY(vault->save().ok());
        const QString backup = env.path + QStringLiteral(".bak");
        QVERIFY(opensWithPasswordAlone(backup, pw(kPassword)));
        const KeySlot before = *vault->header().passwordSlot();
        TwoFactorSettings settings(*vault, TwoFactorStatus(), env.settingsOptions(), env.clock, env.random);
        confirm(settings);
        const char* newPassword = "a different long passphrase 42";
        QVERIFY(await<Status>([&](auto cb) { settings.changeMasterPassword(pw(newPassword), cb); }).ok());
        QVERIFY(!opensWithPasswordAlone(env.path, pw(kPassword)));
        QVERIFY(opensWithPasswordAlone(env.path, pw(newPassword)));
        QVERIFY(!opensWithPasswordAlone(backup, pw(kPassword)));
        // A new salt, the same limits; the settings stay confirmed under the new key.
        const Result<VaultHeader> header = VaultFile::readHeader(env.path); // kept: after points into it
        QVERIFY(header.ok());
        const KeySlot* after = header->passwordSlot();
        QVERIFY(after->salt != before.salt);
        QCOMPARE(after->kdf.memoryKiB, before.kdf.memoryKiB);
        QVERIFY(
            await<Status>([&](auto cb) { settings.setPrompt(SecondFactorPrompt::EverySignIn, cb); }).ok());
        vault->vault().setName(QStringLiteral("after the change"));
        QVERIFY(vault->save().ok());
        QVERIFY(opensWithPasswordAlone(env.path, pw(newPassword)));
    }

    void requestsForAnotherVaultAreRefused()
    {
        Env env;
        createWithAuthenticator(env);
        Result<VaultFile> file = VaultFile::read(env.path);
        auto key = std::make_shared<const PasswordKey>(file->derivePasswordKey(pw(kPassword)).value());
        Answer<std::shared_ptr<LocalVerifierHost>> host =
            LocalVerifierHost::open(env.path, *file, key, env.sender, env.clock, env.random);
        QVERIFY(host.ok());
        const QCborMap other = host.value()->handle(envelope(BeginRequest().toCbor(), QByteArray(16, 'x')));
        QCOMPARE(readReply<BeginReply>(other).refusal().reason, RefusalReason::WrongAccount);
        const QCborMap old = host.value()->handle(BeginRequest().toCbor());
        QCOMPARE(readReply<BeginReply>(old).refusal().reason, RefusalReason::VersionMismatch);
        const QCborMap right =
            host.value()->handle(envelope(BeginRequest().toCbor(), file->header().vaultId));
        QVERIFY(readReply<BeginReply>(right).ok());

        // A wrong key opens no host at all.
        auto wrong =
            std::make_shared<const PasswordKey>(file->derivePasswordKey(pw("not the password")).value());
        QCOMPARE(LocalVerifierHost::open(env.path, *file, wrong, env.sender, env.clock, env.random)
                     .refusal()
                     .reason,
                 RefusalReason::WrongPassword);
    }

    void deliverySettingsTheOnlyMethodNeedsAreTriedBeforeTheyAreSaved()
    {
        Env env;
        std::unique_ptr<OpenVault> vault =
            OpenVault::create(env.path, pw(kPassword), kFastKdf, env.clock).value();
        TwoFactorSettings settings(*vault, TwoFactorStatus(), env.settingsOptions(), env.clock, env.random);
        confirm(settings);
        QVERIFY(await<Status>([&](auto cb) { settings.setDeliverySettings(pw("first settings"), cb); }).ok());
        Result<SendCodeReply> sent = await<Result<SendCodeReply>>(
            [&](auto cb) { settings.beginEmail(QStringLiteral("me@example.com"), cb); });
        QVERIFY(sent.ok());
        QVERIFY(await<Result<TwoFactorSettings::RecoveryCodes>>([&](auto cb) {
                    settings.confirmSetupCode(pw(env.sender->last().code), cb);
                }).ok());
        const int sends = env.sender->count();

        env.sender->setRefuse(true);
        const Status refused =
            await<Status>([&](auto cb) { settings.setDeliverySettings(pw("a wrong token"), cb); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DeliveryFailed);
        QCOMPARE(refused.error().message,
                 sentences::deliveryCheckFailed(ErrorCode::DeliveryFailed, SignInMethod::Email));
        QVERIFY(settings.deliverySettings()->equals(pw("first settings")));

        env.sender->setRefuse(false);
        QVERIFY(await<Status>([&](auto cb) { settings.setDeliverySettings(pw("a right token"), cb); }).ok());
        QCOMPARE(env.sender->count(), sends + 1); // the test code went to the method's address
        QCOMPARE(env.sender->last().target, QStringLiteral("me@example.com"));
        QVERIFY(settings.deliverySettings()->equals(pw("a right token")));
    }

    void theSettingsKeepNoMasterPassword()
    {
        Env env;
        const MaskedSecret password = MaskedSecret::fromPlain("a masked master password 7e1c");
        std::unique_ptr<OpenVault> vault =
            OpenVault::create(env.path, unmasked(password), kFastKdf, env.clock).value();
        // Creating the vault leaves copies of its own (not the settings' business): counted first.
        const int before = countInMemory(password);
        TwoFactorSettings settings(*vault, TwoFactorStatus(), env.settingsOptions(), env.clock, env.random);
        {
            // Positive control: the scan finds the password while a buffer holds it.
            SecureBuffer held = unmasked(password);
            QVERIFY(countInMemory(password) > before);
        }
        QVERIFY(await<Status>([&](auto cb) { settings.confirmPassword(unmasked(password), cb); }).ok());
        QVERIFY(settings.passwordConfirmed());
        QVERIFY(
            await<Status>([&](auto cb) { settings.setPrompt(SecondFactorPrompt::EverySignIn, cb); }).ok());
        // Confirmed for five minutes, with only the derived key held.
        QVERIFY(settings.passwordConfirmed());
        QCOMPARE(countInMemory(password), before);
        QCOMPARE(countInMemory(password.utf16()), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalVerifierHost)
#include "tst_localverifierhost.moc"
