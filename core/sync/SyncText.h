#pragma once
// Internal to core/sync: the translation context of its sentences (lupdate reads it from
// Q_DECLARE_TR_FUNCTIONS).
#include <QCoreApplication>

namespace twofold {

struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Sync)
};

} // namespace twofold
