// A thin layer over libharu for the certificate page: A4 pages, one embedded Japanese TrueType
// font with UTF-8 text, Courier for hex, filled rectangles. libharu reports errors through a
// callback; the canvas keeps the first one and save() turns it into a Result, so drawing code
// stays free of status checks.
#pragma once

#include <hpdf.h>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/result.hpp"

namespace sanitize::cert::detail {

struct Rgb {
    float r = 0;
    float g = 0;
    float b = 0;
};
inline constexpr Rgb black{0, 0, 0};
inline constexpr Rgb white{1, 1, 1};

struct Rect {
    float x = 0;
    float y = 0;
    float width = 0;
    float height = 0;
};

enum class Face { text, mono };  // mono: Courier, ASCII only (hashes and ids)

class PdfCanvas {
public:
    static constexpr float page_width = 595.276f;  // A4 in points
    static constexpr float page_height = 841.89f;

    // Errc::internal when libharu cannot start or cannot load the font.
    static Result<std::unique_ptr<PdfCanvas>> open(const std::string& font_path);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    void add_page();
    int page_count() const noexcept { return pages_; }

    // `y` is the baseline, from the bottom of the page as PDF has it.
    void text(float x, float y, std::string_view utf8, float size, Rgb color = black, Face face = Face::text);
    float width(std::string_view utf8, float size, Face face = Face::text);
    // Lines no wider than max_width: broken at spaces where it can, between any two characters
    // where it must (Japanese has no spaces).
    std::vector<std::string> wrap(std::string_view utf8, float size, float max_width, Face face = Face::text);
    void fill_rects(std::span<const Rect> rects, Rgb color);
    void line(float x1, float y1, float x2, float y2, float line_width, Rgb color);
    void set_title(const std::string& ascii_title);

    // The document's bytes, or the first libharu error (Errc::internal, "pdf error 0x1025/0").
    Result<std::string> save();

private:
    PdfCanvas() = default;
    static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self);
    HPDF_Font font_of(Face face, std::string_view text) const;

    HPDF_Doc doc_ = nullptr;
    HPDF_Page page_ = nullptr;
    HPDF_Font text_font_ = nullptr;
    HPDF_Font mono_font_ = nullptr;
    int pages_ = 0;
    HPDF_STATUS first_error_ = 0;
    HPDF_STATUS first_detail_ = 0;
};

}  // namespace sanitize::cert::detail
