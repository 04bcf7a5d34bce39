// The stable names of error codes and reasons, as reports and the JSON of --json carry them.
#include <array>
#include <utility>

#include "sanitize/result.hpp"

namespace sanitize {
namespace {

constexpr std::array errc_names{
    std::pair{Errc::invalid_argument, std::string_view("invalid_argument")},
    std::pair{Errc::not_found, std::string_view("not_found")},
    std::pair{Errc::permission_denied, std::string_view("permission_denied")},
    std::pair{Errc::busy, std::string_view("busy")},
    std::pair{Errc::unsupported_target, std::string_view("unsupported_target")},
    std::pair{Errc::io_error, std::string_view("io_error")},
    std::pair{Errc::device_vanished, std::string_view("device_vanished")},
    std::pair{Errc::size_mismatch, std::string_view("size_mismatch")},
    std::pair{Errc::refused, std::string_view("refused")},
    std::pair{Errc::cancelled, std::string_view("cancelled")},
    std::pair{Errc::malformed_input, std::string_view("malformed_input")},
    std::pair{Errc::wrong_passphrase, std::string_view("wrong_passphrase")},
    std::pair{Errc::signature_invalid, std::string_view("signature_invalid")},
    std::pair{Errc::integrity_failure, std::string_view("integrity_failure")},
    std::pair{Errc::conflict, std::string_view("conflict")},
    std::pair{Errc::internal, std::string_view("internal")},
};

constexpr std::array reason_names{
    std::pair{Reason::none, std::string_view("")},
    std::pair{Reason::target_missing, std::string_view("target_missing")},
    std::pair{Reason::same_medium, std::string_view("same_medium")},
    std::pair{Reason::empty_target, std::string_view("empty_target")},
    std::pair{Reason::mounted, std::string_view("mounted")},
    std::pair{Reason::system_disk, std::string_view("system_disk")},
    std::pair{Reason::swap, std::string_view("swap")},
    std::pair{Reason::has_holders, std::string_view("has_holders")},
    std::pair{Reason::partition, std::string_view("partition")},
    std::pair{Reason::read_only, std::string_view("read_only")},
    std::pair{Reason::confirmation_declined, std::string_view("confirmation_declined")},
    std::pair{Reason::not_confirmed, std::string_view("not_confirmed")},
    std::pair{Reason::confirmation_mismatch, std::string_view("confirmation_mismatch")},
    std::pair{Reason::confirmation_missing, std::string_view("confirmation_missing")},
    std::pair{Reason::confirmation_count, std::string_view("confirmation_count")},
    std::pair{Reason::no_terminal, std::string_view("no_terminal")},
    std::pair{Reason::no_terminal_file, std::string_view("no_terminal_file")},
    std::pair{Reason::stopped_before_writing, std::string_view("stopped_before_writing")},
    std::pair{Reason::checkpoint_missing, std::string_view("checkpoint_missing")},
    std::pair{Reason::checkpoint_exists, std::string_view("checkpoint_exists")},
    std::pair{Reason::checkpoint_corrupt, std::string_view("checkpoint_corrupt")},
    std::pair{Reason::checkpoint_other_medium, std::string_view("checkpoint_other_medium")},
    std::pair{Reason::checkpoint_unusable, std::string_view("checkpoint_unusable")},
    std::pair{Reason::kernel_size_stale, std::string_view("kernel_size_stale")},
    std::pair{Reason::hidden_reset_refused, std::string_view("hidden_reset_refused")},
    std::pair{Reason::hidden_reset_failed, std::string_view("hidden_reset_failed")},
    std::pair{Reason::other_namespace_in_use, std::string_view("other_namespace_in_use")},
    std::pair{Reason::method_spec, std::string_view("method_spec")},
    std::pair{Reason::verify_spec, std::string_view("verify_spec")},
    std::pair{Reason::purge_method_spec, std::string_view("purge_method_spec")},
    std::pair{Reason::expect_spec, std::string_view("expect_spec")},
    std::pair{Reason::sample_spec, std::string_view("sample_spec")},
    std::pair{Reason::destination_name, std::string_view("destination_name")},
    std::pair{Reason::asset_count, std::string_view("asset_count")},
    std::pair{Reason::label_spec, std::string_view("label_spec")},
    std::pair{Reason::exfat_unsupported, std::string_view("exfat_unsupported")},
    std::pair{Reason::verification_required, std::string_view("verification_required")},
    std::pair{Reason::folder_unnamed, std::string_view("folder_unnamed")},
    std::pair{Reason::recipient_spec, std::string_view("recipient_spec")},
    std::pair{Reason::no_recipient, std::string_view("no_recipient")},
    std::pair{Reason::recipients_and_passphrase, std::string_view("recipients_and_passphrase")},
    std::pair{Reason::ledger_missing, std::string_view("ledger_missing")},
    std::pair{Reason::ledger_unreachable, std::string_view("ledger_unreachable")},
    std::pair{Reason::not_a_ledger, std::string_view("not_a_ledger")},
    std::pair{Reason::ledger_read_only, std::string_view("ledger_read_only")},
    std::pair{Reason::ledger_required, std::string_view("ledger_required")},
    std::pair{Reason::key_file_missing, std::string_view("key_file_missing")},
    std::pair{Reason::key_not_registered, std::string_view("key_not_registered")},
    std::pair{Reason::key_mismatch, std::string_view("key_mismatch")},
    std::pair{Reason::key_revoked, std::string_view("key_revoked")},
    std::pair{Reason::key_not_valid_now, std::string_view("key_not_valid_now")},
    std::pair{Reason::role_may_not_sign, std::string_view("role_may_not_sign")},
    std::pair{Reason::asset_unknown, std::string_view("asset_unknown")},
    std::pair{Reason::approval_missing, std::string_view("approval_missing")},
    std::pair{Reason::level_missing, std::string_view("level_missing")},
    std::pair{Reason::ledger_exists, std::string_view("ledger_exists")},
    std::pair{Reason::key_unknown, std::string_view("key_unknown")},
    std::pair{Reason::asset_exists, std::string_view("asset_exists")},
    std::pair{Reason::nothing_to_change, std::string_view("nothing_to_change")},
    std::pair{Reason::csv_malformed, std::string_view("csv_malformed")},
    std::pair{Reason::signature_key_unknown, std::string_view("signature_key_unknown")},
    std::pair{Reason::time_spec, std::string_view("time_spec")},
    std::pair{Reason::utc_offset_spec, std::string_view("utc_offset_spec")},
    std::pair{Reason::head_spec, std::string_view("head_spec")},
    std::pair{Reason::my_number_in_field, std::string_view("my_number_in_field")},
    std::pair{Reason::my_number_in_csv, std::string_view("my_number_in_csv")},
    std::pair{Reason::program_missing, std::string_view("program_missing")},
    std::pair{Reason::fat32_file_limit, std::string_view("fat32_file_limit")},
    std::pair{Reason::stick_size, std::string_view("stick_size")},
    std::pair{Reason::read_back_differs, std::string_view("read_back_differs")},
    std::pair{Reason::archive_tampered, std::string_view("archive_tampered")},
    std::pair{Reason::no_identity_matches, std::string_view("no_identity_matches")},
    std::pair{Reason::password_invalid_characters, std::string_view("password_invalid_characters")},
    std::pair{Reason::password_too_short, std::string_view("password_too_short")},
    std::pair{Reason::password_missing_class, std::string_view("password_missing_class")},
    std::pair{Reason::password_dictionary_word, std::string_view("password_dictionary_word")},
    std::pair{Reason::password_guessable, std::string_view("password_guessable")},
    std::pair{Reason::passphrase_too_long, std::string_view("passphrase_too_long")},
    std::pair{Reason::passphrase_unreadable, std::string_view("passphrase_unreadable")},
    std::pair{Reason::passphrase_empty, std::string_view("passphrase_empty")},
    std::pair{Reason::passphrase_not_given, std::string_view("passphrase_not_given")},
    std::pair{Reason::passphrase_mismatch, std::string_view("passphrase_mismatch")},
    std::pair{Reason::passphrase_no_terminal, std::string_view("passphrase_no_terminal")},
    std::pair{Reason::output_exists, std::string_view("output_exists")},
    std::pair{Reason::secret_key_given, std::string_view("secret_key_given")},
    std::pair{Reason::medium_changed, std::string_view("medium_changed")},
    std::pair{Reason::helper_command, std::string_view("helper_command")},
    std::pair{Reason::helper_option, std::string_view("helper_option")},
    std::pair{Reason::not_whole_disk, std::string_view("not_whole_disk")},
    std::pair{Reason::helper_certificate_dir, std::string_view("helper_certificate_dir")},
    std::pair{Reason::helper_no_certificate_dir, std::string_view("helper_no_certificate_dir")},
    std::pair{Reason::helper_invoking_user, std::string_view("helper_invoking_user")},
    std::pair{Reason::folder_not_readable, std::string_view("folder_not_readable")},
    std::pair{Reason::data_partition_missing, std::string_view("data_partition_missing")},
    std::pair{Reason::data_partition_not_mounted, std::string_view("data_partition_not_mounted")},
    std::pair{Reason::outbox_missing, std::string_view("outbox_missing")},
    std::pair{Reason::outbox_other_ledger, std::string_view("outbox_other_ledger")},
    std::pair{Reason::pc_list_malformed, std::string_view("pc_list_malformed")},
    std::pair{Reason::list_signer_not_admin, std::string_view("list_signer_not_admin")},
    std::pair{Reason::approval_unknown, std::string_view("approval_unknown")},
    std::pair{Reason::approval_pending, std::string_view("approval_pending")},
    std::pair{Reason::approval_denied, std::string_view("approval_denied")},
    std::pair{Reason::approval_expired, std::string_view("approval_expired")},
    std::pair{Reason::approval_used, std::string_view("approval_used")},
    std::pair{Reason::approval_other_asset, std::string_view("approval_other_asset")},
    std::pair{Reason::approval_other_level, std::string_view("approval_other_level")},
    std::pair{Reason::approval_other_purpose, std::string_view("approval_other_purpose")},
    std::pair{Reason::approval_title_missing, std::string_view("approval_title_missing")},
    std::pair{Reason::approval_key_revoked, std::string_view("approval_key_revoked")},
    std::pair{Reason::approval_decided, std::string_view("approval_decided")},
    std::pair{Reason::approver_without_title, std::string_view("approver_without_title")},
    std::pair{Reason::title_spec, std::string_view("title_spec")},
    std::pair{Reason::date_spec, std::string_view("date_spec")},
    std::pair{Reason::disposal_spec, std::string_view("disposal_spec")},
    std::pair{Reason::carry_out_unknown, std::string_view("carry_out_unknown")},
    std::pair{Reason::manifest_mismatch, std::string_view("manifest_mismatch")},
    std::pair{Reason::report_output_missing, std::string_view("report_output_missing")},
    std::pair{Reason::key_registered, std::string_view("key_registered")},
    std::pair{Reason::key_already_revoked, std::string_view("key_already_revoked")},
    std::pair{Reason::operator_key_needed, std::string_view("operator_key_needed")},
    std::pair{Reason::not_carried_out, std::string_view("not_carried_out")},
};

}  // namespace

std::string_view errc_name(Errc code) noexcept {
    for (const auto& [value, name] : errc_names) {
        if (value == code) return name;
    }
    return "internal";
}

std::optional<Errc> parse_errc(std::string_view name) noexcept {
    for (const auto& [value, known] : errc_names) {
        if (known == name) return value;
    }
    return std::nullopt;
}

std::string_view reason_name(Reason reason) noexcept {
    for (const auto& [value, name] : reason_names) {
        if (value == reason) return name;
    }
    return "";
}

std::optional<Reason> parse_reason(std::string_view name) noexcept {
    for (const auto& [value, known] : reason_names) {
        if (known == name) return value;
    }
    return std::nullopt;
}

}  // namespace sanitize
