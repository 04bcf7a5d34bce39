// The verification read of a purge. What a purged medium holds is the drive's business (zeros,
// ones, or the old ciphertext under a new key, which reads as noise), so the check is not
// "zeros": every sampled range must be blank (one byte value throughout) or differ from what it
// held before the command. A range that still holds its old, non-blank bytes is a mismatch.
#include <sodium.h>

#include <algorithm>

#include "wipe/aligned_buffer.hpp"
#include "wipe/byte_ranges.hpp"
#include "purge/run.hpp"
#include "wipe/sampling.hpp"
#include "wipe/transfer.hpp"

namespace sanitize::purge::detail {
namespace {

// The wipe's reading pieces: aligned reads that skip unreadable sectors, the sampling plan.
using device::ByteRange;
using wipe::AlignedBuffer;
using wipe::SamplePlan;

constexpr std::size_t chunk_bytes = std::size_t{1} << 20;

struct RangeRead {
    std::array<unsigned char, 32> hash{};
    bool blank = true;
    std::vector<ByteRange> unreadable;
    std::optional<Error> fatal;
};

RangeRead read_one(device::Device& target, AlignedBuffer& buffer, const ByteRange& range, std::stop_token stop) {
    RangeRead out;
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, out.hash.size());
    std::optional<std::byte> first;
    const std::uint32_t sector = target.info().logical_sector_bytes;
    for (std::uint64_t done = 0; done < range.length;) {
        if (stop.stop_requested()) {
            out.fatal = make_error(Errc::cancelled, "purge verification");
            return out;
        }
        const auto length = static_cast<std::size_t>(std::min<std::uint64_t>(chunk_bytes, range.length - done));
        const std::span<std::byte> part = buffer.bytes().first(length);
        wipe::ChunkResult read = wipe::read_chunk(target, part, range.offset + done, sector, {});
        if (read.fatal) {
            out.fatal = read.fatal;
            return out;
        }
        out.unreadable.insert(out.unreadable.end(), read.bad.begin(), read.bad.end());
        if (!first) first = part.front();
        const std::byte value = *first;
        out.blank = out.blank && std::all_of(part.begin(), part.end(), [value](std::byte b) { return b == value; });
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(part.data()), part.size());
        done += length;
    }
    crypto_generichash_final(&state, out.hash.data(), out.hash.size());
    return out;
}

}  // namespace

Result<Fingerprint> fingerprint(device::Device& target, const VerifyPlan& plan, std::stop_token stop) {
    Fingerprint f;
    const device::DeviceInfo& info = target.info();
    if (plan.mode == VerifyMode::none || info.size_bytes == 0) return f;
    if (plan.mode == VerifyMode::sample) {
        SamplePlan sample = wipe::make_sample_plan(info.size_bytes, info.logical_sector_bytes, plan.sample_percent,
                                             wipe::random_sample_seed());
        f.ranges = std::move(sample.ranges);
        f.subsections = sample.subsections;
    } else {
        f.ranges = {{0, info.size_bytes}};
    }
    AlignedBuffer buffer(chunk_bytes, target.io_alignment());
    for (const ByteRange& range : f.ranges) {
        RangeRead read = read_one(target, buffer, range, stop);
        if (read.fatal) return *read.fatal;
        f.hashes.push_back(read.hash);
    }
    return f;
}

VerifyResult verify_changed(device::Device& target, const Fingerprint& before, std::stop_token stop,
                            std::optional<Error>& fatal) {
    VerifyResult v;
    v.mode = before.subsections > 0 || before.ranges.size() > 1 ? VerifyMode::sample : VerifyMode::all;
    v.sample_subsections = before.subsections;
    const auto start = std::chrono::steady_clock::now();
    AlignedBuffer buffer(chunk_bytes, target.io_alignment());
    for (std::size_t i = 0; i < before.ranges.size(); ++i) {
        RangeRead read = read_one(target, buffer, before.ranges[i], stop);
        if (read.fatal) {
            fatal = read.fatal;
            break;
        }
        v.unreadable.insert(v.unreadable.end(), read.unreadable.begin(), read.unreadable.end());
        if (!read.blank && read.hash == before.hashes[i]) v.mismatches.push_back(before.ranges[i]);
        v.bytes_verified += before.ranges[i].length;
    }
    v.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    v.bytes_per_second = v.seconds > 0 ? static_cast<double>(v.bytes_verified) / v.seconds : 0;
    const std::uint64_t size = target.info().size_bytes;
    v.coverage_percent = size == 0 ? 0 : 100.0 * static_cast<double>(v.bytes_verified) / static_cast<double>(size);
    return v;
}

}  // namespace sanitize::purge::detail
