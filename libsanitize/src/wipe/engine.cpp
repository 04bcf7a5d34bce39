// run_wipe: the passes of a method, one after another, each written, synced and verified as
// planned; the outcome is decided at the end from what was measured. With a checkpoint path the
// position is saved as it goes, and a wipe given its checkpoint continues from there.
#include <chrono>

#include "sanitize/checkpoint.hpp"
#include "wipe/byte_ranges.hpp"
#include "wipe/checkpointer.hpp"
#include "wipe/chunk_runner.hpp"
#include "wipe/job_plan.hpp"
#include "wipe/outcome.hpp"
#include "wipe/pass.hpp"

namespace sanitize::wipe {
namespace {

double rate(std::uint64_t bytes, double seconds) { return seconds > 0 ? static_cast<double>(bytes) / seconds : 0; }

// Where a pass starts: at its beginning, or where its checkpoint left it.
struct StartPoint {
    Phase phase = Phase::writing;
    std::uint64_t offset = 0;
    PassReport partial;  // what the interrupted session did below `offset`
};

struct PassRun {
    PassReport report;
    std::optional<Error> fatal;
    bool cancelled = false;
    bool sync_failed = false;
};

struct PassContext {
    device::Device& device;
    const JobPlan& plan;
    const WipeOptions& options;
    ProgressTracker& progress;
    Checkpointer& checkpoints;
    std::stop_token stop;
};

std::vector<ByteRange> joined(std::vector<ByteRange> a, const std::vector<ByteRange>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// The intersection of two normalized range sets.
std::vector<ByteRange> common(const std::vector<ByteRange>& a, const std::vector<ByteRange>& b) {
    return subtract(a, subtract(a, b));
}

// The verification so far, as a checkpoint records it: what lies below low_water.
VerifyResult partial_verification(const VerifyResult& before, const std::vector<ByteRange>& ranges,
                                  const PhaseSnapshot& s, const std::vector<ByteRange>& unwritten) {
    VerifyResult v = before;
    const auto done = below(ranges, s.low_water);
    const auto bad = normalized(joined(joined(s.mismatches, s.unreadable), unwritten));
    v.bytes_verified += total_length(done) - total_length(common(done, bad));
    v.mismatches = normalized(joined(v.mismatches, s.mismatches));
    v.unreadable = normalized(joined(v.unreadable, s.unreadable));
    return v;
}

// Checkpoints of a write phase: the pass as written below the mark, on top of what an earlier
// session of the same pass did. The engine hands it to the pass, which calls it as it goes.
class WriteCheckpoints final : public PassObserver {
public:
    WriteCheckpoints(PassContext& c, std::size_t index, const PassReport& before)
        : context_(c), index_(index), before_(before) {}
    void reached(const PhaseSnapshot& s) override {
        context_.checkpoints.tick(index_, Phase::writing, s.low_water, [&] {
            PassReport now = before_;
            now.unwritten = normalized(joined(before_.unwritten, s.unwritten));
            now.bytes_written = s.low_water - total_length(now.unwritten);
            now.seconds = before_.seconds + context_.progress.phase_seconds();
            return now;
        });
    }

private:
    PassContext& context_;
    std::size_t index_;
    const PassReport& before_;
};

// Checkpoints of a read-back: the verification below the mark, on top of an earlier session's.
class VerifyCheckpoints final : public PassObserver {
public:
    VerifyCheckpoints(PassContext& c, std::size_t index, const PassReport& pass, const VerifyResult& before,
                      const std::vector<ByteRange>& ranges)
        : context_(c), index_(index), pass_(pass), before_(before), ranges_(ranges) {}
    void reached(const PhaseSnapshot& s) override {
        context_.checkpoints.tick(index_, Phase::verifying, s.low_water, [&] {
            PassReport now = pass_;
            now.verification = partial_verification(before_, ranges_, s, pass_.unwritten);
            return now;
        });
    }

private:
    PassContext& context_;
    std::size_t index_;
    const PassReport& pass_;
    const VerifyResult& before_;
    const std::vector<ByteRange>& ranges_;
};

// Writes the pass from `start` and syncs it; r holds what an earlier session did below start.
void write_and_sync(PassContext& c, const PassIo& io, std::size_t index, std::uint64_t start, PassRun& run) {
    PassReport& r = run.report;
    const PassReport before = r;
    WriteCheckpoints checkpoints(c, index, before);
    c.progress.begin_phase(index, Phase::writing, c.device.info().size_bytes, start);
    WritePassResult written = write_pass(io, start, &checkpoints);
    r.seconds = before.seconds + written.seconds;
    r.bytes_written = before.bytes_written + written.bytes_written;
    r.write_bytes_per_second = rate(written.bytes_written, written.seconds);
    r.unwritten = normalized(joined(before.unwritten, written.unwritten));
    r.synced = written.synced;
    run.fatal = std::move(written.fatal);
    run.cancelled = written.cancelled;
    run.sync_failed = written.sync_failed;
}

void verify(PassContext& c, const PassIo& io, std::size_t index, const StartPoint* start, PassRun& run) {
    PassReport& r = run.report;
    const bool resumed = start != nullptr && start->phase == Phase::verifying && start->partial.verification;
    const auto dropped = c.device.drop_cache();
    const bool bypassed = dropped && *dropped;
    if (!bypassed) c.progress.diagnose({Diagnostic::Kind::cache_not_bypassed, 0, 0, 0});
    VerifyResult before;
    if (resumed) before = *start->partial.verification;
    before.mode = c.plan.verify_mode;
    before.sample_subsections = c.plan.sample_subsections;
    // Every session's read-back must come from the medium for the whole to count as such.
    before.cache_bypassed = bypassed && (!resumed || before.cache_bypassed);
    const std::vector<ByteRange> ranges = resumed ? from(c.plan.verify_ranges, start->offset) : c.plan.verify_ranges;
    if (!resumed) (void)c.checkpoints.save(index, Phase::verifying, 0, r);  // the write is synced: a boundary

    VerifyCheckpoints checkpoints(c, index, r, before, ranges);
    VerifyResult v = before;
    c.progress.begin_phase(index, Phase::verifying, total_length(c.plan.verify_ranges),
                           total_length(c.plan.verify_ranges) - total_length(ranges));
    VerifyRangesResult checked = verify_pass(io, ranges, r.unwritten, &checkpoints);
    const double seconds = c.progress.phase_seconds();
    c.progress.end_phase();
    v.seconds = before.seconds + seconds;
    v.bytes_verified = before.bytes_verified + checked.bytes_verified;
    v.bytes_per_second = rate(checked.bytes_verified, seconds);
    const std::uint64_t size = c.device.info().size_bytes;
    v.coverage_percent = size > 0 ? 100.0 * static_cast<double>(v.bytes_verified) / static_cast<double>(size) : 0;
    v.mismatches = normalized(joined(v.mismatches, checked.mismatches));
    v.unreadable = normalized(joined(v.unreadable, checked.unreadable));
    r.verification = std::move(v);
    run.fatal = std::move(checked.fatal);
    run.cancelled = checked.cancelled;
}

PassRun run_pass(PassContext& c, std::size_t index, const StartPoint* start) {
    const Pass& pass = c.plan.passes[index];
    const std::size_t alignment = c.device.io_alignment();
    const std::size_t chunk = chunk_bytes_for(c.options.chunk_bytes, alignment, std::max<std::size_t>(1, pass.pattern.size()));
    const Keystream* key = c.plan.keys[index] ? &*c.plan.keys[index] : nullptr;
    const PassData data = PassData::create(pass, key, chunk, alignment);
    const PassIo io{c.device, data, chunk, c.plan.workers, c.progress, c.stop, c.options.throttle};

    PassRun run;
    PassReport& r = run.report;
    if (start != nullptr) r = start->partial;
    r.index = index;
    r.kind = pass.kind;
    r.pattern_hex = data.pattern_hex();
    r.generator = data.generator_name();
    if (start == nullptr || start->phase == Phase::writing) {
        write_and_sync(c, io, index, start ? start->offset : 0, run);
        if (run.fatal || run.cancelled) return run;
    }
    if (c.plan.verify_pass[index]) verify(c, io, index, start, run);
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

// The plan, the checkpoint state and where to start; an error when nothing may be written.
struct Prepared {
    JobPlan plan;
    Checkpoint state;
    std::size_t first_pass = 0;
    std::optional<StartPoint> start;
};

Result<Prepared> prepare(const WipeReport& report, const WipeOptions& options) {
    const bool checkpoints = !options.checkpoint_path.empty() || options.resume_from;
    DeviceIdentity identity;
    if (checkpoints) {
        Result<DeviceIdentity> id = identity_of(report.device);
        if (!id) return id.error();
        identity = std::move(*id);
    }
    if (!options.resume_from) {
        Prepared p{plan_job(report.device, options), {}, 0, std::nullopt};
        // Only with a file to keep it in: the state holds the keys as text.
        if (checkpoints) p.state = initial_checkpoint(identity, p.plan, options);
        return p;
    }
    const Checkpoint& saved = *options.resume_from;
    // The front end checked this already; a library caller may not have.
    if (std::string field = identity_difference(saved.device, identity); !field.empty()) return make_error(Errc::conflict, field);
    Result<JobPlan> plan = plan_resumed_job(report.device, saved, options);
    if (!plan) return plan.error();
    Prepared p{std::move(*plan), saved, saved.pass_index, StartPoint{saved.phase, saved.low_water, saved.current}};
    p.state.interruptions.push_back({saved.saved, std::chrono::system_clock::now(), saved.pass_index, saved.phase, saved.low_water});
    return p;
}

void describe(WipeReport& report, const device::Device& target, const WipeOptions& options) {
    report.device = target.info();
    report.method = options.method.name;
    report.category = options.method.category;
    report.blank = options.blank;
    report.verify = options.verify;
    if (options.resume_from) {
        const Checkpoint& saved = *options.resume_from;
        if (Result<Method> method = parse_method(saved.method)) report.category = method->category;
        report.method = saved.method;
        report.blank = saved.blank;
        report.verify = saved.verify;
    }
    report.direct_io = target.direct_io();
}

// Runs the passes from p.first_pass; says whether a stop or a failed sync ended the job early.
Ending run_passes(device::Device& target, Prepared& p, const WipeOptions& options, Checkpointer& checkpoints,
                  ProgressTracker& progress, std::stop_token stop, WipeReport& report) {
    PassContext context{target, p.plan, options, progress, checkpoints, stop};
    const std::size_t count = p.plan.passes.size();
    for (std::size_t i = p.first_pass; i < count; ++i) {
        PassRun run = run_pass(context, i, i == p.first_pass && p.start ? &*p.start : nullptr);
        report.passes.push_back(run.report);
        if (run.fatal) report.error = std::move(run.fatal);
        if (report.error || run.cancelled) return Ending{run.cancelled, run.sync_failed};
        checkpoints.pass_finished(run.report);
        if (i + 1 < count) {
            PassReport next;
            next.index = i + 1;
            next.kind = p.plan.passes[i + 1].kind;
            (void)checkpoints.save(i + 1, Phase::writing, 0, std::move(next));
            if (stop.stop_requested()) return Ending{true, false};
        }
    }
    return Ending{};
}

}  // namespace

WipeReport run_wipe(device::Device& target, const WipeOptions& options, const Callbacks& callbacks,
                    std::stop_token stop) {
    WipeReport report;
    describe(report, target, options);
    // Read-only commands, before any write: an overwrite cannot reach what the drive hides.
    // Read here only when the caller has not (the wipe job reads them once, through its media).
    report.hidden_areas = options.hidden_areas ? *options.hidden_areas : device::probe_hidden_areas(report.device);
    report.smart = options.smart ? *options.smart : device::read_smart(report.device);
    report.started = std::chrono::system_clock::now();

    Ending ending;
    Result<Prepared> prepared = prepare(report, options);
    if (!prepared) {
        report.error = prepared.error();
    } else if (prepared->plan.passes.empty() || report.device.size_bytes == 0) {
        report.error = make_error(Errc::invalid_argument, prepared->plan.passes.empty() ? "method without passes" : "empty medium");
    } else {
        Prepared& p = *prepared;
        report.passes = p.state.finished_passes;
        report.interruptions = p.state.interruptions;
        if (options.resume_from) report.started = p.state.started;
        Checkpointer checkpoints(target, options.checkpoint_path, options.checkpoint_interval, p.state);
        StartPoint origin = p.start.value_or(StartPoint{});
        // The first checkpoint of a new wipe already names its first pass as the plan has it.
        if (!p.start) origin.partial.kind = p.plan.passes.front().kind;
        // Before the first write: a wipe that cannot be resumed must not pretend it can.
        if (Result<void> saved = checkpoints.save(p.first_pass, origin.phase, origin.offset, origin.partial); !saved) {
            report.error = saved.error();
        } else {
            ProgressTracker progress(callbacks, p.plan.passes.size(), p.plan.total_work_bytes);
            ending = run_passes(target, p, options, checkpoints, progress, stop, report);
            // Interrupted (a stop, or an error such as the device vanishing): keep it to resume.
            const bool keep = ending.stopped || report.error.has_value();
            checkpoints.finish(keep);
            report.checkpoint_kept = keep && checkpoints.saved_once();
        }
    }
    // The last pass's direct flag may have changed: a fallback to buffered I/O mid-wipe.
    report.direct_io = target.direct_io();
    add_totals(report);
    decide_outcome(report, ending);
    report.finished = std::chrono::system_clock::now();
    return report;
}

}  // namespace sanitize::wipe
