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

std::string Messages::check_note(const cert::CheckResult& check) const {
    if (check.note == cert::CheckNote::none) return {};
    const std::string_view name = cert::check_note_name(check.note);
    const std::optional<std::string_view> text = find(Section::check_notes, name);
    if (!text) return std::string(name);  // a note added to the library later still shows
    // "{name}" filled from the check's values; the role is a word, not its identifier.
    std::string out;
    for (std::size_t i = 0; i < text->size(); ++i) {
        const std::size_t close = (*text)[i] == '{' ? text->find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos) {
            out += (*text)[i];
            continue;
        }
        const std::string field(text->substr(i + 1, close - i - 1));
        std::string value = check.value(field);
        if (field == "role") {
            if (std::optional<ledger::Role> parsed = ledger::parse_role(value)) value = role(*parsed);
        }
        // What a parser found wrong is written for developers: Japanese keeps what it names.
        if (field == "context" && lang_ == Lang::ja) value = names_only(value);
        out += value;
        i = close;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == ':')) out.pop_back();  // an empty last value
    return out;
}

std::string Messages::role(ledger::Role role) const {
    const std::string_view name = ledger::role_name(role);
    if (std::optional<std::string_view> text = find(Section::roles, name)) return std::string(*text);
    return std::string(name);
}

std::string Messages::title(jobs::ApproverTitle title) const {
    switch (title) {
        case jobs::ApproverTitle::department_head: return std::string(get(Msg::title_department_head));
        case jobs::ApproverTitle::representative_director: return std::string(get(Msg::title_representative_director));
        case jobs::ApproverTitle::security_officer: return std::string(get(Msg::title_security_officer));
    }
    return std::string(jobs::approver_title_name(title));
}

std::string Messages::system_error(int sys_errno) const {
    // strerrorname_np gives the symbolic name ("ENOENT") whatever the locale; the catalogue
    // words the common ones, so a Japanese run does not show the C library's English.
    if (const char* name = strerrorname_np(sys_errno); name != nullptr) {
        if (std::optional<std::string_view> text = find(Section::errnos, name)) return std::string(*text);
    }
    return system_error_text(sys_errno);
}

std::string Messages::method(std::string_view name) const {
    if (std::optional<std::string_view> text = find(Section::methods, name)) return std::string(*text);
    return std::string(name);
}

std::string names_only(std::string_view text) {
    std::string named;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t start = text.find_first_not_of(" \t\n", at);
        if (start == std::string_view::npos) break;
        std::size_t end = text.find_first_of(" \t\n", start);
        if (end == std::string_view::npos) end = text.size();
        at = end;
        std::string_view word = text.substr(start, end - start);
        std::string_view bare = word;
        while (!bare.empty() && (bare.back() == ':' || bare.back() == ',')) bare.remove_suffix(1);
        bool letters_only = !bare.empty();
        bool small_letter = false;
        for (char c : bare) {
            small_letter = small_letter || (c >= 'a' && c <= 'z');
            letters_only = letters_only && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        }
        // "A subcommand", "open", "postgres connect": English. "--year", "1999x", "/dev/sdb",
        // "{ja,en}", "TARGET": what the text names.
        if (bare.empty() || (letters_only && (small_letter || bare.size() == 1))) continue;
        named += (named.empty() ? "" : " ") + std::string(word);
    }
    while (!named.empty() && (named.back() == ':' || named.back() == ',')) named.pop_back();
    return named;
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
