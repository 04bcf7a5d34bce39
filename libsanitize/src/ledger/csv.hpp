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
// Writes every field as spreadsheet_cell() makes it: the CSV is meant for Excel.
void append_csv_record(std::string& out, const CsvRecord& record);

// A spreadsheet runs a cell that starts with = + - @, a tab or a carriage return as a formula
// (CSV injection: "=HYPERLINK(...)" in an asset name). Such a value is written with an
// apostrophe before it, which Excel and LibreOffice show as text and hide; a value that starts
// with an apostrophe followed by one of those (or by another apostrophe) gets one too, so that
// from_spreadsheet_cell() gives back exactly the value.
std::string spreadsheet_cell(std::string_view value);
std::string from_spreadsheet_cell(std::string_view cell);

}  // namespace sanitize::ledger::detail
