#pragma once
// Opening a big vault allocates ~100k small strings; on virtual machines where a page fault
// costs ~15 us (measured here: 37k faults = 0.75 s of a 0.9 s open of 100k entries), the
// faults, not the work, dominate. glibc can back its heap with transparent huge pages
// (tunable glibc.malloc.hugetlb=1), which cuts the faults ~30-fold, but reads tunables only
// at start-up.

namespace twofold {

// Linux with glibc: when GLIBC_TUNABLES does not ask for huge pages yet, adds
// glibc.malloc.hugetlb=1 and re-executes this program once with the same arguments (before
// anything has been read or opened: call it first in main). Does nothing elsewhere, when
// TWOFOLD_NO_HUGE_PAGES is set, or when re-executing fails (the program just goes on).
void useHugePageHeap(char** argv);

} // namespace twofold
