// The certificate page as a form: section headings across the page, and fields (a small
// bilingual label above its value) two to a row, flowing onto a new page when one is full.
#pragma once

#include <string>
#include <vector>

#include "cert/pdf_canvas.hpp"

namespace sanitize::cert::detail {

struct Field {
    std::string label;  // "シリアル番号 / Serial number"
    std::string value;  // may hold "\n"
    Face face = Face::text;
    bool wide = false;  // takes the whole row
};

struct FormStyle {
    static constexpr float margin = 40;
    static constexpr float content_width = PdfCanvas::page_width - 2 * margin;
    static constexpr float gutter = 16;
    static constexpr float label_size = 6.5f;
    static constexpr float value_size = 9;
    static constexpr float mono_size = 8.5f;
    static constexpr float label_leading = 8;
    static constexpr float value_leading = 10.5f;
    static constexpr float bottom = 48;  // above the page footer
};

inline constexpr Rgb label_gray{0.38f, 0.38f, 0.38f};
inline constexpr Rgb rule_gray{0.75f, 0.75f, 0.75f};
inline constexpr Rgb heading_fill{0.92f, 0.93f, 0.95f};

class FormWriter {
public:
    // Draws `footer` at the foot of every page it starts (the first one included).
    FormWriter(PdfCanvas& canvas, std::string footer);

    float y() const noexcept { return y_; }
    void skip(float points) noexcept { y_ -= points; }
    // Starts a new page unless `height` more points fit on this one.
    void ensure(float height);

    void section(const std::string& title);
    // Two columns across `width` points from the left margin (less than the page leaves room
    // for something at the right, such as the QR code).
    void fields(const std::vector<Field>& fields, float width = FormStyle::content_width);
    float fields_height(const std::vector<Field>& fields, float width = FormStyle::content_width);
    // Wrapped text across `width` points from the left margin.
    void paragraph(const std::string& text, float size, Rgb color, float width = FormStyle::content_width);

private:
    void new_page();
    float field_height(const Field& field, float width);
    void draw_field(const Field& field, float x, float width);

    PdfCanvas& canvas_;
    std::string footer_;
    float y_ = 0;
};

}  // namespace sanitize::cert::detail
