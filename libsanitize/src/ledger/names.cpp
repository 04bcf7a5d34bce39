// The ledger's stable names (event types, roles, problems), its role table, and its texts of a
// time and of a chain head.
#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

#include "ledger/event_hash.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::ledger {

namespace {

constexpr std::array<std::pair<EventType, std::string_view>, 17> event_type_names{{
    {EventType::ledger_init, "ledger.init"},
    {EventType::key_register, "key.register"},
    {EventType::key_revoke, "key.revoke"},
    {EventType::asset_register, "asset.register"},
    {EventType::asset_update, "asset.update"},
    {EventType::media_carry_out, "media.carry_out"},
    {EventType::media_return, "media.return"},
    {EventType::wipe_certificate, "wipe.certificate"},
    {EventType::attachment_disclosure, "attachment.disclosure"},
    {EventType::audit_note, "audit.note"},
    {EventType::certificate_validation, "certificate.validation"},
    {EventType::certificate_files, "certificate.files"},
    {EventType::key_title, "key.title"},
    {EventType::approval_request, "approval.request"},
    {EventType::approval_grant, "approval.grant"},
    {EventType::approval_deny, "approval.deny"},
    {EventType::asset_dispose, "asset.dispose"},
}};

constexpr std::array<std::pair<Role, std::string_view>, 3> role_names{{
    {Role::staff, "staff"},
    {Role::admin, "admin"},
    {Role::auditor, "auditor"},
}};

// Operators record what they did; auditors only comment, so that a finding cannot be quietly
// "fixed" by the person audited. Key events belong to the root key alone.
bool operator_event(EventType type) {
    switch (type) {
        case EventType::asset_register:
        case EventType::asset_update:
        case EventType::media_carry_out:
        case EventType::media_return:
        case EventType::wipe_certificate:
        case EventType::attachment_disclosure:
        // Approvers are operators whose keys the root gave a title (key.title); whether the
        // title suffices is the approval's user's check, as it depends on the level asked for.
        case EventType::approval_request:
        case EventType::approval_grant:
        case EventType::approval_deny:
        case EventType::asset_dispose: return true;
        default: return false;
    }
}

bool parse_number(std::string_view text, int& value) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc{} && end == text.data() + text.size();
}

}  // namespace

std::string_view event_type_name(EventType type) noexcept {
    for (const auto& [value, name] : event_type_names) {
        if (value == type) return name;
    }
    return "unknown";
}

std::optional<EventType> parse_event_type(std::string_view name) noexcept {
    for (const auto& [value, text] : event_type_names) {
        if (text == name) return value;
    }
    return std::nullopt;
}

std::string_view role_name(Role role) noexcept {
    for (const auto& [value, name] : role_names) {
        if (value == role) return name;
    }
    return "unknown";
}

std::optional<Role> parse_role(std::string_view name) noexcept {
    for (const auto& [value, text] : role_names) {
        if (text == name) return value;
    }
    return std::nullopt;
}

// A validation is a second person's check (an admin or an auditor, never staff); anyone who
// signs a certificate or its countersignature stores their own file.
bool role_may_write(Role role, EventType type) noexcept {
    if (type == EventType::certificate_files) return true;
    if (type == EventType::certificate_validation) return role == Role::admin || role == Role::auditor;
    if (role == Role::auditor) return type == EventType::audit_note;
    return operator_event(type);
}

std::string_view problem_name(Problem problem) noexcept {
    switch (problem) {
        case Problem::none: return "none";
        case Problem::hash_mismatch: return "hash_mismatch";
        case Problem::sequence_gap: return "sequence_gap";
        case Problem::broken_link: return "broken_link";
        case Problem::bad_signature: return "bad_signature";
        case Problem::unknown_key: return "unknown_key";
        case Problem::revoked_key: return "revoked_key";
        case Problem::key_not_valid_at_time: return "key_not_valid_at_time";
        case Problem::not_authorised: return "not_authorised";
        case Problem::malformed_payload: return "malformed_payload";
        case Problem::meta_mismatch: return "meta_mismatch";
        case Problem::projection_mismatch: return "projection_mismatch";
        case Problem::head_mismatch: return "head_mismatch";
        case Problem::checkpoint_mismatch: return "checkpoint_mismatch";
    }
    return "unknown";
}

std::string chain_head_text(const ChainHead& head) { return std::to_string(head.seq) + ":" + detail::to_hex(head.hash); }

std::optional<ChainHead> parse_chain_head(std::string_view text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 18) return std::nullopt;
    ChainHead head;
    for (const char c : text.substr(0, colon)) {
        if (c < '0' || c > '9') return std::nullopt;
        head.seq = head.seq * 10 + (c - '0');
    }
    const auto hash = detail::from_hex<hash_bytes>(text.substr(colon + 1));
    if (head.seq < 1 || !hash) return std::nullopt;
    head.hash = *hash;
    return head;
}

std::string time_text(std::chrono::sys_seconds time) {
    using namespace std::chrono;
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    std::array<char, 32> buffer{};
    const int length = std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02uT%02ld:%02ld:%02lldZ",
                                     static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                                     static_cast<unsigned>(date.day()), static_cast<long>(clock.hours().count()),
                                     static_cast<long>(clock.minutes().count()),
                                     static_cast<long long>(clock.seconds().count()));
    return std::string(buffer.data(), static_cast<std::size_t>(length));
}

Result<std::chrono::sys_seconds> parse_time_text(std::string_view text) {
    using namespace std::chrono;
    const auto bad = make_error(Errc::invalid_argument, "time " + std::string(text));
    constexpr std::string_view shape = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != shape.size()) return bad;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const bool digit = text[i] >= '0' && text[i] <= '9';
        if (shape[i] == 'd' ? !digit : text[i] != shape[i]) return bad;
    }
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!parse_number(text.substr(0, 4), y) || !parse_number(text.substr(5, 2), mo) ||
        !parse_number(text.substr(8, 2), d) || !parse_number(text.substr(11, 2), h) ||
        !parse_number(text.substr(14, 2), mi) || !parse_number(text.substr(17, 2), s)) {
        return bad;
    }
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!date.ok() || h > 23 || mi > 59 || s > 59) return bad;
    return sys_days{date} + hours{h} + minutes{mi} + seconds{s};
}

}  // namespace sanitize::ledger
