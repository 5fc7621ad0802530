#pragma once
// A one-line label for a long text such as a file path: when it does not fit, the middle of
// the folders is left out ("/home/ann/…/Family/vault.twofold") so the start and the whole file
// name stay readable; the whole text is its tooltip and accessible description.
#include <QLabel>

namespace twofold {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    // Shows text, elided in the middle to the label's width; fullText() returns it whole.
    void setFullText(const QString& text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_full;
};

} // namespace twofold
