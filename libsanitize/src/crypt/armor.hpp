// ASCII armor, strict PEM (RFC 7468 section 3) with the label "AGE ENCRYPTED FILE", streamed
// both ways so that an armored archive needs no more memory than a binary one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/result.hpp"

namespace sanitize::crypt::detail {

inline constexpr std::string_view armor_begin = "-----BEGIN AGE ENCRYPTED FILE-----";
inline constexpr std::string_view armor_end = "-----END AGE ENCRYPTED FILE-----";

class ArmorWriter {
public:
    explicit ArmorWriter(Sink sink) : sink_(std::move(sink)) {}
    Result<void> write(std::span<const std::uint8_t> bytes);
    Result<void> finish();

private:
    Result<void> emit_lines(bool all);
    Sink sink_;
    bool begun_ = false;
    std::vector<std::uint8_t> pending_;
};

// Lines of exactly 64 columns but the last, padding only at the very end, LF or CRLF, only
// whitespace outside the block: anything else is Errc::malformed_input ("armor: …").
class ArmorReader {
public:
    explicit ArmorReader(Sink sink) : sink_(std::move(sink)) {}
    [[nodiscard]] Result<void> write(std::span<const std::uint8_t> text);
    [[nodiscard]] Result<void> finish();

private:
    enum class State { before, body, after };
    Result<void> line(std::string_view text);
    Sink sink_;
    State state_ = State::before;
    bool last_line_seen_ = false;
    std::string partial_;
};

}  // namespace sanitize::crypt::detail
