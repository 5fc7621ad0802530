#include "auth/LocalVerifierHost.h"

#include "auth/AuthText.h"
#include "vault/AtomicFile.h"

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

Status LocalVerifierHost::reloadIfChanged()
{
    Result<VaultHeader> onDisk = VaultFile::readHeader(m_path);
    if (!onDisk || onDisk->authSection == m_lastSealed)
        return {}; // unchanged, or unreadable for now: go on with the state in memory
    if (!samePasswordSlot(*onDisk, m_file.header()))
        return passwordChangedElsewhere();
    Result<VaultFile> file = VaultFile::read(m_path);
    if (!file)
        return {};
    Result<SecureBuffer> plain = file->openAuthSection(*m_key);
    if (!plain)
        return passwordChangedElsewhere();
    Result<VerifierState> state = VerifierState::decode(*plain);
    if (!state)
        return state.error();
    m_verifier.replaceState(std::move(state).value());
    m_lastSealed = file->header().authSection;
    m_file = std::move(file).value();
    return {};
}

Status LocalVerifierHost::persist()
{
    const SecureBuffer plain = m_verifier.state().encode();
    const QByteArray sealed = VaultFile::sealAuthSection(*m_key, m_file.header().vaultId, plain.view());
    // The body is taken from the file as it is now, so a save by another program is kept.
    Result<VaultFile> current = VaultFile::read(m_path);
    if (!current)
        return current.error();
    if (!samePasswordSlot(current->header(), m_file.header()))
        return passwordChangedElsewhere();
    const QByteArray bytes = current->withAuthSection(sealed);
    if (Status s = writeFileAtomically(m_path, bytes, /*keepBackup*/ false); !s)
        return s;
    m_lastSealed = sealed;
    if (Result<VaultFile> written = VaultFile::parse(bytes))
        m_file = std::move(written).value();
    return {};
}

QCborMap LocalVerifierHost::handle(const QCborMap& request)
{
    QMutexLocker lock(&m_mutex);
    if (Status s = reloadIfChanged(); !s)
        return refusedReply(Refusal(s.error().code, s.error().message));
    QCborMap reply = m_verifier.handle(request, *m_sender);
    if (m_verifier.takeChanged()) {
        // A failed write (read-only or full disk) does not change the answer: the state stays
        // in memory, so failed attempts still count in this process, and a right code still
        // unlocks — a read-only command must work after a successful check. The local verifier
        // guards Twofold, not the file (see the header), so nothing is lost by going on.
        Status s = persist();
        m_persistError = s ? std::nullopt : std::optional<Error>(s.error());
    }
    return reply;
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
