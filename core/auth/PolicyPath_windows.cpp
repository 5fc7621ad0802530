// Windows: the policy file lives in %ProgramData%, which only administrators may change.
#include "auth/Policy.h"

#include <QDir>

namespace twofold {

QString Policy::systemPath()
{
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = QStringLiteral("C:/ProgramData");
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/Twofold/policy.json");
}

} // namespace twofold
