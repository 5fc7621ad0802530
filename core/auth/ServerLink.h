#pragma once
// The client's side of twofold-server (DESIGN.md 10, core/server/API.md): an HTTPS link to the
// server's verifier over QNetworkAccessManager, the connector that makes it for a server-mode
// vault file, and the default connector, which picks the local host or the server from the
// file's header (VaultHeader::serverMode), so every sign-in and settings change of a
// server-mode vault goes to its server with nothing else to say.
//
// What goes on the wire: CBOR maps (Messages.h) in POST bodies. The server receives the
// account (the email), the password's proof (PasswordKey::serverProof, a subkey of Argon2id
// output), codes, and the keyset (the password slot, useless without share and account key);
// never the master password, the Argon2id output or the account key.
//
// Every way the server can fail comes back as a reply map with a refusal, never as an
// exception or a hang:
//   no answer (refused connection, unknown host, a timeout) → ServerUnreachable; a certificate
//   that does not verify → ServerNotTrusted (code ServerUnreachable);
//   HTTP 429 / 503 / another status / a redirect → ServerRefused (retryAfterMs from the body's
//   refusal or the Retry-After header); a body that is not one CBOR map → NotUnderstood;
// each with the server's address in Refusal::name, so the sentence names it.
// TLS is verified (the system's CAs, or only the private CAs given); plain http:// is taken
// for loopback addresses only (tests, a server on the same machine). Redirects are never
// followed.
#include "auth/CodeSender.h"
#include "auth/Messages.h"
#include "auth/VerifierLink.h"
#include "common/Clock.h"
#include "common/Random.h"

#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace twofold {

struct PasswordKey;

inline constexpr int kServerTimeoutMs = 20'000;
inline constexpr qint64 kMaxServerReplyBytes = 1 << 20; // a longer reply is refused unread

// Where a sign-in server is and how to trust it.
struct ServerEndpoint
{
    QUrl url;                              // https://host[:port][/prefix]; http:// on loopback only
    QList<QSslCertificate> caCertificates; // non-empty: trust only these CAs (a private CA, tests)
    int timeoutMs = kServerTimeoutMs;      // per request, connecting included

    // The address as sentences show it ("https://sign-in.example.org").
    QString displayName() const;
    // InvalidInput with a sentence for a URL that is not http(s), has no host, carries a user
    // name, password, query or fragment, or is http:// to a host that is not loopback.
    [[nodiscard]] Status check() const;
    // url with trailing slashes dropped (what a vault header records).
    static QString normalised(const QUrl& url);
    // The CAs of a PEM file (for --server-ca); InvalidInput/FileNotFound with a sentence.
    [[nodiscard]] static Result<QList<QSslCertificate>> loadCaFile(const QString& path);
    // The endpoint for a vault header's server address, trusting the CAs named by the
    // environment variable TWOFOLD_SERVER_CA (a PEM file) when it is set.
    static ServerEndpoint forHeaderUrl(const QString& url);
};

// One link to one account on one server. request() adds the account (the email, as UTF-8
// bytes) and the proof of the key given to every envelope, then POSTs it to /v1/verifier.
// Thread-affine in use: the first request() fixes the thread its network manager lives on
// (the session's thread); made and destroyed anywhere.
class HttpVerifierLink final : public VerifierLink
{
public:
    // key: the password's key (its proof goes with every request); nullptr until setKey() for
    // the routes that need none (prelogin).
    HttpVerifierLink(ServerEndpoint endpoint, QString email,
                     std::shared_ptr<const PasswordKey> key = nullptr);
    ~HttpVerifierLink() override;

    void request(const QCborMap& request, QObject* context, Reply reply) override;
    // POSTs body to path (e.g. "/v1/prelogin", "/v1/accounts") as it is, with the same error
    // mapping; reply as for request().
    void post(const QString& path, const QCborMap& body, QObject* context, Reply reply);
    void setKey(std::shared_ptr<const PasswordKey> key);
    // The longest reply read (kMaxServerReplyBytes unless set; sync pulls are longer).
    void setReplyLimit(qint64 bytes) { m_replyLimit = bytes; }

    const ServerEndpoint& endpoint() const { return m_endpoint; }
    const QString& email() const { return m_email; }

    // Tests and fuzzing: the reply map for what came back (status 0: no HTTP answer, with the
    // network error's text in errorText), the mapping above.
    static QCborMap replyFor(int httpStatus, const QByteArray& body, const QByteArray& retryAfter,
                             bool timedOut, bool networkError, const QString& server, bool tlsFailed = false);
    // Tests: called with every request body this link sends, before it is sent.
    void setRecorder(std::function<void(const QString& path, const QByteArray& body)> recorder)
    {
        m_recorder = std::move(recorder);
    }

private:
    QNetworkAccessManager* network();

    ServerEndpoint m_endpoint;
    QString m_email;
    std::shared_ptr<const PasswordKey> m_key;
    QNetworkAccessManager* m_network = nullptr; // made on first use, on that thread
    qint64 m_replyLimit = kMaxServerReplyBytes;
    std::function<void(const QString&, const QByteArray&)> m_recorder;
};

// Connects sessions and settings of a server-mode vault to its server (the header's address
// and account). Checks nothing locally (a server-mode file has no auth section): a wrong
// password is refused by the server at the first request.
class ServerVerifierConnector final : public VerifierConnector
{
public:
    // caCertificates: as ServerEndpoint; empty: the system's (or TWOFOLD_SERVER_CA's).
    explicit ServerVerifierConnector(QList<QSslCertificate> caCertificates = {});
    Answer<std::shared_ptr<VerifierLink>> connect(const QString& path, const VaultFile& file,
                                                  std::shared_ptr<const PasswordKey> key) override;

private:
    QList<QSslCertificate> m_caCertificates;
};

// The connector sessions and settings use when given none: the server's for a server-mode
// file, the local host's (LocalVerifierConnector with sender) otherwise.
class DefaultVerifierConnector final : public VerifierConnector
{
public:
    explicit DefaultVerifierConnector(std::shared_ptr<CodeSender> sender = nullptr,
                                      Clock& clock = systemClock(), Random& random = systemRandom(),
                                      QList<QSslCertificate> caCertificates = {});
    Answer<std::shared_ptr<VerifierLink>> connect(const QString& path, const VaultFile& file,
                                                  std::shared_ptr<const PasswordKey> key) override;

private:
    std::shared_ptr<VerifierConnector> m_local;
    std::shared_ptr<VerifierConnector> m_server;
};

} // namespace twofold
