#pragma once
// What a person would see cut, squeezed or covered in a window, as sentences for a test's
// failure message: a label, button, check box, header or tab whose text is wider than its
// widget, a word-wrapped label taller than the room it has, a control smaller than its own
// minimum (the QR code's quiet zone), a control outside the window, two controls on top of
// each other. Everything is read from the real widgets after the event loop has laid them out.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

namespace twofold::test {

namespace layoutcheck {

inline QString describe(const QWidget* w)
{
    QString text;
    if (auto* label = qobject_cast<const QLabel*>(w))
        text = label->text();
    else if (auto* button = qobject_cast<const QAbstractButton*>(w))
        text = button->text();
    if (text.isEmpty())
        text = w->accessibleName();
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.remove(u'&');
    if (text.size() > 48)
        text = text.left(45) + QStringLiteral("...");
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), text);
}

// True when w is inside a scroll area's viewport (below window): it may be larger than what shows.
inline bool scrolled(const QWidget* w, const QWidget* window)
{
    for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    }
    return false;
}

// Controls a person reads or uses, whose rectangles must not cover one another.
inline bool isControl(const QWidget* w)
{
    if (qobject_cast<const QLabel*>(w) || qobject_cast<const QAbstractButton*>(w) ||
        qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
        qobject_cast<const QProgressBar*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
        qobject_cast<const QPlainTextEdit*>(w))
        return true;
    if (qobject_cast<const QLineEdit*>(w))
        return !qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) &&
               !qobject_cast<const QComboBox*>(w->parentWidget());
    return w->metaObject()->className() == QByteArrayView("twofold::QrCodeWidget");
}

inline QRect rectIn(const QWidget* w, const QWidget* window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

inline void checkText(QWidget* w, QStringList& problems)
{
    if (auto* label = qobject_cast<QLabel*>(w)) {
        if (label->text().isEmpty() || label->pixmap().isNull() == false)
            return;
        const QSize has = label->size();
        if (label->wordWrap()) {
            const int needs = label->heightForWidth(has.width());
            if (needs > has.height())
                problems << QStringLiteral("%1 is cut: it needs %2 px of height, has %3")
                                .arg(describe(w))
                                .arg(needs)
                                .arg(has.height());
        } else {
            const QSize needs = label->QLabel::sizeHint(); // of the text shown (an elided one fits)
            if (needs.width() > has.width() || needs.height() > has.height())
                problems << QStringLiteral("%1 is cut: it needs %2x%3 px, has %4x%5")
                                .arg(describe(w))
                                .arg(needs.width())
                                .arg(needs.height())
                                .arg(has.width())
                                .arg(has.height());
        }
        return;
    }
    if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        if (button->text().isEmpty())
            return;
        if (auto* tool = qobject_cast<QToolButton*>(w);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return;
        if (qobject_cast<QTabBar*>(w->parentWidget()))
            return; // the tab bar's scroll arrows
        const QSize needs = button->sizeHint();
        if (needs.width() > button->width())
            problems << QStringLiteral("%1 is cut: it needs %2 px of width, has %3")
                            .arg(describe(w))
                            .arg(needs.width())
                            .arg(button->width());
        return;
    }
    if (auto* header = qobject_cast<QHeaderView*>(w)) {
        QAbstractItemModel* model = header->model();
        if (!model || header->isHidden())
            return;
        const int count = header->count();
        const int extent = header->orientation() == Qt::Horizontal ? header->width() : header->height();
        for (int logical = 0; logical < count; ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            QStyleOptionHeader opt;
            opt.initFrom(header);
            opt.section = logical;
            opt.text = model->headerData(logical, header->orientation(), Qt::DisplayRole).toString();
            opt.orientation = header->orientation();
            if (header->isSortIndicatorShown())
                opt.sortIndicator = QStyleOptionHeader::SortDown;
            const QSize needs =
                header->style()->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), header);
            const int size = header->sectionSize(logical);
            const int start = header->sectionViewportPosition(logical);
            const int visible = std::min(size, extent - start);
            const int wanted = header->orientation() == Qt::Horizontal ? needs.width() : needs.height();
            if (!opt.text.isEmpty() && wanted > visible)
                problems << QStringLiteral("header \"%1\" of %2 is cut: it needs %3 px, has %4")
                                .arg(opt.text, header->parentWidget()->accessibleName())
                                .arg(wanted)
                                .arg(visible);
        }
        return;
    }
    if (auto* tabs = qobject_cast<QTabBar*>(w)) {
        if (tabs->sizeHint().width() > tabs->width())
            problems << QStringLiteral("the tabs \"%1\"... are cut: they need %2 px, have %3")
                            .arg(tabs->tabText(0).remove(u'&'))
                            .arg(tabs->sizeHint().width())
                            .arg(tabs->width());
        return;
    }
    if (auto* box = qobject_cast<QGroupBox*>(w)) {
        const int needs = box->fontMetrics().horizontalAdvance(box->title()) + 16;
        if (!box->title().isEmpty() && needs > box->width())
            problems << QStringLiteral("group \"%1\" is cut").arg(box->title());
    }
}

} // namespace layoutcheck

// Every problem a person would see in window now (it is shown and laid out), one sentence each.
inline QStringList layoutProblems(QWidget* window)
{
    using namespace layoutcheck;
    // A change deep inside (a label's new text) reaches the window's layout one level per
    // round of posted events: let every level settle, as the running application does.
    for (int round = 0; round < 8; ++round)
        QApplication::processEvents();
    QStringList problems;
    QList<QWidget*> controls;
    const QRect windowRect = window->rect();
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->isWindow())
            continue;
        checkText(w, problems);
        const bool inScroll = scrolled(w, window);
        if (!isControl(w))
            continue;
        const QSize minimum = w->minimumSize();
        if (w->width() < minimum.width() || w->height() < minimum.height())
            problems << QStringLiteral("%1 is squeezed to %2x%3 px, below its minimum %4x%5")
                            .arg(describe(w))
                            .arg(w->width())
                            .arg(w->height())
                            .arg(minimum.width())
                            .arg(minimum.height());
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
            qobject_cast<QAbstractSpinBox*>(w)) {
            if (w->height() < w->minimumSizeHint().height())
                problems
                    << QStringLiteral("%1 is squeezed to %2 px of height").arg(describe(w)).arg(w->height());
        }
        if (inScroll)
            continue;
        if (!windowRect.contains(rectIn(w, window)))
            problems << QStringLiteral("%1 lies outside the window").arg(describe(w));
        controls << w;
    }
    for (qsizetype i = 0; i < controls.size(); ++i) {
        for (qsizetype j = i + 1; j < controls.size(); ++j) {
            QWidget* a = controls.at(i);
            QWidget* b = controls.at(j);
            if (a->isAncestorOf(b) || b->isAncestorOf(a))
                continue;
            const QRect overlap = rectIn(a, window).intersected(rectIn(b, window));
            if (overlap.width() > 1 && overlap.height() > 1)
                problems << QStringLiteral("%1 and %2 overlap").arg(describe(a), describe(b));
        }
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace twofold::test
