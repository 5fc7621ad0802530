#pragma once
// Internal to core/server: the translation context of its sentences (lupdate reads the
// context from Q_DECLARE_TR_FUNCTIONS). Every sentence the server and its admin commands show
// is written in ServerSentences.cpp, once.
#include <QCoreApplication>

namespace twofold::server {

struct ServerText
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Server)
};

} // namespace twofold::server
