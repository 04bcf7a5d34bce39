// build_certificate: a wipe report plus what only the caller knows (people, asset, destination)
// becomes a certificate. Measurements are converted, never improved: times to whole seconds and
// milliseconds, rates to whole bytes per second, percentages rounded down.
#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <limits>

#include "cert/text_rules.hpp"
#include "sanitize/cert.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::cert {
namespace {

using std::chrono::floor;
using std::chrono::seconds;

std::uint64_t whole(double value) {
    if (!(value > 0)) return 0;
    if (value >= static_cast<double>(std::numeric_limits<std::uint64_t>::max()))
        return std::numeric_limits<std::uint64_t>::max();
    return static_cast<std::uint64_t>(value);
}

std::uint64_t milliseconds(double seconds_value) { return whole(std::round(seconds_value * 1000)); }

Medium medium_of(const device::DeviceInfo& device, const std::string& source) {
    Medium m;
    m.vendor = detail::clean_device_text(device.vendor);
    m.model = detail::clean_device_text(device.model);
    m.serial = detail::clean_device_text(device.serial);
    m.serial_source = detail::clean_device_text(device.serial_source);
    m.wwn = detail::clean_device_text(device.wwn);
    m.size_bytes = device.size_bytes;
    m.logical_sector_bytes = device.logical_sector_bytes;
    m.physical_sector_bytes = device.physical_sector_bytes;
    m.transport = detail::clean_device_text(device.transport);
    m.removable = device.removable;
    m.rotational = device.rotational;
    m.kind = device.kind;
    if (device.kind == device::TargetKind::block_device) {
        m.kernel_name = detail::clean_device_text(device.kernel_name);
        m.image_path = detail::clean_device_text(device.backing_file);  // loop devices
    } else {
        m.image_path = detail::clean_device_text(device.canonical_path.empty() ? device.path : device.canonical_path);
    }
    m.source = source;
    return m;
}

MethodRecord method_of(const wipe::WipeReport& report, bool direct_io) {
    MethodRecord method;
    method.name = detail::clean_device_text(report.method);
    method.category = report.category;
    method.blank = report.blank;
    method.direct_io = direct_io;
    for (std::size_t i = 0; i < report.passes.size(); ++i) {
        const wipe::PassReport& pass = report.passes[i];
        const bool random = pass.kind == wipe::PassKind::random;
        method.passes.push_back(PassRecord{i, pass.kind, random ? "" : pass.pattern_hex, random ? pass.generator : ""});
    }
    return method;
}

void append_ranges(std::vector<wipe::ByteRange>& to, const std::vector<wipe::ByteRange>& from) {
    to.insert(to.end(), from.begin(), from.end());
}

VerificationRecord verification_of(const wipe::WipeReport& report) {
    VerificationRecord v;
    v.mode = report.verify.mode;
    if (v.mode == wipe::VerifyMode::sample) v.sample_percent = detail::floor_hundredths(report.verify.sample_percent);
    v.bytes_verified = report.bytes_verified;
    bool all_bypassed = true;
    for (std::size_t i = 0; i < report.passes.size(); ++i) {
        const auto& result = report.passes[i].verification;
        if (!result) continue;
        v.passes_verified.push_back(i);
        append_ranges(v.mismatches, result->mismatches);
        append_ranges(v.unreadable, result->unreadable);
        all_bypassed = all_bypassed && result->cache_bypassed;
    }
    v.cache_bypassed = !v.passes_verified.empty() && all_bypassed;
    // What the medium holds now is what the last pass wrote: its read-back is the coverage.
    if (!report.passes.empty() && report.passes.back().verification) {
        v.coverage_percent = detail::floor_hundredths(report.passes.back().verification->coverage_percent);
    }
    return v;
}

// What the probe measured before the wipe; a report without a probe claims nothing (unknown).
HiddenAreas hidden_areas_of(const wipe::WipeReport& report) {
    HiddenAreas h;
    if (!report.hidden_areas) return h;
    const auto state = [](device::HiddenState s) {
        switch (s) {
            case device::HiddenState::detected: return HiddenAreaState::detected;
            case device::HiddenState::none: return HiddenAreaState::none;
            case device::HiddenState::not_applicable: return HiddenAreaState::not_applicable;
            case device::HiddenState::unknown: return HiddenAreaState::unknown;
        }
        return HiddenAreaState::unknown;
    };
    h.hpa = state(report.hidden_areas->hpa.state);
    h.dco = state(report.hidden_areas->dco.state);
    h.ama = state(report.hidden_areas->ama.state);
    // Only a reset that was probed again is recorded as one (device::reset_hidden_areas).
    const auto& before = report.hidden_areas->before_reset;
    if (report.hidden_areas->reset && before) {
        HiddenAreaReset reset{state(before->hpa.state), state(before->dco.state), state(before->ama.state), {}};
        for (const std::string& command : report.hidden_areas->commands_sent) {
            const std::string clean = detail::clean_device_text(command);
            if (std::find(reset.commands_sent.begin(), reset.commands_sent.end(), clean) == reset.commands_sent.end()) {
                reset.commands_sent.push_back(clean);
            }
        }
        h.reset = std::move(reset);
    }
    return h;
}

// A device code as the certificate's code rule allows it: "transport:virtio" → "transport_virtio".
std::string as_code(std::string text) {
    if (text.empty()) return "unknown";
    if (text.size() > 64) text.resize(64);
    for (char& c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok) c = '_';
    }
    return text;
}

// What the drive answered before the wipe; a report without a read claims nothing (no member).
std::optional<HealthRecord> health_of(const wipe::WipeReport& report) {
    if (!report.smart) return std::nullopt;
    const device::SmartSummary& s = *report.smart;
    HealthRecord h;
    if (s.state != device::SmartState::read) {
        h.state = s.state == device::SmartState::not_applicable ? HealthState::not_applicable : HealthState::unavailable;
        h.reason = as_code(s.reason);
        return h;
    }
    h.state = HealthState::read;
    h.passed = s.passed;
    for (const device::SmartAttribute& a : s.attributes) {
        const std::string name = as_code(a.name);
        const auto same = [&](const HealthAttribute& known) { return known.name == name; };
        if (std::none_of(h.attributes.begin(), h.attributes.end(), same)) h.attributes.push_back({name, a.value});
    }
    return h;
}

Timings timings_of(const wipe::WipeReport& report, bool resumed) {
    Timings t;
    t.started = floor<seconds>(report.started);
    t.finished = floor<seconds>(report.finished);
    const auto elapsed = std::chrono::duration<double>(report.finished - report.started).count();
    t.duration_ms = milliseconds(elapsed);
    t.resumed = resumed || !report.interruptions.empty();
    for (const wipe::Interruption& i : report.interruptions) {
        t.interruptions.push_back({floor<seconds>(i.last_checkpoint), floor<seconds>(i.resumed), i.pass_index,
                                   i.phase == wipe::Phase::verifying ? "verifying" : "writing", i.offset});
    }
    for (std::size_t i = 0; i < report.passes.size(); ++i) {
        const wipe::PassReport& pass = report.passes[i];
        PassTiming timing{i,
                          pass.bytes_written,
                          milliseconds(pass.seconds),
                          whole(pass.write_bytes_per_second),
                          pass.synced,
                          std::nullopt,
                          std::nullopt};
        if (pass.verification) {
            timing.verify_ms = milliseconds(pass.verification->seconds);
            timing.verify_bytes_per_second = whole(pass.verification->bytes_per_second);
        }
        t.passes.push_back(timing);
    }
    return t;
}

void copy_context(const CertificateContext& context, Certificate& c) {
    c.certificate_id = context.certificate_id.empty() ? new_certificate_id() : context.certificate_id;
    c.issued_at = context.issued_at.value_or(floor<seconds>(std::chrono::system_clock::now()));
    c.tool_version = context.tool_version.empty() ? std::string(SANITIZE_VERSION) : context.tool_version;
    c.organisation = context.organisation;
    c.customer = context.customer;
    c.operator_person = context.operator_person;
    c.validator_person = context.validator_person;
    c.host = context.host;
    c.computer = context.computer;
    c.asset_id = context.asset_id;
    c.classification_before = context.classification_before;
    c.classification_after = context.classification_after;
    c.destination = context.destination;
    c.destination_detail = context.destination_detail;
    c.data_backed_up = context.data_backed_up;
    c.backup_location = context.backup_location;
    c.comments = context.comments;
    c.ledger = context.ledger;
}

}  // namespace

Result<Certificate> build_certificate(const wipe::WipeReport& report, const CertificateContext& context) {
    Certificate c;
    copy_context(context, c);
    c.medium = medium_of(report.device, context.medium_source);
    c.method = method_of(report, report.direct_io);
    c.verification = verification_of(report);
    c.hidden_areas = hidden_areas_of(report);
    c.health = health_of(report);
    c.timings = timings_of(report, context.resumed);
    c.bytes_written = report.bytes_written;
    c.bad_ranges = report.bad_ranges;
    c.outcome = report.outcome;
    // Only a medium erased without exceptions holds nothing classified; after any other outcome
    // (aborted, failed, bad sectors, not read back) data may remain, so the level stays.
    if (c.outcome != wipe::Outcome::erased) c.classification_after = c.classification_before;
    c.exceptions = report.exceptions;
    if (report.error) {
        c.error = ErrorRecord{std::string(errc_name(report.error->code)),
                              detail::clean_device_text(report.error->context), report.error->sys_errno};
    }
    // The serializer holds every rule (it re-reads what it writes): a context value that breaks
    // one is reported here, naming the field, rather than when the file is written.
    if (auto text = serialize_certificate(c); !text) return text.error();
    return c;
}

std::string new_certificate_id() {
    util::ensure_sodium_initialized();
    std::array<std::uint8_t, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x40);  // version 4
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
    const std::string hex = hex_text(bytes);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
           hex.substr(20);
}

Host local_host() {
    Host host;
    std::array<char, 256> name{};
    if (::gethostname(name.data(), name.size() - 1) == 0) host.hostname = detail::clean_device_text(name.data());
    // Readable by root only; an unreadable or placeholder UUID stays unknown rather than guessed.
    std::ifstream uuid_file("/sys/class/dmi/id/product_uuid");
    std::string uuid;
    if (uuid_file && std::getline(uuid_file, uuid)) host.system_uuid = detail::clean_device_text(uuid);
    return host;
}

std::optional<std::vector<std::uint8_t>> final_pattern(const Certificate& certificate) {
    const auto& passes = certificate.method.passes;
    if (passes.empty() || passes.back().kind != wipe::PassKind::pattern) return std::nullopt;
    auto pattern = detail::parse_lower_hex(passes.back().pattern_hex);
    if (!pattern || pattern->empty()) return std::nullopt;
    return pattern;
}

bool medium_matches(const Medium& medium, const device::DeviceInfo& device) {
    if (medium.size_bytes != device.size_bytes) return false;
    return medium.serial.empty() || medium.serial == detail::clean_device_text(device.serial);
}

Result<LedgerReference> ledger_reference(ledger::Ledger& ledger) {
    auto head = ledger.head();
    if (!head) return head.error();
    if (!*head) return make_error(Errc::not_found, "ledger head");
    return LedgerReference{ledger.info().ledger_id, (*head)->seq, (*head)->hash};
}

}  // namespace sanitize::cert
