// libFuzzer target: NVMe Identify Controller and Identify Namespace data (4096 bytes when the
// controller answers as the specification says; anything when it does not).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "drive/nvme_commands.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::device::nvme;
    const std::span<const std::uint8_t> bytes(data, size);
    const auto controller = parse_identify_controller(bytes);
    if (controller.has_value() != (size >= identify_bytes)) std::abort();
    if (controller && controller->model.size() > 40) std::abort();
    const auto format = parse_namespace_lba_format(bytes);
    if (format.has_value() != (size >= identify_bytes)) std::abort();
    if (format && *format > 63) std::abort();  // 6 bits: FLBAS 3:0 and 6:5
    return 0;
}
