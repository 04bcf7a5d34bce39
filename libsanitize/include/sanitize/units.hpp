// Sizes and rates for people, one convention for the CLI, the GUI and the station:
//   sizes in binary units (KiB, MiB, GiB, …): media are counted in 512-byte and 4 KiB sectors,
//     and the options, the docs and the limits they name (FAT32's 4 GiB) speak binary units, so
//     a size reads the same in the report as in the documentation;
//   rates in decimal megabytes per second (MB/s), as dd and the benchmarks report them.
// The unit symbols are international: the same in English and Japanese text.
#pragma once

#include <cstdint>
#include <string>

namespace sanitize {

std::string size_text(std::uint64_t bytes);      // "16.0 MiB", "512 B"
std::string rate_text(double bytes_per_second);  // "33.5 MB/s"; 0.0 for a rate not finite or below 0

}  // namespace sanitize
