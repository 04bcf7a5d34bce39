// The application's widget style: the platform's own, with group box titles given the width
// they are drawn in.
//
// Fusion (and the common style under it) sizes a group box title by the ink of its glyphs, yet
// draws it from the pen position, clipped to that size. A title whose first glyph stands off the
// pen position, as Japanese kana do, loses the end of its last glyph: "ファイル（ここにドロップ）"
// was drawn without the right half of its closing bracket. The title's advance is the width
// its drawing needs.
#pragma once

#include <QProxyStyle>

namespace sanitize::gui {

class ApplicationStyle : public QProxyStyle {
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QRect subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl sub_control,
                         const QWidget* widget = nullptr) const override;
};

// Wraps the style the application has (the platform's or -style's) in ApplicationStyle; once,
// after the QApplication is made and before any widget.
void install_application_style();

}  // namespace sanitize::gui
