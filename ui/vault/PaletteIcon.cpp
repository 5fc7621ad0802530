#include "ui/vault/PaletteIcon.h"

#include "ui/common/UiResources.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace twofold {

namespace {

class PaletteSvgIconEngine final : public QIconEngine
{
public:
    explicit PaletteSvgIconEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(inked(mode));
        renderer.render(painter, rect);
    }

    // size is in device pixels already (QIcon multiplies by the device pixel ratio).
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new PaletteSvgIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("twofold-palette-svg"); }

private:
    QByteArray inked(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        QColor ink;
        switch (mode) {
        case QIcon::Disabled:
            ink = palette.color(QPalette::Disabled, QPalette::WindowText);
            break;
        case QIcon::Selected:
            ink = palette.color(QPalette::Active, QPalette::HighlightedText);
            break;
        case QIcon::Normal:
        case QIcon::Active:
            ink = palette.color(QPalette::Active, QPalette::WindowText);
            break;
        }
        QByteArray svg = m_svg;
        svg.replace(kIconInk, ink.name(QColor::HexRgb).toLatin1());
        return svg;
    }

    QByteArray m_svg;
};

} // namespace

QIcon paletteIcon(const QString& name, const QString& themeName)
{
    initUiResources();
    QFile file(QStringLiteral(":/icons/ui/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QIcon ours(new PaletteSvgIconEngine(file.readAll()));
    return themeName.isEmpty() ? ours : QIcon::fromTheme(themeName, ours);
}

} // namespace twofold
