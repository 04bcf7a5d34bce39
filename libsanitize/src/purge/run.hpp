// The pieces of run_purge: one issuer per command family, sharing the report they fill and the
// one polling loop, and the before/after verification read.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

#include "drive/nvme_commands.hpp"
#include "sanitize/purge.hpp"

namespace sanitize::purge::detail {

struct Run {
    device::CommandChannel& channel;
    const PurgeOptions& options;
    const PurgeCallbacks& callbacks;
    std::stop_token stop;
    PurgeReport& report;

    // Waits one poll interval; false when a stop was requested (the report is then aborted).
    bool wait();
    void progress(std::optional<double> percent);
    // Ends the issuer without success: outcome and a stable code.
    void end(PurgeOutcome outcome, std::string detail);
};

// One status read of a purge that runs in the background, as the issuer understands its drive.
struct PollStatus {
    bool failed = false;
    bool in_progress = false;
    std::optional<double> percent;  // while in progress, as the drive reports it
    bool completed = false;         // the status names this operation as completed
    bool fresh = false;             // ... and differs from the status before the command
};

// Polls until the drive reports completion (seen in progress first, or `fresh`), failure, or
// too many idle polls; ends the run on anything but completion. `poll` gives nullopt when the
// status could not be read. The one loop for ATA, NVMe and SCSI (poll.cpp).
void poll_until_complete(Run& run, const std::function<std::optional<PollStatus>()>& poll);

// Each issuer sends its command, polls, and sets accepted / progress_observed /
// completion_observed; on any failure it calls end(). run_purge verifies afterwards.
void ata_sanitize(Run& run);
void ata_security_erase(Run& run);
void nvme_sanitize(Run& run);
void nvme_format(Run& run);
void scsi_sanitize(Run& run);
void discard(Run& run);

bool is_ata(PurgeMethod method);
bool is_nvme(PurgeMethod method);
bool is_scsi(PurgeMethod method);

// Whether `method` reaches namespaces besides the target's: Sanitize always; Format NVM when
// FNA says so, or when the controller's answer is unknown (nullopt).
bool reaches_all_namespaces(PurgeMethod method, const std::optional<device::nvme::Controller>& controller);

// The refusals of other namespaces that forbid a purge reaching them: mounted, system, swap,
// holders (a partition or read-only flag of another namespace does not protect its data).
std::vector<NamespaceRefusal> refusals_of(const std::vector<device::DeviceInfo>& namespaces);

// What the sampled ranges held before the purge, one hash each, to tell afterwards whether a
// range still holds it.
struct Fingerprint {
    std::vector<device::ByteRange> ranges;
    std::vector<std::array<unsigned char, 32>> hashes;
    std::size_t subsections = 0;
};
[[nodiscard]] Result<Fingerprint> fingerprint(device::Device& target, const VerifyPlan& plan, std::stop_token stop);

// Passes when every sampled range is blank (one byte value throughout) or differs from what it
// held before. Unchanged, non-blank ranges are mismatches.
VerifyResult verify_changed(device::Device& target, const Fingerprint& before, std::stop_token stop,
                            std::optional<Error>& fatal);

}  // namespace sanitize::purge::detail
