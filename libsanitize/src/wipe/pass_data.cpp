#include "wipe/pass_data.hpp"

#include <numeric>

#include "wipe/hex.hpp"

namespace sanitize::wipe {

std::size_t chunk_bytes_for(std::size_t requested, std::size_t alignment, std::size_t period) {
    const std::size_t unit = std::lcm(alignment, period);
    return std::max(unit, requested / unit * unit);
}

PassData PassData::create(const Pass& pass, Generator generator, std::size_t chunk_bytes, std::size_t alignment) {
    PassData data;
    if (pass.kind == PassKind::random) {
        data.keystream_.emplace(Keystream::generate(resolve_generator(generator)));
        return data;
    }
    data.pattern_ = pass.pattern;
    // One extra period so that a view may start at any phase and still be chunk_bytes long.
    auto buffer = std::make_shared<AlignedBuffer>(chunk_bytes + data.period(), alignment);
    auto bytes = buffer->bytes();
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = std::byte{data.pattern_[i % data.pattern_.size()]};
    data.pattern_buffer_ = std::move(buffer);
    return data;
}

std::span<const std::byte> PassData::bytes_at(std::uint64_t offset, std::size_t length,
                                              std::span<std::byte> scratch) const {
    if (keystream_) {
        auto out = scratch.first(length);
        keystream_->fill(offset, out);
        return out;
    }
    const auto phase = static_cast<std::size_t>(offset % period());
    return pattern_buffer_->bytes().subspan(phase, length);
}

std::string PassData::pattern_hex() const { return to_hex(pattern_); }

std::string PassData::generator_name() const {
    return keystream_ ? std::string(cipher_name(keystream_->cipher())) : std::string();
}

}  // namespace sanitize::wipe
