#include "crypt/encoding.hpp"

#include <sodium.h>

#include <array>
#include <cstddef>

namespace sanitize::crypt::detail {
namespace {

constexpr std::string_view base64_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view bech32_alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

// Bech32 also carries secret keys: scratch copies are wiped, not just freed.
template <typename Bytes>
void wipe(Bytes& bytes) {
    sodium_memzero(bytes.data(), bytes.size());
}

int base64_value(char c) noexcept {
    const auto at = base64_alphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

std::uint32_t bech32_polymod(std::span<const std::uint8_t> values) {
    static constexpr std::array<std::uint32_t, 5> generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd,
                                                               0x2a1462b3};
    std::uint32_t check = 1;
    for (const std::uint8_t v : values) {
        const std::uint32_t top = check >> 25;
        check = ((check & 0x1ffffff) << 5) ^ v;
        for (std::size_t i = 0; i < 5; ++i) {
            if (((top >> i) & 1U) != 0) check ^= generator[i];
        }
    }
    return check;
}

std::vector<std::uint8_t> hrp_expanded(std::string_view hrp) {
    std::vector<std::uint8_t> out;
    for (const char c : hrp) out.push_back(static_cast<std::uint8_t>(static_cast<unsigned char>(c) >> 5));
    out.push_back(0);
    for (const char c : hrp) out.push_back(static_cast<std::uint8_t>(static_cast<unsigned char>(c) & 31));
    return out;
}

// Regroups bits; `pad` on the way to 5-bit groups. Without it (the way back) leftover bits must
// be fewer than a group and zero, or the text has more than one reading.
std::optional<std::vector<std::uint8_t>> regroup(std::span<const std::uint8_t> in, unsigned from, unsigned to,
                                                 bool pad) {
    std::uint32_t acc = 0;
    unsigned bits = 0;
    const std::uint32_t mask = (1U << to) - 1;
    std::vector<std::uint8_t> out;
    for (const std::uint8_t v : in) {
        acc = (acc << from) | v;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push_back(static_cast<std::uint8_t>((acc >> bits) & mask));
        }
    }
    if (pad && bits > 0) out.push_back(static_cast<std::uint8_t>((acc << (to - bits)) & mask));
    if (!pad && (bits >= from || ((acc << (to - bits)) & mask) != 0)) return std::nullopt;
    return out;
}

}  // namespace

bool is_base64_char(char c) noexcept { return base64_value(c) >= 0; }

std::string encode_base64(std::span<const std::uint8_t> bytes, bool padded) {
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8) | bytes[i + 2];
        for (int shift = 18; shift >= 0; shift -= 6) text += base64_alphabet[(v >> shift) & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 0) return text;
    std::uint32_t v = std::uint32_t{bytes[i]} << 16;
    if (rest == 2) v |= std::uint32_t{bytes[i + 1]} << 8;
    text += base64_alphabet[(v >> 18) & 63];
    text += base64_alphabet[(v >> 12) & 63];
    if (rest == 2) text += base64_alphabet[(v >> 6) & 63];
    if (padded) text.append(rest == 1 ? "==" : "=");
    return text;
}

std::optional<std::vector<std::uint8_t>> decode_base64(std::string_view text, bool padded) {
    if (padded) {
        if (text.size() % 4 != 0) return std::nullopt;
        std::size_t pads = 0;
        while (pads < 2 && pads < text.size() && text[text.size() - 1 - pads] == '=') ++pads;
        text.remove_suffix(pads);
        if (text.size() % 4 == 1) return std::nullopt;
        if ((pads == 0) != (text.size() % 4 == 0)) return std::nullopt;
    }
    if (text.size() % 4 == 1) return std::nullopt;
    std::vector<std::uint8_t> out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t acc = 0;
    unsigned bits = 0;
    for (const char c : text) {
        const int v = base64_value(c);
        if (v < 0) return std::nullopt;
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>((acc >> bits) & 0xff));
        }
    }
    if ((acc & ((1U << bits) - 1)) != 0) return std::nullopt;  // non-canonical: stray low bits
    return out;
}

std::string encode_bech32(std::string_view hrp, std::span<const std::uint8_t> data) {
    std::vector<std::uint8_t> values = *regroup(data, 8, 5, true);
    std::vector<std::uint8_t> check_input = hrp_expanded(hrp);
    check_input.insert(check_input.end(), values.begin(), values.end());
    check_input.insert(check_input.end(), 6, 0);
    const std::uint32_t check = bech32_polymod(check_input) ^ 1;
    std::string text(hrp);
    text += '1';
    for (const std::uint8_t v : values) text += bech32_alphabet[v];
    for (int i = 0; i < 6; ++i) text += bech32_alphabet[(check >> (5 * (5 - i))) & 31];
    wipe(values);
    wipe(check_input);
    return text;
}

std::optional<Bech32> decode_bech32(std::string_view text) {
    bool lower = false;
    bool upper = false;
    std::string folded;
    for (const char c : text) {
        if (c < 33 || c > 126) return std::nullopt;
        lower = lower || (c >= 'a' && c <= 'z');
        upper = upper || (c >= 'A' && c <= 'Z');
        folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (lower && upper) return std::nullopt;
    const auto separator = folded.rfind('1');
    if (separator == std::string::npos || separator == 0 || folded.size() - separator < 7) return std::nullopt;
    Bech32 result{folded.substr(0, separator), {}};
    std::vector<std::uint8_t> values;
    for (const char c : std::string_view(folded).substr(separator + 1)) {
        const auto at = bech32_alphabet.find(c);
        if (at == std::string_view::npos) return std::nullopt;
        values.push_back(static_cast<std::uint8_t>(at));
    }
    std::vector<std::uint8_t> check_input = hrp_expanded(result.hrp);
    check_input.insert(check_input.end(), values.begin(), values.end());
    const bool checked = bech32_polymod(check_input) == 1;
    wipe(check_input);
    wipe(folded);
    if (!checked) return std::nullopt;
    values.resize(values.size() - 6);
    auto data = regroup(values, 5, 8, false);
    wipe(values);
    if (!data) return std::nullopt;
    result.data = std::move(*data);
    return result;
}

}  // namespace sanitize::crypt::detail
