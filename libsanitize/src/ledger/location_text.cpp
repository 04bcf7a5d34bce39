#include "ledger/location_text.hpp"

#include <algorithm>

#include "sanitize/ledger.hpp"

namespace sanitize::ledger {

namespace {

constexpr std::string_view hidden = "***";

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Where the passwords are in a URL: the user part's ("user:PASSWORD@"), then each value of a
// password= parameter in the query.
std::vector<Span> password_spans(std::string_view url) {
    std::vector<Span> spans;
    const std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return spans;
    const std::size_t authority = scheme + 3;
    const std::size_t authority_end = std::min(url.find_first_of("/?", authority), url.size());
    const std::size_t at = url.rfind('@', authority_end);
    if (at != std::string_view::npos && at >= authority) {
        const std::size_t colon = url.find(':', authority);
        if (colon != std::string_view::npos && colon < at) spans.push_back({colon + 1, at});
    }
    const std::size_t query = url.find('?', authority);
    for (std::size_t p = query; p != std::string_view::npos && p < url.size(); p = url.find('&', p + 1)) {
        const std::size_t name = p + 1;
        if (url.substr(name, 9) != "password=") continue;
        const std::size_t value = name + 9;
        spans.push_back({value, std::min(url.find('&', value), url.size())});
    }
    return spans;
}

}  // namespace

bool is_database_url(std::string_view location) noexcept {
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string redacted_location(std::string_view location) {
    if (!is_database_url(location)) return std::string(location);
    std::string out;
    std::size_t copied = 0;
    for (const Span& span : password_spans(location)) {
        out.append(location.substr(copied, span.begin - copied));
        out.append(hidden);
        copied = span.end;
    }
    out.append(location.substr(copied));
    return out;
}

namespace detail {

std::vector<std::string> url_passwords(std::string_view url) {
    std::vector<std::string> passwords;
    for (const Span& span : password_spans(url)) {
        if (span.end > span.begin) passwords.emplace_back(url.substr(span.begin, span.end - span.begin));
    }
    return passwords;
}

}  // namespace detail

}  // namespace sanitize::ledger
