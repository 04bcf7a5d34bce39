#include "cert/pdf_sections.hpp"

#include "cert/names.hpp"
#include "cert/pdf_format.hpp"
#include "cert/text_rules.hpp"

namespace sanitize::cert::detail {
namespace {

constexpr const char* dash = "—";

std::string or_dash(const std::string& text) { return text.empty() ? dash : text; }

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string text;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        if (!text.empty()) text += separator;
        text += part;
    }
    return text;
}

std::string yes_no(const Labels& l, bool value) { return l.both(value ? "common.yes" : "common.no"); }

Field field(const Labels& l, const char* key, std::string value, bool wide = false) {
    return Field{l.both(std::string("field.") + key), or_dash(value), Face::text, wide};
}

Field mono(const Labels& l, const char* key, std::string value, bool wide = false) {
    return Field{l.both(std::string("field.") + key), or_dash(value), Face::mono, wide};
}

std::string interface_text(const Labels& l, const Medium& m) {
    std::vector<std::string> parts{m.transport.empty() ? l.both("common.unknown") : m.transport};
    if (m.removable) parts.push_back(l.both(*m.removable ? "medium.removable" : "medium.fixed"));
    if (m.rotational) parts.push_back(l.both(*m.rotational ? "medium.rotational" : "medium.non_rotational"));
    return join(parts, " · ");
}

std::string device_text(const Medium& m) {
    if (m.kind == device::TargetKind::regular_file) return m.image_path;
    const std::string device = m.kernel_name.empty() ? std::string() : "/dev/" + m.kernel_name;
    return join({device, m.image_path}, " ← ");
}

std::string classification_text(const Labels& l, int level) {
    return std::to_string(level) + " " + l.both("classification." + std::to_string(level), " ");
}

std::string person_text(const Labels& l, const Person& p) {
    const std::string role = l.both(std::string("role.") + std::string(role_text(p.role)));
    return join({p.name, p.title.empty() ? "" : "(" + p.title + ")", role}, " ") + "\n" + l.both("common.key") + ": " +
           keys::key_id_hex(p.key_id);
}

std::string hidden_text(const Labels& l, const HiddenAreas& h) {
    const auto state = [&](HiddenAreaState s) { return l.both("hidden." + std::string(hidden_area_state_name(s))); };
    if (h.hpa == h.dco && h.dco == h.ama) return state(h.hpa);
    return "HPA " + state(h.hpa) + "\nDCO " + state(h.dco) + "\nAMA " + state(h.ama);
}

// The verdict where the drive was read; otherwise why nothing was read, never a guessed verdict.
std::string health_status_text(const Labels& l, const HealthRecord& h) {
    if (h.state != HealthState::read) return l.both("health." + std::string(health_state_name(h.state))) + " (" + h.reason + ")";
    if (!h.passed) return l.both("health.no_verdict");
    return l.both(*h.passed ? "health.passed" : "health.failed");
}

std::string health_attributes_text(const Labels& l, const HealthRecord& h) {
    if (h.attributes.empty()) return h.state == HealthState::read ? l.both("common.none") : "";
    std::vector<std::string> parts;
    for (const HealthAttribute& a : h.attributes) parts.push_back(a.name + " " + std::to_string(a.value));
    return join(parts, "; ");
}

std::string passes_text(const Labels& l, const MethodRecord& method) {
    std::vector<std::string> passes;
    for (const PassRecord& p : method.passes) {
        const bool random = p.kind == wipe::PassKind::random;
        const std::string what =
            random ? l.both("pass.random") + " (" + p.generator + ")" : l.both("pass.pattern") + " 0x" + p.pattern_hex;
        passes.push_back("#" + std::to_string(p.index + 1) + " " + what);
    }
    return join(passes, "; ");
}

std::string verify_mode_text(const Labels& l, const VerificationRecord& v) {
    std::string text = l.both("verify." + std::string(verify_mode_name(v.mode)));
    if (v.sample_percent) text += " " + percent_text(*v.sample_percent);
    return text;
}

std::string problems_text(const Labels& l, const VerificationRecord& v) {
    if (v.mismatches.empty() && v.unreadable.empty()) return l.both("common.none");
    const auto part = [&](const std::vector<wipe::ByteRange>& r) {
        return r.empty() ? std::string("0") : ranges_text(r);
    };
    return part(v.mismatches) + " / " + part(v.unreadable);
}

std::string throughput_text(const Timings& t) {
    std::vector<std::string> passes;
    for (const PassTiming& p : t.passes) {
        std::string text = "#" + std::to_string(p.index + 1) + " " + rate_text(p.write_bytes_per_second);
        if (p.verify_bytes_per_second) text += " / " + rate_text(*p.verify_bytes_per_second);
        passes.push_back(text);
    }
    return join(passes, "; ");
}

}  // namespace

std::vector<Field> medium_fields(const PageInput& in) {
    const Certificate& c = in.certificate;
    const Labels& l = in.labels;
    const Medium& m = c.medium;
    const std::string serial = m.serial.empty()
                                   ? l.both("common.none")
                                   : m.serial + (m.serial_source.empty() ? "" : " (" + m.serial_source + ")");
    std::vector<Field> fields{
        field(l, "make_model", join({m.vendor, m.model}, " ")),
        field(l, "serial", serial),
        field(l, "capacity",
              size_text(m.size_bytes) + "\n" + std::to_string(m.logical_sector_bytes) + " / " +
                  std::to_string(m.physical_sector_bytes) + " B"),
        field(l, "interface", interface_text(l, m)),
        field(l, "device", device_text(m)),
    };
    if (!m.wwn.empty()) fields.push_back(field(l, "wwn", m.wwn));
    if (!m.source.empty()) fields.push_back(field(l, "source", m.source));
    fields.push_back(field(l, "asset_id", c.asset_id));
    fields.push_back(field(
        l, "classification",
        classification_text(l, c.classification_before) + "  →  " + classification_text(l, c.classification_after)));
    const std::string destination = l.both("destination." + std::string(destination_name(c.destination)));
    fields.push_back(field(l, "destination", join({destination, c.destination_detail}, "\n")));
    const std::string backed_up = l.both("backed_up." + std::string(data_backed_up_name(c.data_backed_up)));
    fields.push_back(field(l, "backed_up", join({backed_up, c.backup_location}, "\n")));
    return fields;
}

std::vector<Field> method_fields(const PageInput& in) {
    const Certificate& c = in.certificate;
    const Labels& l = in.labels;
    const VerificationRecord& v = c.verification;
    const std::string category = l.both("category." + std::string(category_name(c.method.category))) + " · " +
                                 l.both("technique." + c.method.technique);
    std::vector<Field> fields{
        field(l, "method", c.method.name + " (" + l.both(c.method.direct_io ? "io.direct" : "io.buffered") + ")"),
        field(l, "category", category),
        field(l, "passes", passes_text(l, c.method), true),
        field(l, "blank", yes_no(l, c.method.blank)),
        field(l, "verify_mode", verify_mode_text(l, v)),
        field(l, "coverage", percent_text(v.coverage_percent)),
        field(l, "bytes_verified", size_text(v.bytes_verified)),
        field(l, "mismatches", problems_text(l, v)),
        field(l, "from_medium", yes_no(l, v.cache_bypassed)),
        field(l, "hidden_areas", hidden_text(l, c.hidden_areas)),
        field(l, "bad_ranges", c.bad_ranges.empty() ? l.both("common.none") : ranges_text(c.bad_ranges)),
    };
    if (c.error) {
        const std::string code = c.error->code + (c.error->context.empty() ? "" : ": " + c.error->context);
        fields.push_back(
            field(l, "error",
                  code + (c.error->sys_errno != 0 ? " (errno " + std::to_string(c.error->sys_errno) + ")" : ""), true));
    }
    return fields;
}

std::vector<Field> firmware_fields(const PageInput& in) {
    const Labels& l = in.labels;
    const FirmwareRecord& f = in.certificate.firmware.value();
    std::vector<Field> fields{
        field(l, "firmware_accepted", yes_no(l, f.accepted)),
        field(l, "firmware_progress", yes_no(l, f.progress_observed)),
        field(l, "firmware_completion", yes_no(l, f.completion_observed)),
        field(l, "firmware_polls", std::to_string(f.polls)),
        field(l, "firmware_rule", f.verification_rule.empty() ? l.both("common.none") : f.verification_rule),
        mono(l, "firmware_commands", join(f.commands_sent, ", "), true),
    };
    if (!f.detail.empty()) fields.push_back(field(l, "firmware_detail", f.detail));
    return fields;
}

std::vector<Field> health_fields(const PageInput& in) {
    const Labels& l = in.labels;
    const HealthRecord& h = in.certificate.health.value();
    std::vector<Field> fields{field(l, "health_status", health_status_text(l, h))};
    if (h.state == HealthState::read) fields.push_back(field(l, "health_attributes", health_attributes_text(l, h), true));
    return fields;
}

std::vector<Field> times_fields(const PageInput& in) {
    const Timings& t = in.certificate.timings;
    const Labels& l = in.labels;
    const int offset = in.options.utc_offset_minutes;
    return {
        field(l, "started", local_time_text(t.started, offset)),
        field(l, "finished", local_time_text(t.finished, offset)),
        field(l, "duration", duration_text(t.duration_ms) + (t.resumed ? " · " + l.both("common.resumed") : "") +
                                 (t.interruptions.empty() ? "" : " ×" + std::to_string(t.interruptions.size()))),
        field(l, "throughput", throughput_text(t)),
    };
}

std::vector<Field> people_fields(const PageInput& in) {
    const Certificate& c = in.certificate;
    const Labels& l = in.labels;
    std::string validator = l.both("common.not_validated");
    if (in.options.validation) {
        validator = person_text(l, in.options.validation->validator) + "\n" + l.both("common.validated_at") + ": " +
                    local_time_text(in.options.validation->validated_at, in.options.utc_offset_minutes);
    } else if (c.validator_person) {
        validator = person_text(l, *c.validator_person) + "\n" + validator;
    }
    const Organisation& o = c.organisation;
    std::vector<Field> fields{
        field(l, "operator", person_text(l, c.operator_person)),
        field(l, "validator", validator),
        field(l, "organisation", join({o.name, o.department, o.location}, " · ")),
        field(l, "host", join({c.host.hostname, c.host.system_uuid}, "\n")),
    };
    if (const auto& pc = c.computer) {
        fields.push_back(field(l, "computer", join({join({pc->vendor, pc->product}, " "), pc->serial, pc->uuid, pc->asset_tag}, "\n")));
    }
    if (!c.customer.empty()) fields.push_back(field(l, "customer", c.customer));
    if (!c.comments.empty()) fields.push_back(field(l, "comments", c.comments, true));
    return fields;
}

std::vector<Field> record_fields(const PageInput& in) {
    const Certificate& c = in.certificate;
    const Labels& l = in.labels;
    std::vector<Field> fields;
    if (c.ledger) {
        fields.push_back(mono(l, "ledger", c.ledger->ledger_id));
        const std::string event =
            in.options.ledger_seq ? l.both("common.seq") + " " + std::to_string(*in.options.ledger_seq) : "";
        fields.push_back(field(l, "ledger_event", event));
        fields.push_back(mono(l, "ledger_head",
                              "seq " + std::to_string(c.ledger->head_seq) + "  " + hex_text(c.ledger->head_hash),
                              true));
    } else {
        fields.push_back(field(l, "ledger", l.both("common.no_ledger"), true));
    }
    fields.push_back(mono(l, "certificate_id", c.certificate_id));
    fields.push_back(
        field(l, "issued",
              local_time_text(c.issued_at, in.options.utc_offset_minutes) + "\n" + c.tool_name + " " + c.tool_version));
    fields.push_back(mono(l, "sha256", in.sha256_hex, true));
    return fields;
}

}  // namespace sanitize::cert::detail
