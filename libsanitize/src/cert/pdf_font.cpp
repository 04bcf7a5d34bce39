// Japanese fonts for the PDF. libharu embeds TrueType outlines only, so the CFF-based OpenType
// fonts (fonts-noto-cjk's .ttc among them) cannot be used; these Debian packages ship TrueType.
#include <unistd.h>

#include <array>

#include "sanitize/cert.hpp"

namespace sanitize::cert {
namespace {

constexpr std::array<std::string_view, 7> font_paths{
    "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",         // fonts-ipafont-gothic (proportional)
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",          // fonts-ipafont-gothic
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",      // fonts-ipaexfont-gothic
    "/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf",    // fonts-takao-gothic
    "/usr/share/fonts/truetype/vlgothic/VL-PGothic-Regular.ttf",  // fonts-vlgothic
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",        // the alternatives link of the above
    "/usr/share/fonts/truetype/ipafont-gothic/ipagp.ttf",         // older layouts of the package
};

}  // namespace

std::span<const std::string_view> known_font_paths() noexcept { return font_paths; }

Result<std::string> find_japanese_font() {
    for (const std::string_view path : font_paths) {
        const std::string text(path);
        if (::access(text.c_str(), R_OK) == 0) return text;
    }
    return make_error(Errc::not_found, "font: install fonts-ipafont-gothic");
}

}  // namespace sanitize::cert
