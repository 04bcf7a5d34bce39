// The keys and assets registers: reads that join what the ledger keeps apart (a key and its
// titles), and the checks an asset passes before it is written.
#include "sanitize/jobs/registry.hpp"

#include "sanitize/files.hpp"

namespace sanitize::jobs {

namespace {

constexpr std::size_t max_public_key_bytes = 64 * 1024;
constexpr std::size_t max_csv_bytes = std::size_t{64} << 20;

Error with_detail(Errc code, Reason reason, std::string context, std::string detail, std::string expected = {}) {
    Error error = make_error(code, reason, std::move(context));
    error.detail = std::move(detail);
    error.expected = std::move(expected);
    return error;
}

}  // namespace

Result<keys::PublicKey> read_public_key_file(const std::string& path) {
    Result<std::string> text = files::read_small_file(path, max_public_key_bytes);
    if (!text) return about_path(text.error(), path);
    Result<keys::PublicKey> key = keys::decode_public_key(*text);
    if (!key) return about_path(key.error(), path);
    return key;
}

Result<std::vector<RegisteredKey>> registered_keys(ledger::Ledger& ledger) {
    Result<std::vector<ledger::KeyRecord>> records = ledger.registered_keys();
    if (!records) return records.error();
    std::vector<RegisteredKey> listed;
    listed.reserve(records->size());
    for (ledger::KeyRecord& record : *records) {
        Result<std::vector<ApproverTitle>> titles = key_titles(ledger, record.public_key.id);
        if (!titles) return titles.error();
        listed.push_back({std::move(record), std::move(*titles)});
    }
    return listed;
}

Result<void> check_retention_date(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() != 10 || !ledger::parse_time_text(std::string(text) + "T00:00:00Z")) {
        return with_detail(Errc::invalid_argument, Reason::date_spec, {}, std::string(text), "--retention");
    }
    return {};
}

Result<ledger::Event> add_asset(ledger::Ledger& ledger, const keys::SecretKey& actor, const ledger::Asset& asset) {
    if (Result<void> checked = check_retention_date(asset.retention); !checked) return checked.error();
    Result<ledger::Event> event = ledger.register_asset(actor, asset);
    if (!event && event.error().code == Errc::conflict) {
        return with_detail(Errc::conflict, Reason::asset_exists, "asset " + asset.asset_id, asset.asset_id);
    }
    return event;
}

Result<ledger::Event> edit_asset(ledger::Ledger& ledger, const keys::SecretKey& actor, const ledger::Asset& asset) {
    if (Result<void> checked = check_retention_date(asset.retention); !checked) return checked.error();
    Result<std::optional<ledger::Asset>> found = ledger.find_asset(asset.asset_id);
    if (!found) return found.error();
    if (!found->has_value()) return with_detail(Errc::not_found, Reason::asset_unknown, {}, asset.asset_id);
    return ledger.update_asset(actor, asset);
}

Result<std::string> read_assets_csv(const std::string& path) {
    Result<std::string> csv = files::read_small_file(path, max_csv_bytes);
    if (!csv) return about_path(csv.error(), path);
    return csv;
}

Result<ledger::ImportSummary> import_assets(ledger::Ledger& ledger, const keys::SecretKey& actor, std::string_view csv,
                                            const std::string& path) {
    Result<ledger::ImportSummary> summary = ledger.import_assets_csv(actor, csv);
    if (summary) return summary;
    Error error = about_path(summary.error(), path);
    if (error.code == Errc::malformed_input) error.reason = Reason::csv_malformed;
    return error;
}

}  // namespace sanitize::jobs
