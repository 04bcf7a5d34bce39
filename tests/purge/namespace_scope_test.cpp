// The NVMe scope of a purge: which methods reach the other namespaces of a controller (Sanitize
// always, Format NVM by the controller's FNA bits), which states of those namespaces forbid it,
// how the other namespaces are found, and that Format NVM goes to the NSID the device states.
#include <catch2/catch.hpp>
#include <filesystem>

#include "sanitize/purge.hpp"
#include "simulated_drive.hpp"
#include "temp_dir.hpp"
#include "purge/run.hpp"

using namespace sanitize;
using namespace sanitize::purge;
using sanitize::test::DriveScript;
using sanitize::test::MemoryDevice;
using sanitize::test::SimulatedDrive;

namespace {

device::nvme::Controller controller_with_fna(std::uint8_t fna) {
    device::nvme::Controller c;
    c.format_supported = true;
    c.format_all_namespaces = (fna & 0x1) != 0;
    c.secure_erase_all_namespaces = (fna & 0x2) != 0;
    c.crypto_erase_supported = (fna & 0x4) != 0;
    return c;
}

device::DeviceInfo namespace_info(const std::string& name) {
    device::DeviceInfo info;
    info.path = "/dev/" + name;
    info.kernel_name = name;
    info.kind = device::TargetKind::block_device;
    info.transport = "nvme";
    return info;
}

}  // namespace

TEST_CASE("Sanitize reaches every namespace, Format NVM only when FNA says so", "[purge][nvme_scope]") {
    for (PurgeMethod m : {PurgeMethod::nvme_sanitize_crypto, PurgeMethod::nvme_sanitize_block,
                          PurgeMethod::nvme_sanitize_overwrite}) {
        CHECK(detail::reaches_all_namespaces(m, controller_with_fna(0)));
    }
    for (PurgeMethod m : {PurgeMethod::nvme_format_user_data, PurgeMethod::nvme_format_crypto}) {
        CHECK_FALSE(detail::reaches_all_namespaces(m, controller_with_fna(0x4)));  // QEMU 7.2: FNA 0
        CHECK(detail::reaches_all_namespaces(m, controller_with_fna(0x1)));        // formats all together
        CHECK(detail::reaches_all_namespaces(m, controller_with_fna(0x2)));        // a secure erase erases all
        CHECK(detail::reaches_all_namespaces(m, std::nullopt));                    // unknown: the safe side
    }
    CHECK_FALSE(detail::reaches_all_namespaces(PurgeMethod::ata_sanitize_crypto, std::nullopt));
    CHECK_FALSE(detail::reaches_all_namespaces(PurgeMethod::discard, std::nullopt));
}

TEST_CASE("another namespace that is mounted, holds the system, is swap or held forbids the purge", "[purge][nvme_scope]") {
    device::DeviceInfo clean = namespace_info("nvme0n1");
    CHECK(detail::refusals_of({clean}).empty());

    device::DeviceInfo mounted = namespace_info("nvme0n3");
    mounted.mountpoints = {"/srv/data"};  // a partition's mount counts: inspect() lists those too
    device::DeviceInfo system = namespace_info("nvme0n4");
    system.holds_system = true;
    device::DeviceInfo swap = namespace_info("nvme0n5");
    swap.is_swap = true;
    device::DeviceInfo held = namespace_info("nvme0n6");
    held.holders = {"dm-0"};
    const auto found = detail::refusals_of({clean, mounted, system, swap, held});
    REQUIRE(found.size() == 4);
    CHECK(found[0].kernel_name == "nvme0n3");
    CHECK(found[0].refusal.reason == device::RefusalReason::mounted);
    CHECK(found[0].refusal.detail == "/srv/data");
    CHECK(found[1].refusal.reason == device::RefusalReason::system_disk);
    CHECK(found[2].refusal.reason == device::RefusalReason::swap);
    CHECK(found[3].refusal.reason == device::RefusalReason::has_holders);

    // Read-only or partitioned: nothing protects its data from a controller-wide erase.
    device::DeviceInfo read_only = namespace_info("nvme0n7");
    read_only.read_only = true;
    CHECK(detail::refusals_of({read_only}).empty());
}

TEST_CASE("the other namespaces are the controller's block devices, not partitions or paths", "[purge][nvme_scope]") {
    test::TempDir sys("sanitize-sys-block");
    for (const char* name : {"nvme0n1", "nvme0n2", "nvme0n10", "nvme1n1", "nvme0c0n1", "sda", "nvme0n1p1", "loop0"}) {
        std::filesystem::create_directory(sys.file(name));
    }
    using V = std::vector<std::string>;
    CHECK(device::nvme_sibling_namespaces("nvme0n2", sys.path()) == V{"nvme0n1", "nvme0n10"});
    CHECK(device::nvme_sibling_namespaces("nvme1n1", sys.path()).empty());
    CHECK(device::nvme_sibling_namespaces("sda", sys.path()).empty());
    CHECK(device::nvme_sibling_namespaces("nvme0n1p1", sys.path()).empty());  // a partition is no target
}

TEST_CASE("a namespace-scoped format asks nothing of the other namespaces", "[purge][nvme_scope]") {
    MemoryDevice medium(1 << 20, "nvme", "nvme9n1");
    SimulatedDrive drive(medium, DriveScript{});  // FNA 0x04: formats one namespace at a time
    const auto refusals = namespace_refusals(medium.info(), &drive, PurgeMethod::nvme_format_crypto);
    REQUIRE(refusals);
    CHECK(refusals->empty());
    CHECK(drive.log == std::vector<std::string>{"nvme:06"});  // Identify Controller only
}

TEST_CASE("Format NVM goes to the NSID the device states, not the number in its kernel name", "[purge][nvme_scope]") {
    // The kernel numbers namespace block devices by instance: with NSIDs 2 and 3, nvme0n2 is NSID 3.
    MemoryDevice medium(1 << 20, "nvme", "nvme0n2");
    SimulatedDrive drive(medium, DriveScript{.nsid = 3});
    PurgeOptions options;
    options.method = PurgeMethod::nvme_format_user_data;
    PurgeCallbacks callbacks;
    callbacks.sleep = [](std::chrono::milliseconds) {};
    const PurgeReport r = run_purge(medium, &drive, options, callbacks, {});
    CHECK(r.outcome == PurgeOutcome::purged);
    CHECK(drive.format_nsids == std::vector<std::uint32_t>{3});
}
