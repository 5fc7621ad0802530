#pragma once
// QrCodeWidget: shows a QR code (an otp::QrMatrix) crisply at any size and DPI — every module
// is a whole number of device pixels, painted as rectangles, never a scaled bitmap — on a
// white square whatever the theme, as scanners need. Its context menu (and savePng/saveSvg)
// saves the code as a picture.
#include "common/Result.h"
#include "otp/QrMatrix.h"

#include <QByteArray>
#include <QImage>
#include <QWidget>

#include <optional>

class QAction;

namespace twofold {

class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    // Module size of savePng when none is given: a 41-module code becomes 328 pixels.
    static constexpr int kDefaultPixelsPerModule = 8;

    explicit QrCodeWidget(QWidget* parent = nullptr);

    // Shows matrix.
    void setMatrix(const otp::QrMatrix& matrix);
    // Shows the QR code of text (UTF-8 bytes). Refuses, with QrMatrix::encode's sentence and
    // showing nothing, text too long for a QR code.
    [[nodiscard]] Status setText(QByteArrayView text);
    // Shows nothing.
    void clear();
    const std::optional<otp::QrMatrix>& matrix() const { return m_matrix; }

    // The side of one module on screen, in device pixels (0 when nothing is shown).
    int modulePixels() const;

    // Writes the code as a PNG of pixelsPerModule (>= 1) pixels a module, or as an SVG of
    // one rectangle path, to path, readable by its owner only (a setup code holds a secret).
    // Refuses with a sentence when nothing is shown or the file cannot be written.
    [[nodiscard]] Status savePng(const QString& path, int pixelsPerModule = kDefaultPixelsPerModule) const;
    [[nodiscard]] Status saveSvg(const QString& path) const;

    // The pictures savePng and saveSvg write: black modules on white, quiet zone included.
    static QImage renderImage(const otp::QrMatrix& matrix, int pixelsPerModule);
    static QByteArray renderSvg(const otp::QrMatrix& matrix);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void saveWithDialog(bool svg);

    std::optional<otp::QrMatrix> m_matrix;
    QAction* m_savePng;
    QAction* m_saveSvg;
};

} // namespace twofold
