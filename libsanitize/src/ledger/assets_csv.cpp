// The asset list as the spreadsheet most offices keep today: CSV with the policy's Japanese
// column names, and its import as ledger events.
#include <algorithm>
#include <array>
#include <optional>
#include <set>

#include "ledger/canonical_json.hpp"
#include "ledger/csv.hpp"
#include "ledger/payloads.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::ledger {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// The columns in the order of POLICY's ledger and of detail::asset_fields.
constexpr std::array<std::string_view, 10> headers{
    "資産ID", "資産名", "備考", "管理部署", "管理責任者", "利用者範囲", "媒体・保存場所", "保存期間", "機密区分", "状態"};
constexpr std::size_t id_column = 0;
constexpr std::size_t name_column = 1;
constexpr std::size_t classification_column = 8;

// The level's names in seeds 002 and 003; a digit is accepted too.
std::optional<int> parse_classification(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, int>, 8> names{{
        {"0", 0}, {"1", 1}, {"2", 2}, {"公開", 0}, {"公知", 0}, {"社外秘", 1}, {"機密", 1}, {"極秘", 2}}};
    for (const auto& [name, level] : names) {
        if (name == text) return level;
    }
    return std::nullopt;
}

// detail: the row; expected: the column (its header, or its position): a front end words them.
Error row_error(Errc code, std::size_t row, std::string column = {}) {
    Error error = make_error(code, "csv row " + std::to_string(row) + (column.empty() ? "" : " column " + column));
    error.detail = std::to_string(row);
    error.expected = std::move(column);
    return error;
}

Error cell_error(Errc code, std::size_t row, std::size_t column) { return row_error(code, row, std::string(headers[column])); }

// header position of each of our columns (-1 when absent)
using ColumnMap = std::array<int, headers.size()>;

Result<ColumnMap> map_header(const detail::CsvRecord& header) {
    ColumnMap map;
    map.fill(-1);
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto it = std::find(headers.begin(), headers.end(), header[i]);
        const auto column = static_cast<std::size_t>(it - headers.begin());
        if (it == headers.end() || map[column] >= 0) {
            return row_error(Errc::malformed_input, 1, std::to_string(i + 1));
        }
        map[column] = static_cast<int>(i);
    }
    for (const std::size_t required : {id_column, name_column, classification_column}) {
        if (map[required] < 0) return cell_error(Errc::malformed_input, 1, required);
    }
    return map;
}

Result<Asset> asset_from_record(const detail::CsvRecord& record, const ColumnMap& map, std::size_t row) {
    std::array<std::string, headers.size()> cells;
    for (std::size_t column = 0; column < headers.size(); ++column) {
        if (map[column] < 0) continue;
        cells[column] = detail::from_spreadsheet_cell(record[static_cast<std::size_t>(map[column])]);
        // Checked here, so that the error names the cell and the number goes no further.
        if (contains_my_number(cells[column])) {
            Error error = cell_error(Errc::refused, row, column);
            error.reason = Reason::my_number_in_csv;
            return error;
        }
    }
    if (cells[id_column].empty()) return cell_error(Errc::malformed_input, row, id_column);
    if (cells[name_column].empty()) return cell_error(Errc::malformed_input, row, name_column);
    const auto level = parse_classification(cells[classification_column]);
    if (!level) return cell_error(Errc::malformed_input, row, classification_column);
    return Asset{cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7], *level, cells[9], 0};
}

bool same_fields(Asset a, Asset b) {
    a.updated_seq = b.updated_seq = 0;
    return a == b;
}

}  // namespace

std::string assets_to_csv(std::span<const Asset> assets, const CsvOptions& options) {
    std::string out(options.byte_order_mark ? byte_order_mark : "");
    detail::append_csv_record(out, detail::CsvRecord(headers.begin(), headers.end()));
    for (const Asset& a : assets) {
        detail::append_csv_record(out, {a.asset_id, a.name, a.remarks, a.department, a.owner, a.user_scope,
                                        a.media_location, a.retention, std::to_string(a.classification), a.status});
    }
    return out;
}

Result<std::vector<Asset>> assets_from_csv(std::string_view text) {
    if (text.starts_with(byte_order_mark)) text.remove_prefix(byte_order_mark.size());
    auto records = detail::parse_csv(text);
    if (!records) return records.error();
    if (records->empty()) return row_error(Errc::malformed_input, 1);
    auto map = map_header(records->front());
    if (!map) return map.error();
    std::vector<Asset> assets;
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 1; i < records->size(); ++i) {
        const detail::CsvRecord& record = (*records)[i];
        const std::size_t row = i + 1;
        if (record.size() == 1 && record.front().empty()) continue;  // a blank line
        if (record.size() != records->front().size()) {
            return row_error(Errc::malformed_input, row);
        }
        auto asset = asset_from_record(record, *map, row);
        if (!asset) return asset.error();
        if (!seen.insert(asset->asset_id).second) return cell_error(Errc::conflict, row, id_column);
        assets.push_back(std::move(*asset));
    }
    return assets;
}

Result<ImportSummary> Ledger::import_assets_csv(const keys::SecretKey& actor, std::string_view csv,
                                                const AppendOptions& options) {
    auto rows = assets_from_csv(csv);
    if (!rows) return rows.error();
    ImportSummary summary;
    std::vector<Draft> drafts;
    for (const Asset& asset : *rows) {
        auto existing = find_asset(asset.asset_id);
        if (!existing) return existing.error();
        if (existing->has_value() && same_fields(**existing, asset)) {
            ++summary.unchanged;
            continue;
        }
        const EventType type = existing->has_value() ? EventType::asset_update : EventType::asset_register;
        ++(type == EventType::asset_update ? summary.updated : summary.registered);
        auto payload = detail::checked_canonical_text(detail::asset_payload(asset));
        if (!payload) return payload.error();
        drafts.push_back({type, std::move(*payload)});
    }
    if (auto written = append_all(actor, drafts, options); !written) return written.error();
    return summary;
}

}  // namespace sanitize::ledger
