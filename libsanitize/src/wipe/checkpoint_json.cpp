// The checkpoint file format. Times are milliseconds since the epoch (exact round trip); ranges
// are {offset, length}. Reading is strict: a checkpoint decides where a wipe continues, so a
// file that is not exactly what we wrote is refused rather than guessed at. Numbers are read as
// the integers we wrote, within their field's range (nlohmann's get<> would convert a float, or
// cast one out of range, which is undefined); ranges, counts and the phase must fit the medium.
// The plan's own rules (pass kinds, which passes verify) are checked when the plan is made
// again (job_plan.cpp).
#include <nlohmann/json.hpp>

#include <limits>

#include "sanitize/checkpoint.hpp"
#include "util/hex.hpp"
#include "util/utf8.hpp"

namespace sanitize::wipe {
namespace {

using nlohmann::json;
using Clock = std::chrono::system_clock;

[[noreturn]] void damaged(const std::string& what) { throw std::invalid_argument(what); }

std::int64_t millis(Clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

// A non-negative integer as written, at most `max`: a float, a negative number or a larger one
// is damage.
constexpr std::uint64_t no_limit = std::numeric_limits<std::uint64_t>::max();
std::uint64_t count_of(const json& value, const char* what, std::uint64_t max) {
    if (!value.is_number_unsigned() || value.get<std::uint64_t>() > max) damaged(what);
    return value.get<std::uint64_t>();
}
std::uint64_t count_at(const json& j, const char* key, std::uint64_t max = no_limit) {
    return count_of(j.at(key), key, max);
}

// A time the clock can hold: from the epoch to where system_clock's nanoseconds end (2262).
Clock::time_point time_at(const json& j, const char* key) {
    constexpr auto latest = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::duration::max()).count();
    const auto ms = static_cast<std::int64_t>(count_at(j, key, static_cast<std::uint64_t>(latest)));
    return Clock::time_point(std::chrono::duration_cast<Clock::duration>(std::chrono::milliseconds(ms)));
}

// A measurement (seconds, a rate, a percentage): any number from zero up to `max`.
double measure_at(const json& j, const char* key, double max = std::numeric_limits<double>::max()) {
    const json& value = j.at(key);
    if (!value.is_number() || value.get<double>() < 0 || value.get<double>() > max) damaged(key);
    return value.get<double>();
}

// Identity strings are bytes from the device and the file system, which need not be UTF-8
// (cheap USB sticks report such serials), and JSON holds UTF-8 only. Such a string is written
// readable with its bad bytes replaced (the whole file is dumped so) and as hex beside it,
// "serial_hex", which reading takes: the identity check compares the bytes the device reports.
void put_text(json& object, const std::string& key, const std::string& value) {
    object[key] = value;
    if (!util::is_valid_utf8(value)) {
        object[key + "_hex"] = util::to_hex(std::span(reinterpret_cast<const std::uint8_t*>(value.data()), value.size()));
    }
}
std::string text_at(const json& object, const std::string& key) {
    const auto hex = object.find(key + "_hex");
    if (hex == object.end()) return object.at(key).get<std::string>();
    const auto bytes = util::parse_hex(hex->get<std::string>());
    if (!bytes) damaged(key + "_hex");
    return {bytes->begin(), bytes->end()};
}

std::string phase_name(Phase phase) {
    switch (phase) {
        case Phase::writing: return "writing";
        case Phase::syncing: return "syncing";
        case Phase::verifying: return "verifying";
    }
    return "writing";
}
// Where a saved wipe stands: the engine saves while writing or verifying only. A "syncing"
// read back would skip the pass's writing.
Phase phase_from(const std::string& name) {
    if (name == "writing") return Phase::writing;
    if (name == "verifying") return Phase::verifying;
    damaged("phase");
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
// Checkpoint values that count bytes of the medium must lie on it.
struct Medium {
    std::uint64_t size = 0;
};

std::vector<ByteRange> ranges_from(const json& list, const Medium& medium) {
    std::vector<ByteRange> ranges;
    for (const json& r : list.get_ref<const json::array_t&>()) {
        if (!r.is_array() || r.size() != 2) damaged("range");
        const std::uint64_t offset = count_of(r[0], "range offset", medium.size);
        ranges.push_back({offset, count_of(r[1], "range length", medium.size - offset)});
    }
    return ranges;
}

json verification_json(const VerifyResult& v) {
    return {{"mode", to_string(v.mode)},       {"bytes_verified", v.bytes_verified},
            {"coverage_percent", v.coverage_percent}, {"sample_subsections", v.sample_subsections},
            {"mismatches", ranges_json(v.mismatches)}, {"unreadable", ranges_json(v.unreadable)},
            {"cache_bypassed", v.cache_bypassed},     {"seconds", v.seconds},
            {"bytes_per_second", v.bytes_per_second}};
}
VerifyResult verification_from(const json& j, const Medium& medium) {
    VerifyResult v;
    v.mode = verify_mode_from(j.at("mode").get<std::string>());
    v.bytes_verified = count_at(j, "bytes_verified", medium.size);
    v.coverage_percent = measure_at(j, "coverage_percent", 100.0);
    v.sample_subsections = count_at(j, "sample_subsections");
    v.mismatches = ranges_from(j.at("mismatches"), medium);
    v.unreadable = ranges_from(j.at("unreadable"), medium);
    v.cache_bypassed = j.at("cache_bypassed").get<bool>();
    v.seconds = measure_at(j, "seconds");
    v.bytes_per_second = measure_at(j, "bytes_per_second");
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
PassReport pass_from(const json& j, const Medium& medium) {
    PassReport p;
    p.index = count_at(j, "index");
    const std::string kind = j.at("kind").get<std::string>();
    if (kind != "random" && kind != "pattern") damaged("kind");
    p.kind = kind == "random" ? PassKind::random : PassKind::pattern;
    p.pattern_hex = j.at("pattern_hex").get<std::string>();
    p.generator = j.at("generator").get<std::string>();
    p.bytes_written = count_at(j, "bytes_written", medium.size);
    p.unwritten = ranges_from(j.at("unwritten"), medium);
    p.synced = j.at("synced").get<bool>();
    p.seconds = measure_at(j, "seconds");
    p.write_bytes_per_second = measure_at(j, "write_bytes_per_second");
    if (!j.at("verification").is_null()) p.verification = verification_from(j.at("verification"), medium);
    return p;
}

json identity_json(const DeviceIdentity& d) {
    json j = {{"size_bytes", d.size_bytes},
              {"logical_sector_bytes", d.logical_sector_bytes},
              {"backing_dev", d.backing_dev},
              {"backing_ino", d.backing_ino}};
    put_text(j, "model", d.model);
    put_text(j, "serial", d.serial);
    put_text(j, "wwn", d.wwn);
    put_text(j, "transport", d.transport);
    put_text(j, "backing_path", d.backing_path);
    return j;
}
DeviceIdentity identity_from(const json& j) {
    DeviceIdentity d;
    d.model = text_at(j, "model");
    d.serial = text_at(j, "serial");
    d.wwn = text_at(j, "wwn");
    d.size_bytes = count_at(j, "size_bytes");
    d.logical_sector_bytes = static_cast<std::uint32_t>(count_at(j, "logical_sector_bytes", UINT32_MAX));
    if (d.logical_sector_bytes == 0) damaged("logical_sector_bytes");  // every medium has sectors
    d.transport = text_at(j, "transport");
    d.backing_path = text_at(j, "backing_path");
    d.backing_dev = count_at(j, "backing_dev");
    d.backing_ino = count_at(j, "backing_ino");
    return d;
}

json interruption_json(const Interruption& i) {
    return {{"last_checkpoint_ms", millis(i.last_checkpoint)},
            {"resumed_ms", millis(i.resumed)},
            {"pass_index", i.pass_index},
            {"phase", phase_name(i.phase)},
            {"offset", i.offset}};
}
Interruption interruption_from(const json& j, const Medium& medium) {
    return {time_at(j, "last_checkpoint_ms"), time_at(j, "resumed_ms"), count_at(j, "pass_index"),
            phase_from(j.at("phase").get<std::string>()), count_at(j, "offset", medium.size)};
}

Checkpoint checkpoint_from(const json& j) {
    Checkpoint c;
    c.version = static_cast<int>(count_at(j, "format_version", std::numeric_limits<int>::max()));
    if (c.version != checkpoint_version) damaged("version");
    c.device = identity_from(j.at("device"));
    const Medium medium{c.device.size_bytes};
    c.method = j.at("method").get<std::string>();
    c.blank = j.at("blank").get<bool>();
    c.verify.mode = verify_mode_from(j.at("verify").at("mode").get<std::string>());
    c.verify.sample_percent = measure_at(j.at("verify"), "sample_percent", 100.0);
    c.sample_seed_hex = j.at("sample_seed").get<std::string>();
    for (const json& k : j.at("keys").get_ref<const json::array_t&>())
        c.keys.push_back({count_at(k, "pass_index"), k.at("cipher").get<std::string>(), k.at("key").get<std::string>()});
    for (const json& p : j.at("finished_passes").get_ref<const json::array_t&>())
        c.finished_passes.push_back(pass_from(p, medium));
    c.pass_index = count_at(j, "pass_index");
    c.phase = phase_from(j.at("phase").get<std::string>());
    c.low_water = count_at(j, "low_water", medium.size);
    c.current = pass_from(j.at("current"), medium);
    for (const json& i : j.at("interruptions").get_ref<const json::array_t&>())
        c.interruptions.push_back(interruption_from(i, medium));
    c.started = time_at(j, "started_ms");
    c.saved = time_at(j, "saved_ms");
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
    // Replace, not throw: only identity strings may be other than UTF-8, and they are also in hex.
    return j.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
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
