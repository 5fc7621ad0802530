#pragma once
// Every route of twofold-server, in one table.
#include "server/ServerContext.h"
#include "server/http/Metrics.h"
#include "server/http/RouteTable.h"
#include "server/sync/SyncWaiters.h"
#include "server/verifier/VerifierWorkers.h"

namespace twofold::server {

// The built-in routes (/healthz, /metrics, /v1/info), the verifier's and sync's (API.md).
// The verifier's and sync's steps run on workers (null: on the calling thread, with
// context.database). A sync wait is answered after syncWaitMs at the latest (25 s; tests with
// --test-clock shorten it by the clock's speed).
void addServerRoutes(RouteTable& routes, ServerContext& context, Metrics& metrics,
                     VerifierWorkers* workers = nullptr, int syncWaitMs = SyncWaiters::kWaitTimeoutMs);

} // namespace twofold::server
