#pragma once
// The way to the server's sync routes (core/server/API.md "Sync"). HttpSyncLink goes over
// HTTPS with HttpVerifierLink's TLS, CA and error handling (core/auth/ServerLink.h): no answer
// → ServerUnreachable, 429/503/other statuses → ServerRefused, an unreadable body →
// NotUnderstood, each a refusal map with the server's address, never an exception or a hang.
#include "auth/ServerLink.h"

#include <QCborMap>
#include <QObject>

#include <functional>
#include <memory>

namespace twofold::sync {

inline constexpr int kWaitSeconds = 25;                  // the server answers a wait by then
inline constexpr int kSyncTimeoutMs = 40'000;            // a request, a wait's 25 s included
inline constexpr qint64 kMaxSyncReplyBytes = 16ll << 20; // a pull page is about 4 MiB

class SyncLink
{
public:
    enum class Route : quint8 { Pull, Push, Wait };
    using Reply = std::function<void(QCborMap reply)>;
    virtual ~SyncLink() = default;
    // Sends request (the envelope included: syncEnvelope) to route. reply runs later on
    // context's thread, never inside this call, with the server's reply or a refusal map;
    // not at all once context is destroyed.
    virtual void send(Route route, const QCborMap& request, QObject* context, Reply reply) = 0;
};

class HttpSyncLink final : public SyncLink
{
public:
    explicit HttpSyncLink(ServerEndpoint endpoint);
    void send(Route route, const QCborMap& request, QObject* context, Reply reply) override;
    // Tests: sees every request body before it is sent.
    void setRecorder(std::function<void(const QString& path, const QByteArray& body)> recorder)
    {
        m_link.setRecorder(std::move(recorder));
    }

private:
    HttpVerifierLink m_link;
};

// The sync routes' paths ("/v1/sync/pull" …).
QString routePath(SyncLink::Route route);

} // namespace twofold::sync
