// Prepare a carry-out stick (POLICY: erase the stick completely, carry the data encrypted):
// `sanitize prepare` and the GUI's Carry-out page. Wipe with verification and a certificate, a
// fresh FAT32 file system, the encrypted folder and a note for the receiver, the archive read
// back from the stick, and only then the carry-out record.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/device.hpp"
#include "sanitize/jobs/certificate.hpp"
#include "sanitize/jobs/confirmation.hpp"
#include "sanitize/jobs/media.hpp"
#include "sanitize/jobs/records.hpp"
#include "sanitize/jobs/signer.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::jobs {

// exfat is accepted by name and refused (Reason::exfat_unsupported): no userspace tool copies
// files into exFAT, and the stick is never mounted.
enum class StickFileSystem { fat32, exfat };
std::string_view stick_file_system_name(StickFileSystem kind) noexcept;  // "fat32"

enum class PrepareStep { wipe, certify, format, write_archive, write_readme, check_archive, record };
inline constexpr std::size_t prepare_step_count = 7;
std::string_view prepare_step_name(PrepareStep step) noexcept;  // "write_archive"
std::optional<PrepareStep> parse_prepare_step(std::string_view name) noexcept;

// Whose rights read the folder. A privileged front end runs as root for someone who is not:
// it runs `reading` (every look at the folder, on whichever thread it happens) with that
// person's rights, so that root's never reach a folder the person could not read themselves.
class FolderReader {
public:
    virtual ~FolderReader() = default;
    [[nodiscard]] virtual Result<void> read(const std::function<Result<void>()>& reading) const = 0;
};

struct PrepareStickRequest {
    std::string device;  // the stick as the operator named it
    std::filesystem::path folder;
    const FolderReader* folder_reader = nullptr;  // null: the process's own rights
    std::vector<crypt::X25519Recipient> recipients;
    const crypt::ScryptRecipient* passphrase = nullptr;  // instead of recipients; the caller's
    std::string asset_id;                                // empty: not a ledger asset
    std::optional<int> classification;                   // nullopt: the asset's
    Approval approval;
    std::string due;                                     // YYYY-MM-DD: when the stick is to come back
    wipe::WipeOptions wipe;  // its verification must not be `none`
    CertificateRequest certificate;
    CertifyOptions certify;
    StickFileSystem file_system = StickFileSystem::fat32;
    std::string label = "CARRYOUT";  // the volume label: up to 11 of A-Z 0-9 _ -
    std::string readme_name = "README-DECRYPT.txt";
    MediaAccess* media = nullptr;  // null: system_media()
};

// Called one at a time, never concurrently: on the caller's thread or on a helper thread it is
// waiting for (the archive streams into mcopy from one).
class PrepareObserver {
public:
    virtual ~PrepareObserver() = default;
    // The stick inspected, allowed by the safety rules and every check passed; nothing written.
    // An error stops the job with nothing written (declined: refused; interrupted: cancelled).
    virtual Result<void> confirm(const device::DeviceInfo& stick) = 0;
    virtual void inspected(const device::DeviceInfo& /*stick*/) {}
    virtual void step_started(PrepareStep /*step*/) {}
    virtual void step_finished(PrepareStep /*step*/, bool /*ok*/) {}
    virtual void progress(const wipe::Progress& /*wipe*/) {}
    // write_archive: plaintext bytes of the folder; check_archive: archive bytes read back.
    virtual void bytes(PrepareStep /*step*/, std::uint64_t /*done*/, std::uint64_t /*total*/) {}
};

struct StickFile {
    std::string name;
    std::uint64_t bytes = 0;
};

struct PreparedStick {
    device::DeviceInfo device;  // the stick as inspected
    wipe::WipeReport wipe_report;
    std::optional<CertifiedWipe> certificate;
    StickFileSystem file_system = StickFileSystem::fat32;
    std::string label;
    std::vector<StickFile> files;  // on the stick, archive first
    std::string archive_sha256;    // hex, of the bytes written and read back
    crypt::FolderStats folder;
    bool archive_checked = false;  // read back from the stick and authenticated to its end
    std::optional<ledger::Event> carry_out;
    // A failure once the wipe began: the step, why, and whether the stick was then left with
    // an empty file system (no half-written archive). Nothing is recorded as carried out.
    std::optional<PrepareStep> failed_step;
    std::optional<Error> error;
    bool emptied_after_failure = false;
    bool ok() const noexcept { return !error.has_value(); }
};

// What needs nothing but the request, so that a front end can refuse a typo before it opens the
// ledger or asks for a passphrase: the file system (Reason::exfat_unsupported), the verification
// (Reason::verification_required) and the label (Reason::label_spec).
[[nodiscard]] Result<void> check_prepare_options(const PrepareStickRequest& request);

// Everything that can be known before the stick is touched (recipients may still be missing,
// so that a passphrase is asked for only after the checks): the stick inspected and allowed by
// the safety rules, verification not `none`, the folder, the approval for the level, the
// signer's right to write both events, the certificate directory, mkfs.vfat and mcopy
// (Reason::program_missing) and that the archive fits (Reason::fat32_file_limit, stick_size).
[[nodiscard]] Result<void> check_prepare_stick(Signer& signer, const PrepareStickRequest& request);

// The whole path: the checks above, the confirmation, wipe and certificate, a fresh file
// system, the archive streamed onto it (no plaintext or ciphertext file anywhere) and a text
// file for the receiver, the archive read back from the stick and authenticated with the file
// key kept from encryption, then the media.carry_out record. An error result means nothing was
// touched; later failures are in PreparedStick::error.
[[nodiscard]] Result<PreparedStick> prepare_stick(Signer& signer, const PrepareStickRequest& request,
                                                  PrepareObserver& observer, std::stop_token stop);

}  // namespace sanitize::jobs
