// What the resume tests ([root]) share: the wipe's arguments with a throttle that makes a kill
// land mid-phase, the checkpoints in the state directory as the tests see them, a kill at a
// chosen point, the backing file attached again, and an office that signs the certificates.
#pragma once

#include <catch2/catch.hpp>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "../cli/cli_test_support.hpp"
#include "../cli/office_fixture.hpp"
#include "loop_device.hpp"

namespace sanitize::test::resume {

using nlohmann::json;

inline constexpr std::uint64_t medium_size = std::uint64_t{64} << 20;
inline constexpr std::size_t block = 4096;

#define REQUIRE_LOOP_DEVICES()                            \
    if (auto reason = LoopDevice::unavailable_reason()) { \
        WARN("skipped: " << *reason);                     \
        return;                                           \
    }

// The backing file attached once more, under whatever name losetup picks; detached at scope exit.
class Attached {
public:
    explicit Attached(const std::string& image) : image_(std::filesystem::canonical(image).string()) {
        ProcessResult attached = run_process({*find_program("losetup"), "--find", "--show", image});
        if (!attached.ok()) throw std::runtime_error("losetup: " + attached.err);
        path_ = trim_line(attached.out);
    }
    ~Attached() { detach(); }
    Attached(const Attached&) = delete;
    Attached& operator=(const Attached&) = delete;
    // Retried while busy, but only while the device still holds our file: once it is gone (an
    // earlier lazy detach), the name may already belong to another test's device.
    void detach() {
        for (int attempt = 0; attempt < 50 && !path_.empty() && loop_backs(kernel_name(), image_); ++attempt) {
            if (run_process({*find_program("losetup"), "--detach", path_}).ok()) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        path_.clear();
    }
    const std::string& path() const { return path_; }
    std::string kernel_name() const { return path_.substr(path_.rfind('/') + 1); }

private:
    std::string image_;
    std::string path_;
};

inline std::string kernel_name_of(const std::string& path) { return path.substr(path.rfind('/') + 1); }

// The wipe's arguments for one or more devices (each confirmed by its kernel name). `throttle_us`
// pauses after every chunk so that a kill lands mid-pass on a small medium: 16 chunks of 4 MiB
// on two workers at 200 ms each make every phase of a full pass last about 1.6 s, well beyond
// kill_when's random wait of at most 300 ms (at 60 ms a whole verification once ended before
// the kill on a loaded machine). A sampled verification has about a thousand small chunks and
// needs a far shorter pause.
// A resume takes the method, verification, blank pass and generator from the checkpoint, and
// refuses them on the command line: they are dropped here, and --resume is added once.
inline std::vector<std::string> resumed(const std::vector<std::string>& args) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--method" || args[i] == "--verify" || args[i] == "--generator") ++i;
        else if (args[i] != "--blank" && args[i] != "--resume") out.push_back(args[i]);
    }
    out.push_back("--resume");
    return out;
}

inline std::vector<std::string> batch_args(const std::vector<std::string>& devices, const std::string& state,
                                           const std::string& method, const std::string& verify, unsigned throttle_us,
                                           const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"wipe"};
    args.insert(args.end(), devices.begin(), devices.end());
    args.push_back("--yes");
    for (const std::string& device : devices) args.insert(args.end(), {"--confirm", kernel_name_of(device)});
    args.insert(args.end(), {"--json", "--method", method, "--verify", verify, "--checkpoint-dir", state,
                             "--checkpoint-interval-ms", "50", "--workers", "2"});
    if (throttle_us > 0) args.insert(args.end(), {"--test-throttle-us", std::to_string(throttle_us)});
    args.insert(args.end(), extra.begin(), extra.end());
    return std::find(extra.begin(), extra.end(), "--resume") == extra.end() ? args : resumed(args);
}

inline std::vector<std::string> wipe_args(const std::string& device, const std::string& state,
                                          const std::string& method, const std::string& verify, bool slow,
                                          const std::vector<std::string>& extra = {}) {
    return batch_args({device}, state, method, verify, slow ? 200000U : 0U, extra);
}

// Every checkpoint in `state` that can be read now (one may be replaced between listing and
// reading: it is left out this time).
inline std::vector<json> checkpoints_in(const std::string& state) {
    std::vector<json> found;
    if (!std::filesystem::exists(state)) return found;
    for (const auto& entry : std::filesystem::directory_iterator(state)) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with("wipe-") || !name.ends_with(".json")) continue;
        try {
            found.push_back(json::parse(read_file(entry.path().string())));
        } catch (const std::exception&) {
        }
    }
    return found;
}

// The one checkpoint in `state`, or null while there is none.
inline json checkpoint_in(const std::string& state) {
    std::vector<json> all = checkpoints_in(state);
    return all.empty() ? json(nullptr) : all.front();
}

// The checkpoint of the medium backed by `image`, or null.
inline json checkpoint_of(const std::string& state, const std::string& image) {
    for (const json& c : checkpoints_in(state))
        if (c["device"]["backing_path"] == std::filesystem::canonical(image).string()) return c;
    return nullptr;
}

inline bool in_phase(const json& c, std::size_t pass, const std::string& phase) {
    return !c.is_null() && c["pass_index"] == pass && c["phase"] == phase && c["low_water"].get<std::uint64_t>() > 0;
}

// Starts the wipe, waits until `ready` holds for the checkpoints, waits a random while longer
// (at most 300 ms) and kills it with SIGKILL.
inline void kill_when(const std::vector<std::string>& args, const std::string& scratch,
                      const std::function<bool()>& ready, std::mt19937& random) {
    BackgroundCli cli(args, scratch + "/out.txt", scratch + "/err.txt");
    bool reached = false;
    for (int i = 0; i < 6000 && !reached; ++i) {
        reached = ready();
        if (!reached) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    INFO(read_file(scratch + "/err.txt"));
    REQUIRE(reached);
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 300)(random)));
    cli.signal(SIGKILL);
    CHECK(cli.wait() == -SIGKILL);
}

// kill_when the (only) checkpoint is in `pass`/`phase` with some progress.
inline void kill_during(const std::vector<std::string>& args, const std::string& state, const std::string& scratch,
                        std::size_t pass, const std::string& phase, std::mt19937& random) {
    kill_when(args, scratch, [&] { return in_phase(checkpoint_in(state), pass, phase); }, random);
}

// Blocks of the medium that still equal the block of the original content at the same place.
inline std::size_t surviving_blocks(const std::string& medium, const std::string& original) {
    std::size_t same = 0;
    for (std::size_t at = 0; at + block <= medium.size(); at += block)
        same += medium.compare(at, block, original, at, block) == 0 ? std::size_t{1} : std::size_t{0};
    return same;
}

inline bool all_zero(const std::string& medium) {
    return std::all_of(medium.begin(), medium.end(), [](char c) { return c == 0; });
}

// The certificate the run wrote for `target` (the first one when empty), or null.
inline json certificate_of(const ProcessResult& result, const std::string& target = "") {
    for (const json& line : json_lines(result.out)) {
        if (!line.contains("certificate")) continue;
        if (!target.empty() && line["certificate"]["target"] != target) continue;
        return json::parse(read_file(line["certificate"]["json"].get<std::string>()));
    }
    return nullptr;
}

// The wipe report the run printed for `target`, or null.
inline json report_of(const ProcessResult& result, const std::string& target) {
    for (const json& line : json_lines(result.out))
        if (line.contains("schema") && line["device"]["path"] == target) return line;
    return nullptr;
}

// The resumed wipe of `target` ended erased over the whole medium after `interruptions`, as its
// report and its certificate both say. Returns the report for the test's own checks.
inline json check_resumed_and_erased(const ProcessResult& done, const std::string& target, std::size_t interruptions) {
    const json report = report_of(done, target);
    REQUIRE_FALSE(report.is_null());
    CHECK(report["outcome"] == "erased");
    CHECK(report["resumed"] == true);
    CHECK(report["interruptions"].size() == interruptions);
    CHECK(report["bytes_written"] == medium_size * report["passes"].size());  // every pass over the whole medium
    const json certificate = certificate_of(done, target);
    REQUIRE_FALSE(certificate.is_null());
    CHECK(certificate["outcome"] == "erased");
    CHECK(certificate["timings"]["resumed"] == true);
    CHECK(certificate["timings"]["interruptions"].size() == interruptions);
    return report;
}

struct Rig {
    CliOffice office;
    std::string state = office.dir.file("state");
    std::string certs = office.dir.file("certs");
    std::string scratch = office.dir.path();
    std::mt19937 random;
    Rig() : random(std::random_device{}()) {
        const unsigned seed = std::random_device{}();
        WARN("random seed " << seed);
        random.seed(seed);
        office.open_office();
        std::filesystem::create_directory(certs);
    }
    // The last run: resumed with the ledger, so that it ends with a certificate.
    ProcessResult finish(const std::vector<std::string>& devices, const std::string& method,
                         const std::string& verify) const {
        return office.run(batch_args(devices, state, method, verify, 0,
                                     {"--resume", "--cert-dir", certs, "--passphrase-file", office.pass_file}));
    }
    ProcessResult finish(const std::string& device, const std::string& method, const std::string& verify) const {
        return finish(std::vector<std::string>{device}, method, verify);
    }
};

}  // namespace sanitize::test::resume
