#pragma once
// Bringing imported entries into a vault: groups matched by path (created where missing),
// duplicates of existing entries found by web address and user name, and handled as the
// user chose.
#include "io/ImportData.h"
#include "vault/Vault.h"

#include <functional>

namespace twofold::io {

enum class DuplicatePolicy {
    Skip,     // leave the existing entry, drop the imported one
    KeepBoth, // add the imported one next to it
    Update,   // overwrite the existing entry's fields (its old password goes into its history)
};

struct Duplicate
{
    int importIndex = -1; // into ImportData::entries
    QUuid existing;       // the vault's entry with the same web address and user name
};

// Imported entries (not in the trash) whose url and username equal an existing entry's
// (web addresses compared without case and a trailing '/'); entries without a web address
// are never duplicates.
std::vector<Duplicate> findDuplicates(const Vault& vault, const ImportData& data);

struct MergeSummary
{
    int added = 0;
    int updated = 0;
    int skippedDuplicates = 0;
    bool cancelled = false;
};

// Adds data to vault. progress (optional) is called now and then with (done, total) and
// returns false to cancel: a cancelled merge leaves the vault exactly as it was.
MergeSummary mergeInto(Vault& vault, ImportData data, DuplicatePolicy policy,
                       const std::function<bool(int, int)>& progress = {});

} // namespace twofold::io
