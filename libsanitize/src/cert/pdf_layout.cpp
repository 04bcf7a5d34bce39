#include "cert/pdf_layout.hpp"

#include <algorithm>

namespace sanitize::cert::detail {
namespace {

float size_of(Face face) { return face == Face::mono ? FormStyle::mono_size : FormStyle::value_size; }

}  // namespace

FormWriter::FormWriter(PdfCanvas& canvas, std::string footer) : canvas_(canvas), footer_(std::move(footer)) {
    new_page();
}

void FormWriter::new_page() {
    canvas_.add_page();
    y_ = PdfCanvas::page_height - FormStyle::margin;
    const float foot = FormStyle::bottom - 20;
    canvas_.line(FormStyle::margin, foot + 10, PdfCanvas::page_width - FormStyle::margin, foot + 10, 0.5f, rule_gray);
    const std::string text = footer_ + " · " + std::to_string(canvas_.page_count());
    canvas_.text(FormStyle::margin, foot, text, FormStyle::label_size, label_gray);
}

void FormWriter::ensure(float height) {
    if (y_ - height < FormStyle::bottom) new_page();
}

void FormWriter::section(const std::string& title) {
    constexpr float height = 15;
    ensure(height + 2 * (FormStyle::label_leading + FormStyle::value_leading));  // never a heading alone
    y_ -= 6;
    const Rect bar{FormStyle::margin, y_ - height, FormStyle::content_width, height};
    canvas_.fill_rects(std::span(&bar, 1), heading_fill);
    canvas_.text(FormStyle::margin + 5, y_ - height + 4.5f, title, 9.5f);
    y_ -= height + 4;
}

float FormWriter::field_height(const Field& field, float width) {
    const auto labels = canvas_.wrap(field.label, FormStyle::label_size, width);
    const auto values = canvas_.wrap(field.value, size_of(field.face), width, field.face);
    return static_cast<float>(labels.size()) * FormStyle::label_leading +
           static_cast<float>(values.size()) * FormStyle::value_leading + 2.5f;
}

void FormWriter::draw_field(const Field& field, float x, float width) {
    float line_y = y_ - FormStyle::label_size;
    for (const std::string& line : canvas_.wrap(field.label, FormStyle::label_size, width)) {
        canvas_.text(x, line_y, line, FormStyle::label_size, label_gray);
        line_y -= FormStyle::label_leading;
    }
    line_y -= FormStyle::value_leading - FormStyle::label_leading;
    for (const std::string& line : canvas_.wrap(field.value, size_of(field.face), width, field.face)) {
        canvas_.text(x, line_y + 1.5f, line, size_of(field.face), black, field.face);
        line_y -= FormStyle::value_leading;
    }
}

// Calls place(first, second or null, width, row height) for each row of the two-column grid.
template <typename Place>
void for_each_row(const std::vector<Field>& fields, float width, FormWriter& form, Place place) {
    const float column = (width - FormStyle::gutter) / 2;
    std::size_t i = 0;
    while (i < fields.size()) {
        const Field& first = fields[i];
        const bool pair = !first.wide && i + 1 < fields.size() && !fields[i + 1].wide;
        place(first, pair ? &fields[i + 1] : nullptr, first.wide ? width : column, form);
        i += pair ? 2 : 1;
    }
}

float FormWriter::fields_height(const std::vector<Field>& fields, float width) {
    float total = 0;
    for_each_row(fields, width, *this, [&](const Field& first, const Field* second, float field_width, FormWriter&) {
        total += std::max(field_height(first, field_width), second ? field_height(*second, field_width) : 0.0f);
    });
    return total;
}

void FormWriter::fields(const std::vector<Field>& fields, float width) {
    const float right = FormStyle::margin + (width - FormStyle::gutter) / 2 + FormStyle::gutter;
    for_each_row(fields, width, *this, [&](const Field& first, const Field* second, float field_width, FormWriter&) {
        const float height =
            std::max(field_height(first, field_width), second ? field_height(*second, field_width) : 0.0f);
        ensure(height);
        draw_field(first, FormStyle::margin, field_width);
        if (second) draw_field(*second, right, field_width);
        y_ -= height;
    });
}

void FormWriter::paragraph(const std::string& text, float size, Rgb color, float width) {
    const float leading = size * 1.3f;
    for (const std::string& line : canvas_.wrap(text, size, width)) {
        ensure(leading);
        canvas_.text(FormStyle::margin, y_ - size, line, size, color);
        y_ -= leading;
    }
}

}  // namespace sanitize::cert::detail
