#include "ui/common/UiResources.h"

// Q_INIT_RESOURCE must be called outside any namespace.
static void initTwofoldQrc()
{
    Q_INIT_RESOURCE(twofold);
}

namespace twofold {

void initUiResources()
{
    static const bool done = [] {
        initTwofoldQrc();
        return true;
    }();
    (void)done;
}

QIcon uiIcon(const QString& name, const QString& themeName)
{
    initUiResources();
    const QIcon ours(QStringLiteral(":/icons/ui/%1.svg").arg(name));
    return themeName.isEmpty() ? ours : QIcon::fromTheme(themeName, ours);
}

QIcon appIcon()
{
    initUiResources();
    return QIcon(QStringLiteral(":/icons/app/twofold.svg"));
}

} // namespace twofold
