#include "wipe/sampling.hpp"

#include <sodium.h>

#include <algorithm>
#include <cmath>

#include "util/sodium_init.hpp"
#include "wipe/byte_ranges.hpp"

namespace sanitize::wipe {
namespace {

// Deterministic uniform numbers in [0, bound) from a seed: ChaCha20 keystream, rejection-free
// for our bounds (64-bit draws, bias below 2^-40 for any medium of less than 2^24 sectors per
// subsection).
class SeededDraws {
public:
    explicit SeededDraws(const std::array<unsigned char, 32>& seed) : seed_(seed) {}
    std::uint64_t below(std::uint64_t bound) {
        if (bound <= 1) return 0;
        std::array<unsigned char, 8> bytes{};
        const std::array<unsigned char, crypto_stream_chacha20_NONCEBYTES> nonce{};
        crypto_stream_chacha20_xor_ic(bytes.data(), bytes.data(), bytes.size(), nonce.data(), counter_++, seed_.data());
        std::uint64_t value = 0;
        for (const unsigned char b : bytes) value = (value << 8) | b;
        return value % bound;
    }

private:
    std::array<unsigned char, 32> seed_;
    std::uint64_t counter_ = 0;
};

}  // namespace

std::array<unsigned char, 32> random_sample_seed() {
    util::ensure_sodium_initialized();
    std::array<unsigned char, 32> seed{};
    randombytes_buf(seed.data(), seed.size());
    return seed;
}

SamplePlan make_sample_plan(std::uint64_t medium_bytes, std::uint32_t sector_bytes, double percent,
                            const std::array<unsigned char, 32>& seed) {
    util::ensure_sodium_initialized();
    SamplePlan plan;
    const std::uint64_t sectors = (medium_bytes + sector_bytes - 1) / sector_bytes;
    const double share = std::clamp(percent, 10.0, 100.0) / 100.0;
    // Fewer than two sectors per subsection, or asking for everything: read it all.
    if (sectors < 2 * min_subsections || share >= 1.0) {
        plan.ranges = {{0, medium_bytes}};
        plan.bytes = medium_bytes;
        return plan;
    }
    SeededDraws draws(seed);
    const std::uint64_t per_subsection = sectors / min_subsections;  // the last one takes the rest
    std::vector<ByteRange> ranges{{0, sector_bytes}};
    for (std::uint64_t i = 0; i < min_subsections; ++i) {
        const std::uint64_t first = i * per_subsection;
        const std::uint64_t count = i + 1 == min_subsections ? sectors - first : per_subsection;
        const auto window = std::max<std::uint64_t>(
            1, static_cast<std::uint64_t>(std::ceil(static_cast<double>(count) * share)));
        const std::uint64_t start = first + draws.below(count - window + 1);
        ranges.push_back({start * sector_bytes, window * sector_bytes});
    }
    const std::uint64_t last_sector = (sectors - 1) * sector_bytes;
    ranges.push_back({last_sector, sector_bytes});
    // Clip to the medium: an image's last sector may be partial.
    for (ByteRange& r : ranges) r.length = std::min(r.length, medium_bytes - std::min(r.offset, medium_bytes));
    plan.ranges = normalized(std::move(ranges));
    plan.subsections = min_subsections;
    plan.bytes = total_length(plan.ranges);
    return plan;
}

}  // namespace sanitize::wipe
