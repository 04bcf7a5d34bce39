#include "wipe/pass_data.hpp"

#include <cstring>
#include <numeric>

#include "util/hex.hpp"

namespace sanitize::wipe {

namespace {

bool all_zero(std::span<const std::byte> bytes) {
    // OR whole words together: the compiler vectorises this, and intact data is the common case.
    std::uint64_t any = 0;
    std::size_t i = 0;
    for (; i + sizeof any <= bytes.size(); i += sizeof any) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, sizeof word);
        any |= word;
    }
    for (; i < bytes.size(); ++i) any |= static_cast<std::uint64_t>(bytes[i]);
    return any == 0;
}

// Sectors of `bytes` (which starts at `offset`) for which `differs` holds.
template <typename Differs>
std::vector<ByteRange> sectors_where(std::uint64_t offset, std::size_t size, std::uint32_t sector, Differs differs) {
    std::vector<ByteRange> found;
    for (std::size_t at = 0; at < size; at += sector) {
        const std::size_t length = std::min<std::size_t>(sector, size - at);
        if (!differs(at, length)) continue;
        if (!found.empty() && found.back().offset + found.back().length == offset + at) found.back().length += length;
        else found.push_back({offset + at, length});
    }
    return found;
}

}  // namespace

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

PassData PassData::create(const Pass& pass, const Keystream* keystream, std::size_t chunk_bytes, std::size_t alignment) {
    if (pass.kind != PassKind::random || keystream == nullptr) return create(pass, Generator::automatic, chunk_bytes, alignment);
    PassData data;
    const auto key = keystream->key().first<Keystream::key_bytes>();
    data.keystream_.emplace(Keystream::from_key(keystream->cipher(), key));
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

std::vector<ByteRange> PassData::differing_sectors(std::uint64_t offset, std::span<std::byte> actual,
                                                   std::uint32_t sector_bytes) const {
    if (keystream_) {
        keystream_->xor_into(offset, actual);  // intact data becomes zeros
        if (all_zero(actual)) return {};
        return sectors_where(offset, actual.size(), sector_bytes,
                             [&](std::size_t at, std::size_t n) { return !all_zero(actual.subspan(at, n)); });
    }
    const auto expected = bytes_at(offset, actual.size(), {});
    if (std::memcmp(actual.data(), expected.data(), actual.size()) == 0) return {};
    return sectors_where(offset, actual.size(), sector_bytes, [&](std::size_t at, std::size_t n) {
        return std::memcmp(actual.data() + at, expected.data() + at, n) != 0;
    });
}

std::string PassData::pattern_hex() const { return util::to_hex(pattern_); }

std::string PassData::generator_name() const {
    return keystream_ ? std::string(cipher_name(keystream_->cipher())) : std::string();
}

}  // namespace sanitize::wipe
