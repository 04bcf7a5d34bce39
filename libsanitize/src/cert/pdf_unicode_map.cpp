#include "cert/pdf_unicode_map.hpp"

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

// Where each object starts, from the cross-reference table libharu writes (one section,
// "xref\n0 N\n" and N entries of 20 bytes).
std::optional<std::vector<std::size_t>> object_offsets(std::string_view pdf, std::size_t xref_offset) {
    if (xref_offset >= pdf.size() || !pdf.substr(xref_offset).starts_with("xref")) return std::nullopt;
    unsigned first = 0;
    unsigned count = 0;
    if (std::sscanf(pdf.data() + xref_offset, "xref %u %u", &first, &count) != 2 || first != 0) return std::nullopt;
    const std::size_t entries = pdf.find('\n', pdf.find('\n', xref_offset) + 1) + 1;
    if (entries == 0 || entries + std::size_t{20} * count > pdf.size()) return std::nullopt;
    std::vector<std::size_t> offsets(count, 0);
    for (unsigned k = 1; k < count; ++k) {
        const std::string_view entry = pdf.substr(entries + std::size_t{20} * k, 20);
        if (entry[17] == 'n') offsets[k] = std::stoul(std::string(entry.substr(0, 10)));
    }
    return offsets;
}

// The text of one object, "N 0 obj … " up to its "endobj".
std::optional<std::string_view> object_text(std::string_view pdf, const std::vector<std::size_t>& offsets, std::size_t number) {
    if (number >= offsets.size() || offsets[number] == 0 || offsets[number] >= pdf.size()) return std::nullopt;
    const std::size_t end = pdf.find("endobj", offsets[number]);
    if (end == std::string_view::npos) return std::nullopt;
    return pdf.substr(offsets[number], end - offsets[number]);
}

struct Trailer {
    std::string dictionary;  // between << and >>, without /Size and /Prev
    int size = 0;
    std::size_t xref_offset = 0;
};

std::optional<Trailer> last_trailer(std::string_view pdf) {
    const std::size_t at = pdf.rfind("trailer");
    const std::size_t startxref = pdf.rfind("startxref");
    if (at == std::string_view::npos || startxref == std::string_view::npos || startxref < at) return std::nullopt;
    const std::size_t open = pdf.find("<<", at);
    const std::size_t close = pdf.rfind(">>", startxref);
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) return std::nullopt;
    std::string dictionary(pdf.substr(open + 2, close - open - 2));
    Trailer trailer;
    std::smatch size;
    static const std::regex size_entry(R"(/Size\s+(\d+))");
    if (!std::regex_search(dictionary, size, size_entry)) return std::nullopt;
    trailer.size = std::stoi(size[1].str());
    static const std::regex dropped(R"(/(Size|Prev)\s+\d+)");
    trailer.dictionary = std::regex_replace(dictionary, dropped, "");
    trailer.xref_offset = std::stoul(std::string(pdf.substr(startxref + 9, 24)));
    return trailer;
}

std::string xref_entry(std::size_t offset) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    return line;
}

}  // namespace

Result<std::string> with_unicode_map(std::string pdf) {
    const std::optional<Trailer> trailer = last_trailer(pdf);
    if (!trailer) return make_error(Errc::internal, "pdf trailer");
    const std::optional<std::vector<std::size_t>> offsets = object_offsets(pdf, trailer->xref_offset);
    if (!offsets) return make_error(Errc::internal, "pdf cross-reference table");
    // Fonts naming a ToUnicode stream that is libharu's UTF-8 encoding CMap.
    static const std::regex to_unicode(R"(/ToUnicode\s+(\d+)\s+0\s+R)");
    std::map<std::size_t, std::string> fonts;  // object number -> its text, to be revised
    for (std::size_t number = 1; number < offsets->size(); ++number) {
        const std::optional<std::string_view> text = object_text(pdf, *offsets, number);
        if (!text) continue;
        const std::string object(*text);
        std::smatch match;
        if (object.find("/Type /Font") == std::string::npos || !std::regex_search(object, match, to_unicode)) continue;
        const std::optional<std::string_view> map = object_text(pdf, *offsets, std::stoul(match[1].str()));
        if (!map || map->find("/CMapName /UTF-8") == std::string_view::npos) continue;
        fonts[number] = object;
    }
    if (fonts.empty()) return pdf;

    if (!pdf.ends_with("\n")) pdf += "\n";
    const auto map_number = static_cast<std::size_t>(trailer->size);
    std::map<std::size_t, std::size_t> revised;  // object number -> offset of its new revision
    const std::string cmap = identity_to_unicode_cmap();
    revised[map_number] = pdf.size();
    pdf += std::to_string(map_number) + " 0 obj\n<< /Length " + std::to_string(cmap.size()) + " >>\nstream\n" + cmap +
           "\nendstream\nendobj\n";
    const std::string reference = "/ToUnicode " + std::to_string(map_number) + " 0 R";
    for (const auto& [number, object] : fonts) {
        revised[number] = pdf.size();
        pdf += std::regex_replace(object, to_unicode, reference) + "endobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 1\n0000000000 65535 f \n";
    for (const auto& [number, offset] : revised) pdf += std::to_string(number) + " 1\n" + xref_entry(offset);
    pdf += "trailer\n<<" + trailer->dictionary + " /Size " + std::to_string(map_number + 1) + " /Prev " +
           std::to_string(trailer->xref_offset) + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

}  // namespace sanitize::cert::detail
