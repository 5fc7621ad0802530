#pragma once
// Keeps secrets out of core dumps and away from other processes of the same user.
namespace twofold {

// Linux: RLIMIT_CORE 0 and PR_SET_DUMPABLE 0; macOS: RLIMIT_CORE 0 and PT_DENY_ATTACH is
// not used (it breaks debuggers only); Windows: no crash dumps with heap memory.
// Returns false when a step failed (the caller may warn; it is not fatal).
bool hardenProcess();

} // namespace twofold
