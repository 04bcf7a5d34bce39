// The names certificates give to the enums of other capabilities, and their inverses. A name
// table per enum, so that writing and reading can never disagree.
#pragma once

#include <optional>
#include <string_view>

#include "sanitize/cert.hpp"

namespace sanitize::cert::detail {

std::string_view outcome_name(wipe::Outcome outcome) noexcept;
std::optional<wipe::Outcome> parse_outcome(std::string_view name) noexcept;

std::string_view verify_mode_name(wipe::VerifyMode mode) noexcept;
std::optional<wipe::VerifyMode> parse_verify_mode(std::string_view name) noexcept;

std::string_view category_name(wipe::NistCategory category) noexcept;
std::optional<wipe::NistCategory> parse_category(std::string_view name) noexcept;

std::string_view pass_kind_name(wipe::PassKind kind) noexcept;
std::optional<wipe::PassKind> parse_pass_kind(std::string_view name) noexcept;

std::string_view target_kind_name(device::TargetKind kind) noexcept;
std::optional<device::TargetKind> parse_target_kind(std::string_view name) noexcept;

std::optional<HiddenAreaState> parse_hidden_area_state(std::string_view name) noexcept;
std::optional<HealthState> parse_health_state(std::string_view name) noexcept;
std::optional<DataBackedUp> parse_data_backed_up(std::string_view name) noexcept;

// Certificates name roles as the ledger does; the table is repeated here so that the parser
// (and its fuzz target) needs nothing of the ledger but its header.
std::string_view role_text(ledger::Role role) noexcept;
std::optional<ledger::Role> parse_role_text(std::string_view name) noexcept;

}  // namespace sanitize::cert::detail
