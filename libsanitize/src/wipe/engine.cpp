// run_wipe: the passes of a method, one after another, each written, synced and verified as
// planned; the outcome is decided at the end from what was measured.
#include <chrono>

#include "wipe/byte_ranges.hpp"
#include "wipe/chunk_runner.hpp"
#include "wipe/outcome.hpp"
#include "wipe/pass_io.hpp"
#include "wipe/sampling.hpp"

namespace sanitize::wipe {
namespace {

// What the whole job plans to do, fixed before the first byte is written so that progress and
// ETA cover every pass and every verification.
struct JobPlan {
    std::vector<Pass> passes;
    std::vector<bool> verify_pass;
    std::vector<ByteRange> verify_ranges;  // the whole medium, or the sample
    std::size_t sample_subsections = 0;
    std::uint64_t total_work_bytes = 0;
    unsigned workers = 2;
};

JobPlan plan_job(const device::DeviceInfo& info, const WipeOptions& options) {
    JobPlan plan;
    plan.passes = options.method.passes;
    if (options.blank) plan.passes.push_back(Pass{PassKind::pattern, {0x00}});
    plan.workers = worker_count(options.workers);
    const std::size_t count = plan.passes.size();
    for (std::size_t i = 0; i < count; ++i) {
        const bool last = i + 1 == count;
        plan.verify_pass.push_back(options.verify.mode == VerifyMode::all ||
                                   (last && options.verify.mode != VerifyMode::none));
    }
    plan.verify_ranges = {{0, info.size_bytes}};
    if (options.verify.mode == VerifyMode::sample) {
        SamplePlan sample = make_sample_plan(info.size_bytes, info.logical_sector_bytes,
                                             options.verify.sample_percent, random_sample_seed());
        plan.verify_ranges = std::move(sample.ranges);
        plan.sample_subsections = sample.subsections;
    }
    const std::uint64_t verify_bytes = total_length(plan.verify_ranges);
    for (std::size_t i = 0; i < count; ++i)
        plan.total_work_bytes += info.size_bytes + (plan.verify_pass[i] ? verify_bytes : 0);
    return plan;
}

double rate(std::uint64_t bytes, double seconds) { return seconds > 0 ? static_cast<double>(bytes) / seconds : 0; }

struct PassRun {
    PassReport report;
    std::optional<Error> fatal;
    bool cancelled = false;
};

VerifyResult run_verification(const PassIo& io, const JobPlan& plan, VerifyMode mode, const PassReport& written,
                              PassRun& run) {
    VerifyResult v;
    v.mode = mode;
    v.sample_subsections = plan.sample_subsections;
    const auto dropped = io.device.drop_cache();
    v.cache_bypassed = dropped && *dropped;
    if (!v.cache_bypassed) io.progress.diagnose({Diagnostic::Kind::cache_not_bypassed, 0, 0, 0});
    const auto started = std::chrono::steady_clock::now();
    VerifyRangesResult checked = verify_ranges(io, plan.verify_ranges, written.unwritten);
    v.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    v.bytes_verified = checked.bytes_verified;
    v.bytes_per_second = rate(checked.bytes_verified, v.seconds);
    const std::uint64_t size = io.device.info().size_bytes;
    v.coverage_percent = size > 0 ? 100.0 * static_cast<double>(checked.bytes_verified) / static_cast<double>(size) : 0;
    v.mismatches = std::move(checked.mismatches);
    v.unreadable = std::move(checked.unreadable);
    run.fatal = std::move(checked.fatal);
    run.cancelled = checked.cancelled;
    return v;
}

PassRun run_pass(device::Device& device, const JobPlan& plan, std::size_t index, const WipeOptions& options,
                 ProgressTracker& progress, std::stop_token stop) {
    const Pass& pass = plan.passes[index];
    const std::size_t alignment = device.io_alignment();
    const std::size_t chunk = chunk_bytes_for(options.chunk_bytes, alignment, std::max<std::size_t>(1, pass.pattern.size()));
    const PassData data = PassData::create(pass, options.generator, chunk, alignment);
    const PassIo io{device, data, chunk, plan.workers, progress, stop};
    const std::uint64_t size = device.info().size_bytes;

    PassRun run;
    PassReport& r = run.report;
    r.index = index;
    r.kind = pass.kind;
    r.pattern_hex = data.pattern_hex();
    r.generator = data.generator_name();
    progress.begin_phase(index, Phase::writing, size);
    WritePassResult written = write_pass(io);
    r.seconds = progress.phase_seconds();
    progress.end_phase();
    r.bytes_written = written.bytes_written;
    r.write_bytes_per_second = rate(written.bytes_written, r.seconds);
    r.unwritten = std::move(written.unwritten);
    run.fatal = std::move(written.fatal);
    run.cancelled = written.cancelled;
    if (run.fatal || run.cancelled) return run;

    progress.begin_phase(index, Phase::syncing, 0);
    const auto synced = device.sync();  // EIO here: data we counted as written may be lost
    progress.end_phase();
    r.synced = synced.has_value();
    if (!synced) {
        run.fatal = synced.error();
        return run;
    }
    if (!plan.verify_pass[index]) return run;
    const VerifyMode mode = options.verify.mode == VerifyMode::sample ? VerifyMode::sample : VerifyMode::all;
    progress.begin_phase(index, Phase::verifying, total_length(plan.verify_ranges));
    r.verification = run_verification(io, plan, mode, r, run);
    progress.end_phase();
    return run;
}

void add_totals(WipeReport& report) {
    std::vector<ByteRange> bad;
    for (const PassReport& pass : report.passes) {
        report.bytes_written += pass.bytes_written;
        bad.insert(bad.end(), pass.unwritten.begin(), pass.unwritten.end());
        if (!pass.verification) continue;
        report.bytes_verified += pass.verification->bytes_verified;
        bad.insert(bad.end(), pass.verification->unreadable.begin(), pass.verification->unreadable.end());
    }
    report.bad_ranges = normalized(std::move(bad));
}

}  // namespace

WipeReport run_wipe(device::Device& target, const WipeOptions& options, const Callbacks& callbacks,
                    std::stop_token stop) {
    WipeReport report;
    report.device = target.info();
    // Read-only commands, before any write: an overwrite cannot reach what the drive hides.
    report.hidden_areas = device::probe_hidden_areas(report.device);
    report.method = options.method.name;
    report.category = options.method.category;
    report.blank = options.blank;
    report.verify = options.verify;
    report.direct_io = target.direct_io();
    report.started = std::chrono::system_clock::now();

    const JobPlan plan = plan_job(report.device, options);
    bool stopped = false;
    if (plan.passes.empty() || report.device.size_bytes == 0) {
        report.error = make_error(Errc::invalid_argument, plan.passes.empty() ? "method without passes" : "empty medium");
    } else {
        ProgressTracker progress(callbacks, plan.passes.size(), plan.total_work_bytes);
        for (std::size_t i = 0; i < plan.passes.size() && !stopped && !report.error; ++i) {
            PassRun run = run_pass(target, plan, i, options, progress, stop);
            report.passes.push_back(std::move(run.report));
            if (run.fatal) report.error = std::move(run.fatal);
            stopped = run.cancelled || (stop.stop_requested() && i + 1 < plan.passes.size());
        }
    }
    // The last pass's direct flag may have changed: a fallback to buffered I/O mid-wipe.
    report.direct_io = target.direct_io();
    add_totals(report);
    decide_outcome(report, stopped);
    report.finished = std::chrono::system_clock::now();
    return report;
}

}  // namespace sanitize::wipe
