// The checkpoint file format. Times are milliseconds since the epoch (exact round trip); ranges
// are {offset, length}. Reading is strict: a checkpoint decides where a wipe continues, so a
// file that is not exactly what we wrote is refused rather than guessed at.
#include <nlohmann/json.hpp>

#include "sanitize/checkpoint.hpp"

namespace sanitize::wipe {
namespace {

using nlohmann::json;
using Clock = std::chrono::system_clock;

std::int64_t millis(Clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}
Clock::time_point from_millis(std::int64_t ms) {
    return Clock::time_point(std::chrono::duration_cast<Clock::duration>(std::chrono::milliseconds(ms)));
}

std::string phase_name(Phase phase) {
    switch (phase) {
        case Phase::writing: return "writing";
        case Phase::syncing: return "syncing";
        case Phase::verifying: return "verifying";
    }
    return "writing";
}
Phase phase_from(const std::string& name) {
    if (name == "writing") return Phase::writing;
    if (name == "verifying") return Phase::verifying;
    if (name == "syncing") return Phase::syncing;
    throw std::invalid_argument("phase");
}

VerifyMode verify_mode_from(const std::string& name) {
    if (name == "none") return VerifyMode::none;
    if (name == "last") return VerifyMode::last;
    if (name == "all") return VerifyMode::all;
    if (name == "sample") return VerifyMode::sample;
    throw std::invalid_argument("verify mode");
}

json ranges_json(const std::vector<ByteRange>& ranges) {
    json list = json::array();
    for (const ByteRange& r : ranges) list.push_back({r.offset, r.length});
    return list;
}
std::vector<ByteRange> ranges_from(const json& list) {
    std::vector<ByteRange> ranges;
    for (const json& r : list.get_ref<const json::array_t&>())
        ranges.push_back({r.at(0).get<std::uint64_t>(), r.at(1).get<std::uint64_t>()});
    return ranges;
}

json verification_json(const VerifyResult& v) {
    return {{"mode", to_string(v.mode)},       {"bytes_verified", v.bytes_verified},
            {"coverage_percent", v.coverage_percent}, {"sample_subsections", v.sample_subsections},
            {"mismatches", ranges_json(v.mismatches)}, {"unreadable", ranges_json(v.unreadable)},
            {"cache_bypassed", v.cache_bypassed},     {"seconds", v.seconds},
            {"bytes_per_second", v.bytes_per_second}};
}
VerifyResult verification_from(const json& j) {
    VerifyResult v;
    v.mode = verify_mode_from(j.at("mode").get<std::string>());
    v.bytes_verified = j.at("bytes_verified").get<std::uint64_t>();
    v.coverage_percent = j.at("coverage_percent").get<double>();
    v.sample_subsections = j.at("sample_subsections").get<std::size_t>();
    v.mismatches = ranges_from(j.at("mismatches"));
    v.unreadable = ranges_from(j.at("unreadable"));
    v.cache_bypassed = j.at("cache_bypassed").get<bool>();
    v.seconds = j.at("seconds").get<double>();
    v.bytes_per_second = j.at("bytes_per_second").get<double>();
    return v;
}

json pass_json(const PassReport& p) {
    json j = {{"index", p.index},
              {"kind", p.kind == PassKind::random ? "random" : "pattern"},
              {"pattern_hex", p.pattern_hex},
              {"generator", p.generator},
              {"bytes_written", p.bytes_written},
              {"unwritten", ranges_json(p.unwritten)},
              {"synced", p.synced},
              {"seconds", p.seconds},
              {"write_bytes_per_second", p.write_bytes_per_second},
              {"verification", p.verification ? verification_json(*p.verification) : json(nullptr)}};
    return j;
}
PassReport pass_from(const json& j) {
    PassReport p;
    p.index = j.at("index").get<std::size_t>();
    const std::string kind = j.at("kind").get<std::string>();
    if (kind != "random" && kind != "pattern") throw std::invalid_argument("kind");
    p.kind = kind == "random" ? PassKind::random : PassKind::pattern;
    p.pattern_hex = j.at("pattern_hex").get<std::string>();
    p.generator = j.at("generator").get<std::string>();
    p.bytes_written = j.at("bytes_written").get<std::uint64_t>();
    p.unwritten = ranges_from(j.at("unwritten"));
    p.synced = j.at("synced").get<bool>();
    p.seconds = j.at("seconds").get<double>();
    p.write_bytes_per_second = j.at("write_bytes_per_second").get<double>();
    if (!j.at("verification").is_null()) p.verification = verification_from(j.at("verification"));
    return p;
}

json identity_json(const DeviceIdentity& d) {
    return {{"model", d.model},
            {"serial", d.serial},
            {"wwn", d.wwn},
            {"size_bytes", d.size_bytes},
            {"logical_sector_bytes", d.logical_sector_bytes},
            {"transport", d.transport},
            {"backing_path", d.backing_path},
            {"backing_dev", d.backing_dev},
            {"backing_ino", d.backing_ino}};
}
DeviceIdentity identity_from(const json& j) {
    DeviceIdentity d;
    d.model = j.at("model").get<std::string>();
    d.serial = j.at("serial").get<std::string>();
    d.wwn = j.at("wwn").get<std::string>();
    d.size_bytes = j.at("size_bytes").get<std::uint64_t>();
    d.logical_sector_bytes = j.at("logical_sector_bytes").get<std::uint32_t>();
    d.transport = j.at("transport").get<std::string>();
    d.backing_path = j.at("backing_path").get<std::string>();
    d.backing_dev = j.at("backing_dev").get<std::uint64_t>();
    d.backing_ino = j.at("backing_ino").get<std::uint64_t>();
    return d;
}

json interruption_json(const Interruption& i) {
    return {{"last_checkpoint_ms", millis(i.last_checkpoint)},
            {"resumed_ms", millis(i.resumed)},
            {"pass_index", i.pass_index},
            {"phase", phase_name(i.phase)},
            {"offset", i.offset}};
}
Interruption interruption_from(const json& j) {
    return {from_millis(j.at("last_checkpoint_ms").get<std::int64_t>()), from_millis(j.at("resumed_ms").get<std::int64_t>()),
            j.at("pass_index").get<std::size_t>(), phase_from(j.at("phase").get<std::string>()),
            j.at("offset").get<std::uint64_t>()};
}

Checkpoint checkpoint_from(const json& j) {
    Checkpoint c;
    c.version = j.at("format_version").get<int>();
    if (c.version != checkpoint_version) throw std::invalid_argument("version");
    c.device = identity_from(j.at("device"));
    c.method = j.at("method").get<std::string>();
    c.blank = j.at("blank").get<bool>();
    c.verify.mode = verify_mode_from(j.at("verify").at("mode").get<std::string>());
    c.verify.sample_percent = j.at("verify").at("sample_percent").get<double>();
    c.sample_seed_hex = j.at("sample_seed").get<std::string>();
    for (const json& k : j.at("keys").get_ref<const json::array_t&>())
        c.keys.push_back({k.at("pass_index").get<std::size_t>(), k.at("cipher").get<std::string>(),
                          k.at("key").get<std::string>()});
    for (const json& p : j.at("finished_passes").get_ref<const json::array_t&>()) c.finished_passes.push_back(pass_from(p));
    c.pass_index = j.at("pass_index").get<std::size_t>();
    c.phase = phase_from(j.at("phase").get<std::string>());
    c.low_water = j.at("low_water").get<std::uint64_t>();
    c.current = pass_from(j.at("current"));
    for (const json& i : j.at("interruptions").get_ref<const json::array_t&>()) c.interruptions.push_back(interruption_from(i));
    c.started = from_millis(j.at("started_ms").get<std::int64_t>());
    c.saved = from_millis(j.at("saved_ms").get<std::int64_t>());
    if (c.low_water > c.device.size_bytes) throw std::invalid_argument("low_water");
    return c;
}

}  // namespace

std::string checkpoint_to_json(const Checkpoint& c) {
    json keys = json::array();
    for (const RandomPassKey& k : c.keys) keys.push_back({{"pass_index", k.pass_index}, {"cipher", k.cipher}, {"key", k.key_hex}});
    json finished = json::array();
    for (const PassReport& p : c.finished_passes) finished.push_back(pass_json(p));
    json interruptions = json::array();
    for (const Interruption& i : c.interruptions) interruptions.push_back(interruption_json(i));
    const json j = {{"format", "sanitize-wipe-checkpoint"},
                    {"format_version", c.version},
                    {"device", identity_json(c.device)},
                    {"method", c.method},
                    {"blank", c.blank},
                    {"verify", {{"mode", to_string(c.verify.mode)}, {"sample_percent", c.verify.sample_percent}}},
                    {"sample_seed", c.sample_seed_hex},
                    {"keys", std::move(keys)},
                    {"finished_passes", std::move(finished)},
                    {"pass_index", c.pass_index},
                    {"phase", phase_name(c.phase)},
                    {"low_water", c.low_water},
                    {"current", pass_json(c.current)},
                    {"interruptions", std::move(interruptions)},
                    {"started_ms", millis(c.started)},
                    {"saved_ms", millis(c.saved)}};
    return j.dump(1) + "\n";
}

Result<Checkpoint> checkpoint_from_json(std::string_view text) {
    try {
        const json j = json::parse(text);
        if (j.at("format").get<std::string>() != "sanitize-wipe-checkpoint")
            return make_error(Errc::malformed_input, "checkpoint format");
        return checkpoint_from(j);
    } catch (const std::exception& e) {
        return make_error(Errc::malformed_input, std::string("checkpoint: ") + e.what());
    }
}

}  // namespace sanitize::wipe
