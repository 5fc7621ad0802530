#include "sync/SyncLink.h"

namespace twofold::sync {

namespace {
ServerEndpoint withSyncTimeout(ServerEndpoint endpoint)
{
    endpoint.timeoutMs = std::max(endpoint.timeoutMs, kSyncTimeoutMs);
    return endpoint;
}
} // namespace

QString routePath(SyncLink::Route route)
{
    switch (route) {
    case SyncLink::Route::Pull:
        return QStringLiteral("/v1/sync/pull");
    case SyncLink::Route::Push:
        return QStringLiteral("/v1/sync/push");
    case SyncLink::Route::Wait:
        return QStringLiteral("/v1/sync/wait");
    }
    return {};
}

HttpSyncLink::HttpSyncLink(ServerEndpoint endpoint) : m_link(withSyncTimeout(std::move(endpoint)), QString())
{
    m_link.setReplyLimit(kMaxSyncReplyBytes);
}

void HttpSyncLink::send(Route route, const QCborMap& request, QObject* context, Reply reply)
{
    m_link.post(routePath(route), request, context, std::move(reply));
}

} // namespace twofold::sync
