// Figures for the yearly information-security report (seed 004), counted from the events.
#include "ledger/canonical_json.hpp"
#include "ledger/store.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::ledger {

namespace {

constexpr int max_offset_minutes = 14 * 60;  // the widest offsets in use (UTC-12 .. UTC+14)

void count(YearFigures& figures, EventType type, const nlohmann::json& payload) {
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
        default: break;
    }
}

}  // namespace

Result<YearFigures> Ledger::year_figures(const ReportOptions& options) {
    using namespace std::chrono;
    if (options.utc_offset_minutes < -max_offset_minutes || options.utc_offset_minutes > max_offset_minutes ||
        options.year < 1970 || options.year > 9998) {
        return make_error(Errc::invalid_argument, "report year or offset");
    }
    const minutes offset{options.utc_offset_minutes};
    const auto start = [&](int y) { return floor<seconds>(sys_days{year{y} / January / 1} - offset); };
    YearFigures figures;
    figures.year = options.year;
    figures.time_from = time_text(start(options.year));
    figures.time_to = time_text(start(options.year + 1));
    if (auto ok = store_->begin(Store::Mode::read); !ok) return ok.error();
    Transaction snapshot(*store_);
    EventQuery query{.after_seq = 0, .limit = 1000, .time_from = figures.time_from, .time_to = figures.time_to};
    for (;;) {
        auto rows = store_->read_events(query);
        if (!rows) return rows.error();
        for (const StoredEvent& row : *rows) {
            const auto type = parse_event_type(row.type);
            auto payload = detail::parse_strict(row.payload);
            if (!type || !payload) return make_error(Errc::malformed_input, "event " + std::to_string(row.seq));
            count(figures, *type, *payload);
            query.after_seq = row.seq;
        }
        if (rows->size() < query.limit) return figures;
    }
}

}  // namespace sanitize::ledger
