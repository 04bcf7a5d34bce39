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
    help_app, help_lang, help_verbose, help_version, version_line, version_no_commit, help_help, help_devices, help_json_devices,
    help_wipe, help_targets, help_method, help_verify, help_blank, help_json_wipe, help_json_progress, help_stdin_cancels, help_yes,
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
    key_created, key_no_ledger, key_not_registered, key_registered, key_registered_at, key_revoked,
    key_revoked_at, key_unknown, key_validity, key_validity_open, key_not_accepted, label_key_id, label_key_public,
    label_key_file, label_key_name, label_key_role, label_key_valid, label_key_registered, label_key_revoked,
    ledger_created, ledger_exists, ledger_verified, ledger_bad_event, ledger_bad, ledger_exported,
    ledger_no_events, ledger_verify_progress, refuse_overwrite, bad_validity_time, bad_utc_offset, my_number_in_field,
    my_number_in_csv, asset_registered, asset_updated, asset_exists, asset_unknown, asset_nothing_to_change,
    asset_none, asset_imported, asset_exported,
    hint_refuse_overwrite, hint_validity_time, hint_utc_offset, hint_ledger_exists, hint_ledger_bad,
    hint_key_register, hint_my_number, hint_asset_update, hint_asset_add, hint_csv,
    asset_class_0, asset_class_1, asset_class_2, col_event_seq, col_event_time, col_event_type,
    col_event_actor, col_event_payload, col_asset_id, col_asset_name, col_asset_classification,
    col_asset_department, col_asset_owner, col_asset_location, col_asset_retention, col_asset_status,
    figures_heading, figure_certificates, figure_wipes, figure_carry_outs, figure_returns, figure_disclosures,
    problem_none, problem_hash_mismatch, problem_sequence_gap, problem_broken_link, problem_bad_signature,
    problem_unknown_key, problem_revoked_key, problem_key_not_valid_at_time, problem_not_authorised,
    problem_malformed_payload, problem_meta_mismatch, problem_projection_mismatch, problem_head_mismatch,
    help_json_ledger, help_export_output, help_key_out, help_key_kdf, help_key_show_file,
    help_key_register_file, help_key_name, help_key_role, help_key_valid_from, help_key_valid_until,
    help_key_revoke_key, help_key_reason, help_ledger_organisation, help_ledger_root, help_ledger_after,
    help_ledger_limit, help_asset_id, help_asset_name, help_asset_department, help_asset_owner,
    help_asset_users, help_asset_location, help_asset_retention, help_asset_remarks,
    help_asset_classification, help_asset_status, help_asset_csv_file, help_asset_bom, help_report_year,
    help_report_utc_offset, help_key_command, help_key_init, help_key_show, help_key_register,
    help_key_revoke, help_ledger_command, help_ledger_init, help_ledger_verify, help_ledger_log,
    help_ledger_export, help_asset_command, help_asset_add, help_asset_update, help_asset_list,
    help_asset_import, help_asset_export, help_report_command, footer_key, footer_ledger, footer_asset,
    footer_report,
    // cert commands and the certificate of a wipe (message_table_cert.cpp)
    check_signature, check_trusted_comment, check_sha256, check_certificate_parses, check_certificate_id,
    check_signer_role, check_ledger_id, check_key_registered, check_signer_identity, check_key_valid_at_time,
    check_key_not_revoked, check_ledger_event, check_chain_anchor, check_ledger_chain, check_media,
    status_passed, status_failed, status_not_checked,
    cert_verified, cert_verified_partly, cert_not_verified, cert_operator_line, cert_validation_line,
    cert_no_validation, cert_media_no_pattern, cert_media_other_medium, cert_media_matches, cert_media_differs,
    cert_key_unknown, hint_cert_key, cert_countersign_refused, cert_countersigned, cert_pdf_written,
    cert_written, cert_written_seq, cert_pdf_failed, cert_not_issued, hint_cert_not_issued, wipe_no_ledger,
    hint_wipe_no_ledger, bad_destination, asset_count_mismatch,
    help_cert, help_cert_verify, help_cert_countersign, help_cert_pdf, help_cert_file, help_cert_signature,
    help_operator_key, help_no_ledger_verify, help_trusted_root, help_cert_media, help_cert_sample,
    help_json_cert, help_cert_output, footer_cert, help_wipe_asset, help_wipe_destination,
    help_wipe_destination_detail, help_wipe_customer, help_wipe_comments, help_wipe_department,
    help_wipe_location, help_wipe_cert_dir, help_wipe_no_pdf, help_wipe_no_ledger,
    // attach (message_table_attach.cpp)
    help_attach, help_attach_inputs, help_attach_output, help_attach_check, help_password_file, help_password_fd,
    help_ask_password, help_hide_names, help_attach_to, help_attach_classification, help_attach_asset,
    help_attach_compression, help_legacy_zipcrypto, help_attach_no_ledger, help_json_attach, footer_attach,
    attach_needs_output, attach_needs_inputs, password_prompt, password_refused_short, password_refused_classes,
    password_refused_dictionary, password_refused_guessable, password_refused_characters, hint_password_generated,
    class_upper, class_lower, class_digit, class_symbol, attach_legacy_warning, attach_written, attach_password_header,
    attach_password_note, attach_recorded, attach_checked, attach_not_recorded,
    // encrypt, decrypt, keygen (message_table_age.cpp)
    help_encrypt, help_encrypt_folder, help_encrypt_output, help_recipient, help_recipients_file,
    help_encrypt_passphrase, help_armor, help_json_age, footer_encrypt, help_decrypt, help_decrypt_input,
    help_decrypt_output, help_identity, footer_decrypt, help_keygen, help_keygen_output,
    age_needs_recipient, age_bad_recipient, age_passphrase_prompt, age_encrypted, age_decrypted,
    age_tampered, hint_age_tampered, age_no_identity, hint_age_identity, age_keygen_written, age_keygen_public,
    help_carry_out_no_ledger, help_carry_out_asset, help_carry_out_classification, help_approver, help_approver_title,
    help_medium_serial, help_carry_out, help_carry_out_return, help_return_remarks, carry_out_recorded,
    carry_out_not_recorded, carry_out_needs_level, carry_out_returned,
    // prepare (message_table_prepare.cpp)
    help_prepare, help_prepare_device, help_prepare_folder, help_prepare_verify, help_prepare_file_system,
    help_prepare_label, help_prepare_confirm, help_json_prepare, footer_prepare,
    prepare_needs_ledger, hint_prepare_needs_ledger, prepare_exfat_unsupported, hint_prepare_exfat,
    prepare_verify_none, prepare_missing_program, hint_prepare_install, prepare_too_large_fat32,
    prepare_too_large_stick, hint_prepare_too_large, prepare_bad_label,
    prepare_step_wipe, prepare_step_certify, prepare_step_format, prepare_step_write_archive,
    prepare_step_write_readme, prepare_step_check_archive, prepare_step_record,
    prepare_step_line, prepare_step_done, prepare_step_failed,
    prepare_failed, prepare_emptied, prepare_not_emptied, prepare_nothing_recorded,
    prepare_ready, prepare_file_line, prepare_checked, prepare_certificate, prepare_recorded,
    // purge, hidden areas (message_table_purge.cpp)
    help_purge, help_purge_method, help_purge_verify, help_json_purge, footer_purge, purge_bad_method,
    hint_purge_methods, hint_purge_verify, purge_unavailable, purge_method_line, purge_offered,
    hint_purge_use_wipe, hint_purge_namespace_scope, purge_refused, hint_security_frozen, purge_failed, purge_unverified, purge_done,
    purge_progress, col_hidden, help_devices_probe, hidden_not_probed,
    help_wipe_reset_hidden, help_wipe_restore_dco, hidden_reset_done, hidden_reset_not_applicable,
    hidden_reset_refused, hidden_reset_failed, hint_hidden_reset_dco, hint_hidden_reset_unknown,
    hidden_reset_kernel_stale, hint_hidden_reset_replug,
    label_health, health_passed, health_failed, health_no_verdict, health_not_applicable, health_unavailable,
    // resumable wipes (message_table_resume.cpp)
    help_wipe_resume, help_wipe_checkpoint_dir, help_wipe_discard_checkpoint, resume_no_checkpoint,
    hint_resume_no_checkpoint, resume_corrupt, hint_resume_corrupt, resume_identity_mismatch, hint_resume_identity,
    checkpoint_exists, hint_checkpoint_exists, checkpoint_failed, hint_checkpoint_failed, wipe_resumable,
    label_resumed, resumed_count, hint_batch_refused,
    // sanitize config show (message_table_config.cpp)
    help_config, help_config_show, help_json_config, footer_config, col_setting, col_value, col_source,
    config_built_in, config_site_file, config_user_file, config_environment, config_option, config_not_set,
    config_site_path, config_user_path, config_user_path_none, config_at_line,
    config_file_unreadable, config_file_too_large, config_not_utf8, config_missing_equals, config_unknown_setting,
    config_repeated_setting, config_empty_value, config_control_character, config_not_absolute, config_no_home,
    config_bad_ledger, config_password_in_file, config_bad_method, config_bad_verify, config_bad_language,
    config_bad_unattended,
    hint_config_settings, hint_config_password, hint_config_fix,
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
