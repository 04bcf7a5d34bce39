// A thin layer over libharu for the certificate page and other PDFs meant for long keeping: A4
// pages, one embedded Japanese TrueType font with UTF-8 text, an embedded monospaced font for
// hex, filled rectangles. save() makes the file PDF/A-3b (pdf_archive.hpp), with the files
// given to attach() embedded. libharu reports errors through a callback; the canvas keeps the
// first one and save() turns it into a Result, so drawing code stays free of status checks.
#pragma once

#include <hpdf.h>

#include <chrono>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cert/pdf_archive.hpp"
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

// mono: DejaVu Sans Mono, ASCII only (hashes and ids). PDF/A wants every font embedded, so not
// Courier; without fonts-dejavu-core the text font stands in.
enum class Face { text, mono };

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
    // The document's title (UTF-8) in its Info dictionary and XMP metadata.
    void set_title(const std::string& title);
    // The document's date (CreationDate, ModDate); unset: the time of save(). A date the content
    // fixes (a certificate's issue time) makes the same content give the same bytes.
    void set_created(std::chrono::sys_seconds created);
    // A file embedded in the PDF (Errc::invalid_argument from save() for a bad name or type).
    void attach(PdfAttachment file);

    // The document's bytes as PDF/A-3b, or the first libharu error (Errc::internal,
    // "pdf error 0x1025/0").
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
    ArchiveMetadata metadata_;
    std::optional<std::chrono::sys_seconds> created_;
    HPDF_STATUS first_error_ = 0;
    HPDF_STATUS first_detail_ = 0;
};

}  // namespace sanitize::cert::detail
