// year_report_csv: the yearly figures as a table for Excel, one row per department and one for
// the whole organisation, written by the same CSV writer as the asset list. year_report_rows is
// the same table as numbers, for a front end that shows it in its own words.
#include <numeric>

#include "ledger/csv.hpp"
#include "sanitize/files.hpp"
#include "sanitize/jobs/year_report.hpp"

namespace sanitize::jobs {
namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
constexpr std::array<const char*, 4> outcomes{"erased", "erased_with_exceptions", "failed", "aborted"};

std::int64_t count_of(const std::map<std::string, std::int64_t>& counts, const char* key) {
    const auto found = counts.find(key);
    return found != counts.end() ? found->second : 0;
}

YearReportRow row_of(YearReportRowKind kind, const std::string& department, const ledger::FigureCounts& counts) {
    const std::int64_t wipes = std::accumulate(counts.wipes_by_outcome.begin(), counts.wipes_by_outcome.end(), std::int64_t{0},
                                               [](std::int64_t sum, const auto& entry) { return sum + entry.second; });
    YearReportRow row{kind, department, {}, std::nullopt};
    std::size_t column = 0;
    row.counts[column++] = counts.certificates;
    row.counts[column++] = wipes;
    for (const char* outcome : outcomes) row.counts[column++] = count_of(counts.wipes_by_outcome, outcome);
    row.counts[column++] = counts.carry_outs;
    for (const std::int64_t level : counts.carry_outs_by_classification) row.counts[column++] = level;
    row.counts[column++] = counts.returns;
    row.counts[column++] = counts.disclosures;
    row.counts[column++] = counts.incidents;
    return row;
}

std::string csv_name(const YearReportRow& row) {
    switch (row.kind) {
        case YearReportRowKind::department: return row.department;
        case YearReportRowKind::no_department: return "部署なし";
        case YearReportRowKind::organisation: return "全体";
    }
    return row.department;
}

}  // namespace

int report_year(std::chrono::sys_seconds now, int utc_offset_minutes) {
    const std::chrono::sys_days day = std::chrono::floor<std::chrono::days>(now + std::chrono::minutes{utc_offset_minutes});
    return static_cast<int>(std::chrono::year_month_day{day}.year());
}

std::vector<YearReportRow> year_report_rows(const ledger::YearFigures& figures) {
    std::vector<YearReportRow> rows;
    // Named departments in order, the events of no department after them.
    for (const auto& [department, counts] : figures.departments) {
        if (!department.empty()) rows.push_back(row_of(YearReportRowKind::department, department, counts));
    }
    if (const auto none = figures.departments.find(""); none != figures.departments.end()) {
        rows.push_back(row_of(YearReportRowKind::no_department, "", none->second));
    }
    YearReportRow total = row_of(YearReportRowKind::organisation, "", figures);
    total.audit_notes = figures.audit_notes;  // an audit is not a department's
    rows.push_back(std::move(total));
    return rows;
}

std::string year_report_csv(const ledger::YearFigures& figures) {
    std::string out(byte_order_mark);
    ledger::detail::append_csv_record(out, {"部署", "消去証明書", "消去", "消去完了", "例外付き消去", "消去失敗", "消去中断", "持ち出し",
                                            "持ち出し(公開)", "持ち出し(社外秘)", "持ち出し(極秘)", "返却", "パスワード通知", "紛失事故",
                                            "監査所見"});
    for (const YearReportRow& row : year_report_rows(figures)) {
        ledger::detail::CsvRecord record{csv_name(row)};
        for (const std::int64_t count : row.counts) record.push_back(std::to_string(count));
        record.push_back(row.audit_notes ? std::to_string(*row.audit_notes) : std::string());
        ledger::detail::append_csv_record(out, record);
    }
    return out;
}

Result<void> write_year_report_csv(const ledger::YearFigures& figures, const std::string& output) {
    Result<void> written = files::write_new_file(output, year_report_csv(figures), 0644);
    if (written) return written;
    Error error = written.error();
    error.path = output;
    if (error.code == Errc::conflict) error.reason = Reason::output_exists;
    return error;
}

}  // namespace sanitize::jobs
