// The boot-and-wipe station (docs/station.md): a PC booted from a USB stick or the network
// wipes its own internal disks, and the certificates name the PC as well as each disk. What a
// second front end would need lives here: the PC's identity (SMBIOS), its disks without the
// station's own stick, the data partition with the site settings, keys and evidence, the list
// of PCs an admin signed for unattended wipes, the wipe itself through the jobs, and the one-page
// summary of a PC. The text interface (station/) only asks and shows.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/cert.hpp"
#include "sanitize/config.hpp"
#include "sanitize/device.hpp"
#include "sanitize/drive.hpp"
#include "sanitize/jobs.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::station {

// ---- The PC (dmi.cpp)

// The PC as its firmware names it, from the directory the kernel exports the SMBIOS tables to
// (/sys/class/dmi/id; the serial and UUID are readable by root only). Unreadable fields and
// the placeholders vendors leave in ("To Be Filled By O.E.M.", "Default string", all zeros…)
// are empty: a PC is never named by a value it shares with thousands of others.
cert::Computer read_computer(const std::string& dmi_dir = "/sys/class/dmi/id");

// Whether a firmware string is a placeholder rather than a value (case and blanks ignored).
bool is_placeholder(std::string_view value);

// ---- The data partition (data_partition.cpp)

// The stick's writable partition, found and mounted by the image's init (docs/station.md):
//   station.conf                 site settings, sanitize.conf(5) format (method, verify,
//                                language, department, organisation, unattended)
//   operator.key, operator.pass  the operator's minisign key; the passphrase file only for
//                                unattended stations (a key registered for that stick alone)
//   admin.pub, pcs.txt, pcs.txt.minisig   the signed list of PCs for unattended wipes
//   ledger.db                    the outbox: the embedded ledger the events go to until synced
//   evidence/<PC>/               certificates and the summary of each PC
//   checkpoints/                 interrupted wipes, resumed on the next boot
struct DataPartition {
    std::string root;
    std::string path(std::string_view name) const { return root + "/" + std::string(name); }
};

// Errc::not_found (context: the path) when the directory or its station.conf is missing;
// Errc::refused (context "not a mount point") when `require_mount` and the directory is on the
// same file system as its parent: the station then runs from RAM, and evidence written there
// would be gone at power-off. Errc::permission_denied when it cannot be written to.
[[nodiscard]] Result<DataPartition> open_data_partition(const std::string& root, bool require_mount = true);

struct Settings {
    std::string organisation;  // empty: the ledger's
    std::string department;
    wipe::Method method;       // default: random
    wipe::VerifyPlan verify;   // default: last (a full read-back of the last pass)
    std::string language;      // "ja", "en", or empty: the front end decides
    bool unattended = false;
};

// station.conf through the configuration module, as the site file layer; the environment is
// not consulted (the station has none of its own). Settings that the layout fixes (ledger, key,
// certificate_dir, checkpoint_dir) are refused. Problems come back as the module words them.
struct SettingsRead {
    Settings settings;
    std::vector<config::Diagnostic> problems;  // not empty: do not start
};
SettingsRead read_settings(const DataPartition& data);

// Where this PC's evidence goes: evidence/<serial, else UUID, else "unknown-pc">, the name
// reduced to letters, digits, '-', '_' and '.'. Created when missing.
[[nodiscard]] Result<std::string> evidence_directory(const DataPartition& data, const cert::Computer& pc);

// The outbox (outbox.cpp): the embedded SQLite ledger on the data partition, which the
// shared-ledger sync takes its signed events from. The one place that knows where it is.
[[nodiscard]] Result<ledger::Ledger> open_outbox(const DataPartition& data);

// ---- The PC's disks (disks.cpp)

struct Disk {
    device::DeviceInfo info;
    device::HiddenAreaReport hidden_areas;  // as probed now (IDENTIFY; nothing is changed)
    device::SmartSummary smart;
    bool internal = false;                  // neither on USB nor removable: the PC's own disk
    std::vector<device::Refusal> refusals;  // the safety rules it breaks; empty: may be wiped
};

struct DiskListOptions {
    std::string data_root;  // the data partition's mount point: its disk is the station's stick
    bool probe = true;      // ask the drives for hidden areas and SMART (false: tests, listing)
};

// Every whole disk of the PC except the stick that holds the data partition, and except
// loop, RAM, optical and device-mapper devices, which are never a PC's disk.
[[nodiscard]] Result<std::vector<Disk>> list_disks(const DiskListOptions& options);

// The kernel name of the whole disk that holds the file system at `path` ("sdb"); "" when it is
// not on a disk (tmpfs, the initramfs).
std::string disk_holding(const std::string& path);

// ---- Unattended wipes: the signed list of PCs (pc_list.cpp)

// A text file of DMI serial numbers, one a line ('#' starts a comment), signed with an admin's
// key in minisign's format (`minisign -S -m pcs.txt`), so that a stick lent to a bench wipes
// the PCs an admin named and no other.
struct PcList {
    std::vector<std::string> serials;
    keys::KeyId signer{};
};

// Errc::signature_invalid when the signature does not verify with `admin`, Errc::malformed_input
// for a line that is not a plausible serial (control characters, over 64 bytes, a placeholder).
[[nodiscard]] Result<PcList> read_pc_list(std::string_view text, std::string_view signature, const keys::PublicKey& admin);

// The admin key must be registered in the outbox ledger with the admin role, valid now and not
// revoked: Errc::refused with the reason as context otherwise.
[[nodiscard]] Result<void> check_admin_key(ledger::Ledger& ledger, const keys::PublicKey& admin);

enum class UnattendedVerdict {
    wipe,             // the PC's serial is on the signed list
    not_listed,       // a serial, but not on the list: nothing is touched
    no_serial,        // the firmware gives no usable serial: nothing is touched
};
std::string_view verdict_name(UnattendedVerdict verdict) noexcept;  // "not_listed"

UnattendedVerdict unattended_verdict(const cert::Computer& pc, const PcList& list);

// Reads admin.pub, pcs.txt and its signature from the data partition and checks them all
// (read_pc_list, check_admin_key). Any error means: wipe nothing.
[[nodiscard]] Result<PcList> load_pc_list(const DataPartition& data, ledger::Ledger& ledger);

// ---- The wipe of a PC's disks (run_wipe.cpp: the one call into the wipe job)

struct WipeRequest {
    std::vector<device::DeviceInfo> disks;  // chosen and confirmed; the safety rules apply again
    wipe::WipeOptions options;
    std::string checkpoint_dir;             // a disk with a checkpoint here is resumed
    cert::CertificateContext context;       // from jobs::certificate_context, with the PC named
    std::string evidence_dir;
};

struct DiskResult {
    device::DeviceInfo disk;
    std::optional<wipe::WipeReport> report;          // empty when the disk could not be started
    std::optional<Error> start_error;                // why it could not (checkpoint, open, refusal)
    std::optional<jobs::CertifiedWipe> certificate;  // empty when certifying failed
    std::optional<Error> certify_error;
    bool resumed = false;                            // continued from a checkpoint
};

struct WipeObserver {
    // Called on each disk's own thread, a few times a second at most.
    std::function<void(std::size_t disk, const wipe::Progress&)> on_progress;
    std::function<void(std::size_t disk, const wipe::Diagnostic&)> on_diagnostic;
};

// Wipes every disk at once through the same job as `sanitize wipe`, each resumed from its
// checkpoint when one is there, then issues one certificate per disk (ledger event, signature,
// PDF) into the evidence directory. One result per disk, in the order given.
std::vector<DiskResult> wipe_disks(const WipeRequest& request, const keys::SecretKey& operator_key,
                                   ledger::Ledger& ledger, const WipeObserver& observer, std::stop_token stop);

// The disks an unattended station wipes: the PC's internal disks that break no safety rule.
std::vector<device::DeviceInfo> unattended_targets(const std::vector<Disk>& disks);

// ---- The operator's key on the data partition (operator_key.cpp)

// operator.key unlocked with a passphrase typed by the operator.
[[nodiscard]] Result<keys::SecretKey> unlock_operator_key(const DataPartition& data,
                                                          std::span<const unsigned char> passphrase);
// An unattended station's passphrase: the first line of operator.pass, read into secret memory.
[[nodiscard]] Result<SecretBuffer> unattended_passphrase(const DataPartition& data);

// ---- A PC wiped from start to end (wipe_pc.cpp)

// What write_summary wrote: summary-<time>.json, its signature (minisign, by the operator) and
// summary-<time>.pdf. A PDF that cannot be rendered leaves the signed JSON and is reported in
// pdf_error.
struct WrittenSummary {
    std::string json;
    std::string signature;
    std::string pdf;  // empty when not written
    std::optional<Error> pdf_error;
};

struct PcWipeRequest {
    std::vector<device::DeviceInfo> disks;
    std::string asset_id;  // empty: the PC is not a ledger asset
    cert::Destination destination = cert::Destination::reuse;
};

struct PcWipe {
    std::vector<DiskResult> disks;
    std::string evidence_dir;
    std::optional<WrittenSummary> summary;
    std::optional<Error> summary_error;
    bool all_erased() const noexcept;
};

// Checks the key and the asset against the ledger before any disk is touched (Errc::refused,
// Errc::not_found: nothing written), then wipes every disk through wipe_disks with the site's
// method and verification, certificates naming the PC, and writes the PC's summary.
[[nodiscard]] Result<PcWipe> wipe_pc(const DataPartition& data, const Settings& settings, const cert::Computer& pc,
                                     const PcWipeRequest& request, const keys::SecretKey& operator_key,
                                     ledger::Ledger& ledger, const WipeObserver& observer, std::stop_token stop);

// ---- A PC's summary (summary.cpp, summary_pdf.cpp)

struct Summary {
    cert::Computer computer;
    std::string organisation;
    std::string operator_name;
    std::chrono::sys_seconds finished{};
    std::vector<DiskResult> disks;
};

// One JSON document ("schema": "sanitize.station-summary/1") with each disk's identity, outcome,
// bad ranges and certificate id and SHA-256.
std::string summary_json(const Summary& summary);

// The one-page A4 summary (Japanese and English) of every disk of the PC, for the paper file.
// Errc::not_found when no Japanese font is installed.
[[nodiscard]] Result<std::string> summary_pdf(const Summary& summary);

// Writes the summary's files into `directory`.
[[nodiscard]] Result<WrittenSummary> write_summary(const Summary& summary, const std::string& directory,
                                                   const keys::SecretKey& operator_key);

}  // namespace sanitize::station
