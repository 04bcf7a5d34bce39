// Sets of byte ranges (bad sectors, mismatches) kept sorted and merged.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "sanitize/wipe.hpp"

namespace sanitize::wipe {

// Sorts and merges touching or overlapping ranges.
inline std::vector<ByteRange> normalized(std::vector<ByteRange> ranges) {
    std::sort(ranges.begin(), ranges.end(),
              [](const ByteRange& a, const ByteRange& b) { return a.offset < b.offset; });
    std::vector<ByteRange> merged;
    for (const ByteRange& r : ranges) {
        if (r.length == 0) continue;
        if (!merged.empty() && merged.back().offset + merged.back().length >= r.offset) {
            const auto end = std::max(merged.back().offset + merged.back().length, r.offset + r.length);
            merged.back().length = end - merged.back().offset;
        } else {
            merged.push_back(r);
        }
    }
    return merged;
}

// Parts of `from` not covered by `remove` (both normalized).
inline std::vector<ByteRange> subtract(const std::vector<ByteRange>& from, const std::vector<ByteRange>& remove) {
    std::vector<ByteRange> rest;
    for (ByteRange r : from) {
        std::uint64_t cursor = r.offset;
        const std::uint64_t end = r.offset + r.length;
        for (const ByteRange& cut : remove) {
            const std::uint64_t cut_end = cut.offset + cut.length;
            if (cut_end <= cursor || cut.offset >= end) continue;
            if (cut.offset > cursor) rest.push_back({cursor, cut.offset - cursor});
            cursor = std::max(cursor, cut_end);
        }
        if (cursor < end) rest.push_back({cursor, end - cursor});
    }
    return rest;
}

// Parts of normalized `ranges` below `limit` / at or above it.
inline std::vector<ByteRange> below(const std::vector<ByteRange>& ranges, std::uint64_t limit) {
    return subtract(ranges, {{limit, UINT64_MAX - limit}});
}
inline std::vector<ByteRange> from(const std::vector<ByteRange>& ranges, std::uint64_t limit) {
    return subtract(ranges, {{0, limit}});
}

inline std::uint64_t total_length(const std::vector<ByteRange>& ranges) {
    std::uint64_t total = 0;
    for (const ByteRange& r : ranges) total += r.length;
    return total;
}

}  // namespace sanitize::wipe
