// Wipe and certify: the whole workflow of `sanitize wipe`, the GUI's Wipe page and every front
// end to come. Each target is inspected and held to the safety rules, the batch is confirmed,
// checkpoints and hidden areas are settled, and only then is anything written: all targets in
// parallel, one report and one certificate each.
#pragma once

#include <cstddef>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/jobs/certificate.hpp"
#include "sanitize/jobs/confirmation.hpp"
#include "sanitize/jobs/media.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::jobs {

struct WipeTarget {
    std::string path;      // as the operator named it
    std::string asset_id;  // the ledger asset this medium is; empty: none
};

// Resumable wipes (docs/resume.md). Without a directory the wipe keeps no state and cannot be
// continued; a resume without one finds nothing to continue.
struct CheckpointRequest {
    std::string directory;  // the state directory; created 0700 when missing
    bool resume = false;    // continue the wipe saved for each medium
    bool discard = false;   // a new wipe: remove the medium's checkpoint instead of refusing
    // Continue each medium that has a checkpoint and start the others anew, in one batch: the
    // boot-and-wipe station after a power cut, where nobody is there to say --resume.
    bool resume_where_saved = false;
};

// Restoring the native size before the wipe (HPA, AMA; a DCO only when asked): what the reset
// did goes into the report, and so into the certificate.
struct HiddenAreaRequest {
    bool reset = false;
    bool restore_dco = false;
};

struct WipeRequest {
    std::vector<WipeTarget> targets;
    // Method, verification, blank, generator, workers, intervals. checkpoint_path, resume_from,
    // hidden_areas and smart are the job's to set, per target.
    wipe::WipeOptions options;
    CheckpointRequest checkpoints;
    HiddenAreaRequest hidden_areas;
    Certification certification;
    MediaAccess* media = nullptr;  // null: system_media()
};

// What the job tells its front end. Called on the caller's thread, except progress, diagnostic
// and wiped, which come from each target's own thread while the targets are wiped in parallel.
class WipeObserver {
public:
    virtual ~WipeObserver() = default;
    // Every target inspected and allowed by the safety rules; nothing written yet. An error
    // stops the job with nothing written (declined: Errc::refused; interrupted: Errc::cancelled).
    virtual Result<void> confirm(const std::vector<device::DeviceInfo>& targets) = 0;
    virtual void inspected(std::size_t /*target*/, const device::DeviceInfo& /*info*/) {}
    virtual void hidden_areas_reset(std::size_t /*target*/, const device::DeviceInfo& /*info*/,
                                    const device::HiddenResetReport& /*report*/) {}
    // Every check passed and every target is open: the wipes start now.
    virtual void writing(const std::vector<device::DeviceInfo>& /*targets*/) {}
    virtual void progress(std::size_t /*target*/, const wipe::Progress& /*progress*/) {}
    virtual void diagnostic(std::size_t /*target*/, const wipe::Diagnostic& /*diagnostic*/) {}
    virtual void wiped(std::size_t /*target*/, const wipe::WipeReport& /*report*/) {}
};

struct WipedTarget {
    wipe::WipeReport report;
    std::optional<CertifiedWipe> certificate;
    std::optional<Error> certificate_error;  // the wipe ran; its certificate could not be issued
};

struct WipeResult {
    std::vector<WipedTarget> targets;  // in the order of the request
};

// The whole workflow. An error means nothing was written to any target: a certificate that
// could not be issued (key, asset), a target missing or refused (every problem of every target
// in Error::also), two paths to one medium (Reason::same_medium), a confirmation the observer
// refused, a checkpoint to resume or to keep (Reason::checkpoint_*), a hidden-area reset that
// did not complete, a target that would not open, or a stop before the first write. Once the
// wipes began, every target has its report (and, with a signer, its certificate or the reason
// it has none).
[[nodiscard]] Result<WipeResult> wipe_and_certify(const WipeRequest& request, WipeObserver& observer,
                                                  std::stop_token stop);

// The targets as wipe_and_certify's first look finds them (missing, of no kind it wipes, empty,
// mounted, ...), for a front end to refuse them before it asks for anything: a key's passphrase
// asked for a wipe that cannot start is a question for nothing. wipe_and_certify looks again.
[[nodiscard]] Result<void> check_wipe_targets(const WipeRequest& request);

}  // namespace sanitize::jobs
