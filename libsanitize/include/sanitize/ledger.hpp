// The asset ledger (情報資産管理台帳) as a tamper-evident log: every change is an event, signed by
// its actor and chained to the previous one by a BLAKE2b-256 hash; the `assets` and `keys`
// tables are projections of the events, rebuilt and compared by verify(). One SQLite file by
// default, or a PostgreSQL database for a shared ledger: same schema, same semantics.
// The format is described in docs/ledger.md.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/keys.hpp"
#include "sanitize/result.hpp"

namespace sanitize::ledger {

inline constexpr int format_version = 1;
inline constexpr std::size_t hash_bytes = 32;
using Hash = std::array<std::uint8_t, hash_bytes>;

enum class EventType {
    ledger_init,
    key_register,
    key_revoke,
    asset_register,
    asset_update,
    media_carry_out,
    media_return,
    wipe_certificate,
    attachment_disclosure,
    audit_note,
    certificate_validation,  // a second person's countersignature, placed in the chain
    certificate_files,       // the files of a certificate stored in the ledger, by SHA-256
    key_title,               // root: the approver titles a registered key holds (policy 002 §3-2)
    approval_request,        // someone asks for an approval; its seq is the approval's id
    approval_grant,          // the approver, with their own key, grants a request
    approval_deny,           // the approver, with their own key, denies a request
    asset_dispose,           // a medium destroyed or erased by a vendor (policy 002 §8-5)
    incident_report,         // a carried-out medium reported lost (policy 002 §10)
};
std::string_view event_type_name(EventType type) noexcept;  // "asset.register"
std::optional<EventType> parse_event_type(std::string_view name) noexcept;

enum class Role { staff, admin, auditor };
std::string_view role_name(Role role) noexcept;  // "staff"
std::optional<Role> parse_role(std::string_view name) noexcept;

// Whether a registered key of this role may sign this event type. Root-only types
// (ledger.init, key.register, key.revoke) are false for every role.
bool role_may_write(Role role, EventType type) noexcept;

// Event times are RFC 3339 in UTC with whole seconds, exactly "YYYY-MM-DDTHH:MM:SSZ", so that
// text order is time order on both backends.
std::string time_text(std::chrono::sys_seconds time);
Result<std::chrono::sys_seconds> parse_time_text(std::string_view text);

struct Event {
    std::int64_t seq = 0;
    std::string time;
    EventType type = EventType::audit_note;
    keys::KeyId actor{};
    std::string payload;  // canonical JSON
    Hash prev_hash{};
    Hash hash{};
    keys::Signature signature{};
    // "<outbox id>/<n>" for an event signed in an outbox and synced later; its signature then
    // covers its entry hash, not its chain hash (docs/ledger.md, "Offline stations").
    std::string origin{};
};

// An event signed before its place in the chain is known: what an outbox holds and a sync
// appends, with its own time and signature.
struct SignedEntry {
    std::string origin;  // "<outbox id: 32 hex digits>/<n from 1>"
    std::string time;
    EventType type = EventType::audit_note;
    keys::KeyId actor{};
    std::string payload;  // canonical JSON, as signed
    keys::Signature signature{};
};

// Whether `text` is an outbox entry's origin: 32 lower-case hex digits, '/', n from 1.
bool is_origin(std::string_view text) noexcept;

struct LedgerInfo {
    int format_version = 0;
    std::string ledger_id;  // 32 hex digits, random at init
    std::string organisation;
    keys::PublicKey root_key;
};

// One row of the policy's ledger. classification: 0 公開/公知, 1 社外秘/機密, 2 極秘.
struct Asset {
    std::string asset_id;        // 資産ID
    std::string name;            // 資産名
    std::string remarks;         // 備考
    std::string department;      // 管理部署
    std::string owner;           // 管理責任者
    std::string user_scope;      // 利用者範囲
    std::string media_location;  // 媒体・保存場所
    std::string retention;       // 保存期間
    int classification = 0;      // 機密区分
    std::string status;          // 状態
    std::int64_t updated_seq = 0;  // the event that last set the row; ignored on input
    friend bool operator==(const Asset&, const Asset&) = default;
};

struct KeyRegistration {
    keys::PublicKey public_key;
    std::string name;
    Role role = Role::staff;
    std::string valid_from;   // time_text; the key signs at times in [valid_from, valid_until)
    std::string valid_until;
};

struct KeyRecord {
    keys::PublicKey public_key;
    std::string name;
    Role role = Role::staff;
    std::string valid_from;
    std::string valid_until;
    std::int64_t registered_seq = 0;
    std::optional<std::int64_t> revoked_seq;  // events after it signed by this key are refused
};

// A location is a filesystem path (SQLite) or a "postgresql://" / "postgres://" URL.
bool is_database_url(std::string_view location) noexcept;
// The location as it may be shown or logged: a URL's password, in its user part or as a
// password= parameter, replaced by "***". A path is returned as it is.
std::string redacted_location(std::string_view location);

struct InitOptions {
    std::string location;
    std::string organisation;
    keys::PublicKey root_public_key;  // must belong to the root secret key given to init()
    std::string time;                 // empty: now
};

struct OpenOptions {
    // Only read: SQLite opens the file read-only (immutable on a read-only file system, so that
    // an auditor's copy on read-only media opens), PostgreSQL sessions are read-only. Appends
    // are then refused by the store.
    bool read_only = false;
};

struct AppendOptions {
    std::string time;  // empty: now (taken while the chain head is locked)
};

struct Draft {
    EventType type = EventType::audit_note;
    std::string payload;  // a JSON object; canonicalised before hashing
};

// Why verify() stopped. problem_name() gives the stable snake_case name reports carry.
enum class Problem {
    none,
    hash_mismatch,          // the event's bytes were edited
    sequence_gap,           // an event is missing (deleted)
    broken_link,            // prev_hash does not name the previous event (reordered, inserted)
    bad_signature,
    unknown_key,            // signed by a key the ledger never registered
    revoked_key,            // signed after its key was revoked
    key_not_valid_at_time,  // signed outside the key's validity
    not_authorised,         // the key's role may not write this event type
    malformed_payload,      // not canonical JSON, or not what its type requires
    meta_mismatch,          // ledger_meta disagrees with the signed genesis or the trusted root
    projection_mismatch,    // an assets/keys row differs from what the events say
    head_mismatch,          // the expected head (seq, hash) is not in the chain: truncated?
    checkpoint_mismatch,    // a checkpoint's root differs (rewritten), or no key the ledger trusts signed it
};
std::string_view problem_name(Problem problem) noexcept;

struct ChainHead {
    std::int64_t seq = 0;
    Hash hash{};
};

// "SEQ:HASH" (the seq in decimal, the hash in 64 hex digits), as `ledger verify` shows a head and
// takes it back with --head; nothing when the text is not that.
std::string chain_head_text(const ChainHead& head);
std::optional<ChainHead> parse_chain_head(std::string_view text);

struct VerifyOptions {
    // The root key the auditor trusts; without it the genesis' own root key is taken, which
    // proves consistency, not origin.
    std::optional<keys::PublicKey> trusted_root;
    // A head seen earlier (e.g. in a certificate): deleting events at the end of the chain is
    // only detectable against such an anchor.
    std::optional<ChainHead> expected_head;
    // Signed checkpoints (C2SP signed notes, sanitize/ledger_proof.hpp) kept outside the
    // database: the ledger must be at least as long as each, with the same Merkle root at its
    // size, and each must be signed by the root key or by a key registered to an admin or an
    // auditor and not revoked at or before that size (checkpoint_mismatch otherwise;
    // head_mismatch when the ledger is shorter).
    std::vector<std::string> checkpoints{};
    std::size_t page_size = 1000;
    // Called with the events checked so far and the chain's length: once at the start, then at
    // most every progress_interval, and once with checked == total when the walk ends.
    std::function<void(std::int64_t checked, std::int64_t total)> progress{};
    std::chrono::milliseconds progress_interval{250};
    // A stop ends verify() with Errc::cancelled: an interrupted walk proves nothing either way.
    std::stop_token stop{};
};

struct VerifyReport {
    Problem problem = Problem::none;
    std::int64_t first_bad_seq = 0;  // 0 when the problem is not one event (meta, extra row)
    std::string detail;              // what was compared: "asset A-001", "key 1A2B..."
    std::int64_t events_checked = 0;
    ChainHead head;                  // the last event that verified
    bool ok() const noexcept { return problem == Problem::none; }
};

struct EventQuery {
    std::int64_t after_seq = 0;
    std::size_t limit = 1000;
    std::string time_from;  // inclusive; empty: no bound
    std::string time_to;    // exclusive; empty: no bound
};

// What an event list (the GUI's Audit page) filters on. Type, asset and text filters read the
// payload, which only verify() vouches for.
struct EventFilter {
    std::vector<EventType> types{};  // empty: every type
    std::string asset_id{};          // a substring of the event's asset id; empty: any event
    std::string time_from{};         // inclusive, time_text; empty: no bound
    std::string time_to{};           // exclusive
    std::string text{};              // a substring (ASCII letters in any case) of the type, the
                                     // actor's key id or name, or any text in the payload
};

struct EventSearch {
    std::int64_t after_seq = 0;      // resume after this event
    std::size_t max_rows = 500;      // stop once this many matched...
    std::size_t max_scanned = 5000;  // ...or this many were read, so one call stays short
};

// One line of an event list: the event and what a reader wants of its payload.
struct EventRow {
    Event event{};
    std::string asset_id{};    // the payload's asset_id, if any
    std::string actor_name{};  // the signing key's registered name; empty for an unknown key
    bool actor_is_root = false;  // signed by the ledger's root key, which has no registered name
    std::string department{};  // the payload's, else the named asset's current one
    std::string summary{};     // the other payload fields, "name: value" joined by ", "
};

struct EventPage {
    std::vector<EventRow> rows{};
    std::int64_t scanned_to = 0;  // the last seq read: the next call's after_seq
    bool complete = false;        // no events after scanned_to
};

// Figures for the yearly security report. A year runs from Jan 1 00:00 to Jan 1 00:00 at the
// given offset from UTC; the default, +09:00, is Japan's calendar year.
struct ReportOptions {
    int year = 0;
    int utc_offset_minutes = 9 * 60;
};

// The UTC bounds of a report's year, as time_text: [time_from, time_to).
struct YearBounds {
    std::string time_from;
    std::string time_to;
};
// Errc::invalid_argument for a year outside 1970-9998 or an offset beyond ±14:00 (wider than any in
// use). Every count or list "of a year" (year_figures, jobs::audit_notes) uses these.
[[nodiscard]] Result<YearBounds> year_bounds(const ReportOptions& options);

// The counts of one department, or of the whole organisation.
struct FigureCounts {
    std::map<std::string, std::int64_t> wipes_by_outcome;  // from wipe.certificate "outcome"
    std::array<std::int64_t, 3> carry_outs_by_classification{};
    std::int64_t carry_outs = 0;
    std::int64_t returns = 0;
    std::int64_t certificates = 0;
    std::int64_t disclosures = 0;
    std::int64_t incidents = 0;  // incident.report: lost carried-out media
};

struct YearFigures : FigureCounts {
    int year = 0;
    std::string time_from;  // the UTC bounds used, [from, to)
    std::string time_to;
    std::int64_t audit_notes = 0;  // the organisation's only: an audit is not a department's
    // By the department of the event's asset (its current asset row), else the department the
    // payload names (a certificate's); "" for events of neither. The sum of the departments is
    // the organisation's figures, audit notes aside.
    std::map<std::string, FigureCounts> departments;
};

struct ImportSummary {
    std::size_t registered = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
};

struct CsvOptions {
    bool byte_order_mark = false;  // Excel needs one to read UTF-8
};

// CSV in the shape of the policy's ledger: the Japanese headers 資産ID, 資産名, 備考, 管理部署,
// 管理責任者, 利用者範囲, 媒体・保存場所, 保存期間, 機密区分, 状態; RFC 4180 quoting; CRLF.
// Parsing accepts a leading BOM, any column order, 機密区分 as 0-2 or its name (公開 社外秘 極秘,
// 公知 機密). Errors carry "csv row N column NAME" (row 1 is the header) as context:
// Errc::malformed_input for a bad cell or quoting, Errc::conflict for an asset id given twice,
// Errc::refused for a cell holding a My Number.
std::string assets_to_csv(std::span<const Asset> assets, const CsvOptions& options = {});
Result<std::vector<Asset>> assets_from_csv(std::string_view text);

// True when `text` holds a 12-digit number (contiguous, or 4-4-4 with spaces or hyphens, ASCII
// or full-width digits) whose last digit is a valid マイナンバー check digit.
bool contains_my_number(std::string_view text);
bool is_my_number(std::string_view twelve_ascii_digits);

// CSV of an event list with Japanese headers like the assets' (連番, 日時, 種別, 資産ID, 実行者,
// 部署, 内容, 鍵ID); RFC 4180 quoting, CRLF.
std::string event_rows_to_csv(std::span<const EventRow> rows, const CsvOptions& options);

// A file kept in the ledger, addressed by the SHA-256 of its bytes (certificates: the JSON, its
// signatures, the PDF), under the name it had beside the certificate.
struct StoredFile {
    std::string name;
    std::string bytes;
    friend bool operator==(const StoredFile&, const StoredFile&) = default;
};

struct Checkpoint;      // sanitize/ledger_proof.hpp
struct InclusionProof;  // sanitize/ledger_proof.hpp

class Store;  // private to the library

class Ledger {
public:
    // Creates the schema and the genesis event (ledger.init, signed by the root key).
    // Errc::conflict when a ledger is already there.
    static Result<Ledger> init(const InitOptions& options, const keys::SecretKey& root_secret);
    // The same for a PostgreSQL ledger, as one SQL script for a DBA to run as a superuser: the
    // tables, the roles and append function (docs/ledger.md, "The shared ledger") and the signed
    // genesis. options.location is not used.
    static Result<std::string> postgres_init_sql(const InitOptions& options, const keys::SecretKey& root_secret);
    // Errc::not_found when there is no ledger; Errc::malformed_input for a file that is not a
    // SQLite database (an empty one too), which is left untouched. Connection failures carry
    // the server's reason as context, without the URL or its password.
    static Result<Ledger> open(std::string_view location, const OpenOptions& options = {});

    Ledger(Ledger&&) noexcept;
    Ledger& operator=(Ledger&&) noexcept;
    ~Ledger();

    const LedgerInfo& info() const noexcept { return info_; }

    // Told of each event this handle appended, once its transaction committed: a front end
    // records ledger writes in the system log with it, as the library itself logs nothing.
    using AppendListener = std::function<void(const Event&)>;
    void on_append(AppendListener listener) { append_listener_ = std::move(listener); }

    // Appends in one transaction, serialised on the chain head. A payload field holding a
    // My Number is Errc::refused with the field named; a key or role that may not sign the
    // event is Errc::refused; a duplicate asset or key is Errc::conflict.
    Result<Event> append(const keys::SecretKey& actor, const Draft& draft, const AppendOptions& options = {});
    // All or none, in one transaction.
    Result<std::vector<Event>> append_all(const keys::SecretKey& actor, std::span<const Draft> drafts,
                                          const AppendOptions& options = {});
    // Entries signed in an outbox, all or none, in one transaction, under the same rules; each
    // outbox's entries exactly once and in order (an entry already in the chain, or one whose
    // predecessor is not, is Errc::conflict); a signature that does not verify is Errc::refused.
    Result<std::vector<Event>> append_signed(std::span<const SignedEntry> entries);

    Result<Event> register_key(const keys::SecretKey& root, const KeyRegistration& key, const AppendOptions& options = {});
    Result<Event> revoke_key(const keys::SecretKey& root, const keys::KeyId& key, std::string_view reason,
                             const AppendOptions& options = {});
    Result<Event> register_asset(const keys::SecretKey& actor, const Asset& asset, const AppendOptions& options = {});
    Result<Event> update_asset(const keys::SecretKey& actor, const Asset& asset, const AppendOptions& options = {});
    // One event per new or changed row, all in one transaction.
    Result<ImportSummary> import_assets_csv(const keys::SecretKey& actor, std::string_view csv,
                                            const AppendOptions& options = {});

    Result<std::vector<Asset>> assets();  // ordered by asset_id (bytewise)
    Result<std::optional<Asset>> find_asset(std::string_view asset_id);
    Result<std::vector<KeyRecord>> registered_keys();
    Result<std::optional<KeyRecord>> find_key(const keys::KeyId& id);
    Result<std::vector<Event>> events(const EventQuery& query = {});
    // The events matching `filter` in seq order, one bounded page per call (EventSearch).
    Result<EventPage> search_events(const EventFilter& filter, const EventSearch& search = {});
    Result<std::optional<ChainHead>> head();

    // Central certificates: stores the files' bytes (by SHA-256) and records them in a
    // certificate.files event signed by `actor`, whom the ledger must allow to sign (anyone
    // registered). A name already stored for the certificate is Errc::conflict.
    Result<Event> store_certificate_files(const keys::SecretKey& actor, std::string_view certificate_id,
                                          std::span<const StoredFile> files, const AppendOptions& options = {});
    // The files stored for a certificate, byte for byte, each checked against its SHA-256
    // (Errc::integrity_failure otherwise); empty when none are.
    Result<std::vector<StoredFile>> certificate_files(std::string_view certificate_id);
    // The ids of the certificates with stored files, in id order.
    Result<std::vector<std::string>> stored_certificates();

    // How many entries of an outbox the ledger holds (they are always its first ones).
    Result<std::int64_t> outbox_position(std::string_view outbox_id);
    // The event synced from the outbox entry `origin` ("<outbox id>/<n>"); empty when the ledger
    // does not hold it (not synced yet).
    Result<std::optional<Event>> event_with_origin(std::string_view origin);

    // The Merkle root of every event, as a checkpoint to sign (sign_checkpoint) and keep apart.
    Result<Checkpoint> checkpoint();
    // The path of event `seq` under a signed checkpoint of this ledger. Errc::integrity_failure
    // when the ledger's first `size` events do not have the checkpoint's root.
    Result<InclusionProof> prove(std::int64_t seq, std::string_view signed_checkpoint);

    // Recomputes every hash, link, signature and rule in seq order, streaming the events in
    // pages (memory grows with assets and keys, not events), then compares the projections.
    // An error means the store could not be read; a broken ledger is a report.
    Result<VerifyReport> verify(const VerifyOptions& options = {});
    Result<YearFigures> year_figures(const ReportOptions& options);

private:
    Ledger(std::unique_ptr<Store> store, LedgerInfo info);
    std::unique_ptr<Store> store_;
    LedgerInfo info_;
    AppendListener append_listener_;
    Result<std::vector<Event>> appended(Result<std::vector<Event>> events) const;
};

}  // namespace sanitize::ledger
