#include "cert/names.hpp"

#include <array>
#include <utility>

namespace sanitize::cert {
namespace {

template <typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
std::string_view name_in(const Table<Enum, N>& table, Enum value) noexcept {
    for (const auto& [entry, name] : table) {
        if (entry == value) return name;
    }
    return "unknown";  // unreachable for a value of the enum: every table is complete
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_in(const Table<Enum, N>& table, std::string_view name) noexcept {
    for (const auto& [entry, entry_name] : table) {
        if (entry_name == name) return entry;
    }
    return std::nullopt;
}

constexpr Table<Destination, 3> destinations{{
    {Destination::reuse, "reuse"},
    {Destination::disposal, "disposal"},
    {Destination::return_to_owner, "return"},
}};

constexpr Table<HiddenAreaState, 4> hidden_states{{
    {HiddenAreaState::detected, "detected"},
    {HiddenAreaState::none, "none"},
    {HiddenAreaState::not_applicable, "not_applicable"},
    {HiddenAreaState::unknown, "unknown"},
}};

constexpr Table<HealthState, 3> health_states{{
    {HealthState::read, "read"},
    {HealthState::not_applicable, "not_applicable"},
    {HealthState::unavailable, "unavailable"},
}};

constexpr Table<DataBackedUp, 3> backed_up{{
    {DataBackedUp::yes, "yes"},
    {DataBackedUp::no, "no"},
    {DataBackedUp::unknown, "unknown"},
}};

constexpr Table<wipe::Outcome, 4> outcomes{{
    {wipe::Outcome::erased, "erased"},
    {wipe::Outcome::erased_with_exceptions, "erased_with_exceptions"},
    {wipe::Outcome::aborted, "aborted"},
    {wipe::Outcome::failed, "failed"},
}};

constexpr Table<wipe::VerifyMode, 4> verify_modes{{
    {wipe::VerifyMode::none, "none"},
    {wipe::VerifyMode::last, "last"},
    {wipe::VerifyMode::all, "all"},
    {wipe::VerifyMode::sample, "sample"},
}};

constexpr Table<wipe::NistCategory, 2> categories{{
    {wipe::NistCategory::clear, "clear"},
    {wipe::NistCategory::purge, "purge"},
}};

constexpr Table<wipe::PassKind, 2> pass_kinds{{
    {wipe::PassKind::pattern, "pattern"},
    {wipe::PassKind::random, "random"},
}};

constexpr Table<device::TargetKind, 2> target_kinds{{
    {device::TargetKind::block_device, "block_device"},
    {device::TargetKind::regular_file, "regular_file"},
}};

constexpr Table<ledger::Role, 3> roles{{
    {ledger::Role::staff, "staff"},
    {ledger::Role::admin, "admin"},
    {ledger::Role::auditor, "auditor"},
}};

constexpr Table<Check, 14> checks{{
    {Check::signature, "signature"},
    {Check::trusted_comment, "trusted_comment"},
    {Check::sha256, "sha256"},
    {Check::certificate_parses, "certificate_parses"},
    {Check::certificate_id, "certificate_id"},
    {Check::signer_role, "signer_role"},
    {Check::ledger_id, "ledger_id"},
    {Check::key_registered, "key_registered"},
    {Check::signer_identity, "signer_identity"},
    {Check::key_valid_at_time, "key_valid_at_time"},
    {Check::key_not_revoked, "key_not_revoked"},
    {Check::ledger_event, "ledger_event"},
    {Check::chain_anchor, "chain_anchor"},
    {Check::ledger_chain, "ledger_chain"},
}};

constexpr Table<CheckStatus, 3> statuses{{
    {CheckStatus::passed, "passed"},
    {CheckStatus::failed, "failed"},
    {CheckStatus::not_checked, "not_checked"},
}};

constexpr Table<CheckNote, 39> check_notes{{
    {CheckNote::none, "none"},
    {CheckNote::key, "key"},
    {CheckNote::signature_invalid, "signature_invalid"},
    {CheckNote::wrong_kind, "wrong_kind"},
    {CheckNote::comment_malformed, "comment_malformed"},
    {CheckNote::sha256, "sha256"},
    {CheckNote::certificate_malformed, "certificate_malformed"},
    {CheckNote::certificate_id, "certificate_id"},
    {CheckNote::operator_key, "operator_key"},
    {CheckNote::validator_is_operator, "validator_is_operator"},
    {CheckNote::not_designated_validator, "not_designated_validator"},
    {CheckNote::see_operator_signature, "see_operator_signature"},
    {CheckNote::no_ledger, "no_ledger"},
    {CheckNote::prerequisite_signature, "prerequisite_signature"},
    {CheckNote::prerequisite_failed, "prerequisite_failed"},
    {CheckNote::not_asked, "not_asked"},
    {CheckNote::ledger, "ledger"},
    {CheckNote::no_ledger_named, "no_ledger_named"},
    {CheckNote::key_not_registered, "key_not_registered"},
    {CheckNote::key_other_public_key, "key_other_public_key"},
    {CheckNote::identity, "identity"},
    {CheckNote::validity, "validity"},
    {CheckNote::not_revoked, "not_revoked"},
    {CheckNote::revoked_at, "revoked_at"},
    {CheckNote::revoked_validated_at, "revoked_validated_at"},
    {CheckNote::revoked_validation_missing, "revoked_validation_missing"},
    {CheckNote::no_ledger_seq, "no_ledger_seq"},
    {CheckNote::no_event_at_seq, "no_event_at_seq"},
    {CheckNote::no_event_from_outbox, "no_event_from_outbox"},
    {CheckNote::event, "event"},
    {CheckNote::event_wrong_type, "event_wrong_type"},
    {CheckNote::event_wrong_actor, "event_wrong_actor"},
    {CheckNote::event_bad_payload, "event_bad_payload"},
    {CheckNote::event_wrong_certificate, "event_wrong_certificate"},
    {CheckNote::event_wrong_sha256, "event_wrong_sha256"},
    {CheckNote::anchor, "anchor"},
    {CheckNote::anchor_not_before, "anchor_not_before"},
    {CheckNote::chain_events, "chain_events"},
    {CheckNote::chain_broken, "chain_broken"},
}};

}  // namespace

std::string_view destination_name(Destination destination) noexcept { return name_in(destinations, destination); }
std::optional<Destination> parse_destination(std::string_view name) noexcept { return value_in(destinations, name); }
std::string_view hidden_area_state_name(HiddenAreaState state) noexcept { return name_in(hidden_states, state); }
std::string_view health_state_name(HealthState state) noexcept { return name_in(health_states, state); }
std::string_view data_backed_up_name(DataBackedUp value) noexcept { return name_in(backed_up, value); }
std::string_view check_name(Check check) noexcept { return name_in(checks, check); }
std::string_view check_status_name(CheckStatus status) noexcept { return name_in(statuses, status); }
std::string_view check_note_name(CheckNote note) noexcept { return name_in(check_notes, note); }

std::string CheckResult::value(std::string_view name) const {
    for (const CheckValue& each : values) {
        if (each.name == name) return each.value;
    }
    return {};
}

namespace detail {

std::string_view outcome_name(wipe::Outcome outcome) noexcept { return name_in(outcomes, outcome); }
std::optional<wipe::Outcome> parse_outcome(std::string_view name) noexcept { return value_in(outcomes, name); }
std::string_view verify_mode_name(wipe::VerifyMode mode) noexcept { return name_in(verify_modes, mode); }
std::optional<wipe::VerifyMode> parse_verify_mode(std::string_view name) noexcept {
    return value_in(verify_modes, name);
}
std::string_view category_name(wipe::NistCategory category) noexcept { return name_in(categories, category); }
std::optional<wipe::NistCategory> parse_category(std::string_view name) noexcept { return value_in(categories, name); }
std::string_view pass_kind_name(wipe::PassKind kind) noexcept { return name_in(pass_kinds, kind); }
std::optional<wipe::PassKind> parse_pass_kind(std::string_view name) noexcept { return value_in(pass_kinds, name); }
std::string_view target_kind_name(device::TargetKind kind) noexcept { return name_in(target_kinds, kind); }
std::optional<device::TargetKind> parse_target_kind(std::string_view name) noexcept {
    return value_in(target_kinds, name);
}
std::optional<HiddenAreaState> parse_hidden_area_state(std::string_view name) noexcept {
    return value_in(hidden_states, name);
}
std::optional<HealthState> parse_health_state(std::string_view name) noexcept { return value_in(health_states, name); }
std::optional<DataBackedUp> parse_data_backed_up(std::string_view name) noexcept { return value_in(backed_up, name); }
std::string_view role_text(ledger::Role role) noexcept { return name_in(roles, role); }
std::optional<ledger::Role> parse_role_text(std::string_view name) noexcept { return value_in(roles, name); }

}  // namespace detail
}  // namespace sanitize::cert
