// Parsing of the verification spec: none | last | all | sample:P.
#include <charconv>
#include <string>

#include "sanitize/wipe.hpp"

namespace sanitize::wipe {

// NIST SP 800-88r1 §4.7: a sample must cover at least 10% of the medium.
constexpr double min_sample_percent = 10.0;

Result<VerifyPlan> parse_verify(std::string_view spec) {
    if (spec == "none") return VerifyPlan{VerifyMode::none, 0};
    if (spec == "last") return VerifyPlan{VerifyMode::last, 0};
    if (spec == "all") return VerifyPlan{VerifyMode::all, 0};
    constexpr std::string_view prefix = "sample:";
    if (spec.starts_with(prefix)) {
        std::string_view number = spec.substr(prefix.size());
        if (number.ends_with('%')) number.remove_suffix(1);
        double percent = 0;
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), percent);
        if (ec == std::errc{} && end == number.data() + number.size() && percent >= min_sample_percent &&
            percent <= 100.0)
            return VerifyPlan{VerifyMode::sample, percent};
    }
    return make_error(Errc::invalid_argument, "verify \"" + std::string(spec) + "\"");
}

std::string_view to_string(VerifyMode mode) noexcept {
    switch (mode) {
        case VerifyMode::none: return "none";
        case VerifyMode::last: return "last";
        case VerifyMode::all: return "all";
        case VerifyMode::sample: return "sample";
    }
    return "none";
}

}  // namespace sanitize::wipe
