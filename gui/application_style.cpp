#include "application_style.hpp"

#include <QApplication>
#include <QFontMetrics>
#include <QStyleFactory>
#include <QStyleOptionGroupBox>

namespace sanitize::gui {

QRect ApplicationStyle::subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl sub_control,
                                       const QWidget* widget) const {
    QRect rect = QProxyStyle::subControlRect(control, option, sub_control, widget);
    if (control != CC_GroupBox || sub_control != SC_GroupBoxLabel) return rect;
    const auto* box = qstyleoption_cast<const QStyleOptionGroupBox*>(option);
    if (box == nullptr || box->text.isEmpty()) return rect;
    // The font the base style draws the title in: the widget's (with its weight), as in Fusion.
    const QFontMetrics metrics(widget != nullptr ? widget->font() : QApplication::font());
    const int needed = metrics.horizontalAdvance(box->text) + 2;  // the 2 of the base style's own margin
    const int missing = needed - rect.width();
    if (missing <= 0) return rect;
    // Grown away from the aligned side, so that the title stays where the base style put it.
    const Qt::Alignment horizontal = QStyle::visualAlignment(box->direction, box->textAlignment) & Qt::AlignHorizontal_Mask;
    if (horizontal & Qt::AlignRight) {
        rect.setLeft(rect.left() - missing);
    } else if (horizontal & Qt::AlignHCenter) {
        rect.adjust(-missing / 2, 0, missing - missing / 2, 0);
    } else {
        rect.setRight(rect.right() + missing);
    }
    return rect;
}

void install_application_style() {
    if (qobject_cast<ApplicationStyle*>(QApplication::style()) != nullptr) return;
    // A new instance of the current style: QProxyStyle takes the one it is given.
    QStyle* base = QStyleFactory::create(QApplication::style()->name());
    QApplication::setStyle(new ApplicationStyle(base));
}

}  // namespace sanitize::gui
