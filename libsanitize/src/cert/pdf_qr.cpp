#include "cert/pdf_qr.hpp"

#include <qrencode.h>

#include <memory>
#include <vector>

namespace sanitize::cert::detail {

Result<void> draw_qr(PdfCanvas& canvas, const std::string& text, float x, float y, float size) {
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M),
                                                               &QRcode_free);
    if (!code || code->width <= 0) return make_error(Errc::internal, "qr encode");
    const auto modules = static_cast<std::size_t>(code->width);
    const float module = size / static_cast<float>(modules);
    std::vector<Rect> dark;
    // Runs of dark modules in a row become one rectangle: fewer drawing operators, no seams.
    for (std::size_t row = 0; row < modules; ++row) {
        std::size_t column = 0;
        while (column < modules) {
            const auto dark_at = [&](std::size_t c) { return (code->data[row * modules + c] & 1) != 0; };
            if (!dark_at(column)) {
                ++column;
                continue;
            }
            const std::size_t start = column;
            while (column < modules && dark_at(column)) ++column;
            const float top = y + size - static_cast<float>(row) * module;
            dark.push_back(Rect{x + static_cast<float>(start) * module, top - module,
                                static_cast<float>(column - start) * module, module});
        }
    }
    canvas.fill_rects(dark, black);
    return {};
}

}  // namespace sanitize::cert::detail
