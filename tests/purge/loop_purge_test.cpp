// On a real loop device: no firmware to talk to, so the hidden-area probe says not_applicable,
// every purge method is unavailable, SMART is unavailable, and nothing is sent (root only).
#include <catch2/catch.hpp>

#include "loop_device.hpp"
#include "sanitize/purge.hpp"

using namespace sanitize;
using sanitize::test::LoopDevice;

TEST_CASE("loop device: hidden areas not_applicable, no purge method, no SMART, nothing sent", "[purge][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    LoopDevice loop;
    Result<device::DeviceInfo> info = device::inspect(loop.path());
    REQUIRE(info);
    CHECK(device::command_route(*info).path == device::CommandPath::none);
    CHECK(device::command_route(*info).reason == "loop_device");

    const device::HiddenAreaReport hidden = device::probe_hidden_areas(*info, nullptr);
    CHECK(hidden.hpa.state == device::HiddenState::not_applicable);
    CHECK(hidden.dco.state == device::HiddenState::not_applicable);
    CHECK(hidden.ama.state == device::HiddenState::not_applicable);
    CHECK(hidden.commands_sent.empty());

    for (const purge::PurgeAvailability& m : purge::purge_methods(*info, nullptr)) {
        CHECK_FALSE(m.available);
        CHECK(m.reason == "loop_device");
    }
    CHECK(device::read_smart(*info, nullptr).reason == "loop_device");

    Result<std::unique_ptr<device::CommandChannel>> channel = device::open_command_channel(*info, false);
    REQUIRE_FALSE(channel);
    CHECK(channel.error().code == Errc::unsupported_target);

    Result<std::unique_ptr<device::Device>> opened = device::open(*info, {});
    REQUIRE(opened);
    purge::PurgeOptions options;
    options.method = purge::PurgeMethod::discard;
    const purge::PurgeReport r = purge::run_purge(**opened, nullptr, options, {}, {});
    CHECK(r.outcome == purge::PurgeOutcome::unavailable);
    CHECK(r.detail == "loop_device");
    CHECK(r.commands_sent.empty());
    CHECK_FALSE(r.accepted);
}

TEST_CASE("disk image: hidden areas not_applicable with the reason", "[purge]") {
    device::DeviceInfo image;
    image.path = "disk.img";
    image.kind = device::TargetKind::regular_file;
    image.transport = "file";
    const device::HiddenAreaReport hidden = device::probe_hidden_areas(image, nullptr);
    CHECK(hidden.hpa.state == device::HiddenState::not_applicable);
    CHECK(hidden.hpa.reason == "disk_image");
    const auto methods = purge::purge_methods(image, nullptr);
    CHECK(std::none_of(methods.begin(), methods.end(), [](const auto& m) { return m.available; }));
}
