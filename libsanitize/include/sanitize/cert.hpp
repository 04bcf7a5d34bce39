// Deletion certificates: what a wipe did to which medium, for whom and by whom, as a JSON file
// whose exact bytes are signed in minisign's format, so that an auditor checks it offline with
// the stock tool (`minisign -Vm cert.json -p operator.pub`). A second person may countersign it
// (NIST SP 800-88 "validation"), and the asset ledger records its SHA-256 in a wipe.certificate
// event. The format is described in certs/README.md and certs/certificate.schema.json.
//
// The usual path: build_certificate(report, context) → issue_certificate(certificate, key,
// &ledger) → write IssuedCertificate::json to cert.json and ::signature to cert.json.minisig →
// render_pdf(certificate, …) for the paper copy. Auditors: verify_certificate().
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/ledger_outbox.hpp"
#include "sanitize/purge.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::cert {

// The "schema" member of every certificate; a change that removes or renames a field bumps it.
inline constexpr std::string_view schema_id = "sanitize.certificate/1";
// File names beside the certificate: cert.json, cert.json.minisig, cert.json.validator.minisig.
inline constexpr std::string_view signature_suffix = ".minisig";
inline constexpr std::string_view countersignature_suffix = ".validator.minisig";
// Certificates larger than this are malformed_input before any parsing (bad-range lists of a
// dying disk stay far below it).
inline constexpr std::size_t max_certificate_bytes = std::size_t{4} << 20;

// What happens to the medium next (NIST SP 800-88r1 App. G "media destination").
enum class Destination { reuse, disposal, return_to_owner };
std::string_view destination_name(Destination destination) noexcept;  // "reuse" "disposal" "return"
std::optional<Destination> parse_destination(std::string_view name) noexcept;

// Host protected area, device configuration overlay, accessible max address. Only what was
// measured is claimed: filled from the wipe report's probe (device::probe_hidden_areas);
// `unknown` where no probe ran or the drive did not answer.
enum class HiddenAreaState { detected, none, not_applicable, unknown };
std::string_view hidden_area_state_name(HiddenAreaState state) noexcept;  // "not_applicable"

// The drive's own health summary (SMART / NVMe health log) as read before the wipe
// (device::read_smart): `read` with what the drive answered, `not_applicable` where there is no
// drive firmware to ask (loop devices, images), `unavailable` where the drive did not tell.
enum class HealthState { read, not_applicable, unavailable };
std::string_view health_state_name(HealthState state) noexcept;  // "not_applicable"

enum class DataBackedUp { yes, no, unknown };
std::string_view data_backed_up_name(DataBackedUp value) noexcept;

struct Person {
    std::string name;
    std::string title;  // job title as printed ("情報システム課 主任"); may be empty
    ledger::Role role = ledger::Role::staff;
    keys::KeyId key_id{};  // the key that signs as this person
    friend bool operator==(const Person&, const Person&) = default;
};

struct Organisation {
    std::string name;
    std::string department;
    std::string location;  // site or address where the wipe took place
    friend bool operator==(const Organisation&, const Organisation&) = default;
};

struct Host {
    std::string hostname;
    std::string system_uuid;  // SMBIOS product UUID where readable, else ""
    friend bool operator==(const Host&, const Host&) = default;
};

// The PC whose internal disk the medium is, as its firmware names it (SMBIOS system and chassis
// tables): the boot-and-wipe station fills it in, so that a certificate names the PC as well as
// the disk. Empty strings where the firmware gives nothing.
struct Computer {
    std::string vendor;     // system manufacturer
    std::string product;    // product name
    std::string serial;     // system serial number
    std::string uuid;       // system UUID
    std::string asset_tag;  // chassis asset tag
    friend bool operator==(const Computer&, const Computer&) = default;
};

struct Medium {
    std::string vendor;
    std::string model;
    std::string serial;
    std::string serial_source;  // "sysfs:device/serial", "udev:ID_SERIAL_SHORT", "" when none
    std::string wwn;
    std::uint64_t size_bytes = 0;
    std::uint32_t logical_sector_bytes = 512;
    std::uint32_t physical_sector_bytes = 512;
    std::string transport;  // usb, sata, nvme, loop, file, ... ; "" unknown
    std::optional<bool> removable;
    std::optional<bool> rotational;
    device::TargetKind kind = device::TargetKind::block_device;
    std::string kernel_name;  // block devices: "sdb"
    std::string image_path;   // disk images, and the file behind a loop device
    std::string source;       // NIST "source": the computer or owner the medium came from
    friend bool operator==(const Medium&, const Medium&) = default;
};

struct PassRecord {
    std::size_t index = 0;
    wipe::PassKind kind = wipe::PassKind::pattern;
    std::string pattern_hex;  // lower-case; empty for random passes
    std::string generator;    // "aes-256-ctr" / "chacha20" for random passes; empty otherwise
    friend bool operator==(const PassRecord&, const PassRecord&) = default;
};

struct MethodRecord {
    std::string name;  // "random", "dod-3", "custom:00,ff,random"
    wipe::NistCategory category = wipe::NistCategory::clear;
    std::string technique = "overwrite";
    bool blank = false;
    bool direct_io = false;
    std::vector<PassRecord> passes;  // the passes that ran, blank included
    friend bool operator==(const MethodRecord&, const MethodRecord&) = default;
};

// Percentages are rounded down to hundredths: a certificate never claims more than was read.
struct VerificationRecord {
    wipe::VerifyMode mode = wipe::VerifyMode::none;  // the plan
    std::optional<double> sample_percent;            // the plan's share, for mode sample
    std::vector<std::size_t> passes_verified;
    double coverage_percent = 0;       // of the final pass's read-back: what the medium holds now
    std::uint64_t bytes_verified = 0;  // over all read-backs
    std::vector<wipe::ByteRange> mismatches;
    std::vector<wipe::ByteRange> unreadable;
    bool cache_bypassed = false;  // every read-back came from the medium (false if none ran)
    friend bool operator==(const VerificationRecord&, const VerificationRecord&) = default;
};

// The native size restored before the wipe (`sanitize wipe --reset-hidden-areas`): the states
// the probe found before the reset and the commands sent (probes included, each once). The
// states in HiddenAreas are then those of the probe made after the reset.
struct HiddenAreaReset {
    HiddenAreaState hpa_before = HiddenAreaState::unknown;
    HiddenAreaState dco_before = HiddenAreaState::unknown;
    HiddenAreaState ama_before = HiddenAreaState::unknown;
    std::vector<std::string> commands_sent;
    friend bool operator==(const HiddenAreaReset&, const HiddenAreaReset&) = default;
};

struct HiddenAreas {
    HiddenAreaState hpa = HiddenAreaState::unknown;
    HiddenAreaState dco = HiddenAreaState::unknown;
    HiddenAreaState ama = HiddenAreaState::unknown;
    std::optional<HiddenAreaReset> reset;  // [hidden_areas.reset]: absent unless a reset was made
    friend bool operator==(const HiddenAreas&, const HiddenAreas&) = default;
};

struct HealthAttribute {
    std::string name;  // "power_on_hours", "reallocated_sectors", "media_errors", ...
    std::uint64_t value = 0;
    friend bool operator==(const HealthAttribute&, const HealthAttribute&) = default;
};

// Only a `read` record has a verdict or attributes; the others name why nothing was read.
struct HealthRecord {
    HealthState state = HealthState::unavailable;
    std::string reason;                       // not read: "loop_device", "smart_not_supported", ...; read: ""
    std::optional<bool> passed;               // read: the drive's overall verdict, empty when it gave none
    std::vector<HealthAttribute> attributes;  // read: the key attributes the drive answered
    friend bool operator==(const HealthRecord&, const HealthRecord&) = default;
};

struct PassTiming {
    std::size_t index = 0;
    std::uint64_t bytes_written = 0;
    std::uint64_t write_ms = 0;
    std::uint64_t write_bytes_per_second = 0;
    bool synced = false;
    std::optional<std::uint64_t> verify_ms;  // empty when the pass was not read back
    std::optional<std::uint64_t> verify_bytes_per_second;
    friend bool operator==(const PassTiming&, const PassTiming&) = default;
};

// A resumed wipe's interruption: the last checkpoint before it, when and where it continued.
struct InterruptionRecord {
    std::chrono::sys_seconds last_checkpoint{};
    std::chrono::sys_seconds resumed{};
    std::size_t pass_index = 0;
    std::string phase;  // "writing" or "verifying"
    std::uint64_t offset = 0;
    friend bool operator==(const InterruptionRecord&, const InterruptionRecord&) = default;
};

struct Timings {
    std::chrono::sys_seconds started{};
    std::chrono::sys_seconds finished{};
    std::uint64_t duration_ms = 0;  // from the precise clock, not the whole seconds above
    bool resumed = false;           // continued from a checkpoint
    std::vector<PassTiming> passes;
    // [timings.interruptions]: written only when not empty, so that certificates of wipes that
    // ran through keep their bytes and older certificates still read.
    std::vector<InterruptionRecord> interruptions;
    friend bool operator==(const Timings&, const Timings&) = default;
};

struct ErrorRecord {
    std::string code;  // errc_name(): "io_error"
    std::string context;
    int sys_errno = 0;
    friend bool operator==(const ErrorRecord&, const ErrorRecord&) = default;
};

// A firmware purge (`sanitize purge`): the evidence the outcome rests on, as the drive showed it.
// Absent from overwrite certificates, so that their bytes and older certificates stay as they were.
struct FirmwareRecord {
    bool accepted = false;             // the drive took the command without error
    bool progress_observed = false;    // a poll saw this operation in progress
    bool completion_observed = false;  // a status named this operation as completed
    std::uint64_t polls = 0;
    std::vector<std::string> commands_sent;  // each distinct command once, in first-sent order
    std::string verification_rule;           // "changed_or_blank"; "" when no read-back ran
    std::string detail;                      // the purge's stable code; "" when none
    friend bool operator==(const FirmwareRecord&, const FirmwareRecord&) = default;
};

// Where the ledger stood just before this certificate's own wipe.certificate event: an anchor
// that a later truncation of the chain cannot hide. The event's seq is in the signature.
struct LedgerReference {
    std::string ledger_id;
    std::int64_t head_seq = 0;
    ledger::Hash head_hash{};
    friend bool operator==(const LedgerReference&, const LedgerReference&) = default;
};

// One certificate, field for field what cert.json holds (JSON names in brackets where the C++
// name differs: `operator` is a C++ keyword).
struct Certificate {
    std::string certificate_id;  // UUID v4, lower-case
    std::chrono::sys_seconds issued_at{};
    std::string tool_name = "sanitize";
    std::string tool_version;
    Organisation organisation;
    std::string customer;                    // whom the wipe was done for, when outsourced
    Person operator_person;                  // [operator]
    std::optional<Person> validator_person;  // [validator]: the person designated to countersign
    Host host;
    // [computer]: only in certificates of the boot-and-wipe station, so that other certificates
    // keep their bytes and older ones still read.
    std::optional<Computer> computer;
    Medium medium;
    std::string asset_id;
    int classification_before = 0;  // 0 公開, 1 社外秘, 2 極秘
    int classification_after = 0;
    Destination destination = Destination::reuse;
    std::string destination_detail;
    DataBackedUp data_backed_up = DataBackedUp::unknown;
    std::string backup_location;
    MethodRecord method;
    VerificationRecord verification;
    std::optional<FirmwareRecord> firmware;  // firmware purges only
    HiddenAreas hidden_areas;
    // [health]: absent from certificates made before it was recorded and where no read ran.
    std::optional<HealthRecord> health;
    Timings timings;
    std::uint64_t bytes_written = 0;
    std::vector<wipe::ByteRange> bad_ranges;
    wipe::Outcome outcome = wipe::Outcome::failed;
    std::vector<std::string> exceptions;  // stable codes, as in the wipe report
    std::optional<ErrorRecord> error;
    std::string comments;
    std::optional<LedgerReference> ledger;
    friend bool operator==(const Certificate&, const Certificate&) = default;
};

// What a wipe report does not know. Text must be valid UTF-8 without control characters
// (line breaks and tabs are allowed in comments, destination_detail and backup_location).
struct CertificateContext {
    std::string certificate_id;                         // empty: a new random UUID v4
    std::optional<std::chrono::sys_seconds> issued_at;  // empty: now
    std::string tool_version;                           // empty: this library's version
    Organisation organisation;
    std::string customer;
    Person operator_person;
    std::optional<Person> validator_person;
    Host host;  // see local_host()
    std::optional<Computer> computer;
    std::string asset_id;
    int classification_before = 0;
    int classification_after = 0;  // used only when the outcome is erased; otherwise the level stays
    Destination destination = Destination::reuse;
    std::string destination_detail;
    DataBackedUp data_backed_up = DataBackedUp::unknown;
    std::string backup_location;
    std::string medium_source;
    bool resumed = false;
    std::string comments;
    std::optional<LedgerReference> ledger;  // issue_certificate() fills it from its ledger
};

// The certificate of a wipe. Device strings that are not valid UTF-8 (serials, models) get
// U+FFFD for the bad bytes; context that breaks the rules above is Errc::invalid_argument with
// the field named ("certificate field operator.name").
Result<Certificate> build_certificate(const wipe::WipeReport& report, const CertificateContext& context);

// The certificate of a firmware purge: NIST category purge, technique "firmware", no passes, the
// read-back as the verification, the command evidence in `firmware`. The outcome is `erased` only
// for PurgeOutcome::purged; a purge that was sent but not proven is `failed` (or `aborted`) with
// the purge's detail among the exceptions. Errc::refused for purges that sent nothing (unavailable,
// refused, failed before the command): there is nothing to certify. `hidden_areas`, `smart`: the
// probe and the health read before the purge, when they ran (no health member otherwise).
Result<Certificate> build_purge_certificate(const purge::PurgeReport& report,
                                            const std::optional<device::HiddenAreaReport>& hidden_areas,
                                            const std::optional<device::SmartSummary>& smart,
                                            const CertificateContext& context);

// This machine's hostname and, where readable (root), its SMBIOS product UUID.
Host local_host();

// A fresh random UUID v4, lower-case.
std::string new_certificate_id();

// The ledger's id and current head, for CertificateContext::ledger.
Result<LedgerReference> ledger_reference(ledger::Ledger& ledger);

// For re-reading a medium later (wipe::check_media): the byte pattern it should hold now, i.e.
// the last pass's when that pass wrote a pattern; nullopt after a random last pass (its key is
// gone) or when no pass ran.
std::optional<std::vector<std::uint8_t>> final_pattern(const Certificate& certificate);

// Whether a device is the medium the certificate describes: same size, and same serial when the
// certificate has one (compared as cleaned for the certificate).
bool medium_matches(const Medium& medium, const device::DeviceInfo& device);

// The bytes of cert.json: UTF-8, 2-space indentation, members in a fixed order, a final line
// break. A value that the parser would refuse is Errc::invalid_argument naming the field, so
// what is written always reads back.
Result<std::string> serialize_certificate(const Certificate& certificate);

// Strict: a schema other than schema_id, a missing, unknown or duplicate member, a wrong type,
// a value out of range, invalid UTF-8, trailing bytes: Errc::malformed_input with the field
// named in the context ("certificate field medium.size_bytes").
Result<Certificate> parse_certificate(std::string_view bytes);

using Sha256 = std::array<std::uint8_t, 32>;
Sha256 sha256_of(std::span<const std::byte> bytes);
std::string sha256_hex(std::span<const std::byte> bytes);   // 64 lower-case hex digits
std::string hex_text(std::span<const std::uint8_t> bytes);  // lower-case

// The wipe.certificate ledger event for these certificate bytes: certificate_id, sha256,
// outcome, asset_id, destination, method, nist_category and the classifications. No serial: the
// ledger refuses any 12-digit number that could be a My Number, and the certificate, bound by
// its hash, carries the serial anyway.
Result<ledger::Draft> certificate_event(std::string_view certificate_bytes);

// The signature file's trusted comment, which the global signature covers:
//   "sanitize-certificate id=<uuid> ledger_seq=<n|none> sha256=<hex>"
//   "sanitize-validation id=<uuid> [ledger_seq=<n>] sha256=<hex> validated_at=<time>"
struct TrustedComment {
    enum class Kind { certificate, validation } kind = Kind::certificate;
    std::string certificate_id;
    std::string sha256_hex;
    std::optional<std::int64_t> ledger_seq;                // the signature's own event, when made with a ledger
    // A certificate issued offline (the boot-and-wipe station): the outbox entry that holds its
    // event, "<outbox id>/<n>"; the ledger finds the event by it once the outbox is synced.
    std::string origin;
    std::optional<std::chrono::sys_seconds> validated_at;  // validation signatures
    friend bool operator==(const TrustedComment&, const TrustedComment&) = default;
};
std::string trusted_comment_text(const TrustedComment& comment);
Result<TrustedComment> parse_trusted_comment(std::string_view text);  // Errc::malformed_input

// The text of cert.json.minisig: the operator's signature over the exact bytes. The bytes must
// parse and name `operator_key` as their operator (Errc::invalid_argument otherwise);
// ledger_seq is the seq of the certificate's wipe.certificate event; `origin`, for a certificate
// issued offline, the outbox entry that holds it (ledger_seq then empty).
Result<std::string> sign_certificate(std::string_view certificate_bytes, const keys::SecretKey& operator_key,
                                     std::optional<std::int64_t> ledger_seq, std::string_view origin = {});

struct CountersignOptions {
    std::optional<std::chrono::sys_seconds> validated_at;  // empty: now
    // With a ledger, a certificate.validation event (signed by the validator) is appended first
    // and its seq named in the trusted comment: the ledger's position, not the validator's
    // clock, then tells whether the key was revoked before it validated. The ledger refuses a
    // key that is revoked, unregistered or not an admin's or auditor's.
    ledger::Ledger* ledger = nullptr;
};

// The text of cert.json.validator.minisig: a second person's signature over the same bytes.
// Errc::refused when the validator key is the operator's (validation needs a second person) or
// when the certificate designates another validator.
Result<std::string> countersign(std::string_view certificate_bytes, const keys::SecretKey& validator_key,
                                const CountersignOptions& options = {});

struct IssuedCertificate {
    Certificate certificate;
    std::string json;       // cert.json
    std::string signature;  // cert.json.minisig
    std::string sha256_hex;
    std::optional<ledger::Event> ledger_event;  // the wipe.certificate event, when a ledger was given
    std::optional<ledger::SignedEntry> outbox_entry;  // the same, signed into an outbox (issued offline)
};

// The whole issuing step: with a ledger, sets certificate.ledger to the current head, appends
// the wipe.certificate event (signed by the operator key) and names its seq in the signature.
// The operator key must be the certificate's operator's (Errc::invalid_argument). The returned
// certificate carries the ledger reference; use it rather than the one passed in.
Result<IssuedCertificate> issue_certificate(Certificate certificate, const keys::SecretKey& operator_key,
                                            ledger::Ledger* ledger = nullptr);

// Issuing where no ledger can be written (the boot-and-wipe station): certificate.ledger is the
// head of `ledger`, a copy of the ledger that the outbox belongs to (Errc::invalid_argument, when
// it is another ledger's), the wipe.certificate event is signed into `outbox`, and the signature
// names that entry's origin. Once the outbox is synced, verification finds the event by it.
Result<IssuedCertificate> issue_certificate_offline(Certificate certificate, const keys::SecretKey& operator_key,
                                                    ledger::Ledger& ledger, ledger::Outbox& outbox);

// ---- Verification: a structured report, one entry per check, never prose.

enum class Check {
    signature,           // the signature file verifies over the bytes with the given key
    trusted_comment,     // its trusted comment is ours and of the expected kind
    sha256,              // the comment's sha256 is the bytes'
    certificate_parses,  // the bytes are a well-formed certificate
    certificate_id,      // the comment's id is the certificate's
    signer_role,  // certificate: the signer is the named operator; validation: a second person, and the designated one
                  // if any
    ledger_id,    // the certificate names this ledger
    key_registered,     // the ledger registered exactly this public key
    signer_identity,    // the registered name and role are the certificate's (validators: admin or auditor)
    key_valid_at_time,  // issued_at (or validated_at) lies in the key's validity
    key_not_revoked,    // not revoked before the certificate's event (or the validation's event)
    ledger_event,       // a wipe.certificate event with this id and sha256, by this key, at the seq named
    chain_anchor,       // the head recorded in the certificate is in the chain, before the event
    ledger_chain,       // the whole ledger verifies up to and including the event
};
std::string_view check_name(Check check) noexcept;  // "key_not_revoked"

enum class CheckStatus { passed, failed, not_checked };
std::string_view check_status_name(CheckStatus status) noexcept;

// What a check compared, or why it was not checked, as data: the library does not word it for
// people. The CLI words each note from its catalogues (section "check_notes", keyed by
// check_note_name, "{name}" filled from the values) and the GUI with its translations, so a
// Japanese report carries no English. The names and value names are stable (`cert verify --json`).
enum class CheckNote {
    none,
    key,                         // key: the key id (hex)
    signature_invalid,           // code: the error's Errc name
    wrong_kind,                  // the trusted comment is of another kind
    comment_malformed,           // context: what was wrong
    sha256,                      // sha256: the bytes' hash
    certificate_malformed,       // context: what was wrong
    certificate_id,              // id
    operator_key,                // key: the operator's key id the certificate names
    validator_is_operator,       // the countersigner is the operator
    not_designated_validator,    // the certificate designated another validator
    see_operator_signature,      // checked with the operator's signature
    no_ledger,                   // no ledger given
    prerequisite_signature,      // not checked: the signature or the certificate failed
    prerequisite_failed,         // not checked: a check it needs failed
    not_asked,                   // not checked: not asked for
    ledger,                      // ledger: the ledger id the certificate names
    no_ledger_named,             // the certificate names no ledger
    key_not_registered,          // key
    key_other_public_key,        // key: registered with another public key
    identity,                    // name, role: as registered
    validity,                    // time, from, until: time in [from, until)
    not_revoked,                 //
    revoked_at,                  // seq: the revocation's event
    revoked_validated_at,        // seq, validated_seq
    revoked_validation_missing,  // seq
    no_ledger_seq,               // the signature names no ledger seq
    no_event_at_seq,             // no event at the seq signed
    no_event_from_outbox,        // origin: the outbox entry
    event,                       // seq: the event found and matching
    event_wrong_type,            // seq
    event_wrong_actor,           // seq
    event_bad_payload,           // seq
    event_wrong_certificate,     // seq
    event_wrong_sha256,          // seq
    anchor,                      // seq: the head the certificate recorded
    anchor_not_before,           // seq
    chain_events,                // count: events verified
    chain_broken,                // problem (ledger::problem_name), seq
};
std::string_view check_note_name(CheckNote note) noexcept;  // "revoked_at"

// The policy's name of a classification level in both languages (POLICY.md: 0 公開 public,
// 1 社外秘 internal, 2 極秘 strictly confidential), from the certificate's labels
// (certs/templates/labels.*.json): the one set of names the PDF, the CLI and the GUI use. Empty
// for a level outside 0..2.
struct ClassificationName {
    std::string_view ja;
    std::string_view en;
};
ClassificationName classification_name(int level);

struct CheckValue {
    std::string name;   // "seq"
    std::string value;  // "42"
    bool operator==(const CheckValue&) const = default;
};

struct CheckResult {
    Check check = Check::signature;
    CheckStatus status = CheckStatus::not_checked;
    CheckNote note = CheckNote::none;
    std::vector<CheckValue> values;                 // the values the note names
    std::string value(std::string_view name) const;  // "" when absent
};

struct VerifyReport {
    std::vector<CheckResult> checks;                // every Check, in enum order
    std::optional<Certificate> certificate;         // when the bytes parsed
    std::optional<TrustedComment> trusted_comment;  // when the signature verified
    keys::KeyId signer{};
    // No check failed and the signature passed; ledger checks may be not_checked.
    bool ok() const noexcept;
    // No check failed and none was left unchecked.
    bool fully_verified() const noexcept;
    const CheckResult& result(Check check) const;  // aborts if absent (never, for a report of ours)
};

struct VerifyOptions {
    ledger::Ledger* ledger = nullptr;             // null: the ledger checks are not_checked
    bool verify_chain = true;                     // run ledger::Ledger::verify (linear in the events)
    std::optional<keys::PublicKey> trusted_root;  // passed on to the ledger's verify
};

// The certificate as `sanitize cert verify` checks it. An Error only when the ledger could not
// be read; everything about the certificate itself is in the report.
Result<VerifyReport> verify_certificate(std::string_view certificate_bytes, std::string_view signature_text,
                                        const keys::PublicKey& operator_key, const VerifyOptions& options = {});

// The same for a countersignature, with the validator's public key. ledger_event is the
// validation's own certificate.validation event (not_checked for a countersignature made without
// a ledger, which then passes key_not_revoked only when the key was never revoked); chain_anchor
// is not_checked (verify the operator's signature for it).
Result<VerifyReport> verify_countersignature(std::string_view certificate_bytes, std::string_view signature_text,
                                             const keys::PublicKey& validator_key, const VerifyOptions& options = {});

// ---- PDF: an A4 page in Japanese and English for people; the JSON stays the signed record.

// Japanese TrueType fonts of Debian packages that libharu can embed, in order of preference.
std::span<const std::string_view> known_font_paths() noexcept;
// The first of known_font_paths() present, or Errc::not_found whose context names the package
// to install ("font: install fonts-ipafont-gothic").
Result<std::string> find_japanese_font();

struct PdfValidation {
    Person validator;
    std::chrono::sys_seconds validated_at{};
};

struct PdfOptions {
    std::string font_path;  // empty: find_japanese_font()
    // The SHA-256 of the signed file; empty: of serialize_certificate(certificate), which is
    // the same for a certificate written by this library.
    std::string sha256_hex;
    std::optional<std::int64_t> ledger_seq;   // from the signature's trusted comment
    std::optional<PdfValidation> validation;  // from a verified countersignature
    int utc_offset_minutes = 9 * 60;          // local times are shown at this offset (JST), with UTC
    // The signed file's exact bytes and its operator signature (and a countersignature, when
    // verified), embedded in the PDF/A-3 file as certificate-<id>.json, .json.minisig and
    // .json.validator.minisig, so that one file holds the record and its copy for people. All
    // empty: nothing is embedded. Errc::invalid_argument when the JSON is given without its
    // signature or the other way round, or is not this certificate (another id or SHA-256).
    std::string signed_json;
    std::string signature;
    std::string countersignature;
};

// The PDF's bytes, a PDF/A-3b file. Errc::not_found when no font is there; Errc::internal when
// libharu fails.
Result<std::string> render_pdf(const Certificate& certificate, const PdfOptions& options = {});
Result<void> write_pdf(const Certificate& certificate, const std::string& path, const PdfOptions& options = {});

}  // namespace sanitize::cert
