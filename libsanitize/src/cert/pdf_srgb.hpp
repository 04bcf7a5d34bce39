// The sRGB ICC profile of PDF/A output intents, compiled in (pdf_srgb_data.cpp.in): a PDF/A
// file must embed it, and the library then needs no colour profile on the machine it runs on.
#pragma once

#include <string_view>

namespace sanitize::cert::detail {

// The profile's bytes: sRGB.icc of Debian's icc-profiles-free (zlib licence), an ICC v2
// display profile with RGB data and the XYZ connection space.
std::string_view srgb_icc_profile() noexcept;

}  // namespace sanitize::cert::detail
