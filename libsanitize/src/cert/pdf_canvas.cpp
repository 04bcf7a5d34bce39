#include "cert/pdf_canvas.hpp"
#include "cert/pdf_unicode_map.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace sanitize::cert::detail {
namespace {

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Bytes of the UTF-8 character that starts at text[at] (1 for a stray byte).
std::size_t char_length(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return std::min(length, text.size() - at);
}

// The monospaced face for hashes and ids: embedded like the text font (PDF/A embeds every font;
// the standard Courier is not embedded). fonts-dejavu-core; its subset is some 30 kB.
constexpr const char* mono_font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";

}  // namespace

void PdfCanvas::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
    auto* canvas = static_cast<PdfCanvas*>(self);
    if (canvas->first_error_ == 0) {
        canvas->first_error_ = error;
        canvas->first_detail_ = detail;
    }
}

Result<std::unique_ptr<PdfCanvas>> PdfCanvas::open(const std::string& font_path) {
    std::unique_ptr<PdfCanvas> canvas(new PdfCanvas());
    canvas->doc_ = HPDF_New(&PdfCanvas::on_error, canvas.get());
    if (canvas->doc_ == nullptr) return make_error(Errc::internal, "pdf start");
    HPDF_SetCompressionMode(canvas->doc_, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(canvas->doc_);
    HPDF_SetCurrentEncoder(canvas->doc_, "UTF-8");
    const char* name = HPDF_LoadTTFontFromFile(canvas->doc_, font_path.c_str(), HPDF_TRUE);
    if (name == nullptr) return make_error(Errc::internal, "pdf font " + font_path);
    canvas->text_font_ = HPDF_GetFont(canvas->doc_, name, "UTF-8");
    canvas->mono_font_ = canvas->text_font_;
    if (::access(mono_font_path, R_OK) == 0) {
        const char* mono = HPDF_LoadTTFontFromFile(canvas->doc_, mono_font_path, HPDF_TRUE);
        // WinAnsiEncoding: what PDF/A asks of a non-symbolic TrueType font.
        if (mono != nullptr) canvas->mono_font_ = HPDF_GetFont(canvas->doc_, mono, "WinAnsiEncoding");
    }
    if (canvas->text_font_ == nullptr || canvas->mono_font_ == nullptr) {
        return make_error(Errc::internal, "pdf font " + font_path);
    }
    return canvas;
}

PdfCanvas::~PdfCanvas() {
    if (doc_ != nullptr) HPDF_Free(doc_);
}

void PdfCanvas::add_page() {
    page_ = HPDF_AddPage(doc_);
    if (page_ == nullptr) return;  // the error handler has the reason
    HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    ++pages_;
}

HPDF_Font PdfCanvas::font_of(Face face, std::string_view text) const {
    return face == Face::mono && is_ascii(text) ? mono_font_ : text_font_;
}

void PdfCanvas::text(float x, float y, std::string_view utf8, float size, Rgb color, Face face) {
    if (page_ == nullptr || utf8.empty()) return;
    const std::string text(utf8);  // libharu wants a C string
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, font_of(face, utf8), size);
    HPDF_Page_SetRGBFill(page_, color.r, color.g, color.b);
    HPDF_Page_TextOut(page_, x, y, text.c_str());
    HPDF_Page_EndText(page_);
}

float PdfCanvas::width(std::string_view utf8, float size, Face face) {
    if (utf8.empty()) return 0;
    const std::string text(utf8);
    const HPDF_TextWidth measured = HPDF_Font_TextWidth(
        font_of(face, utf8), reinterpret_cast<const HPDF_BYTE*>(text.c_str()), static_cast<HPDF_UINT>(text.size()));
    return static_cast<float>(measured.width) * size / 1000.0f;
}

std::vector<std::string> PdfCanvas::wrap(std::string_view utf8, float size, float max_width, Face face) {
    std::vector<std::string> lines;
    std::string current;
    std::size_t break_at = std::string::npos;  // in `current`: where a line may end
    for (std::size_t at = 0; at < utf8.size();) {
        const std::size_t length = char_length(utf8, at);
        const std::string_view piece = utf8.substr(at, length);
        at += length;
        if (piece == "\n") {
            lines.push_back(std::move(current));
            current.clear();
            break_at = std::string::npos;
            continue;
        }
        if (!current.empty() && width(std::string(current).append(piece), size, face) > max_width) {
            const bool at_space = break_at != std::string::npos && break_at > 0;
            const std::size_t cut = at_space ? break_at : current.size();
            lines.push_back(current.substr(0, cut));
            current.erase(0, at_space ? cut + 1 : cut);  // the space itself goes
            break_at = std::string::npos;
            if (piece == " " && current.empty()) continue;
        }
        if (piece == " ") break_at = current.size();
        current += piece;
    }
    if (!current.empty() || lines.empty()) lines.push_back(std::move(current));
    return lines;
}

void PdfCanvas::fill_rects(std::span<const Rect> rects, Rgb color) {
    if (page_ == nullptr || rects.empty()) return;
    HPDF_Page_SetRGBFill(page_, color.r, color.g, color.b);
    for (const Rect& r : rects) HPDF_Page_Rectangle(page_, r.x, r.y, r.width, r.height);
    HPDF_Page_Fill(page_);
}

void PdfCanvas::line(float x1, float y1, float x2, float y2, float line_width, Rgb color) {
    if (page_ == nullptr) return;
    HPDF_Page_SetLineWidth(page_, line_width);
    HPDF_Page_SetRGBStroke(page_, color.r, color.g, color.b);
    HPDF_Page_MoveTo(page_, x1, y1);
    HPDF_Page_LineTo(page_, x2, y2);
    HPDF_Page_Stroke(page_);
}

void PdfCanvas::set_title(const std::string& title) { metadata_.title = title; }

void PdfCanvas::set_created(std::chrono::sys_seconds created) { created_ = created; }

void PdfCanvas::attach(PdfAttachment file) { metadata_.attachments.push_back(std::move(file)); }

Result<std::string> PdfCanvas::save() {
    if (first_error_ == 0) HPDF_SaveToStream(doc_);
    if (first_error_ != 0) {
        char context[64];
        std::snprintf(context, sizeof context, "pdf error 0x%04lX/%lu", static_cast<unsigned long>(first_error_),
                      static_cast<unsigned long>(first_detail_));
        return make_error(Errc::internal, context);
    }
    std::string bytes(HPDF_GetStreamSize(doc_), '\0');
    HPDF_UINT32 length = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ResetStream(doc_);
    if (HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &length) != HPDF_OK &&
        length != bytes.size()) {
        return make_error(Errc::internal, "pdf stream");
    }
    bytes.resize(length);
    Result<std::string> mapped = with_unicode_map(std::move(bytes));
    if (!mapped) return mapped.error();
    metadata_.created = created_.value_or(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    return as_pdf_a3(std::move(*mapped), metadata_);
}

}  // namespace sanitize::cert::detail
