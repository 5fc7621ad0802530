// Linux and other Unix: the policy file lives with the system's configuration.
#include "auth/Policy.h"

namespace twofold {

QString Policy::systemPath()
{
    return QStringLiteral("/etc/twofold/policy.json");
}

} // namespace twofold
