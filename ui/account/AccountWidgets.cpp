#include "ui/account/AccountWidgets.h"

#include "ui/account/AccountText.h"
#include "ui/common/VaultLocation.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>

namespace twofold {

QLabel* pageHeading(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    heading->setAccessibleName(text);
    return heading;
}

QLabel* sentenceLine(const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

QLabel* errorLine(const QString& accessibleName, QWidget* parent)
{
    QLabel* label = sentenceLine(accessibleName, parent);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    return label;
}

QString chooseNewVaultPath(QWidget* parent, const QString& start)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, AccountText::tr("Where to keep the vault"), start,
                                     vaultFileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".twofold") : path;
}

} // namespace twofold
