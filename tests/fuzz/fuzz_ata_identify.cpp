// libFuzzer target: the ATA data blocks a drive sends back (IDENTIFY DEVICE words, DEVICE
// CONFIGURATION IDENTIFY, SMART READ DATA). A drive or a USB bridge may return anything, of any
// length: the parsers must refuse short blocks and never read past the end.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "drive/ata_commands.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::device::ata;
    const std::span<const std::uint8_t> bytes(data, size);
    const auto identify = parse_identify(bytes);
    // A full block always parses: every field is a bit or a number, none can be malformed.
    if (identify.has_value() != (size >= sector_bytes)) std::abort();
    if (identify && identify->model.size() > 40) std::abort();
    if (identify && !identify->lba48 && identify->accessible_sectors > 0xFFFF'FFFFULL) std::abort();
    const auto dco = parse_dco_sectors(bytes);
    if (dco && (size < sector_bytes || *dco == 0 || *dco > (1ULL << 48))) std::abort();
    const auto attributes = parse_smart_attributes(bytes);
    if (attributes.size() > 30) std::abort();
    for (const auto& attribute : attributes) {
        if (attribute.id == 0 || attribute.raw >= (1ULL << 48)) std::abort();
    }
    return 0;
}
