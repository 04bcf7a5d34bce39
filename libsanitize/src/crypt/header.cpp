#include "crypt/header.hpp"

#include <string_view>

#include "crypt/encoding.hpp"

namespace sanitize::crypt::detail {
namespace {

constexpr std::size_t column_limit = 64;

Error malformed(std::string what) { return make_error(Errc::malformed_input, "header: " + std::move(what)); }

// A cursor over the header's lines; every line must end with LF (a CR is just a bad byte).
struct Lines {
    std::string_view text;
    std::size_t pos = 0;
    // nullopt when no LF follows yet.
    std::optional<std::string_view> next() {
        const auto end = text.find('\n', pos);
        if (end == std::string_view::npos) return std::nullopt;
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        return line;
    }
};

bool is_vchar(char c) { return c >= 0x21 && c <= 0x7e; }

Result<Stanza> parse_arguments(std::string_view line) {
    Stanza stanza;
    line.remove_prefix(3);  // "-> "
    std::vector<std::string> words;
    while (true) {
        const auto space = line.find(' ');
        std::string_view word = line.substr(0, space);
        if (word.empty()) return malformed("empty stanza argument");
        for (const char c : word) {
            if (!is_vchar(c)) return malformed("bad character in stanza argument");
        }
        words.emplace_back(word);
        if (space == std::string_view::npos) break;
        line.remove_prefix(space + 1);
    }
    stanza.type = std::move(words.front());
    stanza.args.assign(words.begin() + 1, words.end());
    return stanza;
}

// Body lines until the first one shorter than 64 columns. nullopt result: need more bytes.
Result<std::optional<std::vector<std::uint8_t>>> parse_body(Lines& lines) {
    std::string text;
    while (true) {
        auto line = lines.next();
        if (!line) return std::optional<std::vector<std::uint8_t>>{};
        if (line->size() > column_limit) return malformed("stanza line longer than 64 columns");
        for (const char c : *line) {
            if (!is_base64_char(c)) return malformed("bad character in stanza body");
        }
        text += *line;
        if (line->size() < column_limit) break;
    }
    auto body = decode_base64(text, false);
    if (!body) return malformed("stanza body is not canonical base64");
    return std::optional<std::vector<std::uint8_t>>(std::move(*body));
}

Result<std::optional<Header>> parse_mac_line(std::string_view line, const Lines& lines, std::size_t line_start) {
    Header header;
    if (line.size() != 4 + 43 || line.substr(0, 4) != "--- ") return malformed("bad MAC line");
    auto mac = decode_base64(line.substr(4), false);
    if (!mac || mac->size() != 32) return malformed("MAC is not canonical base64 of 32 bytes");
    std::copy(mac->begin(), mac->end(), header.mac.begin());
    header.mac_input_length = line_start + 3;
    header.length = lines.pos;
    return std::optional<Header>(std::move(header));
}

}  // namespace

Result<std::optional<Header>> parse_header_prefix(std::span<const std::uint8_t> bytes) {
    Lines lines{std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size())};
    const std::string_view start = lines.text.substr(0, version_line.size());
    if (start != version_line.substr(0, start.size())) {
        if (lines.text.starts_with("age-encryption.org/")) return malformed("unsupported version");
        return malformed("not an age file");
    }
    if (start.size() < version_line.size()) return std::optional<Header>{};
    lines.pos = version_line.size();
    std::vector<Stanza> stanzas;
    while (true) {
        const std::size_t line_start = lines.pos;
        auto line = lines.next();
        if (!line) return lines.text.size() > header_max_bytes ? Result<std::optional<Header>>(malformed("too long"))
                                                              : std::optional<Header>{};
        if (line->starts_with("---")) {
            if (stanzas.empty()) return malformed("no recipient stanza");
            auto header = parse_mac_line(*line, lines, line_start);
            if (header && *header) (*header)->stanzas = std::move(stanzas);
            return header;
        }
        if (!line->starts_with("-> ")) return malformed("expected a stanza or the MAC");
        auto stanza = parse_arguments(*line);
        if (!stanza) return stanza.error();
        auto body = parse_body(lines);
        if (!body) return body.error();
        if (!*body) return std::optional<Header>{};
        stanza->body = std::move(**body);
        stanzas.push_back(std::move(*stanza));
    }
}

std::string marshal_without_mac(std::span<const Stanza> stanzas) {
    std::string text(version_line);
    for (const Stanza& stanza : stanzas) {
        text += "-> " + stanza.type;
        for (const std::string& arg : stanza.args) text += " " + arg;
        text += '\n';
        const std::string body = encode_base64(stanza.body, false);
        // Wrapped at 64 columns, ending with a short line, empty when the body fills the last.
        for (std::size_t i = 0;; i += column_limit) {
            const std::string_view part = std::string_view(body).substr(std::min(i, body.size()), column_limit);
            text += part;
            text += '\n';
            if (part.size() < column_limit) break;
        }
    }
    text += "---";
    return text;
}

}  // namespace sanitize::crypt::detail
