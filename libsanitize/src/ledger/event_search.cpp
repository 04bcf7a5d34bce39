// The event list of the GUI's Audit page: filters and readable columns, in the library so that
// any front end shows the same rows. The time bounds go to the store's query; type, asset and
// text need the parsed payload and are applied here, page by page, so that a call on a ledger of
// 100k events stays short and the caller decides when to ask for more.
#include <algorithm>
#include <map>

#include "ledger/canonical_json.hpp"
#include "ledger/chain.hpp"
#include "ledger/csv.hpp"
#include "ledger/store.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::ledger {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Bytewise, ASCII letters folded: Japanese text matches as typed.
bool contains_folded(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                [](char a, char b) { return lower(a) == lower(b); });
    return it != haystack.end();
}

std::string string_field(const nlohmann::json& payload, const char* name) {
    const auto it = payload.find(name);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

// Hashes and keys say nothing to a reader and would crowd the column out.
bool hidden_field(std::string_view name) {
    return name == "asset_id" || name == "department" || name.ends_with("sha256") || name == "public_key" ||
           name == "root_key" || name.ends_with("recipient_fingerprints") || name == "manifest_age";
}

std::string value_text(const nlohmann::json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string summary_of(const nlohmann::json& payload) {
    if (!payload.is_object()) return value_text(payload);
    std::string summary;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (hidden_field(it.key())) continue;
        if (!summary.empty()) summary += ", ";
        summary += it.key() + ": " + value_text(it.value());
    }
    return summary;
}

bool any_text_contains(const nlohmann::json& value, std::string_view needle) {
    if (value.is_string()) return contains_folded(value.get_ref<const std::string&>(), needle);
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (contains_folded(it.key(), needle) || any_text_contains(it.value(), needle)) return true;
        }
        return false;
    }
    if (value.is_array()) {
        return std::any_of(value.begin(), value.end(), [&](const nlohmann::json& item) { return any_text_contains(item, needle); });
    }
    return contains_folded(value.dump(), needle);
}

// Key names and asset departments, read once per call and then from memory.
class Names {
public:
    explicit Names(Store& store) : store_(store) {}

    Result<std::string> key_name(std::string_view key_id) {
        if (!keys_loaded_) {
            auto rows = store_.read_keys();
            if (!rows) return rows.error();
            for (const KeyRow& row : *rows) keys_[row.key_id] = row.name;
            keys_loaded_ = true;
        }
        const auto it = keys_.find(key_id);
        return it == keys_.end() ? std::string{} : it->second;
    }

    Result<std::string> department(const std::string& asset_id) {
        if (asset_id.empty()) return std::string{};
        const auto cached = departments_.find(asset_id);
        if (cached != departments_.end()) return cached->second;
        auto asset = store_.find_asset(asset_id);
        if (!asset) return asset.error();
        return departments_[asset_id] = asset->has_value() ? (*asset)->department : std::string{};
    }

private:
    Store& store_;
    bool keys_loaded_ = false;
    std::map<std::string, std::string, std::less<>> keys_;
    std::map<std::string, std::string, std::less<>> departments_;
};

bool type_wanted(const EventFilter& filter, EventType type) {
    return filter.types.empty() || std::find(filter.types.begin(), filter.types.end(), type) != filter.types.end();
}

// The row for `event` when it passes the filter.
Result<std::optional<EventRow>> row_if_match(const EventFilter& filter, Event event, Names& names) {
    if (!type_wanted(filter, event.type)) return std::optional<EventRow>{};
    auto payload = detail::parse_strict(event.payload);
    if (!payload) return make_error(Errc::malformed_input, "event " + std::to_string(event.seq));
    EventRow row;
    row.asset_id = string_field(*payload, "asset_id");
    if (!contains_folded(row.asset_id, filter.asset_id) || (row.asset_id.empty() && !filter.asset_id.empty())) {
        return std::optional<EventRow>{};
    }
    const std::string key_id = keys::key_id_hex(event.actor);
    auto actor_name = names.key_name(key_id);
    if (!actor_name) return actor_name.error();
    row.actor_name = std::move(*actor_name);
    const std::string_view type_name = event_type_name(event.type);
    if (!filter.text.empty() && !contains_folded(type_name, filter.text) && !contains_folded(key_id, filter.text) &&
        !contains_folded(row.actor_name, filter.text) && !any_text_contains(*payload, filter.text)) {
        return std::optional<EventRow>{};
    }
    row.department = string_field(*payload, "department");
    if (row.department.empty()) {
        auto department = names.department(row.asset_id);
        if (!department) return department.error();
        row.department = std::move(*department);
    }
    row.summary = summary_of(*payload);
    row.event = std::move(event);
    return std::optional<EventRow>{std::move(row)};
}

}  // namespace

Result<EventPage> Ledger::search_events(const EventFilter& filter, const EventSearch& search) {
    if (auto ok = store_->begin(Store::Mode::read); !ok) return ok.error();
    Transaction snapshot(*store_);
    Names names(*store_);
    EventPage page;
    page.scanned_to = search.after_seq;
    const std::size_t max_rows = std::max<std::size_t>(search.max_rows, 1);
    const std::size_t max_scanned = std::max<std::size_t>(search.max_scanned, 1);
    const std::size_t chunk = std::min<std::size_t>(max_scanned, 1000);
    std::size_t scanned = 0;
    while (!page.complete && page.rows.size() < max_rows && scanned < max_scanned) {
        auto stored = store_->read_events(
            {.after_seq = page.scanned_to, .limit = chunk, .time_from = filter.time_from, .time_to = filter.time_to});
        if (!stored) return stored.error();
        std::size_t used = 0;
        for (const StoredEvent& raw : *stored) {
            if (page.rows.size() >= max_rows) break;
            auto event = detail::decode_event(raw);
            if (!event) return event.error();
            auto row = row_if_match(filter, std::move(*event), names);
            if (!row) return row.error();
            page.scanned_to = raw.seq;
            ++used;
            if (!*row) continue;
            (*row)->actor_is_root = (*row)->event.actor == info_.root_key.id;
            page.rows.push_back(std::move(**row));
        }
        scanned += used;
        // A short read that was used up is the end of the events.
        page.complete = used == stored->size() && stored->size() < chunk;
    }
    return page;
}

// The CSV is written for the office's own records, in the ledger's language (its headers are
// Japanese too): the root key has no registered name, so it is named by its role.
constexpr std::string_view root_actor_label = "台帳ルート鍵";

std::string event_rows_to_csv(std::span<const EventRow> rows, const CsvOptions& options) {
    std::string out = options.byte_order_mark ? std::string(byte_order_mark) : std::string{};
    detail::append_csv_record(out, {"連番", "日時", "種別", "資産ID", "実行者", "部署", "内容", "鍵ID"});
    for (const EventRow& row : rows) {
        detail::append_csv_record(out, {std::to_string(row.event.seq), row.event.time,
                                        std::string(event_type_name(row.event.type)), row.asset_id,
                                        row.actor_is_root ? std::string(root_actor_label) : row.actor_name,
                                        row.department, row.summary, keys::key_id_hex(row.event.actor)});
    }
    return out;
}

}  // namespace sanitize::ledger
