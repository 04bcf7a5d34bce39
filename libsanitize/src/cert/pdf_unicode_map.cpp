#include "cert/pdf_unicode_map.hpp"

#include "cert/pdf_revision.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <regex>
#include <string_view>
#include <vector>

namespace sanitize::cert::detail {

namespace {

// The identity map from 2-byte codes to UTF-16BE, in ranges that keep the high byte (a bfrange
// may only vary the last byte), surrogates left out, at most 100 ranges per block.
std::string identity_to_unicode_cmap() {
    std::vector<std::string> ranges;
    for (unsigned high = 0; high <= 0xFF; ++high) {
        if (high >= 0xD8 && high <= 0xDF) continue;  // UTF-16 surrogates are not characters
        char line[32];
        std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
        ranges.emplace_back(line);
    }
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t first = 0; first < ranges.size(); first += 100) {
        const std::size_t count = std::min<std::size_t>(100, ranges.size() - first);
        cmap += std::to_string(count) + " beginbfrange\n";
        for (std::size_t k = first; k < first + count; ++k) cmap += ranges[k];
        cmap += "endbfrange\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

}  // namespace

Result<std::string> with_unicode_map(std::string pdf) {
    Result<PdfRevision> opened = PdfRevision::open(std::move(pdf));
    if (!opened) return opened.error();
    PdfRevision& revision = *opened;
    // Fonts naming a ToUnicode stream that is libharu's UTF-8 encoding CMap.
    static const std::regex to_unicode(R"(/ToUnicode\s+(\d+)\s+0\s+R)");
    std::map<std::size_t, std::string> fonts;  // object number -> its text, to be revised
    for (std::size_t number = 1; number < revision.size(); ++number) {
        const std::optional<std::string_view> text = revision.object(number);
        if (!text) continue;
        const std::string object(*text);
        std::smatch match;
        if (object.find("/Type /Font") == std::string::npos || !std::regex_search(object, match, to_unicode)) continue;
        const std::optional<std::string_view> map = revision.object(std::stoul(match[1].str()));
        if (!map || map->find("/CMapName /UTF-8") == std::string_view::npos) continue;
        fonts[number] = object;
    }
    if (fonts.empty()) return std::move(revision).finish();

    const std::string cmap = identity_to_unicode_cmap();
    const std::size_t map_number =
        revision.add("<< /Length " + std::to_string(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream");
    const std::string reference = "/ToUnicode " + std::to_string(map_number) + " 0 R";
    for (const auto& [number, object] : fonts) revision.revise(number, std::regex_replace(object, to_unicode, reference));
    return std::move(revision).finish();
}

}  // namespace sanitize::cert::detail
