// Figures for the yearly information-security report (seed 004), counted from the events.
#include "ledger/canonical_json.hpp"
#include "ledger/store.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::ledger {

namespace {

constexpr int max_offset_minutes = 14 * 60;  // the widest offsets in use (UTC-12 .. UTC+14)

void count(FigureCounts& figures, EventType type, const nlohmann::json& payload) {
    auto text = [&](const char* field) {
        const auto it = payload.find(field);
        return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string("unknown");
    };
    switch (type) {
        case EventType::wipe_certificate:
            ++figures.certificates;
            ++figures.wipes_by_outcome[text("outcome")];
            break;
        case EventType::media_carry_out: {
            ++figures.carry_outs;
            const auto level = payload.find("classification");
            if (level != payload.end() && level->is_number_integer()) {
                const auto value = level->get<std::int64_t>();
                if (value >= 0 && value <= 2) ++figures.carry_outs_by_classification[static_cast<std::size_t>(value)];
            }
            break;
        }
        case EventType::media_return: ++figures.returns; break;
        case EventType::attachment_disclosure: ++figures.disclosures; break;
        case EventType::incident_report: ++figures.incidents; break;
        default: break;
    }
}

bool counted(EventType type) {
    switch (type) {
        case EventType::wipe_certificate:
        case EventType::media_carry_out:
        case EventType::media_return:
        case EventType::attachment_disclosure:
        case EventType::incident_report: return true;
        default: return false;
    }
}

std::string string_field(const nlohmann::json& payload, const char* field) {
    const auto it = payload.find(field);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

// The department an event counts for: its asset's, as the asset list says now (the policy's
// managing department), else the one the payload names (a certificate's), else none. Asset rows
// are read once per report.
class Departments {
public:
    explicit Departments(Store& store) : store_(store) {}

    Result<std::string> of(const nlohmann::json& payload) {
        const std::string asset_id = string_field(payload, "asset_id");
        if (!asset_id.empty()) {
            auto cached = by_asset_.find(asset_id);
            if (cached == by_asset_.end()) {
                auto asset = store_.find_asset(asset_id);
                if (!asset) return asset.error();
                cached = by_asset_.emplace(asset_id, asset->has_value() ? (*asset)->department : std::string{}).first;
            }
            if (!cached->second.empty()) return cached->second;
        }
        return string_field(payload, "department");
    }

private:
    Store& store_;
    std::map<std::string, std::string> by_asset_;
};

}  // namespace

Result<YearBounds> year_bounds(const ReportOptions& options) {
    using namespace std::chrono;
    if (options.utc_offset_minutes < -max_offset_minutes || options.utc_offset_minutes > max_offset_minutes ||
        options.year < 1970 || options.year > 9998) {
        return make_error(Errc::invalid_argument, "report year or offset");
    }
    const minutes offset{options.utc_offset_minutes};
    const auto start = [&](int y) { return floor<seconds>(sys_days{year{y} / January / 1} - offset); };
    return YearBounds{time_text(start(options.year)), time_text(start(options.year + 1))};
}

Result<YearFigures> Ledger::year_figures(const ReportOptions& options) {
    Result<YearBounds> bounds = year_bounds(options);
    if (!bounds) return bounds.error();
    YearFigures figures;
    figures.year = options.year;
    figures.time_from = bounds->time_from;
    figures.time_to = bounds->time_to;
    if (auto ok = store_->begin(Store::Mode::read); !ok) return ok.error();
    Transaction snapshot(*store_);
    EventQuery query{.after_seq = 0, .limit = 1000, .time_from = figures.time_from, .time_to = figures.time_to};
    Departments departments(*store_);
    for (;;) {
        auto rows = store_->read_events(query);
        if (!rows) return rows.error();
        for (const StoredEvent& row : *rows) {
            const auto type = parse_event_type(row.type);
            auto payload = detail::parse_strict(row.payload);
            if (!type || !payload) return make_error(Errc::malformed_input, "event " + std::to_string(row.seq));
            if (*type == EventType::audit_note) ++figures.audit_notes;
            if (counted(*type)) {
                count(figures, *type, *payload);
                auto department = departments.of(*payload);
                if (!department) return department.error();
                count(figures.departments[*department], *type, *payload);
            }
            query.after_seq = row.seq;
        }
        if (rows->size() < query.limit) return figures;
    }
}

}  // namespace sanitize::ledger
