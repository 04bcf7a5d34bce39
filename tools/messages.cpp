// Choosing the language and finding texts in the catalogues.
#include "messages.hpp"

#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>

#include "sanitize/ledger.hpp"

namespace sanitize::cli {

Text text_of(Msg id) {
    return Catalogue::compiled_in().text(id);
}

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

std::optional<std::string_view> Messages::find(Section section, std::string_view key) const {
    return Catalogue::compiled_in().find(lang_, section, key);
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
    // A code added to the library later still shows, untranslated.
    if (std::optional<std::string_view> text = find(Section::exceptions, code)) return std::string(*text);
    return format(Msg::exception_unknown, code);
}

std::string Messages::drive_reason(std::string_view code) const {
    if (std::optional<std::string_view> text = find(Section::drive_reasons, code)) return std::string(*text);
    return std::string(code);
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
