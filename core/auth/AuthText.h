#pragma once
// Internal to core/auth: the translation context of its sentences. lupdate reads the context
// from Q_DECLARE_TR_FUNCTIONS; a free tr() function would lose it.
#include <QCoreApplication>

namespace twofold {

struct AuthText
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Auth)
};

} // namespace twofold
