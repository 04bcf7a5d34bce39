// libFuzzer target: a checkpoint file, read as a resumed wipe reads it, then planned against a
// medium of the identity it names (what the identity check lets through). Checked: no crash and
// no undefined behaviour (the fuzz build stops on UBSan reports), only malformed_input refused,
// and what reads writes back to a text that reads the same.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sanitize/checkpoint.hpp"
#include "wipe/job_plan.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::wipe;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto checkpoint = checkpoint_from_json(text);
    if (!checkpoint) {
        if (checkpoint.error().code != sanitize::Errc::malformed_input) std::abort();
        return 0;
    }
    const std::string written = checkpoint_to_json(*checkpoint);
    auto again = checkpoint_from_json(written);
    if (!again || checkpoint_to_json(*again) != written) std::abort();

    sanitize::device::DeviceInfo medium;
    medium.size_bytes = checkpoint->device.size_bytes;
    medium.logical_sector_bytes = checkpoint->device.logical_sector_bytes;
    WipeOptions options;
    options.workers = 1;
    auto plan = plan_resumed_job(medium, *checkpoint, options);
    if (!plan && plan.error().code != sanitize::Errc::malformed_input) std::abort();
    return 0;
}
