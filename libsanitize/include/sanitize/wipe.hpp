// The overwrite engine: methods as tables of passes, verification, outcomes that never claim
// more than was measured.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/result.hpp"

namespace sanitize::wipe {

enum class PassKind { pattern, random };

struct Pass {
    PassKind kind = PassKind::pattern;
    std::vector<std::uint8_t> pattern;  // repeated over the medium; empty for random passes
};

enum class NistCategory { clear, purge };

struct Method {
    std::string name;  // "random", "dod-3", "custom:00,ff,random", ...
    NistCategory category = NistCategory::clear;
    std::vector<Pass> passes;
};

// "zero", "random", "nist-clear", "dod-3", "gutmann", "custom:HEX[,HEX|random]..."
Result<Method> parse_method(std::string_view spec);
std::vector<std::string> method_names();

enum class VerifyMode { none, last, all, sample };

struct VerifyPlan {
    VerifyMode mode = VerifyMode::last;
    double sample_percent = 0;  // only for VerifyMode::sample; at least 10
};

// "none", "last", "all", "sample:P" (P in [10, 100], "%" allowed)
Result<VerifyPlan> parse_verify(std::string_view spec);
std::string_view to_string(VerifyMode mode) noexcept;  // "none", "last", "all", "sample"

enum class Generator { automatic, aes256_ctr, chacha20 };

struct Checkpoint;  // sanitize/checkpoint.hpp

struct WipeOptions {
    Method method{};
    bool blank = false;  // a final zero pass, so that anyone can re-verify without a secret
    VerifyPlan verify;
    Generator generator = Generator::automatic;
    unsigned workers = 0;                          // 0: one per core, at least two
    std::size_t chunk_bytes = std::size_t{4} << 20;  // per I/O; rounded to the device alignment
    // Resumable wipes (docs/resume.md). With a path, the wipe's state is saved there before the
    // first write, at every phase boundary and every checkpoint_interval; the file is removed
    // when the wipe runs to its end and kept when it is interrupted or an error ends it early.
    std::string checkpoint_path;
    std::chrono::milliseconds checkpoint_interval{5000};
    // Continue this saved wipe instead of starting one: method, blank, verification plan,
    // generator and keys come from it, and the options above of the same name are ignored.
    std::shared_ptr<const Checkpoint> resume_from;
    // What the drive's firmware said before the wipe, when the caller read it already (the wipe
    // job does, once, and a hidden-area reset leaves its own record): the report carries these.
    // Left empty, the engine reads them itself before the first write.
    std::optional<device::HiddenAreaReport> hidden_areas;
    std::optional<device::SmartSummary> smart;
    // Tests only: a pause after every chunk, so that a test can interrupt a small medium mid-pass.
    std::chrono::microseconds throttle{0};
};

using device::ByteRange;

enum class Phase { writing, syncing, verifying };

// A wipe that stopped (crash, kill, power cut, device gone) and was continued from its checkpoint.
struct Interruption {
    std::chrono::system_clock::time_point last_checkpoint;  // the last state saved before it
    std::chrono::system_clock::time_point resumed;
    std::size_t pass_index = 0;  // where the wipe continued
    Phase phase = Phase::writing;
    std::uint64_t offset = 0;
};

struct Progress {
    std::size_t pass_index = 0;  // 0-based, over the passes actually run (blank included)
    std::size_t pass_count = 0;
    Phase phase = Phase::writing;
    std::uint64_t phase_bytes_done = 0;
    std::uint64_t phase_bytes_total = 0;
    double bytes_per_second = 0;  // of this phase so far
    std::optional<std::chrono::seconds> eta;  // whole job, all remaining passes and verifications
};

struct Diagnostic {
    enum class Kind { direct_io_fallback, bad_sector, retry_succeeded, cache_not_bypassed } kind;
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
    int sys_errno = 0;
};

struct Callbacks {
    std::function<void(const Progress&)> on_progress;        // a few times a second at most
    std::function<void(const Diagnostic&)> on_diagnostic;
};

enum class Outcome { erased, erased_with_exceptions, aborted, failed };
std::string_view to_string(Outcome outcome) noexcept;

struct VerifyResult {
    VerifyMode mode = VerifyMode::none;
    std::uint64_t bytes_verified = 0;
    double coverage_percent = 0;        // bytes_verified / medium size
    std::size_t sample_subsections = 0;  // for sampling
    std::vector<ByteRange> mismatches;   // read back, but not what was written
    std::vector<ByteRange> unreadable;   // could not be read back (EIO)
    bool cache_bypassed = false;         // the read-back came from the medium, not memory
    double seconds = 0;
    double bytes_per_second = 0;
};

// What was read back, as expected or not: bytes_verified alone counts only the expected bytes,
// so a medium read whole that differs everywhere would seem not read at all. Unreadable sectors
// and sectors known unwritten (already exceptions of the write) are not counted.
inline std::uint64_t bytes_read(const VerifyResult& v) {
    std::uint64_t read = v.bytes_verified;
    for (const ByteRange& range : v.mismatches) read += range.length;
    return read;
}

struct PassReport {
    std::size_t index = 0;
    PassKind kind = PassKind::pattern;
    std::string pattern_hex;  // "00", "ff", "924924"; empty for random
    std::string generator;    // "aes-256-ctr" / "chacha20" for random passes
    std::uint64_t bytes_written = 0;
    std::vector<ByteRange> unwritten;  // sectors that refused the write (EIO after retries)
    bool synced = false;
    std::optional<VerifyResult> verification;
    double seconds = 0;
    double write_bytes_per_second = 0;
};

struct WipeReport {
    device::DeviceInfo device;
    // HPA/DCO/AMA as probed before the wipe; empty when no probe ran (reports then say unknown).
    std::optional<device::HiddenAreaReport> hidden_areas;
    // SMART / NVMe health as read before the wipe; empty when no read ran (reports say so).
    std::optional<device::SmartSummary> smart;
    std::string method;
    NistCategory category = NistCategory::clear;
    bool blank = false;
    VerifyPlan verify;
    bool direct_io = false;
    std::vector<PassReport> passes;
    Outcome outcome = Outcome::failed;
    std::vector<std::string> exceptions;  // why the outcome is not `erased`, as stable codes
    std::optional<Error> error;           // the error that ended the wipe, if one did
    std::uint64_t bytes_written = 0;      // over all passes
    std::uint64_t bytes_verified = 0;     // over all verifications
    std::vector<ByteRange> bad_ranges;    // union of unwritten and unreadable ranges
    // Sessions of a resumed wipe: bytes_written and bytes_verified above count the medium as if
    // the wipe had run uninterrupted (bytes re-written after a resume are not counted twice).
    std::vector<Interruption> interruptions;
    bool checkpoint_kept = false;  // the wipe can be continued from options.checkpoint_path
    std::chrono::system_clock::time_point started;
    std::chrono::system_clock::time_point finished;
};

// Overwrites the whole device with every pass of the method (and the blank pass), verifies as
// planned and decides the outcome from what was measured. Never throws; errors end up in the
// report with outcome `failed` (or `aborted` after a stop request).
WipeReport run_wipe(device::Device& target, const WipeOptions& options, const Callbacks& callbacks,
                    std::stop_token stop);

struct MediaCheckOptions {
    std::vector<std::uint8_t> expected_pattern{};  // {0x00} for zeros, {0xHH} for a byte
    VerifyPlan plan{};                           // last/all: full read; sample: NIST sampling
    unsigned workers = 0;
    std::size_t chunk_bytes = std::size_t{4} << 20;
};

struct MediaCheckReport {
    device::DeviceInfo device;
    std::string expected_hex;
    VerifyResult verification;
    bool matches = false;  // every byte read was the pattern and nothing was unreadable
    std::optional<Error> error;
    std::chrono::system_clock::time_point started;
    std::chrono::system_clock::time_point finished;
};

// Re-reads a medium later (sanitize verify-media): does it hold only the expected pattern?
MediaCheckReport check_media(device::Device& target, const MediaCheckOptions& options,
                             const Callbacks& callbacks, std::stop_token stop);

// Reports as JSON documents (UTF-8), the format of `--json` and of certificates to come.
std::string to_json(const WipeReport& report);
std::string to_json(const MediaCheckReport& report);

}  // namespace sanitize::wipe
