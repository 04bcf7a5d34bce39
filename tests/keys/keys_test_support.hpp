// Shortcuts for the key tests: byte views of literals, a cheap scrypt cost, file helpers.
#pragma once

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "keys/base64.hpp"
#include "sanitize/keys.hpp"

namespace sanitize::test {

// libsodium's minimum scrypt cost: milliseconds instead of minisign's seconds.
inline constexpr keys::KdfCost light_cost{32768, 16777216};

// Test passphrases are literals; the library only ever sees the span.
inline std::span<const unsigned char> passphrase(std::string_view text) {
    return {reinterpret_cast<const unsigned char*>(text.data()), text.size()};
}

inline std::span<const std::byte> bytes_of(std::string_view text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(std::filesystem::file_size(path), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in) throw std::runtime_error("cannot read " + path);
    return text;
}

inline void write_text(const std::string& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw std::runtime_error("cannot write " + path);
}

// Line `index` (0-based, without its "\n") of a file's text.
inline std::string line_of(std::string_view text, std::size_t index) {
    for (std::size_t i = 0; i < index; ++i) text.remove_prefix(text.find('\n') + 1);
    return std::string(text.substr(0, text.find('\n')));
}

inline std::string replace_line(std::string_view text, std::size_t index, std::string_view line) {
    std::string result;
    std::size_t i = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        result.append(i == index ? line : text.substr(0, end)).push_back('\n');
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        ++i;
    }
    return result;
}

// Swaps the base64 character at `at` for another one, so the line still decodes to the same
// length but to different bytes (keep `at` away from the last, padding-bit character).
inline std::string flip_base64_char(std::string line, std::size_t at) {
    line.at(at) = line[at] == 'A' ? 'B' : 'A';
    return line;
}

// The base64 line of minisign's binary blobs, for crafting files with a chosen field.
inline std::string base64_of(std::span<const unsigned char> blob) { return keys::detail::encode_base64(blob); }

inline std::vector<unsigned char> decode_base64(std::string_view line, std::size_t size) {
    std::vector<unsigned char> blob(size);
    if (!keys::detail::decode_base64_exact(line, blob)) throw std::runtime_error("bad base64 in test data");
    return blob;
}

}  // namespace sanitize::test
