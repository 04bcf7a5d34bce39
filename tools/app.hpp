// The command line: what each command accepts, parsed with CLI11.
//
// Values stay strings here where the library owns their grammar (methods, verification plans):
// the commands hand them to parse_method/parse_verify, so that a GUI accepts the same specs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "exit_codes.hpp"
#include "messages.hpp"
#include "sanitize/config.hpp"
#include "secret_input.hpp"

namespace sanitize::jobs {
class FolderReader;
}  // namespace sanitize::jobs

namespace sanitize::cli {

struct GlobalArgs {
    std::string lang;  // "ja", "en" or empty (from the environment)
    bool verbose = false;
};

struct DevicesArgs {
    bool json = false;
    bool probe = false;  // ask the drives' firmware (hidden areas, SMART, purge methods)
};

// Who signs: a secret key file and where its passphrase comes from (never argv).
struct SignerArgs {
    std::string key_file;  // empty: the default (ledger_access.hpp)
    PassphraseSource passphrase;
};

struct WipeArgs {
    std::vector<std::string> targets;
    std::string method = "random";
    std::string verify = "last";
    bool blank = false;
    bool json = false;
    bool json_progress = false;  // with --json: progress objects on stdout too (progress_json.hpp)
    bool stdin_cancels = false;  // the end of stdin stops the wipe (stdin_cancel.hpp)
    bool yes = false;
    std::vector<std::string> confirm;  // one per block device, in the order of the targets
    std::string generator = "auto";
    unsigned workers = 0;
    bool reset_hidden_areas = false;  // restore the native size first (HPA, AMA)
    bool restore_dco = false;         // with reset_hidden_areas: DEVICE CONFIGURATION RESTORE too
    // Resumable wipes (wipe_resume.hpp, docs/resume.md).
    bool resume = false;
    bool discard_checkpoint = false;
    std::string checkpoint_dir;  // empty: default_checkpoint_dir() (wipe_resume.hpp)
    unsigned checkpoint_interval_ms = 5000;  // hidden: tests use a shorter one
    unsigned test_throttle_us = 0;           // hidden, tests only: a pause after every chunk
    // The certificate: written when a ledger is used (--ledger, $SANITIZE_LEDGER or the default
    // ledger file existing) and --no-ledger is not given.
    std::string ledger;
    bool no_ledger = false;
    SignerArgs signer;
    std::vector<std::string> assets;  // one per target, in the order of the targets
    std::string destination = "reuse";
    std::string destination_detail;
    std::string customer;
    std::string comments;
    std::string department;
    std::string location;
    std::string cert_dir = ".";
    bool no_pdf = false;
};

struct VerifyMediaArgs {
    std::string target;
    std::string expect;  // "zero" or "byte:HH"
    std::string sample;  // percent; empty: read everything
    bool json = false;
    bool json_progress = false;  // with --json: progress lines too (for a front end, as `wipe`)
    bool stdin_cancels = false;  // the end of stdin stops the check (a front end running this as root)
};

// `sanitize purge` (command_purge.cpp, options in app_purge.cpp)
struct PurgeArgs {
    std::string target;
    std::string method;
    std::string verify = "sample:10";
    bool json = false;
    bool yes = false;
    std::string confirm;  // the serial (or name) of the drive, with --yes
    // The certificate options, as for `wipe` (only those fields are used; one target).
    WipeArgs certificate;
};

// `sanitize key …` (command_key.cpp)
enum class KeyAction { init, show, register_key, revoke, title };
struct KeyArgs {
    KeyAction action = KeyAction::show;
    std::string out;              // init: the new secret key file (empty: the default)
    std::string kdf = "sensitive";  // init: "sensitive" or "interactive"
    std::string public_key_file;  // show, register: PUBFILE
    std::string key;              // revoke: KEYID or PUBFILE; show: the secret key file whose .pub is shown
    std::string name;             // register
    std::string role;             // register: staff, admin or auditor
    std::string valid_from;       // register: empty: now
    std::string valid_until;      // register: empty: no end
    std::string reason;           // revoke
    std::vector<std::string> titles;  // title --set: the approver titles the key holds from now on
    bool clear_titles = false;    // title --clear: none any more
    std::string ledger;
    SignerArgs signer;            // init: the new key's passphrase; register, revoke, title: the root key
    bool json = false;
};

// `sanitize ledger …` (command_ledger.cpp)
enum class LedgerAction { init, verify, log, export_events, checkpoint, prove, outbox, sync };
struct LedgerArgs {
    LedgerAction action = LedgerAction::verify;
    std::string ledger;
    SignerArgs signer;          // init: the root key
    std::string organisation;   // init
    std::string root_key_file;  // verify --root
    std::string head;           // verify --head SEQ:HASH
    std::vector<std::string> checkpoints;  // verify --checkpoint FILE...; prove --checkpoint FILE
    bool print_sql = false;     // init --print-sql (PostgreSQL)
    long long seq = 0;          // prove SEQ
    std::string from;           // sync --from OUTBOX
    std::string to;             // sync --to LEDGER (else --ledger)
    unsigned batch = 100;       // sync --batch: entries per transaction
    std::string bundle;         // export --bundle FILE, verify --bundle FILE
    std::string time_from;      // export --bundle --from
    std::string time_to;        // export --bundle --to
    long long after = 0;        // log
    long long limit = 1000;     // log
    std::string out;            // export -o (empty: stdout); checkpoint, prove, outbox -o
    bool json = false;
};

// `sanitize asset …` (command_asset.cpp). Fields not given stay empty (add) or unchanged (update).
enum class AssetAction { add, update, list, import_csv, export_csv, dispose };
struct AssetFields {
    std::optional<std::string> name, remarks, department, owner, user_scope, media_location, retention, status;
    std::optional<int> classification;
};
struct AssetArgs {
    AssetAction action = AssetAction::list;
    std::string asset_id;  // add --id, update ID
    AssetFields fields;
    std::string file;      // import FILE.csv
    std::string out;       // export -o (empty: stdout)
    bool byte_order_mark = false;
    bool past_retention = false;     // list: only assets whose retention date has passed
    // dispose ASSET (policy 002 §8-5): destroyed, or erased by a vendor, with the security
    // officer's approval
    bool destroyed = false;
    std::string destruction_method;  // --method
    std::string witness;
    std::string photo;               // a file, hashed
    bool vendor_erasure = false;
    std::string vendor;
    std::string vendor_certificate;  // a file, hashed and stored in the ledger
    std::int64_t approval = 0;
    std::string ledger;
    SignerArgs signer;
    bool json = false;
};

// `sanitize report` (command_report.cpp)
struct ReportArgs {
    int year = 0;  // 0: this year, in the report's time zone
    std::string utc_offset = "+09:00";
    std::string ledger;
    bool json = false;
    std::string format = "text";  // text, csv or pdf
    std::string output;           // -o: csv (else stdout), pdf (required)
    SignerArgs signer;            // pdf: who signs the report
};

// `sanitize cert verify|countersign|pdf FILE`, `cert get ID -o DIR` (command_cert.cpp, command_cert_get.cpp)
struct CertArgs {
    enum class Action { verify, countersign, pdf, get } action = Action::verify;
    std::string file;
    std::string signature;     // empty: FILE.minisig
    std::string operator_key;  // a public-key file; empty: from the ledger
    std::string ledger;
    bool no_ledger = false;
    std::string trusted_root;  // a public-key file
    std::string media;         // verify: a device to re-read
    std::string sample = "10";
    bool json = false;
    SignerArgs signer;   // countersign: the validator's key
    std::string output;  // pdf: the PDF's path; get: the directory
};

// `sanitize attach FILE|DIR... -o OUT.zip` and `sanitize attach --check ZIP` (command_attach.cpp)
struct AttachArgs {
    std::vector<std::string> inputs;
    std::string output;
    std::string check;  // --check ZIP: verify an archive instead of making one
    PassphraseSource password;  // --password-file / --password-fd; neither: generated (or --ask-password)
    bool ask_password = false;
    bool hide_names = false;
    std::string recipient;  // --to
    int classification = 1;
    std::string asset;
    std::string compression = "auto";
    bool legacy_zipcrypto = false;
    std::string ledger;
    bool no_ledger = false;
    SignerArgs signer;
    bool json = false;
};

// `sanitize encrypt DIR -o OUT`, `decrypt IN -o DIR`, `keygen -o FILE` (command_age.cpp)
struct EncryptArgs {
    std::string folder;
    std::string output;
    std::vector<std::string> recipients;       // -r age1…
    std::vector<std::string> recipient_files;  // -R FILE: one recipient per line
    bool passphrase = false;                   // scrypt, asked twice at the terminal
    PassphraseSource passphrase_source;        // or from a file / descriptor
    bool armor = false;
    bool json = false;
    // The carry-out record, when a ledger is in use (as for wipe).
    std::string ledger;
    bool no_ledger = false;
    SignerArgs signer;  // --key, --key-passphrase-file, --key-passphrase-fd
    std::string asset;
    int classification = -1;  // -1: the asset's
    std::int64_t approval = 0;  // --approval ID: a granted approval (level 1 and 2); 0: none
    std::string due;            // --due YYYY-MM-DD: when the medium is to come back
    std::string medium_serial;
    std::string auditor_recipients;  // the site's setting, not an option: the manifest's readers
};

// `sanitize approval request|grant|deny|list` (command_approval.cpp)
enum class ApprovalAction { request, grant, deny, list };
struct ApprovalArgs {
    ApprovalAction action = ApprovalAction::list;
    std::int64_t id = 0;        // grant, deny
    std::string asset;          // request
    int classification = -1;    // request: -1: the asset's
    bool disposal = false;      // request: for a disposal or return of equipment (002 §8-5)
    std::string purpose;        // request
    std::string medium;         // request
    std::string until;          // request: YYYY-MM-DD
    std::string remarks;        // grant, deny
    bool pending = false;       // list: only those waiting for a decision
    std::string ledger;
    SignerArgs signer;
    bool json = false;
};

// `sanitize carry-out return` (command_carry_out.cpp)
enum class CarryOutAction { return_medium, list };
struct CarryOutArgs {
    CarryOutAction action = CarryOutAction::return_medium;
    bool open = false;     // list: carried out and not returned
    bool overdue = false;  // list: open and past the due date
    std::string asset;
    std::string medium_serial;
    std::string remarks;
    std::string ledger;
    SignerArgs signer;
    bool json = false;
};

struct DecryptArgs {
    std::string input;
    std::string output;
    std::vector<std::string> identity_files;  // -i FILE
    PassphraseSource passphrase_source;
    bool json = false;
};

struct KeygenArgs {
    std::string output;
};

// `sanitize prepare DEVICE --folder DIR …`: the whole carry-out path for a stick (command_prepare.cpp)
struct PrepareArgs {
    std::string device;
    std::string folder;
    // Whose rights read the folder: set by sanitize-helper (the invoking person's), never an
    // option; null: the process's own.
    const jobs::FolderReader* folder_reader = nullptr;
    std::vector<std::string> recipients;       // -r age1…
    std::vector<std::string> recipient_files;  // -R FILE
    bool passphrase = false;
    PassphraseSource passphrase_source;
    std::string asset;
    int classification = -1;  // -1: the asset's
    std::int64_t approval = 0;  // --approval ID: a granted approval (level 1 and 2); 0: none
    std::string due;            // --due YYYY-MM-DD: when the medium is to come back
    std::string method = "random";
    std::string verify = "last";
    std::string file_system = "fat32";
    std::string label = "CARRYOUT";
    std::string cert_dir = ".";
    bool no_pdf = false;
    std::string ledger;
    SignerArgs signer;  // --key, --key-passphrase-file, --key-passphrase-fd
    bool yes = false;
    std::string confirm;  // --confirm / --device-serial: the serial (or name) of the stick
    std::string department;  // printed on the wipe certificate
    std::string auditor_recipients;  // the site's setting, not an option: the manifest's readers
    bool json = false;
    bool json_progress = false;  // with --json: step, wipe and byte progress on stdout too (prepare_progress_json.hpp)
    bool stdin_cancels = false;  // the end of stdin stops the run (stdin_cancel.hpp)
};

// `sanitize incident report --carry-out SEQ` (command_incident.cpp)
struct IncidentArgs {
    long long carry_out = 0;  // the media.carry_out event's seq
    std::string note;
    std::vector<std::string> identity_files;  // --identity: an auditor's age identity, to list the files
    std::string ledger;
    SignerArgs signer;
    bool json = false;
};
// `sanitize audit note TEXT`, `audit list` (command_audit.cpp)
struct AuditArgs {
    enum class Action { note, list } action = Action::list;
    std::string text;  // note
    int year = 0;      // list: only this year's notes (0: all)
    std::string utc_offset = "+09:00";
    std::string ledger;
    SignerArgs signer;
    bool json = false;
};
// `sanitize config show` (command_config.cpp, options in app_config.cpp)
struct ConfigArgs {
    bool json = false;
};

enum class Command { devices, wipe, verify_media, key, ledger, asset, report, cert, attach, encrypt, decrypt, keygen, carry_out, prepare, purge, config, approval, incident, audit };

struct Invocation {
    Command command = Command::devices;
    GlobalArgs global;
    DevicesArgs devices;
    WipeArgs wipe;
    VerifyMediaArgs verify_media;
    PurgeArgs purge;
    KeyArgs key;
    LedgerArgs ledger;
    AssetArgs asset;
    ReportArgs report;
    CertArgs cert;
    AttachArgs attach;
    EncryptArgs encrypt;
    DecryptArgs decrypt;
    KeygenArgs keygen;
    CarryOutArgs carry_out;
    ApprovalArgs approval;
    PrepareArgs prepare;
    ConfigArgs config;
    IncidentArgs incident;
    AuditArgs audit;
};

struct ParseResult {
    std::optional<Invocation> invocation;  // nothing: help, version or an error was printed
    ExitCode exit_code = ExitCode::ok;
};

// `configured`: the settings in force (run_settings.hpp), the defaults of the options they configure.
ParseResult parse_command_line(int argc, const char* const* argv, const Messages& messages,
                               const config::Settings& configured);

// The subcommand as typed: "verify-media".
std::string command_name(Command command);

// Whoever reads JSON from a wipe, a preparation or a purge reads its errors as JSON too.
bool speaks_protocol(const Invocation& invocation);

// --lang, looked up before the full parse so that even parse errors use the chosen language.
std::optional<Lang> language_from_arguments(int argc, const char* const* argv);

}  // namespace sanitize::cli
