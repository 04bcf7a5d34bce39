#include "crypt/armor.hpp"

#include <algorithm>

#include "crypt/encoding.hpp"

namespace sanitize::crypt::detail {
namespace {

constexpr std::size_t line_columns = 64;
constexpr std::size_t line_bytes = line_columns / 4 * 3;
constexpr std::size_t longest_line = 128;  // past this a line is garbage, not armor

Error bad_armor(std::string what) { return make_error(Errc::malformed_input, "armor: " + std::move(what)); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

Result<void> put(const Sink& sink, std::string_view text) {
    return sink(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

}  // namespace

Result<void> ArmorWriter::emit_lines(bool all) {
    std::string text;
    if (!begun_) {
        text = std::string(armor_begin) + "\n";
        begun_ = true;
    }
    std::size_t done = 0;
    while (pending_.size() - done >= line_bytes || (all && done < pending_.size())) {
        const std::size_t take = std::min(line_bytes, pending_.size() - done);
        text += encode_base64(std::span(pending_).subspan(done, take), true);
        text += '\n';
        done += take;
    }
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(done));
    if (all) text += std::string(armor_end) + "\n";
    return text.empty() ? Result<void>() : put(sink_, text);
}

Result<void> ArmorWriter::write(std::span<const std::uint8_t> bytes) {
    pending_.insert(pending_.end(), bytes.begin(), bytes.end());
    return pending_.size() >= 64 * line_bytes ? emit_lines(false) : Result<void>();
}

Result<void> ArmorWriter::finish() { return emit_lines(true); }

Result<void> ArmorReader::line(std::string_view text) {
    if (text.ends_with('\r')) text.remove_suffix(1);
    switch (state_) {
    case State::before:
        if (text != armor_begin) return bad_armor("no BEGIN line");
        state_ = State::body;
        return {};
    case State::body: {
        if (text == armor_end) {
            state_ = State::after;
            return {};
        }
        if (last_line_seen_) return bad_armor("line after the last one");
        if (text.empty() || text.size() > line_columns) return bad_armor("bad line length");
        const bool padded = text.back() == '=';
        if (text.size() < line_columns || padded) last_line_seen_ = true;
        auto bytes = decode_base64(text, true);
        if (!bytes) return bad_armor("not canonical base64");
        return sink_(*bytes);
    }
    case State::after:
        break;
    }
    return bad_armor("data after the END line");
}

Result<void> ArmorReader::write(std::span<const std::uint8_t> text) {
    for (const std::uint8_t byte : text) {
        const char c = static_cast<char>(byte);
        if (state_ == State::after || (state_ == State::before && partial_.empty())) {
            if (is_space(c)) continue;  // whitespace around the block is allowed
            if (state_ == State::after) return bad_armor("data after the END line");
        }
        if (c != '\n') {
            partial_ += c;
            if (partial_.size() > longest_line) return bad_armor("line too long");
            continue;
        }
        auto done = line(partial_);
        partial_.clear();
        if (!done) return done;
    }
    return {};
}

Result<void> ArmorReader::finish() {
    if (!partial_.empty()) {
        auto done = line(partial_);  // the END line without a final line break
        partial_.clear();
        if (!done) return done;
    }
    if (state_ != State::after) return bad_armor("no END line");
    return {};
}

}  // namespace sanitize::crypt::detail
