// Workflows that compose the capabilities, so that the CLI and the GUI run each one the same way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/attach.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::jobs {

// Wipes every opened target at once, each on its own thread; one report per target, in the
// order given. callbacks_for(i) gives target i's callbacks, which run on that target's thread.
std::vector<wipe::WipeReport> wipe_in_parallel(
    const std::vector<device::Device*>& targets, const wipe::WipeOptions& options,
    const std::function<wipe::Callbacks(std::size_t)>& callbacks_for, std::stop_token stop);

// The same with options per target (each resumable wipe has its own checkpoint).
std::vector<wipe::WipeReport> wipe_in_parallel(
    const std::vector<device::Device*>& targets, const std::vector<wipe::WipeOptions>& options,
    const std::function<wipe::Callbacks(std::size_t)>& callbacks_for, std::stop_token stop);

// ---- Resumable wipes (docs/resume.md; wipe_checkpoint.cpp)

struct CheckpointRequest {
    std::string directory;    // the state directory; created 0700 when missing
    bool resume = false;      // continue the wipe saved for this medium
    bool discard = false;     // a new wipe: remove this medium's checkpoint instead of refusing
};

// `options` with the target's checkpoint path, and for a resume the saved wipe to continue.
// Errors: resume without a checkpoint Errc::not_found (context: the path); a corrupt checkpoint
// Errc::malformed_input; a checkpoint of another medium in the same place Errc::conflict
// (context: the field that differs); a new wipe while a checkpoint exists Errc::refused
// (context: the path), unless `discard`.
Result<wipe::WipeOptions> checkpointed_options(const device::DeviceInfo& target, const wipe::WipeOptions& options,
                                               const CheckpointRequest& request);

}  // namespace sanitize::jobs

// ---- A wipe's certificate: checked before the wipe, issued and written after it.

namespace sanitize::jobs {

// Whether the ledger lets this key sign an event of this type now: registered with this very
// public key, not revoked, valid now, of a role that may write the type. Errc::refused with the
// reason as context otherwise. The ledger applies the same rules when appending; jobs ask first
// so that no work is done that cannot be recorded.
[[nodiscard]] Result<ledger::KeyRecord> authorise_signer(ledger::Ledger& ledger, const keys::PublicKey& key,
                                                         ledger::EventType type);

// What the person at the keyboard says about the wipe; the rest comes from the ledger.
struct CertificateRequest {
    std::string asset_id;  // empty: the medium is not a ledger asset
    cert::Destination destination = cert::Destination::reuse;
    std::string destination_detail;
    std::string customer;
    std::string comments;
    std::string department;  // the organisation's department and site, as printed
    std::string location;
    int classification_after = 0;  // an erased medium holds nothing classified
};

// Run before wiping, so that no medium is erased without the certificate it needs: the
// operator's key must be registered in the ledger, not revoked, valid now and of a role that
// may write wipe.certificate (Errc::refused with the reason as context), and a named asset must
// be in the ledger (Errc::not_found). Returns the certificate context for every target of the
// wipe: organisation, operator, host, asset and its classification before.
[[nodiscard]] Result<cert::CertificateContext> certificate_context(ledger::Ledger& ledger,
                                                                   const keys::PublicKey& operator_key,
                                                                   const CertificateRequest& request);

struct CertificateFiles {
    std::string json;       // <dir>/certificate-<id>.json
    std::string signature;  // the same + ".minisig", where `minisign -Vm` looks for it
    std::string pdf;        // <dir>/certificate-<id>.pdf; empty when not written
};

struct CertifyOptions {
    std::string directory = ".";
    bool pdf = true;
};

struct CertifiedWipe {
    cert::IssuedCertificate issued;
    CertificateFiles files;
    // The PDF is the paper copy of the signed JSON: failing to render it (no font) leaves the
    // certificate valid, so it is reported here rather than as the step's error.
    std::optional<Error> pdf_error;
};

// Builds the certificate of one wipe report, appends its wipe.certificate event (signed by the
// operator) and writes cert.json, its signature and the PDF. The directory is checked to be
// writable before the ledger is touched, so a ledger event without its files needs a failure
// between the two writes; the error then names the file that is missing.
[[nodiscard]] Result<CertifiedWipe> certify_wipe(const wipe::WipeReport& report, cert::CertificateContext context,
                                                 const keys::SecretKey& operator_key, ledger::Ledger& ledger,
                                                 const CertifyOptions& options);

// The same for a firmware purge (`sanitize purge`): a wipe.certificate event whose nist_category
// is purge, and the certificate of cert::build_purge_certificate. Errc::refused, before the
// ledger is touched, for a purge that sent nothing (unavailable, refused): no certificate then.
// `hidden_areas`, `smart`: the probe and the health read made before the purge, when they ran.
[[nodiscard]] Result<CertifiedWipe> certify_purge(const wipe::PurgeReport& report,
                                                  const std::optional<device::HiddenAreaReport>& hidden_areas,
                                                  const std::optional<device::SmartSummary>& smart,
                                                  cert::CertificateContext context, const keys::SecretKey& operator_key,
                                                  ledger::Ledger& ledger, const CertifyOptions& options);

}  // namespace sanitize::jobs

// ---- Hidden areas before a wipe (`sanitize wipe --reset-hidden-areas`; the GUI may offer it too).
namespace sanitize::jobs {

// device::reset_hidden_areas through a writable command channel opened here (none for loop
// devices and images: not_applicable). After a reset the device is inspected again: when the
// kernel still reports less than the drive now offers, Errc::refused with context
// "kernel_size_stale" (the drive was changed; re-plug or rescan it before wiping); otherwise `info`
// is replaced by the device as inspected now. Outcomes other than `reset` come back as they are
// for the caller to act on.
[[nodiscard]] Result<device::HiddenResetReport> reset_hidden_areas(device::DeviceInfo& info,
                                                                   const device::HiddenResetOptions& options);

}  // namespace sanitize::jobs

// ---- An attachment's disclosure record.

namespace sanitize::jobs {

// What the ledger keeps of an attachment that was sent: never the password.
struct DisclosureRecord {
    std::string archive_name;  // the file name as sent, without its directory
    std::string recipient;     // to whom (a name or an address), as typed
    int classification = 1;    // 0-2, of the information in the attachment
    std::string asset_id;      // empty: not a ledger asset
    attach::Disclosure disclosure;
};

// Appends the attachment.disclosure event, signed by the sender.
[[nodiscard]] Result<ledger::Event> record_disclosure(ledger::Ledger& ledger, const keys::SecretKey& sender,
                                                      const DisclosureRecord& record);

}  // namespace sanitize::jobs

// ---- Carry-out records (POLICY "Taking data out of the office").

namespace sanitize::jobs {

// Who approved taking the data out. Level 1 needs the department head's approval, level 2 the
// representative director's (who may approve any level).
enum class ApproverTitle { none, department_head, representative_director };
std::string_view approver_title_name(ApproverTitle title) noexcept;  // "department_head"
std::optional<ApproverTitle> parse_approver_title(std::string_view name) noexcept;

struct Approval {
    std::string name;
    ApproverTitle title = ApproverTitle::none;
};

// Errc::refused naming what is missing when `approval` does not suffice for `classification`;
// Errc::invalid_argument for a classification outside 0-2. Asked before encrypting.
[[nodiscard]] Result<void> check_approval(int classification, const Approval& approval);

struct CarryOutRecord {
    std::string asset_id;  // empty: not a ledger asset
    int classification = 0;
    Approval approval;
    std::string archive_name;    // the encrypted file, without its directory
    std::string archive_sha256;  // hex
    std::vector<std::string> recipient_fingerprints;  // crypt::recipient_fingerprint of each
    bool passphrase = false;                          // a passphrase (scrypt) recipient was used
    std::string medium_serial;                        // the stick it leaves on, when known
    std::string wipe_certificate_id;                  // the stick's wipe before it was written, when known
};

// The level a carry-out is recorded with: the one given, else the asset's in the ledger.
// Errc::not_found for an asset the ledger does not hold; Errc::invalid_argument when neither
// is there (a carry-out without a level is not recordable).
[[nodiscard]] Result<int> carry_out_classification(ledger::Ledger& ledger, const std::string& asset_id,
                                                   std::optional<int> given);

// Appends media.carry_out after check_approval, signed by the person carrying the data out.
[[nodiscard]] Result<ledger::Event> record_carry_out(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                     const CarryOutRecord& record);

struct ReturnRecord {
    std::string asset_id;
    std::string medium_serial;
    std::string remarks;
};

// Appends media.return: the medium came back.
[[nodiscard]] Result<ledger::Event> record_return(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                  const ReturnRecord& record);

}  // namespace sanitize::jobs

// ---- A certificate as an auditor checks it (`sanitize cert verify`, the GUI's Audit page).

namespace sanitize::jobs {

struct CertificateFileSet {
    std::string certificate;  // the bytes of cert.json
    std::string signature;    // cert.json.minisig
    std::optional<std::string> countersignature;  // cert.json.validator.minisig, when present
};

// Reads a certificate, its signature beside it and its countersignature when there is one.
// A file that cannot be read is its error (the context names it).
[[nodiscard]] Result<CertificateFileSet> read_certificate_files(const std::string& certificate_path);

struct CertificateCheckOptions {
    ledger::Ledger* ledger = nullptr;            // null: the ledger checks are not_checked
    std::optional<keys::PublicKey> operator_key{};  // empty: the ledger's registration of the signer
    std::optional<keys::PublicKey> trusted_root{};
};

struct CertificateVerification {
    cert::VerifyReport operator_report;
    std::optional<cert::VerifyReport> validation;  // of the countersignature, when there is one
    std::optional<cert::Person> validator;         // who countersigned, when that verified
    bool ok() const noexcept;
};

// Every check of the signature and the countersignature. Errc::not_found with the key id (hex)
// as context when a signature's key is neither given nor registered in the ledger; other errors
// when a signature does not even name a key (Errc::malformed_input) or the ledger cannot be read.
[[nodiscard]] Result<CertificateVerification> verify_certificate_files(const CertificateFileSet& files,
                                                                       const CertificateCheckOptions& options);

}  // namespace sanitize::jobs

// ---- Preparing a carry-out stick (POLICY: erase the stick completely, carry the data encrypted).

namespace sanitize::jobs {

// exfat is accepted by name and refused (Errc::invalid_argument, context "exfat: no writer"):
// no userspace tool copies files into exFAT, and the stick is never mounted.
enum class StickFileSystem { fat32, exfat };
std::string_view stick_file_system_name(StickFileSystem kind) noexcept;  // "fat32"

enum class PrepareStep { wipe, certify, format, write_archive, write_readme, check_archive, record };
std::string_view prepare_step_name(PrepareStep step) noexcept;  // "write_archive"

struct PrepareStickRequest {
    device::DeviceInfo device;  // as inspected and confirmed; the safety rules are applied again
    std::filesystem::path folder;
    std::vector<crypt::X25519Recipient> recipients;
    const crypt::ScryptRecipient* passphrase = nullptr;  // instead of recipients; the caller's
    std::string asset_id;                                // empty: not a ledger asset
    std::optional<int> classification;                   // nullopt: the asset's
    Approval approval;
    wipe::WipeOptions wipe;  // its verification must not be `none`
    CertificateRequest certificate;
    CertifyOptions certify;
    StickFileSystem file_system = StickFileSystem::fat32;
    std::string label = "CARRYOUT";  // the volume label: up to 11 of A-Z 0-9 _ -
    std::string readme_name = "README-DECRYPT.txt";
};

// Called one at a time, never concurrently: on the caller's thread or on a helper thread it is
// waiting for (the archive streams into mcopy from one); `wipe` as run_wipe calls it.
struct PrepareCallbacks {
    std::function<void(PrepareStep)> on_step_started;
    std::function<void(PrepareStep, bool ok)> on_step_finished;
    wipe::Callbacks wipe;
    // write_archive: plaintext bytes of the folder; check_archive: archive bytes read back.
    std::function<void(PrepareStep, std::uint64_t done, std::uint64_t total)> on_bytes;
};

struct StickFile {
    std::string name;
    std::uint64_t bytes = 0;
};

struct PreparedStick {
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

// Everything that can be known before the stick is touched (recipients may still be missing,
// so that a passphrase is asked for only after the checks): the safety rules, verification
// not `none`, the folder, the approval for the level, the signer's right to write both events,
// the certificate directory, mkfs.vfat and mcopy (context "program NAME (package PKG)"), and
// that the archive fits (context "fat32 file limit" or "stick size": Errc::refused).
[[nodiscard]] Result<void> check_prepare_stick(ledger::Ledger& ledger, const keys::PublicKey& operator_key,
                                               const PrepareStickRequest& request);

// The whole path: check_prepare_stick, wipe and certificate, a fresh file system, the archive
// streamed onto it (no plaintext or ciphertext file anywhere) and a text file for the
// receiver, the archive read back from the stick and authenticated with the file key kept
// from encryption, then the media.carry_out record. An error result means nothing was touched;
// later failures are in PreparedStick::error.
[[nodiscard]] Result<PreparedStick> prepare_stick(ledger::Ledger& ledger, const keys::SecretKey& operator_key,
                                                  const PrepareStickRequest& request,
                                                  const PrepareCallbacks& callbacks, std::stop_token stop);

}  // namespace sanitize::jobs
