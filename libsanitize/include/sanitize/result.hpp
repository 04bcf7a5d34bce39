// Result<T>: the return type of every fallible library function.
//
// Shaped like std::expected (GCC 12 has none) so that the migration is one line. An Error
// carries a code, the errno that caused it, the reason a front end acts on and the facts it
// names (which device, which file, which value), plus a short context for support (what was
// being done: "pwrite @4096"). No prose: the front ends turn codes and reasons into words in the
// user's language (the CLI through its message catalogues, the GUI through its translations).
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace sanitize {

enum class Errc {
    invalid_argument,     // a caller's value is malformed (method spec, sample percent, ...)
    not_found,            // the path does not exist
    permission_denied,    // open/ioctl refused by the kernel
    busy,                 // O_EXCL refused: someone else holds the device
    unsupported_target,   // not a block device or regular file (tty, FIFO, directory, ...)
    io_error,             // read/write/sync failed in a way that is not a bad sector
    device_vanished,      // ENODEV/ENXIO mid-operation: unplugged or detached
    size_mismatch,        // BLKGETSIZE64 and lseek(SEEK_END) disagree
    refused,              // a safety rule forbids the operation
    cancelled,            // a stop was requested
    malformed_input,      // outside bytes (a key file, a signature, a CSV row) do not parse
    wrong_passphrase,     // a secret key did not decrypt: its checksum does not match
    signature_invalid,    // a signature does not verify with the given key
    integrity_failure,    // a hash chain or a certificate does not match what it claims
    conflict,             // the state changed under us (a chain head moved, a duplicate id)
    internal,             // a dependency failed unexpectedly (crypto init, thread start)
};

// Why, finer than the code: the cases a front end words differently or acts on. Most errors
// need none (the code says it all); a reason never replaces the code, which decides the exit
// status. Each has a stable name (reason_name), which the JSON of --json carries.
enum class Reason {
    none,
    // the targets of a wipe, a purge or a carry-out stick (device: the target as named)
    target_missing,           // inspect found nothing at the path
    empty_target,             // the target holds no byte (an empty image, a reader without a card)
    same_medium,              // device and detail name one medium twice
    mounted,                  // detail: the mount point
    system_disk,              // detail: what of the running system it holds
    swap,                     // detail: the swap entry
    has_holders,              // detail: the holder (dm, md, bcache)
    partition,
    read_only,
    // confirmation (device: the target; expected: device::confirmation_token)
    confirmation_declined,    // typed at the terminal, and not the token
    not_confirmed,            // the person said no (an image file's "yes" not typed)
    confirmation_mismatch,    // detail: the token given with --confirm; the right one is never included
    confirmation_missing,     // --yes without a --confirm for this block device
    confirmation_count,       // detail: tokens given; expected: block devices named
    no_terminal,              // nobody to ask: a block device
    no_terminal_file,         // nobody to ask: an image file
    stopped_before_writing,   // a stop request came before the first write: nothing was written
    // checkpoints of resumable wipes (path: the checkpoint file or directory)
    checkpoint_missing,       // --resume without a checkpoint of this medium
    checkpoint_exists,        // a new wipe of a medium with an interrupted one
    checkpoint_corrupt,       // detail: what does not parse
    checkpoint_other_medium,  // detail: the identity field that differs
    checkpoint_unusable,      // the state directory or file could not be made or read
    // hidden areas before a wipe (detail: the reset's reason code, e.g. "set_max_aborted")
    kernel_size_stale,        // reset, but the kernel still reports the old size
    hidden_reset_refused,
    hidden_reset_failed,
    // the NVMe scope of a purge (device: the target; detail: the method; also: each namespace's
    // own refusal, with its device)
    other_namespace_in_use,
    // requests and their values (detail: the value as given; context: the parser's)
    method_spec,
    verify_spec,
    purge_method_spec,
    expect_spec,
    sample_spec,
    destination_name,
    asset_count,              // detail: --asset values given; expected: targets
    label_spec,               // a volume label outside A-Z 0-9 _ - (11 at most)
    exfat_unsupported,        // no userspace tool writes files into exFAT
    verification_required,    // a carry-out stick must be read back: verification none refused
    folder_unnamed,           // path: a folder without a name of its own ("/", ".")
    recipient_spec,           // detail: the recipient text; path: where it came from
    no_recipient,             // neither a recipient nor a passphrase
    recipients_and_passphrase,
    // who signs and what the ledger holds (detail: the key id in hex, or the asset id)
    ledger_missing,           // path: the ledger file that does not exist
    ledger_unreachable,       // path: the server's URL without password; detail: libpq's reason
    not_a_ledger,             // path: a file that is empty or not a SQLite ledger (left as it is)
    ledger_read_only,         // a write to a replica or a read-only copy: nothing was written
    ledger_required,          // the job records in the ledger and none is in use
    key_file_missing,         // path: the secret key file that does not exist
    secret_key_given,         // path: a secret key file where a public key was expected
    key_not_registered,
    key_mismatch,             // the ledger registered another public key under this id
    key_revoked,              // expected: the seq of the revocation, when known
    key_not_valid_now,        // expected: the validity "[from, until)"
    role_may_not_sign,        // expected: the role; path: the event type
    asset_unknown,
    approval_missing,         // detail: the level; expected: the title that must approve
    level_missing,            // a carry-out without a classification
    ledger_exists,            // path: where `ledger init` found one already
    key_unknown,              // detail: a key id the ledger never registered; path: the ledger
    asset_exists,             // detail: an asset id the ledger holds already
    nothing_to_change,        // an update that names no field
    csv_malformed,            // path: the CSV file; context: the row and column
    signature_key_unknown,    // detail: the key id of a signature nobody vouches for
    time_spec,                // detail: the time as given; expected: the option
    utc_offset_spec,          // detail: the offset as given
    head_spec,                // detail: the chain head as given (SEQ:HASH expected)
    my_number_in_field,       // detail: the payload field that holds one
    my_number_in_csv,         // context: the CSV cell ("csv row 2 column 備考")
    // a carry-out stick (prepare)
    program_missing,          // detail: the program; expected: the Debian package
    fat32_file_limit,         // path: the folder
    stick_size,               // path: the folder; device: the stick
    read_back_differs,        // the archive read back from the stick is not what was written
    // archives
    archive_tampered,         // an age file that does not authenticate
    no_identity_matches,      // none of the identities (or the passphrase) opens the file
    // passwords of attachments (detail and expected: the counts the policy compares)
    password_invalid_characters,
    password_too_short,       // detail: the length; expected: the minimum
    password_missing_class,   // detail: the missing classes, e.g. "upper,digit"
    password_dictionary_word, // detail: the length of the dictionary run
    password_guessable,       // detail: the estimated bits; expected: the minimum
    // passphrases (detail: where it was read: "fd 3", a file, "-" for the terminal)
    passphrase_too_long,      // expected: the maximum in bytes
    passphrase_unreadable,
    passphrase_empty,
    passphrase_not_given,
    passphrase_mismatch,
    passphrase_no_terminal,
    // files the commands write
    output_exists,            // path: a file that is never overwritten
    // the medium held from inspection to the last write (device: the target; detail: the field
    // that differs, "device_number", "serial", "model" or "size"; expected: the inspected value)
    medium_changed,
    // the privileged helper (sanitize-helper): what it does for a person who is not root
    helper_command,           // detail: a command the helper never runs for anyone
    helper_option,            // detail: an option the helper does not take (a file root would read)
    not_whole_disk,           // device: an image file or anything else not a block device
    helper_certificate_dir,   // detail: the directory asked for; expected: the site's
    helper_no_certificate_dir,  // the site configuration names no certificate_dir
    helper_invoking_user,     // detail: PKEXEC_UID as found (missing, not a number, no such user)
    folder_not_readable,      // path: a folder or file below it the invoking user may not read
    // the boot-and-wipe station (docs/station.md)
    data_partition_missing,   // path: the data partition's mount point, or its station.conf
    data_partition_not_mounted,  // path: a directory on the station's own memory, not the stick
    outbox_missing,           // path: the outbox file that does not exist
    outbox_other_ledger,      // path: the outbox; detail: its ledger id; expected: the ledger's
    pc_list_malformed,        // path: the list of PCs; detail: the line number
    list_signer_not_admin,    // detail: the role of the key that signed the list; expected: admin
    // signed approvals (policy 002 §3-2, §8-5; detail: the approval id, the seq of its request)
    approval_unknown,         // no approval.request has this id
    approval_pending,         // requested, neither granted nor denied yet
    approval_denied,          // expected: the key id of who denied it
    approval_expired,         // expected: the last day it was valid (YYYY-MM-DD)
    approval_used,            // expected: the seq of the record that used it
    approval_other_asset,     // expected: the asset it was requested for
    approval_other_level,     // expected: the level it was requested for
    approval_other_purpose,   // a carry-out approval for a disposal or the reverse; expected: its kind
    approval_title_missing,   // the granting key lacks the title; expected: the title needed
    approval_key_revoked,     // the key that granted it has been revoked; expected: its key id
    approval_decided,         // granted or denied already; expected: "granted" or "denied"
    approver_without_title,   // grant or deny by a key holding no approver title; detail: its key id
    title_spec,               // detail: a title that is none of the known ones
    date_spec,                // detail: the date as given; expected: the option (YYYY-MM-DD)
    disposal_spec,            // detail: what is missing or contradicts (e.g. "--witness")
    // lost-media incidents and reports (docs/ledger.md)
    carry_out_unknown,        // detail: the seq given, which names no media.carry_out event
    manifest_mismatch,        // the decrypted manifest does not hash to the carry-out's manifest_sha256
    report_output_missing,    // a PDF report needs -o FILE
    // keys registered and revoked twice: no retry can succeed, so they are refusals
    key_registered,           // detail: the key id; expected: the seq of its registration
    key_already_revoked,      // detail: the key id; expected: the seq of its revocation
    operator_key_needed,      // cert verify --no-ledger: only --operator-key can vouch for the signer
    not_carried_out,          // a return of something no open carry-out holds; detail: the asset id or serial
};

struct Error {
    Errc code = Errc::internal;
    int sys_errno = 0;    // 0 when no system call is to blame
    std::string context;  // what was being done to what: "open /dev/sdb", "pwrite @4096"
    Reason reason = Reason::none;
    std::string device;   // the medium concerned, as the operator named it
    std::string path;     // the file concerned (a folder, a key, a checkpoint, a ledger)
    std::optional<std::uint64_t> offset;  // on the medium, for I/O errors
    std::string detail;   // the value the reason is about (a mount point, a token, a program)
    std::string expected; // what would have been accepted (a token, a package, a limit)
    std::optional<std::uint64_t> bytes;  // a size the reason compares with (the stick's)
    // Further problems found by the same check: every target's refusals, not just the first.
    // The first error (this one) decides what the caller does.
    std::vector<Error> also;
};

inline Error make_error(Errc code, std::string context, int sys_errno = 0) {
    Error error;
    error.code = code;
    error.sys_errno = sys_errno;
    error.context = std::move(context);
    return error;
}

// The same with a reason; the fields are filled by the caller where they apply.
inline Error make_error(Errc code, Reason reason, std::string context = {}) {
    Error error = make_error(code, std::move(context));
    error.reason = reason;
    return error;
}

// `error` about `device`, unless it names one already: errors gain context as they rise.
inline Error about_device(Error error, const std::string& device) {
    if (error.device.empty()) error.device = device;
    return error;
}

// `error` about the file at `path`, unless it names one already.
inline Error about_path(Error error, const std::string& path) {
    if (error.path.empty()) error.path = path;
    return error;
}

// Maps an errno from open/read/write to the error code a front end should explain.
Errc errc_from_errno(int sys_errno) noexcept;

// The code's stable name ("io_error"), as reports and JSON carry it, and back.
std::string_view errc_name(Errc code) noexcept;
std::optional<Errc> parse_errc(std::string_view name) noexcept;

// The reason's stable name ("kernel_size_stale"; "" for none), and back.
std::string_view reason_name(Reason reason) noexcept;
std::optional<Reason> parse_reason(std::string_view name) noexcept;

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { return checked_value(); }
    const T& value() const& { return const_cast<Result*>(this)->checked_value(); }
    T&& value() && { return std::move(checked_value()); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const {
        if (has_value()) std::abort();  // broken invariant: asked for the error of a success
        return std::get<1>(state_);
    }

private:
    T& checked_value() {
        if (!has_value()) std::abort();  // broken invariant: used a failed result's value
        return std::get<0>(state_);
    }
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT

    bool has_value() const noexcept { return !failed_; }
    explicit operator bool() const noexcept { return has_value(); }
    const Error& error() const {
        if (!failed_) std::abort();
        return error_;
    }

private:
    Error error_{};
    bool failed_ = false;
};

}  // namespace sanitize
