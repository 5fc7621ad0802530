#pragma once
// What a route handler may use: the stores on the process's database connection, the pepper's
// hasher, the delivery settings from the config, the log and the clock. One per process, made
// by twofold-server's serve command (app/server/ServeCommand.cpp) and handed to every route
// group; the verifier's routes get it the same way (app/server/Routes.cpp).
#include "common/Clock.h"
#include "delivery/DeliverySettings.h"
#include "server/http/JsonLog.h"
#include "server/storage/AccountStore.h"
#include "server/storage/AuditLog.h"
#include "server/storage/AuthKeyHasher.h"
#include "server/storage/Database.h"
#include "server/storage/DeviceStore.h"
#include "server/storage/OrganisationStore.h"

namespace twofold::server {

struct ServerContext
{
    Database& database;
    AccountStore& accounts;
    OrganisationStore& organisations;
    DeviceStore& devices;
    AuditLog& audit;
    const AuthKeyHasher& authKeys;
    const DeliverySettings& delivery;
    JsonLog& log;
    Clock& clock;
};

} // namespace twofold::server
