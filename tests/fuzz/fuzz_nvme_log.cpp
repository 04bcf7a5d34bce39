// libFuzzer target: NVMe log pages read during a purge and for the SMART summary: the Sanitize
// Status log (81h) and the SMART / Health Information log (02h).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "drive/nvme_commands.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::device::nvme;
    const std::span<const std::uint8_t> bytes(data, size);
    if (const auto status = parse_sanitize_status(bytes)) {
        if (size < 8 || static_cast<unsigned>(status->state) > 4) std::abort();
    }
    const auto health = parse_smart_log(bytes);
    if (health.has_value() != (size >= log_bytes)) std::abort();
    return 0;
}
