// Site and user configuration: the site file (/etc/sanitize/sanitize.conf in the packages) and
// the user's (~/.config/sanitize/sanitize.conf), resolved together with the environment and the
// command line into one value per setting that remembers where it came from.
//
// The files (sanitize.conf(5)): UTF-8 text, one `key = value` per line, no sections; a line whose
// first non-blank character is # or ; is a comment (a # later in a line is part of the value, as
// URLs may hold one); the value runs to the end of the line, blanks around it trimmed. Every key
// is known, given at most once per file, and its value is checked; paths in files are absolute
// or start with "~/" (the user's home), as a file has no current directory.
//
// Precedence, highest first: option > environment > user file > site file > built-in default.
// The library reads no environment and no argv: the caller hands in a getenv function, the
// options given and the built-in defaults it worked out; only the files are read here.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sanitize::config {

enum class Setting {
    organisation,     // the organisation certificates and the ledger name
    department,       // the department printed on certificates
    ledger,           // a SQLite file or a postgresql:// URL
    key,              // the operator's secret key file
    certificate_dir,  // where certificates (JSON, signature, PDF) are archived
    checkpoint_dir,   // where interrupted wipes keep their checkpoints
    method,           // the default wipe method ("random", "nist-clear", "custom:…")
    verify,           // the default verification ("last", "all", "sample:P", "none")
    language,         // "ja" or "en"
    unattended,       // the boot-and-wipe station only: "yes" wipes listed PCs without asking, "no"
    auditor_recipients,  // the auditors' age public keys ("age1…", blank-separated): carry-out manifests
};
inline constexpr std::size_t setting_count = 11;

// Every setting, in the order files, `sanitize config show` and the documentation list them.
std::span<const Setting> all_settings() noexcept;
// The name in the files: "certificate_dir".
std::string_view key_of(Setting setting) noexcept;
// The environment variable: "SANITIZE_CERTIFICATE_DIR".
std::string_view environment_variable(Setting setting) noexcept;
std::optional<Setting> setting_named(std::string_view key) noexcept;

enum class Source { built_in, site_file, user_file, environment, option };
// "built_in", "site_file", "user_file", "environment", "option": stable, for JSON.
std::string_view source_name(Source source) noexcept;

// Where a value (or a problem) comes from.
struct Origin {
    Source source = Source::built_in;
    std::string name;  // the file's path, the variable's name or the option's ("--ledger"); empty: built in
    int line = 0;      // in a file, counted from 1; 0 elsewhere
};

struct Value {
    std::string text;  // empty: not set, and no built-in default (e.g. no organisation)
    Origin origin;
};

// What is wrong with a file, a line or a value. Codes, not prose: front ends word them.
enum class Problem {
    file_unreadable,      // the file exists but cannot be read (Diagnostic::sys_errno)
    file_too_large,       // over max_file_bytes: not a configuration file
    not_utf8,             // the line is not valid UTF-8
    missing_equals,       // neither a comment, a blank line nor `key = value`
    unknown_setting,      // the key names no setting (a typo must not be ignored)
    repeated_setting,     // the key was given before in the same file
    empty_value,          // `key =` with nothing after it
    control_character,    // a tab, escape or other control character in the value
    not_absolute,         // a path in a file that is neither absolute nor "~/…"
    no_home,              // "~/…" but the environment names no home directory
    bad_ledger,           // neither a path nor a postgresql:// URL
    password_in_file,     // a ledger URL in a file that holds a password (files are readable by others)
    bad_method,           // not a wipe method (wipe::parse_method)
    bad_verify,           // not a verification (wipe::parse_verify)
    bad_language,         // not "ja" or "en"
    bad_unattended,       // not "yes" or "no"
    bad_recipient,        // an auditor recipient that is not an age public key ("age1…")
};
// "unknown_setting": stable, for JSON.
std::string_view problem_name(Problem problem) noexcept;

struct Diagnostic {
    Problem problem = Problem::missing_equals;
    Origin where;
    std::string key;    // the setting as written (possibly misspelt); empty for whole-file problems
    std::string value;  // as written, a ledger URL's password hidden; empty for whole-file problems
    int sys_errno = 0;  // file_unreadable only
};

inline constexpr std::size_t max_file_bytes = 64 * 1024;

// One file's settings in the order given, checked: what parse_file found valid, and what not.
struct FileSettings {
    std::map<Setting, Value> values;
    std::vector<Diagnostic> problems;
};

// Parses the text of a file; `source` is site_file or user_file, `path` names it in origins.
FileSettings parse_file(std::string_view text, Source source, const std::string& path);
// Reads and parses a file: a missing file sets nothing and is no problem.
FileSettings read_file(Source source, const std::string& path);

using Getenv = std::function<const char*(const char*)>;

// $SANITIZE_SITE_CONFIG (to try a new site file before installing it), else the installed one.
std::string site_file_path(const Getenv& getenv_fn);
// $XDG_CONFIG_HOME/sanitize/sanitize.conf, else $HOME/.config/sanitize/sanitize.conf; empty when
// the environment names neither.
std::string user_file_path(const Getenv& getenv_fn);

struct ResolveOptions {
    FileSettings site;                      // read_file(Source::site_file, site_file_path(…))
    FileSettings user;                      // read_file(Source::user_file, user_file_path(…))
    Getenv getenv_fn;                       // the environment layer; HOME expands "~/" in files
    std::map<Setting, std::string> options;  // what the command line gave, with the option's name below
    std::map<Setting, std::string> option_names;  // "--ledger": names options in origins and problems
    std::map<Setting, std::string> built_in;      // the caller's defaults; a setting absent has none
};

struct Settings {
    std::array<Value, setting_count> values;
    const Value& operator[](Setting setting) const noexcept { return values[static_cast<std::size_t>(setting)]; }
};

struct Resolved {
    Settings settings;
    // Every problem of every layer, files first; a value with a problem is not used, the next
    // layer down gives the setting instead. Front ends refuse to go on when any is listed.
    std::vector<Diagnostic> problems;
};

Resolved resolve(const ResolveOptions& options);

// The value for a person's eyes: a ledger URL's password replaced with "***".
std::string shown_value(Setting setting, std::string_view text);

}  // namespace sanitize::config
