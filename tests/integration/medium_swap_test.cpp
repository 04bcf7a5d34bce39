// The medium confirmed is the medium written: a loop device whose name is given to another image
// between the confirmation and the open (detached and attached again under the same name, as a
// stick swapped in the same slot keeps its /dev name) is refused with Reason::medium_changed, and
// the image now behind the name is left exactly as it was. Through the wipe job, with the
// system's media, as every front end runs it.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "loop_device.hpp"
#include "sanitize/jobs/wipe.hpp"
#include "wipe_helpers.hpp"

using namespace sanitize;
using sanitize::test::find_program;
using sanitize::test::LoopDevice;
using sanitize::test::run_process;

namespace {

constexpr std::uint64_t image_bytes = std::uint64_t{8} << 20;

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Gives the loop device's name to `other` when the person confirms: detach, attach again.
class SwappingObserver final : public jobs::WipeObserver {
public:
    SwappingObserver(const LoopDevice& loop, std::string other) : loop_(loop), other_(std::move(other)) {}

    Result<void> confirm(const std::vector<device::DeviceInfo>&) override {
        const std::string losetup = *find_program("losetup");
        swapped_ = run_process({losetup, "--detach", loop_.path()}).ok() &&
                   run_process({losetup, loop_.path(), other_}).ok();
        return {};
    }
    bool swapped() const { return swapped_; }

private:
    const LoopDevice& loop_;
    std::string other_;
    bool swapped_ = false;
};

}  // namespace

TEST_CASE("a loop device re-attached to another image after the confirmation is not written", "[jobs][root][swap]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice loop({.size_bytes = image_bytes});
    sanitize::test::TempDir dir("sanitize-swap");
    const std::string other = dir.file("other.img");
    {
        std::ofstream out(other, std::ios::binary);
        for (std::uint64_t n = 0; n < image_bytes / 16; ++n) out << "OTHER-MEDIUM-16B";
    }
    const std::string before = slurp(other);

    jobs::WipeRequest request;
    request.targets = {{loop.path(), ""}};
    request.options = test::options("zero", "last");
    SwappingObserver observer(loop, std::filesystem::canonical(other).string());
    const auto wiped = jobs::wipe_and_certify(request, observer, {});

    // The name now belongs to the other image: give it back, whatever happened.
    if (sanitize::test::loop_backs(loop.kernel_name(), std::filesystem::canonical(other).string())) {
        (void)run_process({*find_program("losetup"), "--detach", loop.path()});
    }
    if (!observer.swapped()) {
        WARN("skipped: another process took " << loop.path() << " while it was detached");
        return;
    }
    REQUIRE_FALSE(wiped);
    CHECK(wiped.error().code == Errc::refused);
    CHECK(wiped.error().reason == Reason::medium_changed);
    CHECK(wiped.error().detail == "backing_file");
    CHECK(wiped.error().device == loop.path());
    CHECK((slurp(other) == before));  // parenthesised: Catch must not print megabytes
}
