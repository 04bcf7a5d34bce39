#include "keys/minisign_text.hpp"

namespace sanitize::keys::detail {

bool split_lines(std::string_view text, std::span<std::string_view> lines) {
    for (std::string_view& line : lines) {
        if (text.empty()) return false;
        const std::size_t end = text.find('\n');
        line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (line.ends_with('\r')) line.remove_suffix(1);
    }
    return text.empty();
}

bool is_writable_comment(std::string_view comment, std::size_t max_bytes) {
    return comment.size() <= max_bytes && comment.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

std::optional<std::string_view> comment_of(std::string_view line, std::string_view prefix, std::size_t max_bytes) {
    if (!line.starts_with(prefix)) return std::nullopt;
    line.remove_prefix(prefix.size());
    if (!is_writable_comment(line, max_bytes)) return std::nullopt;
    return line;
}

std::string comment_line(std::string_view prefix, std::string_view comment) {
    std::string line;
    line.reserve(prefix.size() + comment.size() + 1);
    line.append(prefix).append(comment).push_back('\n');
    return line;
}

std::uint64_t load_le64(std::span<const unsigned char, 8> bytes) {
    std::uint64_t value = 0;
    for (std::size_t i = bytes.size(); i-- > 0;) value = (value << 8) | bytes[i];
    return value;
}

void store_le64(std::span<unsigned char, 8> bytes, std::uint64_t value) {
    for (unsigned char& byte : bytes) {
        byte = static_cast<unsigned char>(value & 0xffU);
        value >>= 8;
    }
}

}  // namespace sanitize::keys::detail
