#include "auth/ForgetComputer.h"

#include "auth/AuthText.h"
#include "auth/ServerAccount.h"
#include "auth/SignInSession.h"
#include "auth/TwoFactorSettings.h"
#include "platform/SecretStore.h"
#include "vault/AtomicFile.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace twofold {

Status checkCanForgetComputer(const VaultHeader& header)
{
    if (header.serverMode())
        return {};
    return Error(
        ErrorCode::InvalidInput,
        AuthText::tr("This vault is kept on this computer only, with no account on a server: there is "
                     "nothing to sign out of, and removing its file would lose it."));
}

void revokeThisComputer(TwoFactorSettings& settings, SecretStore* store, QObject* context,
                        std::function<void(Result<bool>)> done)
{
    if (!store) // later, and not once context is gone (singleShot's context)
        return QTimer::singleShot(0, context, [done] { done(false); });
    QPointer<QObject> guard(context);
    QPointer<TwoFactorSettings> target(&settings);
    store->load(SignInSession::secretStoreService(),
                SignInSession::trustedTokenKey(settings.vault().header().vaultId), context,
                [target, guard, done](Result<SecureBuffer> token) {
                    if (!token || !target)
                        return done(false); // not remembered here
                    target->forgetTrustedByToken(std::move(token).value(), [guard, done](Status status) {
                        if (!guard)
                            return;
                        if (!status)
                            return status.error().code == ErrorCode::NotFound ? done(false)
                                                                              : done(status.error());
                        done(true);
                    });
                });
}

void forgetLocalCopy(const QString& path, const QByteArray& vaultId, SecretStore* store, QObject* context,
                     std::function<void(Status)> done)
{
    QPointer<QObject> guard(context);
    auto first = std::make_shared<Status>();
    const auto finish = [guard, done, path, first] {
        if (!guard)
            return;
        if (Status removed = removeVaultFiles(path); !removed && first->ok())
            *first = removed;
        done(*first);
    };
    if (!store || vaultId.isEmpty()) {
        QTimer::singleShot(0, context, finish);
        return;
    }
    const QString service = SignInSession::secretStoreService();
    store->remove(service, accountKeyStoreKey(vaultId), context,
                  [store, service, vaultId, context, first, finish](Status removed) {
                      if (!removed && first->ok())
                          *first = removed;
                      store->remove(service, SignInSession::trustedTokenKey(vaultId), context,
                                    [first, finish](Status removedToken) {
                                        if (!removedToken && first->ok())
                                            *first = removedToken;
                                        finish();
                                    });
                  });
}

} // namespace twofold
