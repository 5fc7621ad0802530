#pragma once
// Internal to core/delivery: the translation context of its sentences. lupdate reads the
// context from Q_DECLARE_TR_FUNCTIONS; a free tr() function would lose it.
#include <QCoreApplication>

namespace twofold {

struct DeliveryText
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Delivery)
};

} // namespace twofold
