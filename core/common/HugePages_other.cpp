#include "common/HugePages.h"

namespace twofold {

void useHugePageHeap(char** argv)
{
    (void)argv; // only glibc on Linux has the tunable
}

} // namespace twofold
