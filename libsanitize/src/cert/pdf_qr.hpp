// A QR code drawn as filled squares, from libqrencode's module matrix.
#pragma once

#include <string>

#include "cert/pdf_canvas.hpp"
#include "sanitize/result.hpp"

namespace sanitize::cert::detail {

// Draws the code of `text` (8-bit mode, error correction M) in a square of `size` points whose
// lower left corner is (x, y), quiet zone not included. Errc::internal when encoding fails.
Result<void> draw_qr(PdfCanvas& canvas, const std::string& text, float x, float y, float size);

}  // namespace sanitize::cert::detail
