// Resumable wipes end to end ([root]): the real binary on loop devices created here, killed with
// SIGKILL at random moments (the seed is printed), its loop device detached and the backing
// file attached again under another name, then `--resume` to the end. The backing file is read
// back with plain reads afterwards, independent of the engine and its verification.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "../cli/cli_test_support.hpp"
#include "../cli/office_fixture.hpp"
#include "loop_device.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

constexpr std::uint64_t medium_size = std::uint64_t{64} << 20;
constexpr std::size_t block = 4096;

#define REQUIRE_LOOP_DEVICES()                            \
    if (auto reason = LoopDevice::unavailable_reason()) { \
        WARN("skipped: " << *reason);                     \
        return;                                           \
    }

// The backing file attached once more, under whatever name losetup picks; detached at scope exit.
class Attached {
public:
    explicit Attached(const std::string& image) {
        ProcessResult attached = run_process({*find_program("losetup"), "--find", "--show", image});
        if (!attached.ok()) throw std::runtime_error("losetup: " + attached.err);
        path_ = trim_line(attached.out);
    }
    ~Attached() { detach(); }
    Attached(const Attached&) = delete;
    Attached& operator=(const Attached&) = delete;
    void detach() {
        for (int attempt = 0; attempt < 50 && !path_.empty(); ++attempt) {
            if (run_process({*find_program("losetup"), "--detach", path_}).ok()) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        path_.clear();
    }
    const std::string& path() const { return path_; }
    std::string kernel_name() const { return path_.substr(path_.rfind('/') + 1); }

private:
    std::string path_;
};

std::string kernel_name_of(const std::string& path) { return path.substr(path.rfind('/') + 1); }

// The wipe's arguments; `slow` throttles it so that a kill lands mid-pass on a small medium:
// 16 chunks of 4 MiB on two workers at 200 ms each make every phase last about 1.6 s, well
// beyond kill_during's random wait of at most 300 ms after the first chunk (at 60 ms a whole
// verification once ended before the kill on a loaded machine).
std::vector<std::string> wipe_args(const std::string& device, const std::string& state, const std::string& method,
                                   const std::string& verify, bool slow, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"wipe", device, "--yes", "--confirm", kernel_name_of(device), "--json",
                                  "--method", method, "--verify", verify, "--checkpoint-dir", state,
                                  "--checkpoint-interval-ms", "50", "--workers", "2"};
    if (slow) args.insert(args.end(), {"--test-throttle-us", "200000"});
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

// The one checkpoint in `state`, or null while there is none.
json checkpoint_in(const std::string& state) {
    if (!std::filesystem::exists(state)) return nullptr;
    for (const auto& entry : std::filesystem::directory_iterator(state)) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with("wipe-") || !name.ends_with(".json")) continue;
        try {
            return json::parse(read_file(entry.path().string()));
        } catch (const std::exception&) {
            return nullptr;  // replaced between listing and reading
        }
    }
    return nullptr;
}

// Starts the wipe, waits until its checkpoint is in `pass`/`phase` with some progress, waits a
// random while longer and kills it with SIGKILL.
void kill_during(const std::vector<std::string>& args, const std::string& state, const std::string& scratch,
                 std::size_t pass, const std::string& phase, std::mt19937& random) {
    BackgroundCli cli(args, scratch + "/out.txt", scratch + "/err.txt");
    bool reached = false;
    for (int i = 0; i < 6000 && !reached; ++i) {
        const json c = checkpoint_in(state);
        reached = !c.is_null() && c["pass_index"] == pass && c["phase"] == phase && c["low_water"].get<std::uint64_t>() > 0;
        if (!reached) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    INFO(read_file(scratch + "/err.txt"));
    REQUIRE(reached);
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 300)(random)));
    cli.signal(SIGKILL);
    CHECK(cli.wait() == -SIGKILL);
}

// Blocks of the medium that still equal the block of the original pattern at the same place.
std::size_t surviving_blocks(const std::string& medium, const std::string& original) {
    std::size_t same = 0;
    for (std::size_t at = 0; at + block <= medium.size(); at += block)
        same += medium.compare(at, block, original, at, block) == 0 ? std::size_t{1} : std::size_t{0};
    return same;
}

json certificate_of(const ProcessResult& result) {
    for (const json& line : json_lines(result.out))
        if (line.contains("certificate")) return json::parse(read_file(line["certificate"]["json"].get<std::string>()));
    return nullptr;
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
    ProcessResult finish(const std::string& device, const std::string& method, const std::string& verify) const {
        return office.run(wipe_args(device, state, method, verify, false,
                                    {"--resume", "--cert-dir", certs, "--passphrase-file", office.pass_file}));
    }
};

}  // namespace

TEST_CASE("a random wipe killed while writing and while verifying resumes to a verified medium",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    LoopDevice loop({.size_bytes = medium_size});
    const std::string original = marker_text(medium_size);
    write_and_sync(loop.path(), original);
    const std::string image = loop.image_path();

    const auto slow = wipe_args(loop.path(), rig.state, "random", "all", true, {"--no-ledger"});
    kill_during(slow, rig.state, rig.scratch, 0, "writing", rig.random);
    REQUIRE_FALSE(checkpoint_in(rig.state).is_null());

    // A forgotten half-wiped medium is not silently started again.
    ProcessResult again = run_cli(wipe_args(loop.path(), rig.state, "random", "all", false, {"--no-ledger"}));
    CHECK(again.exit_code == 3);
    CHECK(contains(again.err, "--resume"));

    auto resume_slow = slow;
    resume_slow.push_back("--resume");
    kill_during(resume_slow, rig.state, rig.scratch, 0, "verifying", rig.random);

    ProcessResult done = rig.finish(loop.path(), "random", "all");
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    const json report = json_lines(done.out).at(0);
    CHECK(report["outcome"] == "erased");
    CHECK(report["resumed"] == true);
    CHECK(report["interruptions"].size() == 2);
    CHECK(report["bytes_written"] == medium_size);
    CHECK(report["bytes_verified"] == medium_size);
    const json certificate = certificate_of(done);
    REQUIRE_FALSE(certificate.is_null());
    CHECK(certificate["outcome"] == "erased");
    CHECK(certificate["timings"]["resumed"] == true);
    CHECK(certificate["timings"]["interruptions"].size() == 2);
    ProcessResult verified = rig.office.run({"cert", "verify", done.out.empty() ? "" : json_lines(done.out).back()["certificate"]["json"].get<std::string>()});
    CHECK(verified.exit_code == 0);
    CHECK(checkpoint_in(rig.state).is_null());  // wiped and removed at the end

    loop.detach();
    const std::string medium = read_file(image);
    REQUIRE(medium.size() == medium_size);
    CHECK(surviving_blocks(medium, original) == 0);
    CHECK_FALSE(contains_marker(medium));
}

TEST_CASE("a dod-3 wipe whose loop device is detached mid-pass resumes on the re-attached file",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    LoopDevice loop({.size_bytes = medium_size});
    const std::string original = marker_text(medium_size);
    write_and_sync(loop.path(), original);
    const std::string image = loop.image_path();

    // Killed in the second pass, then the device goes away: the checkpoint names the backing
    // file and its inode, not /dev/loopN.
    kill_during(wipe_args(loop.path(), rig.state, "dod-3", "last", true, {"--blank", "--no-ledger"}), rig.state,
                rig.scratch, 1, "writing", rig.random);
    loop.detach();

    // Another loop device of the same size is not the medium: refused, not touched.
    LoopDevice other({.size_bytes = medium_size});
    write_and_sync(other.path(), original);
    ProcessResult refused = run_cli(wipe_args(other.path(), rig.state, "dod-3", "last", false, {"--resume", "--no-ledger"}));
    CHECK(refused.exit_code == 3);
    CHECK(contains(refused.err, "no interrupted wipe"));
    other.detach();
    CHECK(read_file(other.image_path()) == original);

    Attached again(image);
    ProcessResult done = rig.finish(again.path(), "dod-3", "last");
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    const json report = json_lines(done.out).at(0);
    CHECK(report["outcome"] == "erased");
    CHECK(report["interruptions"].size() == 1);
    CHECK(report["passes"].size() == 4);
    const json certificate = certificate_of(done);
    REQUIRE_FALSE(certificate.is_null());
    CHECK(certificate["timings"]["resumed"] == true);
    CHECK(certificate["timings"]["interruptions"].size() == 1);
    again.detach();

    const std::string medium = read_file(image);
    REQUIRE(medium.size() == medium_size);
    CHECK(std::all_of(medium.begin(), medium.end(), [](char c) { return c == 0; }));  // the blank pass
}

TEST_CASE("a wipe whose loop device is detached while it writes keeps its checkpoint",
          "[integration][root][resume]") {
    REQUIRE_LOOP_DEVICES();
    Rig rig;
    LoopDevice loop({.size_bytes = medium_size});
    const std::string original = marker_text(medium_size);
    write_and_sync(loop.path(), original);
    const std::string image = loop.image_path();

    BackgroundCli cli(wipe_args(loop.path(), rig.state, "zero", "last", true, {"--no-ledger"}), rig.scratch + "/out.txt",
                      rig.scratch + "/err.txt");
    bool started = false;
    for (int i = 0; i < 6000 && !started; ++i) {
        const json c = checkpoint_in(rig.state);
        started = !c.is_null() && c["low_water"].get<std::uint64_t>() > 0;
        if (!started) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(started);
    // losetup -d on a device in use: the kernel may defer the detach until it is closed, and the
    // wipe then ends normally; either way a checkpoint must be there exactly when it did not end.
    (void)run_process({*find_program("losetup"), "--detach", loop.path()});
    const int code = cli.wait();
    const std::string err = read_file(rig.scratch + "/err.txt");
    INFO(err);
    WARN("wipe after losetup -d ended with " << code);
    if (code == 0) {
        CHECK(checkpoint_in(rig.state).is_null());
        return;
    }
    CHECK(code == 1);
    CHECK(contains(err, "--resume"));
    REQUIRE_FALSE(checkpoint_in(rig.state).is_null());
    loop.detach();
    Attached again(image);
    ProcessResult done = rig.finish(again.path(), "zero", "last");
    INFO(done.err);
    CHECK(done.exit_code == 0);
    again.detach();
    const std::string medium = read_file(image);
    CHECK(std::all_of(medium.begin(), medium.end(), [](char c) { return c == 0; }));
}
