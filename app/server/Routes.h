#pragma once
// Every route of twofold-server, in one table.
#include "server/ServerContext.h"
#include "server/http/Metrics.h"
#include "server/http/RouteTable.h"

namespace twofold::server {

// The built-in routes (/healthz, /metrics, /v1/info) and the verifier's.
void addServerRoutes(RouteTable& routes, ServerContext& context, Metrics& metrics);

} // namespace twofold::server
