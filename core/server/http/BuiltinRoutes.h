#pragma once
// The routes every twofold-server has, whatever verifier it hosts:
//   GET /healthz   200 {"status":"ok"} when the database answers, 503 {"status":"unavailable"}
//                  otherwise (not rate-limited: load balancers poll it)
//   GET /metrics   the Prometheus exposition of Metrics (not rate-limited)
//   GET /v1/info   {"service":"twofold-server","version":"…","api":"v1"} (rate-limited)
#include "server/http/Metrics.h"
#include "server/http/RouteTable.h"
#include "server/storage/Database.h"

namespace twofold::server {

// Adds the three routes to routes. db and metrics must outlive the routes.
void addBuiltinRoutes(RouteTable& routes, Database& db, const Metrics& metrics);

} // namespace twofold::server
