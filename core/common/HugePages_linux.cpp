#include "common/HugePages.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace twofold {

void useHugePageHeap(char** argv)
{
#if defined(__GLIBC__)
    if (std::getenv("TWOFOLD_NO_HUGE_PAGES"))
        return;
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc.hugetlb"))
        return; // already asked (by us or by the user): never loop
    std::string value = tunables && *tunables ? std::string(tunables) + ":glibc.malloc.hugetlb=1"
                                              : std::string("glibc.malloc.hugetlb=1");
    if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // Still here: re-executing failed. Go on with the ordinary heap.
#else
    (void)argv;
#endif
}

} // namespace twofold
