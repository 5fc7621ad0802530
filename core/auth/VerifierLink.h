#pragma once
// The link between a SignInSession and its Verifier (DESIGN.md 4.1): requests and replies are
// the CBOR maps of Messages.h, so the verifier may run in this process (InProcessLink over a
// LocalVerifierHost) or, later, on a server (an HTTP link) without the session changing.
#include "auth/Messages.h"

#include <QCborMap>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace twofold {

class VerifierLink
{
public:
    using Reply = std::function<void(QCborMap reply)>;
    virtual ~VerifierLink() = default;
    // Sends request. reply runs later on context's thread — never inside this call — with the
    // verifier's reply (a refusal map when the verifier cannot be reached), and not at all once
    // context is destroyed.
    virtual void request(const QCborMap& request, QObject* context, Reply reply) = 0;
};

// The verifier's end of a link: one request in, one reply out. May block (files, delivery), so
// links call it off the GUI thread; implementations are thread-safe.
class VerifierService
{
public:
    virtual ~VerifierService() = default;
    virtual QCborMap handle(const QCborMap& request) = 0;
};

// A verifier's host: owns loading and persisting the verifier's state (a vault's auth section
// locally, a database row on a server) and runs one request as one step on it.
class VerifierHost : public VerifierService
{
};

struct PasswordKey;
class VaultFile;

// Makes the link to a vault's verifier once the password's key is derived (DESIGN.md 4.1):
// the local host now, a sign-in server's HTTP link later. Sessions and settings are given one
// and never build a host themselves.
class VerifierConnector
{
public:
    virtual ~VerifierConnector() = default;
    // Called off the GUI thread with the vault file as read and the key derived from its
    // password slot. WrongPassword (a sentence) when the key does not fit.
    virtual Answer<std::shared_ptr<VerifierLink>> connect(const QString& path, const VaultFile& file,
                                                          std::shared_ptr<const PasswordKey> key) = 0;
};

// A link to a verifier in this process: each request runs on the thread pool.
class InProcessLink final : public VerifierLink
{
public:
    explicit InProcessLink(std::shared_ptr<VerifierService> service) : m_service(std::move(service)) {}
    void request(const QCborMap& request, QObject* context, Reply reply) override;

private:
    std::shared_ptr<VerifierService> m_service;
};

} // namespace twofold
