// Every text the CLI shows a person, in English and Japanese.
//
// Texts are fmt format strings addressed by Msg; both languages of a text take the same
// arguments (a unit test checks it). Errors follow age's style: lowercase, no final period.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "sanitize/device.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::cli {

enum class Lang { en, ja };

enum class Msg {
    // prefixes of stderr lines
    error_prefix, hint_prefix,
    // library error codes: "{subject}: {words}"
    errc_invalid_argument, errc_not_found, errc_permission_denied, errc_busy,
    errc_unsupported_target, errc_io_error, errc_device_vanished, errc_size_mismatch,
    errc_refused, errc_cancelled, errc_malformed_input, errc_wrong_passphrase, errc_signature_invalid,
    errc_integrity_failure, errc_conflict, errc_internal,
    hint_not_found, hint_permission_denied, hint_busy, hint_unsupported_target,
    // safety refusals
    refusal_mounted, refusal_system_disk, refusal_swap, refusal_has_holders,
    refusal_partition, refusal_read_only, hint_refused,
    // outcomes and the engine's exception codes
    outcome_erased, outcome_erased_with_exceptions, outcome_aborted, outcome_failed,
    exception_cancelled, exception_fatal_error, exception_sync_failed,
    exception_verification_mismatch, exception_unwritten_sectors, exception_unreadable_sectors,
    exception_not_verified, exception_verification_not_from_medium, exception_unknown,
    // usage
    usage_parse_error, hint_help, bad_method, hint_methods, bad_verify, hint_verify,
    bad_expect, hint_expect, bad_sample, duplicate_target, interrupted,
    // confirmation
    confirm_header_block, confirm_prompt_token, confirm_header_file, confirm_prompt_yes,
    confirm_typed_mismatch, confirm_flag_mismatch, confirm_count_mismatch, hint_confirm_all,
    confirm_yes_needs_token, no_terminal_block, hint_yes_confirm, no_terminal_file, hint_yes,
    confirm_declined, nothing_wiped,
    // wipe summaries on stderr
    wipe_failed, wipe_aborted, hint_wipe_again, wipe_exceptions,
    // field labels and words
    label_device, label_model, label_vendor, label_serial, label_size, label_transport,
    label_method, label_category, label_blank, label_verify, label_direct_io, label_pass,
    label_verification, label_bad_ranges, label_outcome, label_exceptions, label_error,
    label_duration, label_expected, label_result,
    word_yes, word_no, word_none, word_unknown, word_random, word_pattern, category_clear,
    category_purge, verify_none, verify_last, verify_all, verify_sample,
    // report lines
    report_pass_written, report_unwritten, report_not_synced, report_verified,
    report_cache_not_bypassed, report_sampled, report_range, report_duration,
    media_matches, media_differs,
    // devices table
    col_name, col_size, col_transport, col_model, col_serial, col_removable, col_state,
    state_ok, state_mounted, state_system, state_in_use, state_read_only, no_devices,
    // progress
    phase_writing, phase_syncing, phase_verifying, progress_pass, progress_eta, progress_done,
    // --verbose diagnostics
    diag_direct_io_fallback, diag_bad_sector, diag_retry_succeeded, diag_cache_not_bypassed,
    diag_inspected, diag_options,
    // help
    help_app, help_lang, help_verbose, help_version, help_help, help_devices, help_json_devices,
    help_wipe, help_targets, help_method, help_verify, help_blank, help_json_wipe, help_yes,
    help_confirm, help_generator, help_workers, help_verify_media, help_target, help_expect,
    help_sample, help_json_check, footer_app, footer_devices, footer_wipe, footer_verify_media,
    label_usage, label_options_upper, label_positionals, label_options, label_subcommands,
    label_subcommand_upper, label_required, label_needs, label_excludes,
    // passphrases, keys and ledgers as every ledger command opens them (message_table_access.cpp)
    passphrase_prompt, passphrase_prompt_again, passphrase_too_long, passphrase_unreadable, passphrase_empty,
    passphrase_no_terminal, hint_passphrase_sources, passphrase_not_given, passphrase_mismatch,
    hint_ledger_init, hint_key_init, help_ledger_location, help_key_file, help_passphrase_file,
    help_passphrase_fd,
    // key, ledger, asset and report commands (message_table_ledger.cpp)
    // cert commands and the certificate of a wipe (message_table_cert.cpp)
    count_  // not a text: the number of texts
};

struct Text {
    std::string_view en;
    std::string_view ja;
};

// The table itself (message_table.cpp).
Text text_of(Msg id);

// LC_ALL, LC_MESSAGES, LANG in that order: the first one set and not empty decides; a value
// starting with "ja" means Japanese. getenv is passed in so that tests can fake it.
Lang language_from_environment(const std::function<const char*(const char*)>& getenv_fn);

// "ja" or "en" (the --lang option); nothing for anything else.
std::optional<Lang> parse_lang(std::string_view value);

class Messages {
public:
    explicit Messages(Lang lang) : lang_(lang) {}

    Lang lang() const noexcept { return lang_; }
    std::string_view get(Msg id) const;

    template <typename... Args>
    std::string format(Msg id, const Args&... args) const {
        return fmt::format(fmt::runtime(get(id)), args...);
    }

    // "{subject}: {words for the code} ({context}: {strerror})"
    std::string error(const Error& error, std::string_view subject) const;
    std::optional<std::string> hint(Errc code) const;
    std::string refusal(const device::DeviceInfo& info, const device::Refusal& refusal) const;
    std::string_view outcome(wipe::Outcome outcome) const;
    // An exception code of a wipe report, in words; unknown codes are shown as they are.
    std::string exception(std::string_view code) const;
    std::string_view phase(wipe::Phase phase) const;
    std::string verify_plan(const wipe::VerifyPlan& plan) const;

private:
    Lang lang_;
};

// strerror, safe to call from any thread.
std::string system_error_text(int sys_errno);

// `sanitize: error: …` and `sanitize: hint: …` on stderr.
void print_error(const Messages& messages, std::string_view text);
void print_hint(const Messages& messages, std::string_view text);

}  // namespace sanitize::cli
