#include "check_value.hpp"

#include <algorithm>

#include "cert/text_rules.hpp"
#include "sanitize/age.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::config::detail {

namespace {

bool is_file(Source source) noexcept { return source == Source::site_file || source == Source::user_file; }

bool is_postgres_url(std::string_view text) noexcept {
    return text.starts_with("postgresql://") || text.starts_with("postgres://");
}

bool has_control_character(std::string_view text) noexcept {
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
    });
}

// Every blank-separated word an age public key, and at least one: a carry-out's manifest is
// encrypted to them, so a mistyped key must stop the run rather than lock the auditors out.
bool split_recipients(std::string_view value) {
    bool any = false;
    std::size_t at = 0;
    while (at < value.size()) {
        const std::size_t start = value.find_first_not_of(' ', at);
        if (start == std::string_view::npos) break;
        const std::size_t end = std::min(value.find(' ', start), value.size());
        if (!crypt::X25519Recipient::parse(value.substr(start, end - start))) return false;
        any = true;
        at = end;
    }
    return any;
}

// A file has no current directory: its paths are absolute, or under the home of whoever runs.
Checked check_path(std::string_view value, Source source, std::string_view home) {
    if (!is_file(source) || value.starts_with('/')) return {std::string(value), std::nullopt};
    if (!value.starts_with("~/")) return {std::string(value), Problem::not_absolute};
    if (home.empty()) return {std::string(value), Problem::no_home};
    return {std::string(home) + std::string(value.substr(1)), std::nullopt};
}

Checked check_ledger(std::string_view value, Source source, std::string_view home) {
    if (!is_postgres_url(value)) {
        // Elsewhere a bare name is a file in the current directory, as `--ledger l.db` always was.
        if (value.find("://") != std::string_view::npos) return {std::string(value), Problem::bad_ledger};
        return check_path(value, source, home);
    }
    if (is_file(source) && url_has_password(value)) return {hide_password(value), Problem::password_in_file};
    return {std::string(value), std::nullopt};
}

// The authority of a URL: between "://" and the next '/', '?' or '#'.
std::pair<std::size_t, std::size_t> authority_of(std::string_view url) noexcept {
    const std::size_t scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return {0, 0};
    const std::size_t start = scheme_end + 3;
    const std::size_t end = std::min(url.find_first_of("/?#", start), url.size());
    return {start, end};
}

// Where a "password=" parameter's value starts and ends in the query, or npos.
std::pair<std::size_t, std::size_t> query_password(std::string_view url) noexcept {
    const std::size_t query = url.find('?');
    if (query == std::string_view::npos) return {std::string_view::npos, 0};
    for (std::size_t at = query; at != std::string_view::npos && at < url.size(); at = url.find('&', at + 1)) {
        if (url.substr(at + 1).starts_with("password=")) {
            const std::size_t start = at + 1 + std::string_view("password=").size();
            return {start, std::min(url.find('&', start), url.size())};
        }
    }
    return {std::string_view::npos, 0};
}

// Where the user-info's password starts and ends ("user:PASSWORD@"), or npos.
std::pair<std::size_t, std::size_t> userinfo_password(std::string_view url) noexcept {
    const auto [start, end] = authority_of(url);
    const std::size_t at = url.substr(0, end).rfind('@');
    if (at == std::string_view::npos || at < start) return {std::string_view::npos, 0};
    const std::size_t colon = url.substr(0, at).find(':', start);
    if (colon == std::string_view::npos) return {std::string_view::npos, 0};
    return {colon + 1, at};
}

}  // namespace

bool url_has_password(std::string_view url) noexcept {
    return userinfo_password(url).first != std::string_view::npos || query_password(url).first != std::string_view::npos;
}

std::string hide_password(std::string_view url) {
    std::string shown(url);
    // The query comes after the authority: replace it first so that the user-info's offsets hold.
    for (const auto& [start, end] : {query_password(shown), userinfo_password(shown)}) {
        if (start != std::string_view::npos) shown.replace(start, end - start, "***");
    }
    return shown;
}

Checked check_value(Setting setting, std::string_view value, Source source, std::string_view home) {
    if (value.empty()) return {std::string(value), Problem::empty_value};
    // A problem shows the value as written, but never a ledger URL's password.
    const std::string shown = setting == Setting::ledger ? hide_password(value) : std::string(value);
    if (!cert::detail::is_valid_utf8(value)) return {shown, Problem::not_utf8};
    if (has_control_character(value)) return {shown, Problem::control_character};
    switch (setting) {
        case Setting::organisation:
        case Setting::department: return {std::string(value), std::nullopt};
        case Setting::ledger: return check_ledger(value, source, home);
        case Setting::key:
        case Setting::certificate_dir:
        case Setting::checkpoint_dir: return check_path(value, source, home);
        case Setting::method:
            return {std::string(value), wipe::parse_method(value) ? std::nullopt : std::optional(Problem::bad_method)};
        case Setting::verify:
            return {std::string(value), wipe::parse_verify(value) ? std::nullopt : std::optional(Problem::bad_verify)};
        case Setting::language:
            return {std::string(value), value == "ja" || value == "en" ? std::nullopt : std::optional(Problem::bad_language)};
        case Setting::unattended:
            return {std::string(value), value == "yes" || value == "no" ? std::nullopt : std::optional(Problem::bad_unattended)};
        case Setting::auditor_recipients:
            return {std::string(value), split_recipients(value) ? std::nullopt : std::optional(Problem::bad_recipient)};
    }
    return {std::string(value), std::nullopt};
}

}  // namespace sanitize::config::detail
