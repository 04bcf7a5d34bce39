// The boot-and-wipe station (docs/station.md): a PC booted from a USB stick or the network
// wipes its own internal disks, and the certificates name the PC as well as each disk. What a
// second front end would need lives here: the PC's identity (SMBIOS), its disks without the
// station's own stick, the data partition with the site settings, keys and evidence, the list
// of PCs an admin signed for unattended wipes, the wipe itself through the CLI's wipe job
// (jobs::wipe_and_certify), and the one-page summary of a PC. The text interface (station/)
// only asks and shows.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/cert.hpp"
#include "sanitize/config.hpp"
#include "sanitize/device.hpp"
#include "sanitize/jobs/certificate.hpp"
#include "sanitize/jobs/signer.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/ledger_outbox.hpp"
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
//                                language, department, unattended)
//   operator.key, operator.pass  the operator's minisign key; the passphrase file only for
//                                unattended stations (a key registered for that stick alone)
//   admin.pub, pcs.txt, pcs.txt.minisig   the signed list of PCs for unattended wipes
//   ledger.db                    a copy of the office's ledger (key registrations, assets):
//                                checked against, never written
//   outbox.db                    that ledger's outbox (`sanitize ledger outbox`): the station's
//                                events, until `sanitize ledger sync` appends them
//   evidence/<PC>/               certificates and the summary of each PC
//   checkpoints/                 interrupted wipes, resumed on the next boot
struct DataPartition {
    std::string root;
    std::string path(std::string_view name) const { return root + "/" + std::string(name); }
};

// Errc::not_found, Reason::data_partition_missing (path) when the directory or its station.conf
// is missing; Errc::refused, Reason::data_partition_not_mounted when `require_mount` and the
// directory is on the same file system as its parent: the station then runs from RAM, and
// evidence written there would be gone at power-off. Errc::permission_denied (path) when it
// cannot be written to.
[[nodiscard]] Result<DataPartition> open_data_partition(const std::string& root, bool require_mount = true);

struct Settings {
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

// The ledger copy and the outbox on the data partition (outbox.cpp: the one place that knows
// where they are). The copy is what the station checks keys, assets and the list's signer
// against; the outbox, bound to the same ledger, is where its wipe.certificate events go.
struct StationLedger {
    ledger::Ledger copy;    // ledger.db
    ledger::Outbox outbox;  // outbox.db
};

// jobs::open_ledger's errors for ledger.db (Reason::ledger_missing, ...); Errc::not_found,
// Reason::outbox_missing for outbox.db; Errc::invalid_argument, Reason::outbox_other_ledger when
// the outbox was made for another ledger than the copy: its events would never sync.
[[nodiscard]] Result<StationLedger> open_station_ledger(const DataPartition& data);

// ---- The PC's disks (disks.cpp)

struct Disk {
    device::DeviceInfo info;
    device::HiddenAreaReport hidden_areas;  // as probed now (IDENTIFY; nothing is changed)
    device::SmartSummary smart;
    bool internal = false;                  // neither on USB nor removable: the PC's own disk
    // The safety rules it breaks, as the wipe job would refuse them (Errc::refused, the rule as
    // the reason: mounted, system_disk, ...); empty: it may be wiped.
    std::vector<Error> refusals;
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

// The disks an unattended station wipes: the PC's internal disks that break no safety rule.
std::vector<device::DeviceInfo> unattended_targets(const std::vector<Disk>& disks);

// ---- Unattended wipes: the signed list of PCs (pc_list.cpp)

// A text file of DMI serial numbers, one a line ('#' starts a comment), signed with an admin's
// key in minisign's format (`minisign -S -m pcs.txt`), so that a stick lent to a bench wipes
// the PCs an admin named and no other.
struct PcList {
    std::vector<std::string> serials;
    keys::KeyId signer{};
};

// Errc::signature_invalid when the signature does not verify with `admin`; Errc::malformed_input,
// Reason::pc_list_malformed (detail: the line number) for a line that is not a plausible serial
// (control characters, over 64 bytes, a placeholder).
[[nodiscard]] Result<PcList> read_pc_list(std::string_view text, std::string_view signature, const keys::PublicKey& admin);

// The admin key must be registered in the ledger, valid now and not revoked (Errc::refused with
// jobs::authorise_signer's reason), and of the admin role (Reason::list_signer_not_admin).
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

// ---- The operator's key on the data partition (operator_key.cpp)

// operator.key unlocked with a passphrase typed by the operator (jobs::read_key_file and
// jobs::unlock_key: a missing file is Reason::key_file_missing).
[[nodiscard]] Result<keys::SecretKey> unlock_operator_key(const DataPartition& data,
                                                          std::span<const unsigned char> passphrase);
// An unattended station's passphrase: the first line of operator.pass, read into secret memory.
[[nodiscard]] Result<SecretBuffer> unattended_passphrase(const DataPartition& data);

// ---- A PC wiped from start to end (wipe_pc.cpp; run_wipe.cpp: the one call into the wipe job)

// What a station is: its data partition, its site settings and the PC it booted.
struct Station {
    DataPartition data;
    Settings settings;
    cert::Computer pc;
};

// Who signs a station's certificates: the operator's key, checked against the ledger copy (as
// the CLI's jobs::Signer), and the outbox their events go to.
struct StationSigner {
    jobs::Signer signer;  // ledger: the copy on the data partition
    ledger::Outbox outbox;
};

// What the station keeps of each disk's wipe: the job's report and certificate.
struct DiskResult {
    wipe::WipeReport report;
    std::optional<jobs::CertifiedWipe> certificate;  // empty when certifying failed
    std::optional<Error> certify_error;
    bool resumed() const noexcept { return !report.interruptions.empty(); }  // continued from a checkpoint
};

struct WipeObserver {
    // Called on each disk's own thread, a few times a second at most.
    std::function<void(std::size_t disk, const wipe::Progress&)> on_progress;
    std::function<void(std::size_t disk, const wipe::Diagnostic&)> on_diagnostic;
};

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
    std::vector<device::DeviceInfo> disks;  // chosen and confirmed; the safety rules apply again
    std::string asset_id;                   // empty: the PC is not a ledger asset
    cert::Destination destination = cert::Destination::reuse;
};

struct PcWipe {
    std::vector<DiskResult> disks;  // in the order of the request
    std::string evidence_dir;
    std::optional<WrittenSummary> summary;
    std::optional<Error> summary_error;
    bool all_erased() const noexcept;
};

// Every chosen disk wiped at once through the same job as `sanitize wipe`, each resumed from its
// checkpoint on the data partition when one is there (a power cut on an earlier boot), with the
// site's method and verification; one certificate per disk naming the PC (its event into the
// outbox, its files into evidence/<PC>/), then the PC's summary. An error is the job's, and
// nothing was written to any disk: the key or the asset refused by the ledger copy, a disk that
// breaks a safety rule by now, a checkpoint that cannot be used, a stop before the first write.
[[nodiscard]] Result<PcWipe> wipe_pc(const Station& station, const PcWipeRequest& request, StationSigner& signer,
                                     const WipeObserver& observer, std::stop_token stop);

// The wipe job's request for the chosen disks, run with the observer adapted (run_wipe.cpp).
struct DiskWipe {
    const Station& station;
    const PcWipeRequest& request;
    std::string evidence_dir;
};
[[nodiscard]] Result<std::vector<DiskResult>> wipe_disks(const DiskWipe& wipe, StationSigner& signer,
                                                         const WipeObserver& observer, std::stop_token stop);

// ---- A PC's summary (summary.cpp, summary_pdf.cpp)

struct Summary {
    cert::Computer computer;
    std::string organisation;
    std::string operator_name;
    std::chrono::sys_seconds finished{};
    std::vector<DiskResult> disks;
};

// One JSON document ("schema": "sanitize.station-summary/1") with each disk's identity, outcome,
// bad ranges, certificate id and SHA-256, and the outbox entry of its event.
std::string summary_json(const Summary& summary);

// The one-page A4 summary (Japanese and English) of every disk of the PC, for the paper file.
// Errc::not_found when no Japanese font is installed.
[[nodiscard]] Result<std::string> summary_pdf(const Summary& summary);

// Writes the summary's files into `directory`.
[[nodiscard]] Result<WrittenSummary> write_summary(const Summary& summary, const std::string& directory,
                                                   const keys::SecretKey& operator_key);

}  // namespace sanitize::station
