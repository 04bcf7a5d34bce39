// libFuzzer target: sense data that carries the ATA registers back through SAT (descriptor
// format with an ATA Status Return descriptor, or fixed format), and what is read from those
// registers (SANITIZE STATUS EXT, SMART RETURN STATUS). A bridge's sense bytes are outside data.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "drive/ata_commands.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::device::ata;
    const std::span<const std::uint8_t> bytes(data, size);
    const auto registers = parse_registers(bytes);
    if (!registers) return 0;
    const std::uint8_t response = bytes[0] & 0x7F;
    if (response != 0x70 && response != 0x71 && response != 0x72 && response != 0x73) std::abort();
    if (registers->lba >= (1ULL << 48)) std::abort();
    const SanitizeStatus status = parse_sanitize_status(*registers);
    if (status.progress != (registers->lba & 0xFFFF)) std::abort();
    const auto healthy = parse_smart_status(*registers);
    if (healthy) {
        const auto signature = (registers->lba >> 8) & 0xFFFF;
        if (*healthy != (signature == 0xC24F)) std::abort();
    }
    return 0;
}
