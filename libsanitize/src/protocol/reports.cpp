// The result documents back from JSON: a wipe report, a media check, a purge report, as
// wipe/report_json.cpp and purge/json.cpp write them.
#include "protocol/reports.hpp"

namespace sanitize::protocol::detail {
namespace {

wipe::VerifyMode mode_from(const std::string& name) {
    for (wipe::VerifyMode mode : {wipe::VerifyMode::none, wipe::VerifyMode::last, wipe::VerifyMode::all, wipe::VerifyMode::sample}) {
        if (wipe::to_string(mode) == name) return mode;
    }
    return wipe::VerifyMode::none;
}

wipe::VerifyResult verification_from(Fields& parent, const char* name, const char* mismatches = "mismatches") {
    Fields f(parent.object(name), std::string(name) + ".");
    wipe::VerifyResult v;
    v.mode = mode_from(f.text("mode"));
    v.bytes_verified = f.count("bytes_verified");
    v.coverage_percent = f.number("coverage_percent");
    v.sample_subsections = f.count("sample_subsections");
    v.mismatches = f.ranges(mismatches);
    v.unreadable = f.ranges("unreadable");
    v.cache_bypassed = f.flag("cache_bypassed");
    v.seconds = f.number("seconds");
    v.bytes_per_second = f.number("bytes_per_second");
    if (!f.done()) parent.fail(name);
    return v;
}

wipe::PassReport pass_from(const json& object, Fields& parent) {
    Fields f(object, "passes.");
    wipe::PassReport pass;
    pass.index = f.count("index");
    pass.kind = f.text("kind") == "random" ? wipe::PassKind::random : wipe::PassKind::pattern;
    pass.pattern_hex = f.text("pattern");
    pass.generator = f.text("generator");
    pass.bytes_written = f.count("bytes_written");
    pass.unwritten = f.ranges("unwritten");
    pass.synced = f.flag("synced");
    pass.seconds = f.number("seconds");
    pass.write_bytes_per_second = f.number("write_bytes_per_second");
    if (f.present("verification")) pass.verification = verification_from(f, "verification");
    if (!f.done()) parent.fail("passes");
    return pass;
}

wipe::Interruption interruption_from(const json& object, Fields& parent) {
    Fields f(object, "interruptions.");
    wipe::Interruption i;
    i.last_checkpoint = f.time("last_checkpoint");
    i.resumed = f.time("resumed");
    i.pass_index = f.count("pass_index");
    i.phase = f.text("phase") == "verifying" ? wipe::Phase::verifying : wipe::Phase::writing;
    i.offset = f.count("offset");
    if (!f.done()) parent.fail("interruptions");
    return i;
}

wipe::Outcome outcome_from(const std::string& name, Fields& f) {
    for (wipe::Outcome o : {wipe::Outcome::erased, wipe::Outcome::erased_with_exceptions, wipe::Outcome::aborted,
                            wipe::Outcome::failed}) {
        if (wipe::to_string(o) == name) return o;
    }
    f.fail("outcome");
    return wipe::Outcome::failed;
}

// The embedded documents every report has: the device, an error, the drive's facts.
template <typename Report>
Result<void> common(Fields& f, const json& object, Report& report) {
    Result<device::DeviceInfo> info = device_from(f.object("device"));
    if (!info) return info.error();
    report.device = std::move(*info);
    if (f.present("error")) {
        Result<ReadError> error = error_from(f.object("error"));
        if (!error) return error.error();
        report.error = std::move(error->error);
    }
    (void)object;
    return {};
}

// What a wipe or a purge read from the drive before it started (both may be null).
Result<void> drive_facts_from(Fields& f, std::optional<device::HiddenAreaReport>& hidden_areas,
                              std::optional<device::SmartSummary>& smart) {
    if (f.present("hidden_areas")) {
        Result<device::HiddenAreaReport> hidden = hidden_areas_from(f.object("hidden_areas"));
        if (!hidden) return hidden.error();
        hidden_areas = std::move(*hidden);
    }
    if (f.present("smart")) {
        Result<device::SmartSummary> read = smart_from(f.object("smart"));
        if (!read) return read.error();
        smart = std::move(*read);
    }
    return {};
}

}  // namespace

Result<wipe::WipeReport> wipe_report_from(const json& object) {
    Fields f(object, "");
    wipe::WipeReport report;
    if (Result<void> read = common(f, object, report); !read) return read.error();
    report.method = f.text("method");
    report.category = f.text("nist_category") == "purge" ? wipe::NistCategory::purge : wipe::NistCategory::clear;
    report.blank = f.flag("blank");
    Fields plan(f.object("verify"), "verify.");
    report.verify = {mode_from(plan.text("mode")), plan.number("sample_percent")};
    if (!plan.done()) f.fail("verify");
    report.direct_io = f.flag("direct_io");
    if (const auto passes = object.find("passes"); passes != object.end() && passes->is_array()) {
        for (const json& pass : *passes) report.passes.push_back(pass_from(pass, f));
    }
    report.outcome = outcome_from(f.text("outcome"), f);
    report.exceptions = f.texts("exceptions");
    report.bytes_written = f.count("bytes_written");
    report.bytes_verified = f.count("bytes_verified");
    report.bad_ranges = f.ranges("bad_ranges");
    if (Result<void> facts = drive_facts_from(f, report.hidden_areas, report.smart); !facts) return facts.error();
    if (const auto list = object.find("interruptions"); list != object.end() && list->is_array()) {
        for (const json& i : *list) report.interruptions.push_back(interruption_from(i, f));
    }
    report.checkpoint_kept = f.flag("checkpoint_kept");
    report.started = f.time("started");
    report.finished = f.time("finished");
    if (Result<void> read = f.done(); !read) return read.error();
    return report;
}

Result<wipe::MediaCheckReport> media_check_from(const json& object) {
    Fields f(object, "");
    wipe::MediaCheckReport report;
    if (Result<void> read = common(f, object, report); !read) return read.error();
    report.expected_hex = f.text("expected_pattern");
    report.verification = verification_from(f, "verification");
    report.matches = f.flag("matches");
    report.started = f.time("started");
    report.finished = f.time("finished");
    if (Result<void> read = f.done(); !read) return read.error();
    return report;
}

Result<purge::PurgeReport> purge_report_from(const json& object) {
    Fields f(object, "");
    purge::PurgeReport report;
    if (Result<void> read = common(f, object, report); !read) return read.error();
    const std::optional<purge::PurgeMethod> method = purge::parse_purge_method(f.text("method"));
    if (!method) f.fail("method");
    report.method = method.value_or(purge::PurgeMethod::ata_sanitize_crypto);
    report.accepted = f.flag("accepted");
    report.progress_observed = f.flag("progress_observed");
    report.completion_observed = f.flag("completion_observed");
    report.polls = f.count("polls");
    report.commands_sent = f.texts("commands_sent");
    report.verification_rule = f.text("verification_rule");
    if (f.present("verification")) report.verification = verification_from(f, "verification", "unchanged");
    const std::string outcome = f.text("outcome");
    bool known = false;
    for (purge::PurgeOutcome o : {purge::PurgeOutcome::purged, purge::PurgeOutcome::completed_unverified,
                                 purge::PurgeOutcome::unavailable, purge::PurgeOutcome::refused, purge::PurgeOutcome::failed,
                                 purge::PurgeOutcome::aborted}) {
        if (purge::to_string(o) == outcome) {
            report.outcome = o;
            known = true;
        }
    }
    if (!known) f.fail("outcome");
    report.detail = f.text("detail");
    if (Result<void> facts = drive_facts_from(f, report.hidden_areas, report.smart); !facts) return facts.error();
    report.started = f.time("started");
    report.finished = f.time("finished");
    if (Result<void> read = f.done(); !read) return read.error();
    return report;
}

Result<purge::PurgeReport> purge_unavailable_from(const json& object, std::vector<purge::PurgeAvailability>& methods) {
    Fields f(object, "");
    purge::PurgeReport report;
    if (Result<void> read = common(f, object, report); !read) return read.error();
    const std::optional<purge::PurgeMethod> method = purge::parse_purge_method(f.text("method"));
    if (!method) f.fail("method");
    report.method = method.value_or(purge::PurgeMethod::ata_sanitize_crypto);
    if (f.text("outcome") != purge::to_string(purge::PurgeOutcome::unavailable)) f.fail("outcome");
    report.outcome = purge::PurgeOutcome::unavailable;
    report.detail = f.text("detail");
    if (const auto list = object.find("methods"); list != object.end() && list->is_array()) {
        for (const json& entry : *list) {
            Fields m(entry, "methods.");
            const std::optional<purge::PurgeMethod> offered = purge::parse_purge_method(m.text("method"));
            if (!offered) m.fail("method");
            methods.push_back({offered.value_or(purge::PurgeMethod::discard), m.flag("available"), m.text("reason")});
            if (!m.done()) f.fail("methods");
        }
    }
    if (Result<void> read = f.done(); !read) return read.error();
    return report;
}

}  // namespace sanitize::protocol::detail
