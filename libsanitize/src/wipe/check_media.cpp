// check_media: a later, independent read-back of a medium against a fixed byte pattern.
#include <chrono>

#include "wipe/byte_ranges.hpp"
#include "wipe/chunk_runner.hpp"
#include "util/hex.hpp"
#include "wipe/pass.hpp"
#include "wipe/sampling.hpp"

namespace sanitize::wipe {

MediaCheckReport check_media(device::Device& target, const MediaCheckOptions& options, const Callbacks& callbacks,
                             std::stop_token stop) {
    MediaCheckReport report;
    report.device = target.info();
    report.expected_hex = util::to_hex(options.expected_pattern);
    report.started = std::chrono::system_clock::now();
    const std::uint64_t size = report.device.size_bytes;
    if (options.expected_pattern.empty() || size == 0) {
        report.error = make_error(Errc::invalid_argument, size == 0 ? "empty medium" : "no expected pattern");
        report.finished = std::chrono::system_clock::now();
        return report;
    }

    VerifyResult& v = report.verification;
    v.mode = options.plan.mode == VerifyMode::sample ? VerifyMode::sample : VerifyMode::all;
    std::vector<ByteRange> ranges{{0, size}};
    if (v.mode == VerifyMode::sample) {
        SamplePlan plan = make_sample_plan(size, report.device.logical_sector_bytes, options.plan.sample_percent,
                                           random_sample_seed());
        ranges = std::move(plan.ranges);
        v.sample_subsections = plan.subsections;
    }
    const std::size_t alignment = target.io_alignment();
    const std::size_t chunk = chunk_bytes_for(options.chunk_bytes, alignment, options.expected_pattern.size());
    const PassData data = PassData::create(Pass{PassKind::pattern, options.expected_pattern}, Generator::automatic,
                                           chunk, alignment);
    ProgressTracker progress(callbacks, 1, total_length(ranges));
    const PassIo io{target, data, chunk, worker_count(options.workers), progress, stop, {}};

    const auto dropped = target.drop_cache();
    v.cache_bypassed = dropped && *dropped;
    progress.begin_phase(0, Phase::verifying, total_length(ranges));
    VerifyRangesResult checked = verify_pass(io, ranges, {}, nullptr);
    v.seconds = progress.phase_seconds();
    progress.end_phase();

    v.bytes_verified = checked.bytes_verified;
    v.bytes_per_second = v.seconds > 0 ? static_cast<double>(v.bytes_verified) / v.seconds : 0;
    v.coverage_percent = 100.0 * static_cast<double>(v.bytes_verified) / static_cast<double>(size);
    v.mismatches = std::move(checked.mismatches);
    v.unreadable = std::move(checked.unreadable);
    report.error = std::move(checked.fatal);
    if (checked.cancelled && !report.error) report.error = make_error(Errc::cancelled, "verify-media");
    report.matches = !report.error && v.mismatches.empty() && v.unreadable.empty();
    report.finished = std::chrono::system_clock::now();
    return report;
}

}  // namespace sanitize::wipe
