// The registers the administrators keep in the ledger, as every front end reads and changes
// them: the registered keys with their approver titles (`sanitize key`), and the assets
// (`sanitize asset add|update`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sanitize/jobs/approvals.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// The end of a key registration given no end: revocation ends it.
inline constexpr std::string_view open_key_validity_end = "9999-12-31T23:59:59Z";

// A minisign public key file (path: the file when it does not read or decode).
[[nodiscard]] Result<keys::PublicKey> read_public_key_file(const std::string& path);

struct RegisteredKey {
    ledger::KeyRecord record;
    std::vector<ApproverTitle> titles;  // as the last key.title of the key gave them
};

// Every registered key, in the ledger's order, with its titles.
[[nodiscard]] Result<std::vector<RegisteredKey>> registered_keys(ledger::Ledger& ledger);

// An asset's retention: empty, or the last day it is kept as YYYY-MM-DD, so that
// past_retention finds it (Reason::date_spec; detail: the text; expected: "--retention").
[[nodiscard]] Result<void> check_retention_date(std::string_view text);

// A new asset: its retention checked, then Ledger::register_asset; an id the ledger holds
// already is Errc::conflict, Reason::asset_exists (detail: the id).
[[nodiscard]] Result<ledger::Event> add_asset(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                              const ledger::Asset& asset);

// A changed asset (every field as given): its retention checked, an id the ledger does not hold
// Errc::not_found, Reason::asset_unknown (detail: the id), then Ledger::update_asset.
[[nodiscard]] Result<ledger::Event> edit_asset(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                               const ledger::Asset& asset);

// An asset CSV file's text (path: the file; Errc::malformed_input above 64 MiB), read before
// anyone is asked for a passphrase.
[[nodiscard]] Result<std::string> read_assets_csv(const std::string& path);

// Ledger::import_assets_csv of the text read from `path`: all rows or none. A row that does not
// read is Reason::csv_malformed (context: "csv row N column NAME"; path: the file).
[[nodiscard]] Result<ledger::ImportSummary> import_assets(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                          std::string_view csv, const std::string& path);

}  // namespace sanitize::jobs
