#include "Routes.h"

#include "server/http/BuiltinRoutes.h"

namespace twofold::server {

void addServerRoutes(RouteTable& routes, ServerContext& context, const Metrics& metrics)
{
    addBuiltinRoutes(routes, context.database, metrics);
    // The verifier's routes (POST /v1/signin/begin, /v1/signin/code, /v1/settings/…, the
    // device routes) go here, each a Route whose handler parses its body with
    // request.json({fields}) and runs one verifier step in
    // context.accounts.withAccountLocked(accountId, step).
}

} // namespace twofold::server
