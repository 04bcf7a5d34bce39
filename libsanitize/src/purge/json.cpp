// Purge reports and method tables as JSON, the form of `sanitize purge --json`.
#include <nlohmann/json.hpp>

#include "sanitize/purge.hpp"
#include "util/error_json.hpp"
#include "wipe/report_time.hpp"

namespace sanitize::purge {
namespace {

using json = nlohmann::ordered_json;
using device::ByteRange;
using wipe::iso8601;

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
    json object = {{"schema", "sanitize.purge-report/1"},
                   {"device", json::parse(device::to_json(r.device))},
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
                   {"started", iso8601(r.started)},
                   {"finished", iso8601(r.finished)}};
    if (r.error) object["error"] = json::parse(util::error_json(*r.error).dump());
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

}  // namespace sanitize::purge
