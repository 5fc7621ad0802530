// macOS: the policy file lives where managed applications keep machine-wide settings.
#include "auth/Policy.h"

namespace twofold {

QString Policy::systemPath()
{
    return QStringLiteral("/Library/Application Support/Twofold/policy.json");
}

} // namespace twofold
