// RFC 4180 CSV: fields separated by commas, records by CRLF (LF and CR accepted on input),
// fields quoted with '"' when they hold a comma, a quote or a line break, quotes doubled.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sanitize/result.hpp"

namespace sanitize::ledger::detail {

using CsvRecord = std::vector<std::string>;

// Errc::malformed_input with "csv row N column M" (1-based; row 1 is the header) as context.
Result<std::vector<CsvRecord>> parse_csv(std::string_view text);
void append_csv_record(std::string& out, const CsvRecord& record);

}  // namespace sanitize::ledger::detail
