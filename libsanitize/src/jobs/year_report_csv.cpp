// year_report_csv: the yearly figures as a table for Excel, one row per department and one for
// the whole organisation, written by the same CSV writer as the asset list.
#include <numeric>

#include "ledger/csv.hpp"
#include "sanitize/jobs/year_report.hpp"

namespace sanitize::jobs {
namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
constexpr std::array<const char*, 4> outcomes{"erased", "erased_with_exceptions", "failed", "aborted"};

std::string count_of(const std::map<std::string, std::int64_t>& counts, const char* key) {
    const auto found = counts.find(key);
    return std::to_string(found != counts.end() ? found->second : 0);
}

ledger::detail::CsvRecord row_of(const std::string& department, const ledger::FigureCounts& counts) {
    const std::int64_t wipes = std::accumulate(counts.wipes_by_outcome.begin(), counts.wipes_by_outcome.end(), std::int64_t{0},
                                               [](std::int64_t sum, const auto& entry) { return sum + entry.second; });
    ledger::detail::CsvRecord row{department, std::to_string(counts.certificates), std::to_string(wipes)};
    for (const char* outcome : outcomes) row.push_back(count_of(counts.wipes_by_outcome, outcome));
    row.push_back(std::to_string(counts.carry_outs));
    for (const std::int64_t level : counts.carry_outs_by_classification) row.push_back(std::to_string(level));
    row.push_back(std::to_string(counts.returns));
    row.push_back(std::to_string(counts.disclosures));
    row.push_back(std::to_string(counts.incidents));
    return row;
}

}  // namespace

std::string year_report_csv(const ledger::YearFigures& figures) {
    std::string out(byte_order_mark);
    ledger::detail::append_csv_record(out, {"部署", "消去証明書", "消去", "消去完了", "例外付き消去", "消去失敗", "消去中断", "持ち出し",
                                            "持ち出し(公開)", "持ち出し(社外秘)", "持ち出し(極秘)", "返却", "パスワード通知", "紛失事故",
                                            "監査所見"});
    // Named departments in order, the events of no department after them.
    for (const auto& [department, counts] : figures.departments) {
        if (department.empty()) continue;
        ledger::detail::CsvRecord row = row_of(department, counts);
        row.emplace_back();  // audit notes belong to the organisation's row
        ledger::detail::append_csv_record(out, row);
    }
    if (const auto none = figures.departments.find(""); none != figures.departments.end()) {
        ledger::detail::CsvRecord row = row_of("部署なし", none->second);
        row.emplace_back();
        ledger::detail::append_csv_record(out, row);
    }
    ledger::detail::CsvRecord total = row_of("全体", figures);
    total.push_back(std::to_string(figures.audit_notes));
    ledger::detail::append_csv_record(out, total);
    return out;
}

}  // namespace sanitize::jobs
