// A right ToUnicode map for libharu's UTF-8 text.
//
// libharu (2.3, Debian 12) writes Japanese through its UTF-8 encoder: the content streams hold
// each character as its 2-byte Unicode value, and the CID font maps those to glyphs. As the
// font's /ToUnicode it names the encoder's own CMap, which is a CID map (begincidrange), not a
// Unicode one: poppler warns "Invalid 'begincidrange' operator in ToUnicode CMap" on every
// certificate, and viewers may fail to search or copy the text (issue 20, item 4).
//
// The fix is an incremental update appended to the finished file (pdf_revision.hpp): a ToUnicode
// CMap that maps every 2-byte code to the same Unicode value (bfrange), and a new revision of
// each font object that names it. The bytes libharu wrote stay as they were.
#pragma once

#include <string>

#include "sanitize/result.hpp"

namespace sanitize::cert::detail {

// `pdf` as libharu saved it; fonts whose /ToUnicode is the UTF-8 encoder's CMap get the right
// map. A PDF without such a font comes back unchanged.
Result<std::string> with_unicode_map(std::string pdf);

}  // namespace sanitize::cert::detail
