// Sizes and rates for people, one convention for the CLI, the GUI and the station: decimal SI
// units (kB, MB, GB, …, powers of 1000), as
//   - the capacity printed on a USB stick or a disk ("16 GB") is counted,
//   - the certificate gives a size ("16.8 MB (16,777,216 B)", cert/pdf_format.hpp), and
//   - rates are given (MB/s), so that "400.0 MB in 2.9 s, 137.9 MB/s" adds up.
// The unit symbols are international: the same in English and Japanese text.
#pragma once

#include <cstdint>
#include <string>

namespace sanitize {

std::string size_text(std::uint64_t bytes);      // "16.8 MB", "512 B"
std::string rate_text(double bytes_per_second);  // "33.5 MB/s"; 0.0 for a rate not finite or below 0

}  // namespace sanitize
