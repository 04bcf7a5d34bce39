// Wipe methods as data: each is a table of passes, so adding one is adding a row.
#include <array>
#include <cctype>
#include <string>

#include "sanitize/wipe.hpp"
#include "util/hex.hpp"

namespace sanitize::wipe {
namespace {

// Patterns longer than this would force huge chunk sizes (a chunk is a multiple of the
// pattern period and of the I/O alignment); no published method comes close.
constexpr std::size_t max_pattern_bytes = 64;

Pass pattern_pass(std::vector<std::uint8_t> bytes) { return Pass{PassKind::pattern, std::move(bytes)}; }
Pass random_pass() { return Pass{PassKind::random, {}}; }

// Peter Gutmann's 35 passes (1996): four random, 27 patterns aimed at MFM/RLL encodings, four
// random. Kept in the paper's order so that a report can be compared with it line by line.
std::vector<Pass> gutmann_passes() {
    static constexpr std::array<std::array<std::uint8_t, 3>, 27> patterns{{
        {0x55, 0x55, 0x55}, {0xAA, 0xAA, 0xAA}, {0x92, 0x49, 0x24}, {0x49, 0x24, 0x92},
        {0x24, 0x92, 0x49}, {0x00, 0x00, 0x00}, {0x11, 0x11, 0x11}, {0x22, 0x22, 0x22},
        {0x33, 0x33, 0x33}, {0x44, 0x44, 0x44}, {0x55, 0x55, 0x55}, {0x66, 0x66, 0x66},
        {0x77, 0x77, 0x77}, {0x88, 0x88, 0x88}, {0x99, 0x99, 0x99}, {0xAA, 0xAA, 0xAA},
        {0xBB, 0xBB, 0xBB}, {0xCC, 0xCC, 0xCC}, {0xDD, 0xDD, 0xDD}, {0xEE, 0xEE, 0xEE},
        {0xFF, 0xFF, 0xFF}, {0x92, 0x49, 0x24}, {0x49, 0x24, 0x92}, {0x24, 0x92, 0x49},
        {0x6D, 0xB6, 0xDB}, {0xB6, 0xDB, 0x6D}, {0xDB, 0x6D, 0xB6},
    }};
    std::vector<Pass> passes(4, random_pass());
    for (const auto& p : patterns) {
        // A pattern of three equal bytes is a one-byte pattern: keeps chunks simple.
        if (p[0] == p[1] && p[1] == p[2]) passes.push_back(pattern_pass({p[0]}));
        else passes.push_back(pattern_pass({p.begin(), p.end()}));
    }
    passes.insert(passes.end(), 4, random_pass());
    return passes;
}

Result<Method> parse_custom(std::string_view spec, std::string_view body) {
    Method method{std::string(spec), NistCategory::clear, {}};
    std::size_t start = 0;
    while (start <= body.size()) {
        const std::size_t comma = body.find(',', start);
        const std::string_view token =
            body.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        if (token == "random") {
            method.passes.push_back(random_pass());
        } else {
            auto bytes = util::parse_hex(token);
            if (!bytes || bytes->empty() || bytes->size() > max_pattern_bytes)
                return make_error(Errc::invalid_argument, "custom pass \"" + std::string(token) + "\"");
            method.passes.push_back(pattern_pass(std::move(*bytes)));
        }
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return method;
}

}  // namespace

std::vector<std::string> method_names() {
    return {"zero", "random", "nist-clear", "dod-3", "gutmann", "custom:HEX[,HEX|random]..."};
}

Result<Method> parse_method(std::string_view spec) {
    const std::string name(spec);
    if (spec == "zero") return Method{name, NistCategory::clear, {pattern_pass({0x00})}};
    if (spec == "random") return Method{name, NistCategory::clear, {random_pass()}};
    // SP 800-88r1 Clear for flash and ATA media: a pattern, then its complement.
    if (spec == "nist-clear")
        return Method{name, NistCategory::clear, {pattern_pass({0x55}), pattern_pass({0xAA})}};
    // DoD 5220.22-M (E) three-pass: a character, its complement, a random character.
    if (spec == "dod-3")
        return Method{name, NistCategory::clear, {pattern_pass({0x00}), pattern_pass({0xFF}), random_pass()}};
    if (spec == "gutmann") return Method{name, NistCategory::clear, gutmann_passes()};
    constexpr std::string_view custom_prefix = "custom:";
    if (spec.starts_with(custom_prefix)) return parse_custom(spec, spec.substr(custom_prefix.size()));
    return make_error(Errc::invalid_argument, "method \"" + name + "\"");
}

}  // namespace sanitize::wipe
