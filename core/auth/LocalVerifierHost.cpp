#include "auth/LocalVerifierHost.h"

#include "auth/AuthText.h"
#include "vault/VaultUpdate.h"

namespace twofold {

namespace {

Error passwordChangedElsewhere()
{
    return Error(
        ErrorCode::FileChanged,
        AuthText::tr("The vault's master password was changed in another program while you were signing "
                     "in. Sign in again with the new password."));
}

// True when both headers have the same password slot (so the same key opens their auth sections).
bool samePasswordSlot(const VaultHeader& a, const VaultHeader& b)
{
    const KeySlot* x = a.passwordSlot();
    const KeySlot* y = b.passwordSlot();
    return x && y && x->salt == y->salt && x->wrappedKey == y->wrappedKey;
}

} // namespace

LocalVerifierHost::LocalVerifierHost(QString path, VaultFile file, std::shared_ptr<const PasswordKey> key,
                                     VerifierState state, std::shared_ptr<CodeSender> sender, Clock& clock,
                                     Random& random)
    : m_path(std::move(path)), m_file(std::move(file)), m_key(std::move(key)), m_sender(std::move(sender)),
      m_verifier(std::move(state), clock, random), m_lastSealed(m_file.header().authSection)
{
}

Status LocalVerifierHost::reloadIfChanged(const VaultOnDisk& disk)
{
    if (!disk.header())
        return disk.header().error();
    if (disk.header()->authSection == m_lastSealed)
        return {};
    if (!samePasswordSlot(*disk.header(), m_file.header()))
        return passwordChangedElsewhere();
    const Result<VaultFile>& file = disk.file();
    if (!file)
        return file.error();
    Result<SecureBuffer> plain = file->openAuthSection(*m_key);
    if (!plain)
        return passwordChangedElsewhere();
    Result<VerifierState> state = VerifierState::decode(*plain);
    if (!state)
        return state.error();
    m_verifier.replaceState(std::move(state).value());
    m_lastSealed = file->header().authSection;
    m_file = *file;
    return {};
}

Result<QByteArray> LocalVerifierHost::persist(const VaultOnDisk& disk)
{
    const SecureBuffer plain = m_verifier.state().encode();
    const QByteArray sealed = VaultFile::sealAuthSection(*m_key, m_file.header().vaultId, plain.view());
    // The body is taken from the file as it is now (read under the update lock), so a save
    // by another program is kept.
    const Result<VaultFile>& current = disk.file();
    if (!current)
        return current.error();
    if (!samePasswordSlot(current->header(), m_file.header()))
        return passwordChangedElsewhere();
    return current->withAuthSection(sealed);
}

QCborMap LocalVerifierHost::handle(const QCborMap& request)
{
    QMutexLocker lock(&m_mutex);
    // One request under the vault's update lock: re-read the state, verify, persist, let go.
    // So requests of several processes are counted one after the other, exactly.
    std::optional<QCborMap> reply;
    QByteArray written;
    VaultUpdateOptions options;
    options.backup = BackupPolicy::LeaveAsIs;
    const Status s = updateVaultFile(
        m_path,
        [&](const VaultOnDisk& disk) -> Result<QByteArray> {
            if (Status r = reloadIfChanged(disk); !r)
                return r.error();
            reply = m_verifier.handle(request, *m_sender);
            if (!m_verifier.takeChanged())
                return QByteArray();
            Result<QByteArray> bytes = persist(disk);
            if (bytes)
                written = *bytes;
            return bytes;
        },
        options);
    if (!reply)
        return refusedReply(Refusal(s.error().code, s.error().message));
    // A failed write (read-only or full disk) does not change the answer: the state stays
    // in memory, so failed attempts still count in this process, and a right code still
    // unlocks — a read-only command must work after a successful check. The local verifier
    // guards Twofold, not the file (see the header), so nothing is lost by going on.
    m_persistError = s ? std::nullopt : std::optional<Error>(s.error());
    if (s && !written.isEmpty()) {
        if (Result<VaultFile> parsed = VaultFile::parse(written)) {
            m_lastSealed = parsed->header().authSection;
            m_file = std::move(parsed).value();
        }
    }
    return *reply;
}

TwoFactorStatus LocalVerifierHost::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_verifier.status();
}

std::optional<Error> LocalVerifierHost::persistError() const
{
    QMutexLocker lock(&m_mutex);
    return m_persistError;
}

} // namespace twofold
