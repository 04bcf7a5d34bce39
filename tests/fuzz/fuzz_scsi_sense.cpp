// libFuzzer target: SCSI answers (sense data of a CHECK CONDITION or REQUEST SENSE, fixed or
// descriptor format, with the progress indication; READ CAPACITY(16) data; the one-command form
// of REPORT SUPPORTED OPERATION CODES).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "drive/scsi_commands.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::device::scsi;
    const std::span<const std::uint8_t> bytes(data, size);
    if (const auto sense = parse_sense(bytes)) {
        if (sense->key > 0x0F) std::abort();
        if (sanitize_in_progress(*sense) && sense->key != key_not_ready) std::abort();
        (void)sanitize_failed(*sense);
    }
    const auto capacity = parse_read_capacity_16(bytes);
    if (capacity.has_value() != (size >= 12)) std::abort();
    const auto supported = parse_operation_supported(bytes);
    if (supported && size < 2) std::abort();
    return 0;
}
