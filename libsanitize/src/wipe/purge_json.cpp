// Purge reports and method tables as JSON, the form of `sanitize purge --json`.
#include <nlohmann/json.hpp>

#include <ctime>

#include "sanitize/purge.hpp"

namespace sanitize::wipe {
namespace {

using json = nlohmann::ordered_json;

std::string iso_time(std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

json verification_json(const std::optional<VerifyResult>& v) {
    if (!v) return nullptr;
    json ranges = json::array();
    for (const ByteRange& r : v->mismatches) ranges.push_back({{"offset", r.offset}, {"length", r.length}});
    json unreadable = json::array();
    for (const ByteRange& r : v->unreadable) unreadable.push_back({{"offset", r.offset}, {"length", r.length}});
    return {{"mode", v->mode == VerifyMode::sample ? "sample" : "all"},
            {"bytes_verified", v->bytes_verified},
            {"coverage_percent", v->coverage_percent},
            {"sample_subsections", v->sample_subsections},
            {"unchanged", ranges},
            {"unreadable", unreadable},
            {"cache_bypassed", v->cache_bypassed}};
}

}  // namespace

std::string to_json(const PurgeReport& r) {
    json object = {{"device", json::parse(device::to_json(r.device))},
                   {"method", purge_method_name(r.method)},
                   {"accepted", r.accepted},
                   {"progress_observed", r.progress_observed},
                   {"completion_observed", r.completion_observed},
                   {"polls", r.polls},
                   {"commands_sent", r.commands_sent},
                   {"verification_rule", r.verification_rule},
                   {"verification", verification_json(r.verification)},
                   {"outcome", to_string(r.outcome)},
                   {"detail", r.detail},
                   {"error", nullptr},
                   {"started", iso_time(r.started)},
                   {"finished", iso_time(r.finished)}};
    if (r.error) {
        object["error"] = {{"code", errc_name(r.error->code)}, {"errno", r.error->sys_errno}, {"context", r.error->context}};
    }
    return object.dump(2, ' ', false, json::error_handler_t::replace);
}

std::string to_json(const std::vector<PurgeAvailability>& methods) {
    json array = json::array();
    for (const PurgeAvailability& m : methods) {
        json entry = {{"method", purge_method_name(m.method)}, {"available", m.available}};
        if (!m.available) entry["reason"] = m.reason;
        array.push_back(entry);
    }
    return array.dump();
}

}  // namespace sanitize::wipe
