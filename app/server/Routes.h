#pragma once
// Every route of twofold-server, in one table.
#include "server/ServerContext.h"
#include "server/http/Metrics.h"
#include "server/http/RouteTable.h"
#include "server/verifier/VerifierWorkers.h"

namespace twofold::server {

// The built-in routes (/healthz, /metrics, /v1/info) and the verifier's.
// The verifier's steps run on workers (null: on the calling thread, with context.database).
void addServerRoutes(RouteTable& routes, ServerContext& context, Metrics& metrics, VerifierWorkers* workers = nullptr);

} // namespace twofold::server
