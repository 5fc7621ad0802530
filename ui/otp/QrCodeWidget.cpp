#include "ui/otp/QrCodeWidget.h"

#include <QAction>
#include <QFileDialog>
#include <QImageWriter>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <functional>

namespace twofold {

namespace {
// Calls draw(x, y, length) for every horizontal run of dark modules: one rectangle a run
// instead of one a module, so there are no seams between neighbours.
template <typename Draw> void forEachDarkRun(const otp::QrMatrix& matrix, Draw draw)
{
    for (int y = 0; y < matrix.size(); ++y) {
        int x = 0;
        while (x < matrix.size()) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.size() && matrix.isDark(x, y))
                ++x;
            draw(start, y, x - start);
        }
    }
}

// Paints matrix with its top-left corner at origin, module device pixels a module.
void paintMatrix(QPainter& painter, const otp::QrMatrix& matrix, QPoint origin, int module)
{
    const int side = matrix.size() * module;
    painter.fillRect(QRect(origin, QSize(side, side)), Qt::white);
    forEachDarkRun(matrix, [&](int x, int y, int length) {
        painter.fillRect(QRect(origin.x() + x * module, origin.y() + y * module, length * module, module),
                         Qt::black);
    });
}

Status writeOwnerOnly(const QString& path, const std::function<bool(QIODevice&)>& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(
            ErrorCode::FileWriteFailed,
            QrCodeWidget::tr("The QR code could not be saved to %1 (%2).").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!write(file) || !file.commit()) {
        return Error(
            ErrorCode::FileWriteFailed,
            QrCodeWidget::tr("The QR code could not be saved to %1 (%2).").arg(path, file.errorString()));
    }
    return {};
}
} // namespace

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent), m_savePng(new QAction(tr("Save as PNG…"), this)),
      m_saveSvg(new QAction(tr("Save as SVG…"), this))
{
    setAccessibleName(tr("QR code"));
    setAccessibleDescription(
        tr("Scan this QR code with an authenticator app. If you cannot scan it, type the setup "
           "key shown with it."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setFocusPolicy(Qt::TabFocus); // so keyboard users reach the context menu
    setContextMenuPolicy(Qt::ActionsContextMenu);
    m_savePng->setObjectName(QStringLiteral("savePng"));
    m_saveSvg->setObjectName(QStringLiteral("saveSvg"));
    addAction(m_savePng);
    addAction(m_saveSvg);
    connect(m_savePng, &QAction::triggered, this, [this] { saveWithDialog(false); });
    connect(m_saveSvg, &QAction::triggered, this, [this] { saveWithDialog(true); });
    clear();
}

void QrCodeWidget::setMatrix(const otp::QrMatrix& matrix)
{
    m_matrix = matrix;
    m_savePng->setEnabled(true);
    m_saveSvg->setEnabled(true);
    updateGeometry();
    update();
}

Status QrCodeWidget::setText(QByteArrayView text)
{
    Result<otp::QrMatrix> matrix = otp::QrMatrix::encode(text);
    if (!matrix) {
        clear();
        return matrix.error();
    }
    setMatrix(*matrix);
    return {};
}

void QrCodeWidget::clear()
{
    m_matrix.reset();
    m_savePng->setEnabled(false);
    m_saveSvg->setEnabled(false);
    update();
}

int QrCodeWidget::modulePixels() const
{
    if (!m_matrix)
        return 0;
    const qreal ratio = devicePixelRatioF();
    const int deviceSide = int(std::floor(std::min(width(), height()) * ratio));
    return std::max(1, deviceSide / m_matrix->size());
}

QSize QrCodeWidget::sizeHint() const
{
    const int modules = m_matrix ? m_matrix->size() : 37;
    const int side = modules * 5;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int modules = m_matrix ? m_matrix->size() : 37;
    return {modules * 2, modules * 2};
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    if (!m_matrix)
        return;
    QPainter painter(this);
    // Work in device pixels, so every module edge lands on a pixel edge at any scale factor.
    const qreal ratio = devicePixelRatioF();
    painter.scale(1.0 / ratio, 1.0 / ratio);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int module = modulePixels();
    const int side = module * m_matrix->size();
    const QPoint origin((int(std::floor(width() * ratio)) - side) / 2,
                        (int(std::floor(height() * ratio)) - side) / 2);
    paintMatrix(painter, *m_matrix, origin, module);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), std::max(1.0, ratio)));
        painter.drawRect(QRect(origin, QSize(side, side)).adjusted(0, 0, -1, -1));
    }
}

QImage QrCodeWidget::renderImage(const otp::QrMatrix& matrix, int pixelsPerModule)
{
    pixelsPerModule = std::max(1, pixelsPerModule);
    const int side = matrix.size() * pixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintMatrix(painter, matrix, QPoint(0, 0), pixelsPerModule);
    return image;
}

QByteArray QrCodeWidget::renderSvg(const otp::QrMatrix& matrix)
{
    const QByteArray side = QByteArray::number(matrix.size());
    const QByteArray pixels = QByteArray::number(matrix.size() * kDefaultPixelsPerModule);
    QByteArray path;
    forEachDarkRun(matrix, [&](int x, int y, int length) {
        path += 'M' + QByteArray::number(x) + ',' + QByteArray::number(y) + 'h' + QByteArray::number(length) +
                "v1h-" + QByteArray::number(length) + 'z';
    });
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
           pixels + "\" height=\"" + pixels + "\" viewBox=\"0 0 " + side + ' ' + side +
           "\" shape-rendering=\"crispEdges\">\n"
           "<rect width=\"" +
           side + "\" height=\"" + side + "\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"" + path +
           "\"/>\n</svg>\n";
}

Status QrCodeWidget::savePng(const QString& path, int pixelsPerModule) const
{
    if (!m_matrix)
        return Error(ErrorCode::InvalidInput, tr("There is no QR code to save."));
    const QImage image = renderImage(*m_matrix, pixelsPerModule);
    return writeOwnerOnly(path, [&](QIODevice& device) {
        QImageWriter writer(&device, "png");
        return writer.write(image);
    });
}

Status QrCodeWidget::saveSvg(const QString& path) const
{
    if (!m_matrix)
        return Error(ErrorCode::InvalidInput, tr("There is no QR code to save."));
    const QByteArray svg = renderSvg(*m_matrix);
    return writeOwnerOnly(path, [&](QIODevice& device) { return device.write(svg) == svg.size(); });
}

void QrCodeWidget::saveWithDialog(bool svg)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the QR code (anyone with the picture can make your codes)"),
        folder + (svg ? QStringLiteral("/qr-code.svg") : QStringLiteral("/qr-code.png")),
        svg ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    const Status saved = svg ? saveSvg(path) : savePng(path);
    if (!saved)
        QMessageBox::warning(this, tr("QR code not saved"), saved.error().message);
}

} // namespace twofold
