// The PC's identity from its SMBIOS tables, as the kernel exports them under /sys/class/dmi/id.
#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>

#include "cert/text_rules.hpp"
#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

// Texts that firmware vendors leave in unset fields (seen in nwipe's and dmidecode's reports and
// on boards from many makers): compared lower-case, blanks removed.
constexpr std::array<std::string_view, 14> placeholders{
    "tobefilledbyo.e.m.", "defaultstring",    "systemserialnumber", "systemproductname", "systemmanufacturer",
    "notspecified",       "notapplicable",    "none",               "n/a",               "0123456789",
    "123456789",          "chassisserialnumber", "invalid",         "o.e.m.",
};

std::string read_field(const std::string& dir, const char* name) {
    std::ifstream in(dir + "/" + name);
    std::string line;
    if (!in || !std::getline(in, line)) return {};
    const std::size_t first = line.find_first_not_of(" \t\r");
    const std::size_t last = line.find_last_not_of(" \t\r");
    std::string value = first == std::string::npos ? std::string() : cert::detail::clean_device_text(line.substr(first, last - first + 1));
    return is_placeholder(value) ? std::string() : value;
}

}  // namespace

bool is_placeholder(std::string_view value) {
    std::string squeezed;
    for (const char c : value) {
        if (!std::isspace(static_cast<unsigned char>(c))) squeezed.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (squeezed.empty()) return true;
    // All zeros, all Fs or one character repeated (UUIDs of unset boards: 00000000-0000-…).
    const bool repeated = std::all_of(squeezed.begin(), squeezed.end(), [&](char c) { return c == squeezed[0] || c == '-'; });
    if (repeated) return true;
    return std::find(placeholders.begin(), placeholders.end(), squeezed) != placeholders.end();
}

cert::Computer read_computer(const std::string& dmi_dir) {
    cert::Computer pc;
    pc.vendor = read_field(dmi_dir, "sys_vendor");
    pc.product = read_field(dmi_dir, "product_name");
    pc.serial = read_field(dmi_dir, "product_serial");
    pc.uuid = read_field(dmi_dir, "product_uuid");
    pc.asset_tag = read_field(dmi_dir, "chassis_asset_tag");
    return pc;
}

}  // namespace sanitize::station
