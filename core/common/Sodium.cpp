#include "common/Sodium.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace twofold {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            std::fputs("Twofold cannot start: the cryptography library failed to initialise.\n", stderr);
            std::abort();
        }
    });
}

} // namespace twofold
