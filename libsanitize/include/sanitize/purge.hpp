// Firmware purge: the drive erases itself (ATA SANITIZE / SECURITY ERASE UNIT, NVMe Sanitize /
// Format with secure erase, SCSI SANITIZE) or the kernel discards (BLKSECDISCARD / BLKDISCARD).
//
// The success rule: `purged` only when the drive accepted the command, completion of THIS
// operation was observed (progress seen, or a status that names this operation as completed),
// and the verification read afterwards found no sampled sector still holding what it held
// before. An idle drive also reports "no sanitize in progress": that alone is never success.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::purge {

// A purge is read back as a wipe is: the same plan, the same result.
using wipe::VerifyMode;
using wipe::VerifyPlan;
using wipe::VerifyResult;

enum class PurgeMethod {
    ata_sanitize_crypto,
    ata_sanitize_block,
    ata_sanitize_overwrite,
    ata_security_erase,
    ata_security_erase_enhanced,
    nvme_sanitize_crypto,
    nvme_sanitize_block,
    nvme_sanitize_overwrite,
    nvme_format_user_data,
    nvme_format_crypto,
    scsi_sanitize_crypto,
    scsi_sanitize_block,
    scsi_sanitize_overwrite,
    secure_discard,
    discard,
};

std::string_view purge_method_name(PurgeMethod method) noexcept;  // "ata-sanitize-crypto"
std::optional<PurgeMethod> parse_purge_method(std::string_view name) noexcept;
std::vector<PurgeMethod> all_purge_methods();

struct PurgeAvailability {
    PurgeMethod method{};
    bool available = false;
    std::string reason;  // why not: "loop_device", "not_supported", "security_frozen", ...
};

// What the target offers, from IDENTIFY / Identify Controller where the route allows (read-only
// commands); `channel` may be null for loop devices and images, which offer nothing.
std::vector<PurgeAvailability> purge_methods(const device::DeviceInfo& info, device::CommandChannel* channel);

enum class PurgeOutcome {
    purged,                // accepted, completion observed, verification read passed
    completed_unverified,  // completion observed, but the verification read did not pass
    unavailable,           // the target does not offer the method: nothing was sent
    refused,               // the drive is in a state that forbids it (security frozen, locked)
    failed,                // rejected, failed, or completion never observed
    aborted,               // stop requested while waiting
};
std::string_view to_string(PurgeOutcome outcome) noexcept;

struct PurgeOptions {
    PurgeMethod method = PurgeMethod::ata_sanitize_crypto;
    VerifyPlan verify{VerifyMode::sample, 10};
    std::chrono::milliseconds poll_interval{2000};
    std::size_t max_polls = 200'000;  // a bound, not a clock: tests and slow drives alike
};

struct PurgeProgress {
    std::size_t polls = 0;
    std::optional<double> percent;  // as the drive reports it
};

struct PurgeCallbacks {
    std::function<void(const PurgeProgress&)> on_progress;
    std::function<void(std::chrono::milliseconds)> sleep;  // empty: std::this_thread::sleep_for
};

struct PurgeReport {
    device::DeviceInfo device;
    PurgeMethod method{};
    VerifyPlan verify{VerifyMode::sample, 10};  // the read-back as planned (PurgeOptions::verify)
    bool accepted = false;             // the drive took the command without error
    bool progress_observed = false;    // a poll saw it in progress
    bool completion_observed = false;  // a status named this operation as completed
    std::size_t polls = 0;
    std::string detail;                // stable code: "security_frozen", "idle_status_without_progress", ...
    std::vector<std::string> commands_sent;
    std::optional<VerifyResult> verification;
    std::string verification_rule;     // "changed_or_blank", "zeros"
    PurgeOutcome outcome = PurgeOutcome::failed;
    std::optional<Error> error;
    std::chrono::system_clock::time_point started;
    std::chrono::system_clock::time_point finished;
};

// ---- NVMe scope. Sanitize acts on the whole NVM subsystem, and Format NVM on every namespace
// when the controller says so (FNA bit 0; bit 1 for a format with secure erase). Before either,
// every other namespace must pass the safety refusals that matter to it (mounted, system, swap,
// holders), or the purge is refused.
struct NamespaceRefusal {
    std::string kernel_name;  // the other namespace, "nvme0n1"
    device::Refusal refusal;
};

// What forbids `method` on the namespace `info` because of the other namespaces; empty when
// nothing does, or when the method reaches `info`'s namespace only. A format asks Identify
// Controller through `channel` (read-only); an unanswered one counts as reaching every
// namespace. An error when another namespace could not be inspected.
[[nodiscard]] Result<std::vector<NamespaceRefusal>> namespace_refusals(const device::DeviceInfo& info,
                                                                       device::CommandChannel* channel,
                                                                       PurgeMethod method);

// Issues the method through `channel`, polls until the drive reports completion or failure,
// then reads back `target` as planned. Never throws. Refuses before sending anything when the
// method is unavailable; `channel` may then be null.
PurgeReport run_purge(device::Device& target, device::CommandChannel* channel, const PurgeOptions& options,
                      const PurgeCallbacks& callbacks, std::stop_token stop);

std::string to_json(const PurgeReport& report);
std::string to_json(const std::vector<PurgeAvailability>& methods);

}  // namespace sanitize::purge
