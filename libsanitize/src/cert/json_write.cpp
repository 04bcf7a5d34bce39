// cert.json as written: members in the order an auditor reads them (what, for whom, by whom,
// on what, how, with what result, where it is recorded), 2-space indentation, UTF-8 as is.
// The order is fixed by nlohmann's ordered_json, so the same certificate gives the same bytes.
#include <nlohmann/json.hpp>

#include "cert/names.hpp"
#include "cert/text_rules.hpp"
#include "sanitize/cert.hpp"

namespace sanitize::cert {
namespace {

using ojson = nlohmann::ordered_json;

ojson or_null(const std::optional<bool>& value) { return value ? ojson(*value) : ojson(nullptr); }

ojson ranges_json(const std::vector<wipe::ByteRange>& ranges) {
    ojson list = ojson::array();
    for (const wipe::ByteRange& r : ranges) list.push_back(ojson{{"offset", r.offset}, {"length", r.length}});
    return list;
}

ojson person_json(const Person& person) {
    return {{"name", person.name},
            {"title", person.title},
            {"role", detail::role_text(person.role)},
            {"key_id", keys::key_id_hex(person.key_id)}};
}

ojson medium_json(const Medium& m) {
    return {{"vendor", m.vendor},
            {"model", m.model},
            {"serial", m.serial},
            {"serial_source", m.serial_source},
            {"wwn", m.wwn},
            {"size_bytes", m.size_bytes},
            {"logical_sector_bytes", m.logical_sector_bytes},
            {"physical_sector_bytes", m.physical_sector_bytes},
            {"transport", m.transport},
            {"removable", or_null(m.removable)},
            {"rotational", or_null(m.rotational)},
            {"kind", detail::target_kind_name(m.kind)},
            {"kernel_name", m.kernel_name},
            {"image_path", m.image_path},
            {"source", m.source}};
}

ojson method_json(const MethodRecord& method) {
    ojson passes = ojson::array();
    for (const PassRecord& pass : method.passes) {
        const bool random = pass.kind == wipe::PassKind::random;
        passes.push_back(ojson{{"index", pass.index},
                               {"kind", detail::pass_kind_name(pass.kind)},
                               {"pattern", random ? ojson(nullptr) : ojson(pass.pattern_hex)},
                               {"generator", random ? ojson(pass.generator) : ojson(nullptr)}});
    }
    return {{"name", method.name},           {"nist_category", detail::category_name(method.category)},
            {"technique", method.technique}, {"blank", method.blank},
            {"direct_io", method.direct_io}, {"passes", std::move(passes)}};
}

ojson verification_json(const VerificationRecord& v) {
    return {{"mode", detail::verify_mode_name(v.mode)},
            {"sample_percent", v.sample_percent ? ojson(*v.sample_percent) : ojson(nullptr)},
            {"passes_verified", v.passes_verified},
            {"coverage_percent", v.coverage_percent},
            {"bytes_verified", v.bytes_verified},
            {"mismatches", ranges_json(v.mismatches)},
            {"unreadable", ranges_json(v.unreadable)},
            {"cache_bypassed", v.cache_bypassed}};
}

ojson timings_json(const Timings& t) {
    ojson passes = ojson::array();
    for (const PassTiming& p : t.passes) {
        passes.push_back(ojson{{"index", p.index},
                               {"bytes_written", p.bytes_written},
                               {"write_ms", p.write_ms},
                               {"write_bytes_per_second", p.write_bytes_per_second},
                               {"synced", p.synced},
                               {"verify_ms", p.verify_ms ? ojson(*p.verify_ms) : ojson(nullptr)},
                               {"verify_bytes_per_second",
                                p.verify_bytes_per_second ? ojson(*p.verify_bytes_per_second) : ojson(nullptr)}});
    }
    ojson timings = {{"started", detail::time_text(t.started)},
                     {"finished", detail::time_text(t.finished)},
                     {"duration_ms", t.duration_ms},
                     {"resumed", t.resumed},
                     {"passes", std::move(passes)}};
    if (t.interruptions.empty()) return timings;  // absent: the bytes of uninterrupted wipes stay
    ojson interruptions = ojson::array();
    for (const InterruptionRecord& i : t.interruptions) {
        interruptions.push_back(ojson{{"last_checkpoint", detail::time_text(i.last_checkpoint)},
                                      {"resumed", detail::time_text(i.resumed)},
                                      {"pass_index", i.pass_index},
                                      {"phase", i.phase},
                                      {"offset", i.offset}});
    }
    timings["interruptions"] = std::move(interruptions);
    return timings;
}

ojson firmware_json(const FirmwareRecord& f) {
    return {{"accepted", f.accepted},
            {"progress_observed", f.progress_observed},
            {"completion_observed", f.completion_observed},
            {"polls", f.polls},
            {"commands_sent", f.commands_sent},
            {"verification_rule", f.verification_rule},
            {"detail", f.detail}};
}

ojson health_json(const HealthRecord& h) {
    ojson attributes = ojson::array();
    for (const HealthAttribute& a : h.attributes) attributes.push_back({{"name", a.name}, {"value", a.value}});
    return {{"state", health_state_name(h.state)},
            {"reason", h.reason},
            {"passed", h.passed ? ojson(*h.passed) : ojson(nullptr)},
            {"attributes", std::move(attributes)}};
}

ojson error_json(const std::optional<ErrorRecord>& error) {
    if (!error) return nullptr;
    return {{"code", error->code}, {"context", error->context}, {"errno", error->sys_errno}};
}

ojson ledger_json(const std::optional<LedgerReference>& ledger) {
    if (!ledger) return nullptr;
    return {
        {"ledger_id", ledger->ledger_id}, {"head_seq", ledger->head_seq}, {"head_hash", hex_text(ledger->head_hash)}};
}

ojson people_and_place(const Certificate& c, ojson document) {
    document["organisation"] = {{"name", c.organisation.name},
                                {"department", c.organisation.department},
                                {"location", c.organisation.location}};
    document["customer"] = c.customer;
    document["operator"] = person_json(c.operator_person);
    document["validator"] = c.validator_person ? person_json(*c.validator_person) : ojson(nullptr);
    document["host"] = {{"hostname", c.host.hostname}, {"system_uuid", c.host.system_uuid}};
    if (const auto& pc = c.computer) {  // the station's certificates only
        document["computer"] = {{"vendor", pc->vendor},   {"product", pc->product},     {"serial", pc->serial},
                                {"uuid", pc->uuid},       {"asset_tag", pc->asset_tag}};
    }
    return document;
}

ojson certificate_json(const Certificate& c) {
    ojson document = {{"schema", schema_id},
                      {"certificate_id", c.certificate_id},
                      {"issued_at", detail::time_text(c.issued_at)},
                      {"tool", {{"name", c.tool_name}, {"version", c.tool_version}}}};
    document = people_and_place(c, std::move(document));
    document["medium"] = medium_json(c.medium);
    document["asset_id"] = c.asset_id;
    document["classification_before"] = c.classification_before;
    document["classification_after"] = c.classification_after;
    document["destination"] = destination_name(c.destination);
    document["destination_detail"] = c.destination_detail;
    document["data_backed_up"] = data_backed_up_name(c.data_backed_up);
    document["backup_location"] = c.backup_location;
    document["method"] = method_json(c.method);
    document["verification"] = verification_json(c.verification);
    if (c.firmware) document["firmware"] = firmware_json(*c.firmware);  // absent for overwrites
    document["hidden_areas"] = {{"hpa", hidden_area_state_name(c.hidden_areas.hpa)},
                                {"dco", hidden_area_state_name(c.hidden_areas.dco)},
                                {"ama", hidden_area_state_name(c.hidden_areas.ama)}};
    if (const auto& reset = c.hidden_areas.reset) {  // absent unless the native size was restored
        document["hidden_areas"]["reset"] = {{"hpa_before", hidden_area_state_name(reset->hpa_before)},
                                             {"dco_before", hidden_area_state_name(reset->dco_before)},
                                             {"ama_before", hidden_area_state_name(reset->ama_before)},
                                             {"commands_sent", reset->commands_sent}};
    }
    if (c.health) document["health"] = health_json(*c.health);  // absent where no read ran
    document["timings"] = timings_json(c.timings);
    document["bytes_written"] = c.bytes_written;
    document["bad_ranges"] = ranges_json(c.bad_ranges);
    document["outcome"] = detail::outcome_name(c.outcome);
    document["exceptions"] = c.exceptions;
    document["error"] = error_json(c.error);
    document["comments"] = c.comments;
    document["ledger"] = ledger_json(c.ledger);
    return document;
}

// The path of the first string that is not UTF-8 ("medium.serial", "exceptions[1]"), or "".
std::string first_bad_text(const ojson& value, const std::string& path) {
    if (value.is_string()) return detail::is_valid_utf8(value.get_ref<const std::string&>()) ? "" : path;
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            std::string bad = first_bad_text(value[i], path + "[" + std::to_string(i) + "]");
            if (!bad.empty()) return bad;
        }
    }
    if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            std::string bad = first_bad_text(member, path.empty() ? key : path + "." + key);
            if (!bad.empty()) return bad;
        }
    }
    return {};
}

}  // namespace

Result<std::string> serialize_certificate(const Certificate& certificate) {
    const ojson document = certificate_json(certificate);
    // dump() would throw at the first invalid byte without saying where.
    if (const std::string bad = first_bad_text(document, ""); !bad.empty()) {
        return make_error(Errc::invalid_argument, "certificate field " + bad + ": value");
    }
    std::string text = document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::strict);
    text.push_back('\n');
    // What is written must read back as the same certificate: the parser holds every rule.
    auto reread = parse_certificate(text);
    if (!reread) return make_error(Errc::invalid_argument, reread.error().context);
    if (!(*reread == certificate)) return make_error(Errc::invalid_argument, "certificate round trip");
    return text;
}

}  // namespace sanitize::cert
