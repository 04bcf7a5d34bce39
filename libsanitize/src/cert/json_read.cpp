// parse_certificate: cert.json as read from outside, strictly. Every member is required (null
// where the value may be absent), none may be added, and the rules that tie members together
// (pass indexes, what `erased` implies) are checked after the members themselves.
#include <algorithm>
#include <limits>

#include "cert/field_reader.hpp"
#include "cert/names.hpp"
#include "util/strict_json.hpp"
#include "cert/text_rules.hpp"
#include "sanitize/cert.hpp"

namespace sanitize::cert {
namespace {

using detail::FieldReader;
using detail::TextKind;

bool is_schema(std::string_view text) noexcept { return text == schema_id; }
bool is_nonempty(std::string_view text) noexcept { return !text.empty(); }
bool is_pattern_hex(std::string_view text) noexcept {
    return !text.empty() && text.size() % 2 == 0 && text.size() <= 512 && detail::is_lower_hex(text, text.size());
}
bool is_sha256_hex(std::string_view text) noexcept { return detail::is_lower_hex(text, 64); }
bool is_ledger_id(std::string_view text) noexcept { return detail::is_lower_hex(text, 32); }

Person read_person(FieldReader r) {
    Person person;
    person.name = r.nonempty_text("name");
    person.title = r.text("title");
    person.role = r.name("role", detail::parse_role_text, ledger::Role::staff);
    const std::string key_id = r.text_where("key_id", detail::is_key_id_text);
    if (!r.failed()) person.key_id = keys::parse_key_id_hex(key_id).value();
    r.finish();
    return person;
}

std::vector<wipe::ByteRange> read_ranges(FieldReader& parent, std::string_view key) {
    std::vector<wipe::ByteRange> ranges;
    for (FieldReader r : parent.objects(key)) {
        wipe::ByteRange range;
        range.offset = r.unsigned_number("offset");
        range.length = r.unsigned_number("length");
        if (!r.failed() && (range.length == 0 || range.offset > UINT64_MAX - range.length)) r.fail("length", "value");
        r.finish();
        ranges.push_back(range);
    }
    return ranges;
}

Medium read_medium(FieldReader r) {
    Medium m;
    m.vendor = r.text("vendor");
    m.model = r.text("model");
    m.serial = r.text("serial");
    m.serial_source = r.text("serial_source");
    m.wwn = r.text("wwn");
    m.size_bytes = r.unsigned_number("size_bytes");
    m.logical_sector_bytes = static_cast<std::uint32_t>(r.unsigned_number("logical_sector_bytes", UINT32_MAX));
    m.physical_sector_bytes = static_cast<std::uint32_t>(r.unsigned_number("physical_sector_bytes", UINT32_MAX));
    m.transport = r.text("transport");
    m.removable = r.optional_boolean("removable");
    m.rotational = r.optional_boolean("rotational");
    m.kind = r.name("kind", detail::parse_target_kind, device::TargetKind::block_device);
    m.kernel_name = r.text("kernel_name");
    m.image_path = r.text("image_path");
    m.source = r.text("source");
    r.finish();
    return m;
}

MethodRecord read_method(FieldReader r) {
    MethodRecord method;
    method.name = r.nonempty_text("name");
    method.category = r.name("nist_category", detail::parse_category, wipe::NistCategory::clear);
    method.technique = r.text_where("technique", detail::is_code);
    method.blank = r.boolean("blank");
    method.direct_io = r.boolean("direct_io");
    for (FieldReader p : r.objects("passes")) {
        PassRecord pass;
        pass.index = p.unsigned_number("index", std::numeric_limits<std::size_t>::max());
        pass.kind = p.name("kind", detail::parse_pass_kind, wipe::PassKind::pattern);
        const bool random = pass.kind == wipe::PassKind::random;
        const auto pattern = p.optional_text_where("pattern", is_pattern_hex);
        const auto generator = p.optional_text_where("generator", detail::is_code);
        if (!p.failed() && (pattern.has_value() == random)) p.fail("pattern", "value");
        if (!p.failed() && (generator.has_value() != random)) p.fail("generator", "value");
        pass.pattern_hex = pattern.value_or("");
        pass.generator = generator.value_or("");
        p.finish();
        method.passes.push_back(std::move(pass));
    }
    r.finish();
    return method;
}

VerificationRecord read_verification(FieldReader r) {
    VerificationRecord v;
    v.mode = r.name("mode", detail::parse_verify_mode, wipe::VerifyMode::none);
    v.sample_percent = r.optional_percent("sample_percent");
    if (!r.failed() && v.sample_percent.has_value() != (v.mode == wipe::VerifyMode::sample)) {
        r.fail("sample_percent", "value");
    }
    for (const std::uint64_t index : r.unsigned_numbers("passes_verified")) {
        v.passes_verified.push_back(static_cast<std::size_t>(index));
    }
    v.coverage_percent = r.percent("coverage_percent");
    v.bytes_verified = r.unsigned_number("bytes_verified");
    v.mismatches = read_ranges(r, "mismatches");
    v.unreadable = read_ranges(r, "unreadable");
    v.cache_bypassed = r.boolean("cache_bypassed");
    r.finish();
    return v;
}

Timings read_timings(FieldReader r) {
    Timings t;
    t.started = r.time("started");
    t.finished = r.time("finished");
    t.duration_ms = r.unsigned_number("duration_ms");
    t.resumed = r.boolean("resumed");
    for (FieldReader p : r.objects("passes")) {
        PassTiming pass;
        pass.index = p.unsigned_number("index", std::numeric_limits<std::size_t>::max());
        pass.bytes_written = p.unsigned_number("bytes_written");
        pass.write_ms = p.unsigned_number("write_ms");
        pass.write_bytes_per_second = p.unsigned_number("write_bytes_per_second");
        pass.synced = p.boolean("synced");
        pass.verify_ms = p.optional_unsigned("verify_ms");
        pass.verify_bytes_per_second = p.optional_unsigned("verify_bytes_per_second");
        if (!p.failed() && pass.verify_ms.has_value() != pass.verify_bytes_per_second.has_value()) {
            p.fail("verify_bytes_per_second", "value");
        }
        p.finish();
        t.passes.push_back(pass);
    }
    if (r.has("interruptions")) {  // absent from certificates of wipes that ran through
        for (FieldReader i : r.objects("interruptions")) {
            InterruptionRecord record;
            record.last_checkpoint = i.time("last_checkpoint");
            record.resumed = i.time("resumed");
            record.pass_index = i.unsigned_number("pass_index", std::numeric_limits<std::size_t>::max());
            record.phase = i.text("phase");
            if (!i.failed() && record.phase != "writing" && record.phase != "verifying") i.fail("phase", "value");
            record.offset = i.unsigned_number("offset");
            i.finish();
            t.interruptions.push_back(std::move(record));
        }
        if (!r.failed() && !t.resumed) r.fail("resumed", "value");
    }
    if (!r.failed() && t.finished < t.started) r.fail("finished", "value");
    r.finish();
    return t;
}

HiddenAreas read_hidden_areas(FieldReader r) {
    HiddenAreas h;
    h.hpa = r.name("hpa", detail::parse_hidden_area_state, HiddenAreaState::unknown);
    h.dco = r.name("dco", detail::parse_hidden_area_state, HiddenAreaState::unknown);
    h.ama = r.name("ama", detail::parse_hidden_area_state, HiddenAreaState::unknown);
    if (r.has("reset")) {  // only certificates of wipes that restored the native size first
        FieldReader reset = r.object("reset");
        HiddenAreaReset record;
        record.hpa_before = reset.name("hpa_before", detail::parse_hidden_area_state, HiddenAreaState::unknown);
        record.dco_before = reset.name("dco_before", detail::parse_hidden_area_state, HiddenAreaState::unknown);
        record.ama_before = reset.name("ama_before", detail::parse_hidden_area_state, HiddenAreaState::unknown);
        record.commands_sent = reset.texts("commands_sent");
        reset.finish();
        h.reset = std::move(record);
    }
    r.finish();
    return h;
}

// A verdict and attributes only where the drive was read; otherwise the reason and nothing else.
HealthRecord read_health(FieldReader r) {
    HealthRecord h;
    h.state = r.name("state", detail::parse_health_state, HealthState::unavailable);
    h.reason = r.text("reason");
    h.passed = r.optional_boolean("passed");
    for (FieldReader a : r.objects("attributes")) {
        HealthAttribute attribute;
        attribute.name = a.text_where("name", detail::is_code);
        attribute.value = a.unsigned_number("value");
        a.finish();
        const auto same = [&](const HealthAttribute& known) { return known.name == attribute.name; };
        if (!r.failed() && std::any_of(h.attributes.begin(), h.attributes.end(), same)) r.fail("attributes", "value");
        h.attributes.push_back(std::move(attribute));
    }
    const bool read = h.state == HealthState::read;
    if (!r.failed() && read && !h.passed && h.attributes.empty()) r.fail("state", "value");  // a read of nothing
    if (!r.failed() && read != h.reason.empty()) r.fail("reason", "value");
    if (!r.failed() && !read && !detail::is_code(h.reason)) r.fail("reason", "value");
    if (!r.failed() && !read && h.passed) r.fail("passed", "value");
    if (!r.failed() && !read && !h.attributes.empty()) r.fail("attributes", "value");
    r.finish();
    return h;
}

FirmwareRecord read_firmware(FieldReader r) {
    FirmwareRecord f;
    f.accepted = r.boolean("accepted");
    f.progress_observed = r.boolean("progress_observed");
    f.completion_observed = r.boolean("completion_observed");
    f.polls = r.unsigned_number("polls");
    f.commands_sent = r.texts("commands_sent");
    f.verification_rule = r.text("verification_rule");
    if (!f.verification_rule.empty() && !detail::is_code(f.verification_rule)) r.fail("verification_rule", "value");
    f.detail = r.text("detail");
    if (!f.detail.empty() && !detail::is_code(f.detail)) r.fail("detail", "value");
    r.finish();
    return f;
}

std::optional<ErrorRecord> read_error(FieldReader& parent) {
    auto r = parent.optional_object("error");
    if (!r) return std::nullopt;
    ErrorRecord e;
    e.code = r->text_where("code", detail::is_code);
    e.context = r->text("context");
    e.sys_errno = static_cast<int>(r->integer("errno", 0, 4095));
    r->finish();
    return e;
}

std::optional<LedgerReference> read_ledger(FieldReader& parent) {
    auto r = parent.optional_object("ledger");
    if (!r) return std::nullopt;
    LedgerReference ledger;
    ledger.ledger_id = r->text_where("ledger_id", is_ledger_id);
    ledger.head_seq = r->integer("head_seq", 1, std::numeric_limits<std::int64_t>::max());
    const std::string hash = r->text_where("head_hash", is_sha256_hex);
    if (const auto bytes = detail::parse_lower_hex(hash); bytes && bytes->size() == ledger.head_hash.size()) {
        std::copy(bytes->begin(), bytes->end(), ledger.head_hash.begin());
    }
    r->finish();
    return ledger;
}

void read_identity(FieldReader& r, Certificate& c) {
    (void)r.text_where("schema", is_schema);
    c.certificate_id = r.text_where("certificate_id", detail::is_uuid_v4);
    c.issued_at = r.time("issued_at");
    FieldReader tool = r.object("tool");
    c.tool_name = tool.text_where("name", is_nonempty);
    c.tool_version = tool.text_where("version", is_nonempty);
    tool.finish();
    FieldReader organisation = r.object("organisation");
    c.organisation.name = organisation.text("name");
    c.organisation.department = organisation.text("department");
    c.organisation.location = organisation.text("location");
    organisation.finish();
    c.customer = r.text("customer");
    c.operator_person = read_person(r.object("operator"));
    if (auto validator = r.optional_object("validator")) c.validator_person = read_person(std::move(*validator));
    FieldReader host = r.object("host");
    c.host.hostname = host.text("hostname");
    c.host.system_uuid = host.text("system_uuid");
    host.finish();
    // Only the boot-and-wipe station names the PC; other certificates have no member.
    if (r.has("computer")) {
        FieldReader pc = r.object("computer");
        c.computer = Computer{pc.text("vendor"), pc.text("product"), pc.text("serial"), pc.text("uuid"),
                              pc.text("asset_tag")};
        pc.finish();
    }
}

void read_disposition(FieldReader& r, Certificate& c) {
    c.medium = read_medium(r.object("medium"));
    c.asset_id = r.text("asset_id");
    c.classification_before = static_cast<int>(r.integer("classification_before", 0, 2));
    c.classification_after = static_cast<int>(r.integer("classification_after", 0, 2));
    c.destination = r.name("destination", parse_destination, Destination::reuse);
    c.destination_detail = r.text("destination_detail", TextKind::block);
    c.data_backed_up = r.name("data_backed_up", detail::parse_data_backed_up, DataBackedUp::unknown);
    c.backup_location = r.text("backup_location", TextKind::block);
}

void read_results(FieldReader& r, Certificate& c) {
    c.method = read_method(r.object("method"));
    c.verification = read_verification(r.object("verification"));
    // Only firmware purges have it; an overwrite certificate (and every older one) has no member.
    if (r.has("firmware")) c.firmware = read_firmware(r.object("firmware"));
    c.hidden_areas = read_hidden_areas(r.object("hidden_areas"));
    // Certificates made before the health summary was recorded have no member.
    if (r.has("health")) c.health = read_health(r.object("health"));
    c.timings = read_timings(r.object("timings"));
    c.bytes_written = r.unsigned_number("bytes_written");
    c.bad_ranges = read_ranges(r, "bad_ranges");
    c.outcome = r.name("outcome", detail::parse_outcome, wipe::Outcome::failed);
    c.exceptions = r.codes("exceptions");
    c.error = read_error(r);
    c.comments = r.text("comments", TextKind::block);
    c.ledger = read_ledger(r);
}

// Rules across members: pass lists that agree, and an outcome that its details support.
void check_consistency(FieldReader& r, const Certificate& c) {
    if (r.failed()) return;
    const auto& passes = c.method.passes;
    for (std::size_t i = 0; i < passes.size(); ++i) {
        if (passes[i].index != i) return r.fail("method.passes", "value");
    }
    if (c.timings.passes.size() != passes.size()) return r.fail("timings.passes", "value");
    for (std::size_t i = 0; i < passes.size(); ++i) {
        if (c.timings.passes[i].index != i) return r.fail("timings.passes", "value");
    }
    const auto& verified = c.verification.passes_verified;
    for (std::size_t i = 0; i < verified.size(); ++i) {
        const bool ordered = i == 0 || verified[i - 1] < verified[i];
        if (!ordered || verified[i] >= passes.size()) return r.fail("verification.passes_verified", "value");
    }
    if (c.issued_at < c.timings.finished) return r.fail("issued_at", "value");
    const bool erased = c.outcome == wipe::Outcome::erased;
    const bool clean = c.exceptions.empty() && !c.error && c.bad_ranges.empty() && c.verification.mismatches.empty() &&
                       c.verification.unreadable.empty();
    if (erased && !clean) return r.fail("outcome", "value");
    // A firmware purge is erased only on the evidence run_purge demands: accepted, completion of
    // this operation seen, and a read-back that ran.
    const auto& f = c.firmware;
    const bool proven = f && f->accepted && f->completion_observed && !f->verification_rule.empty() &&
                        c.verification.bytes_verified > 0;
    if (erased && f && !proven) return r.fail("firmware", "value");
    // A reset is recorded only when the probe after it found nothing hidden and nothing unknown.
    const HiddenAreas& h = c.hidden_areas;
    const auto settled = [](HiddenAreaState s) { return s == HiddenAreaState::none || s == HiddenAreaState::not_applicable; };
    if (h.reset && !(settled(h.hpa) && settled(h.dco) && settled(h.ama))) return r.fail("hidden_areas.reset", "value");
    if (!erased && c.exceptions.empty()) return r.fail("exceptions", "value");
}

}  // namespace

Result<Certificate> parse_certificate(std::string_view bytes) {
    if (bytes.size() > max_certificate_bytes) return make_error(Errc::malformed_input, "certificate size");
    // A certificate is a few levels deep; anything deeper is not one.
    auto document = util::parse_strict_json(bytes, {.max_depth = 16, .allow_floats = true});
    if (!document) return make_error(Errc::malformed_input, "certificate json " + document.error().context);
    detail::ReadErrors errors;
    FieldReader root(&*document, "", errors);
    Certificate certificate;
    read_identity(root, certificate);
    read_disposition(root, certificate);
    read_results(root, certificate);
    root.finish();
    check_consistency(root, certificate);
    if (errors.failed()) return *errors.error();
    return certificate;
}

}  // namespace sanitize::cert
