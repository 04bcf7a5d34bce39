// The sampling plan for verification by sampling, after NIST SP 800-88r1 §4.7: the medium is
// cut into at least 1000 equal subsections and a window at a random place in each is read back,
// together with the first and the last sector, covering at least the asked share (>= 10%).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "sanitize/wipe.hpp"

namespace sanitize::wipe {

struct SamplePlan {
    std::vector<ByteRange> ranges;  // normalized, sector-aligned
    std::size_t subsections = 0;    // 0 when the medium was too small to sample: read whole
    std::uint64_t bytes = 0;
};

inline constexpr std::size_t min_subsections = 1000;

// `seed` picks the windows' places (from the CSPRNG in production, so that a device cannot
// know in advance which sectors will be read; fixed in tests).
SamplePlan make_sample_plan(std::uint64_t medium_bytes, std::uint32_t sector_bytes, double percent,
                            const std::array<unsigned char, 32>& seed);

// A fresh random seed for make_sample_plan.
std::array<unsigned char, 32> random_sample_seed();

}  // namespace sanitize::wipe
