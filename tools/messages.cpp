// Choosing the language and turning library codes into words.
#include "messages.hpp"

#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>

#include "sanitize/ledger.hpp"

namespace sanitize::cli {

Lang language_from_environment(const std::function<const char*(const char*)>& getenv_fn) {
    // POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG. "C" in LC_ALL
    // therefore means English even when LANG says Japanese.
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = getenv_fn(name);
        if (value == nullptr || *value == '\0') continue;
        return std::string_view(value).starts_with("ja") ? Lang::ja : Lang::en;
    }
    return Lang::en;
}

std::optional<Lang> parse_lang(std::string_view value) {
    if (value == "ja") return Lang::ja;
    if (value == "en") return Lang::en;
    return std::nullopt;
}

std::string system_error_text(int sys_errno) {
    char buffer[256] = {};
    // The GNU strerror_r returns the text, which may or may not be in the buffer.
    return strerror_r(sys_errno, buffer, sizeof buffer);
}

std::string_view Messages::get(Msg id) const {
    Text text = text_of(id);
    return lang_ == Lang::ja ? text.ja : text.en;
}

namespace {

Msg errc_text(Errc code) {
    switch (code) {
        case Errc::invalid_argument: return Msg::errc_invalid_argument;
        case Errc::not_found: return Msg::errc_not_found;
        case Errc::permission_denied: return Msg::errc_permission_denied;
        case Errc::busy: return Msg::errc_busy;
        case Errc::unsupported_target: return Msg::errc_unsupported_target;
        case Errc::io_error: return Msg::errc_io_error;
        case Errc::device_vanished: return Msg::errc_device_vanished;
        case Errc::size_mismatch: return Msg::errc_size_mismatch;
        case Errc::refused: return Msg::errc_refused;
        case Errc::cancelled: return Msg::errc_cancelled;
        case Errc::malformed_input: return Msg::errc_malformed_input;
        case Errc::wrong_passphrase: return Msg::errc_wrong_passphrase;
        case Errc::signature_invalid: return Msg::errc_signature_invalid;
        case Errc::integrity_failure: return Msg::errc_integrity_failure;
        case Errc::conflict: return Msg::errc_conflict;
        case Errc::internal: return Msg::errc_internal;
    }
    return Msg::errc_internal;
}

}  // namespace

std::string Messages::error(const Error& error, std::string_view subject) const {
    std::string text(subject);
    if (!text.empty()) text += ": ";
    text += get(errc_text(error.code));
    // The context and errno are for whoever reads the report to support: keep them verbatim.
    if (!error.context.empty() || error.sys_errno != 0) {
        text += " (";
        text += error.context;
        if (error.sys_errno != 0) {
            if (!error.context.empty()) text += ": ";
            text += system_error_text(error.sys_errno);
        }
        text += ")";
    }
    return text;
}

std::optional<std::string> Messages::hint(Errc code) const {
    switch (code) {
        case Errc::permission_denied: return std::string(get(Msg::hint_permission_denied));
        case Errc::unsupported_target: return std::string(get(Msg::hint_unsupported_target));
        default: return std::nullopt;
    }
}

std::string Messages::refusal(const device::DeviceInfo& info, const device::Refusal& refusal) const {
    const std::string& name = info.path;
    switch (refusal.reason) {
        case device::RefusalReason::mounted: return format(Msg::refusal_mounted, name, refusal.detail);
        case device::RefusalReason::system_disk: return format(Msg::refusal_system_disk, name, refusal.detail);
        case device::RefusalReason::swap: return format(Msg::refusal_swap, name, refusal.detail);
        case device::RefusalReason::has_holders: return format(Msg::refusal_has_holders, name, refusal.detail);
        case device::RefusalReason::partition: return format(Msg::refusal_partition, name);
        case device::RefusalReason::read_only: return format(Msg::refusal_read_only, name);
    }
    return format(Msg::refusal_read_only, name);
}

std::string_view Messages::outcome(wipe::Outcome outcome) const {
    switch (outcome) {
        case wipe::Outcome::erased: return get(Msg::outcome_erased);
        case wipe::Outcome::erased_with_exceptions: return get(Msg::outcome_erased_with_exceptions);
        case wipe::Outcome::aborted: return get(Msg::outcome_aborted);
        case wipe::Outcome::failed: return get(Msg::outcome_failed);
    }
    return get(Msg::outcome_failed);
}

std::string Messages::exception(std::string_view code) const {
    // The codes of src/wipe/outcome.hpp; a code added later still shows, untranslated.
    struct Known {
        std::string_view code;
        Msg text;
    };
    static constexpr Known known[] = {
        {"cancelled", Msg::exception_cancelled},
        {"fatal_error", Msg::exception_fatal_error},
        {"sync_failed", Msg::exception_sync_failed},
        {"verification_mismatch", Msg::exception_verification_mismatch},
        {"unwritten_sectors", Msg::exception_unwritten_sectors},
        {"unreadable_sectors", Msg::exception_unreadable_sectors},
        {"not_verified", Msg::exception_not_verified},
        {"verification_not_from_medium", Msg::exception_verification_not_from_medium},
    };
    for (const Known& entry : known) {
        if (entry.code == code) return std::string(get(entry.text));
    }
    return format(Msg::exception_unknown, code);
}

std::string_view Messages::phase(wipe::Phase phase) const {
    switch (phase) {
        case wipe::Phase::writing: return get(Msg::phase_writing);
        case wipe::Phase::syncing: return get(Msg::phase_syncing);
        case wipe::Phase::verifying: return get(Msg::phase_verifying);
    }
    return get(Msg::phase_writing);
}

std::string Messages::verify_plan(const wipe::VerifyPlan& plan) const {
    switch (plan.mode) {
        case wipe::VerifyMode::none: return std::string(get(Msg::verify_none));
        case wipe::VerifyMode::last: return std::string(get(Msg::verify_last));
        case wipe::VerifyMode::all: return std::string(get(Msg::verify_all));
        case wipe::VerifyMode::sample: return format(Msg::verify_sample, plan.sample_percent);
    }
    return std::string(get(Msg::verify_none));
}

std::string without_passwords(std::string_view text) {
    std::string out;
    std::size_t copied = 0;
    for (std::size_t at = text.find("postgres"); at != std::string_view::npos; at = text.find("postgres", at + 1)) {
        if (!ledger::is_database_url(text.substr(at))) continue;
        const std::size_t end = std::min(text.find_first_of(" \t\n\"'", at), text.size());
        out.append(text.substr(copied, at - copied));
        out.append(ledger::redacted_location(text.substr(at, end - at)));
        copied = end;
        at = end - 1;
    }
    out.append(text.substr(copied));
    return out;
}

namespace {

void print_prefixed(const Messages& messages, Msg prefix, std::string_view text) {
    // One write per line, so that lines of several threads never interleave mid-line.
    std::string line = "sanitize: ";
    line += messages.get(prefix);
    line += ": ";
    line += without_passwords(text);
    line += '\n';
    std::cerr << line << std::flush;
}

}  // namespace

void print_error(const Messages& messages, std::string_view text) {
    print_prefixed(messages, Msg::error_prefix, text);
}

void print_hint(const Messages& messages, std::string_view text) {
    print_prefixed(messages, Msg::hint_prefix, text);
}

void print_warning(const Messages& messages, std::string_view text) {
    print_prefixed(messages, Msg::warning_prefix, text);
}

}  // namespace sanitize::cli
