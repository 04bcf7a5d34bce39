// Reports as JSON. Field names are the snake_case names of the report structs; times are UTC
// ISO 8601; ranges are {offset, length} in bytes. docs/report-format.md describes the result.
#include <nlohmann/json.hpp>

#include <cstring>
#include <ctime>

#include "sanitize/wipe.hpp"
#include "util/error_json.hpp"
#include "wipe/report_time.hpp"

namespace sanitize::wipe {

std::string iso8601(std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

namespace {

using nlohmann::json;

json ranges_json(const std::vector<ByteRange>& ranges) {
    json list = json::array();
    for (const ByteRange& r : ranges) list.push_back({{"offset", r.offset}, {"length", r.length}});
    return list;
}

json error_json(const std::optional<Error>& error) {
    if (!error) return nullptr;
    return util::error_json(*error);
}


json verify_plan_json(const VerifyPlan& plan) {
    json p = {{"mode", to_string(plan.mode)}};
    p["sample_percent"] = plan.mode == VerifyMode::sample ? json(plan.sample_percent) : json(nullptr);
    return p;
}

json verification_json(const VerifyResult& v) {
    return {{"mode", to_string(v.mode)},
            {"bytes_read", bytes_read(v)},
            {"bytes_verified", v.bytes_verified},
            {"coverage_percent", v.coverage_percent},
            {"sample_subsections", v.sample_subsections},
            {"mismatches", ranges_json(v.mismatches)},
            {"unreadable", ranges_json(v.unreadable)},
            {"cache_bypassed", v.cache_bypassed},
            {"seconds", v.seconds},
            {"bytes_per_second", v.bytes_per_second}};
}

json pass_json(const PassReport& pass) {
    json p = {{"index", pass.index},
              {"kind", pass.kind == PassKind::random ? "random" : "pattern"},
              {"bytes_written", pass.bytes_written},
              {"unwritten", ranges_json(pass.unwritten)},
              {"synced", pass.synced},
              {"seconds", pass.seconds},
              {"write_bytes_per_second", pass.write_bytes_per_second}};
    p["pattern"] = pass.kind == PassKind::pattern ? json(pass.pattern_hex) : json(nullptr);
    p["generator"] = pass.kind == PassKind::random ? json(pass.generator) : json(nullptr);
    p["verification"] = pass.verification ? verification_json(*pass.verification) : json(nullptr);
    return p;
}

json tool_json() { return {{"name", "sanitize"}, {"version", SANITIZE_VERSION}}; }

// One line per document: several targets give JSON Lines.
std::string dump(const json& document) { return document.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

std::string to_json(const WipeReport& report) {
    json passes = json::array();
    for (const PassReport& pass : report.passes) passes.push_back(pass_json(pass));
    json interruptions = json::array();
    for (const Interruption& i : report.interruptions) {
        interruptions.push_back({{"last_checkpoint", iso8601(i.last_checkpoint)},
                                 {"resumed", iso8601(i.resumed)},
                                 {"pass_index", i.pass_index},
                                 {"phase", i.phase == Phase::verifying ? "verifying" : "writing"},
                                 {"offset", i.offset}});
    }
    const double duration = std::chrono::duration<double>(report.finished - report.started).count();
    return dump({{"schema", "sanitize.wipe-report/1"},
                 {"tool", tool_json()},
                 {"device", json::parse(device::to_json(report.device))},
                 {"method", report.method},
                 {"nist_category", report.category == NistCategory::purge ? "purge" : "clear"},
                 {"blank", report.blank},
                 {"verify", verify_plan_json(report.verify)},
                 {"direct_io", report.direct_io},
                 {"passes", std::move(passes)},
                 {"outcome", to_string(report.outcome)},
                 {"exceptions", report.exceptions},
                 {"error", error_json(report.error)},
                 {"bytes_written", report.bytes_written},
                 {"bytes_verified", report.bytes_verified},
                 {"bad_ranges", ranges_json(report.bad_ranges)},
                 {"hidden_areas", report.hidden_areas ? json::parse(device::to_json(*report.hidden_areas)) : json(nullptr)},
                 {"smart", report.smart ? json::parse(device::to_json(*report.smart)) : json(nullptr)},
                 {"resumed", !report.interruptions.empty()},
                 {"interruptions", std::move(interruptions)},
                 {"checkpoint_kept", report.checkpoint_kept},
                 {"started", iso8601(report.started)},
                 {"finished", iso8601(report.finished)},
                 {"duration_seconds", duration}});
}

std::string to_json(const MediaCheckReport& report) {
    return dump({{"schema", "sanitize.media-check/1"},
                 {"tool", tool_json()},
                 {"device", json::parse(device::to_json(report.device))},
                 {"expected_pattern", report.expected_hex},
                 {"verification", verification_json(report.verification)},
                 {"matches", report.matches},
                 {"error", error_json(report.error)},
                 {"started", iso8601(report.started)},
                 {"finished", iso8601(report.finished)}});
}

}  // namespace sanitize::wipe
