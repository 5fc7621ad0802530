#include "auth/Async.h"
#include "auth/VerifierLink.h"

namespace twofold {

void InProcessLink::request(const QCborMap& request, QObject* context, Reply reply)
{
    // The service is shared with the running task, so it outlives this link if need be.
    runOffThread(
        context, [service = m_service, request] { return service->handle(request); },
        [reply = std::move(reply)](QCborMap answer) { reply(std::move(answer)); });
}

} // namespace twofold
