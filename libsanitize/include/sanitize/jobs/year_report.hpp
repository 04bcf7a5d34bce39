// The yearly information-security report (seed 004; POLICY "Incidents and reporting"): the
// ledger's figures of a calendar year for the organisation and for each department, as CSV for
// Excel and as a signed bilingual PDF in the certificate's style. The figures themselves are
// Ledger::year_figures'.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sanitize/jobs/signer.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// One row per department (sorted; events of no department last, as "部署なし") and a last row
// for the whole organisation ("全体"), Japanese headers, RFC 4180 quoting, CRLF line ends and a
// UTF-8 byte order mark, which Excel needs to read UTF-8. Columns: 部署, 消去証明書, 消去,
// 消去完了, 例外付き消去, 消去失敗, 消去中断, 持ち出し, 持ち出し(公開), 持ち出し(社外秘),
// 持ち出し(極秘), 返却, パスワード通知, 紛失事故, 監査所見 (the organisation's row only).
std::string year_report_csv(const ledger::YearFigures& figures);

// The calendar year it is at `now` at `utc_offset_minutes` from UTC: an office's "this year"
// turns at its own midnight, not at UTC's. The year a report is of when none is named.
int report_year(std::chrono::sys_seconds now, int utc_offset_minutes = 9 * 60);

// One row of the report's table, in year_report_csv's rows and columns, for a front end that
// shows the table in its own words. counts: 消去証明書, 消去, 消去完了, 例外付き消去, 消去失敗,
// 消去中断, 持ち出し, 持ち出し(公開), 持ち出し(社外秘), 持ち出し(極秘), 返却, パスワード通知,
// 紛失事故.
enum class YearReportRowKind { department, no_department, organisation };
inline constexpr std::size_t year_report_count_columns = 13;

struct YearReportRow {
    YearReportRowKind kind = YearReportRowKind::department;
    std::string department{};  // the department's name; empty for the other kinds
    std::array<std::int64_t, year_report_count_columns> counts{};
    std::optional<std::int64_t> audit_notes{};  // the organisation's row only
};

// The named departments in order, then the events of no department (when there are any), then
// the whole organisation.
std::vector<YearReportRow> year_report_rows(const ledger::YearFigures& figures);

// year_report_csv written to `output`, a new file (Reason::output_exists; never overwritten).
[[nodiscard]] Result<void> write_year_report_csv(const ledger::YearFigures& figures, const std::string& output);

struct YearReportPdfRequest {
    ledger::YearFigures figures;
    int utc_offset_minutes = 9 * 60;
    std::string organisation;  // the ledger's
    std::string signer_name;   // printed with the key id
    std::string font_path;     // empty: cert::find_japanese_font()
};

// The report as an A4 PDF in both languages: the organisation's figures, then each department's.
[[nodiscard]] Result<std::string> render_year_report_pdf(const YearReportPdfRequest& request);

struct SignedYearReport {
    std::string pdf_path;
    std::string signature_path;  // pdf_path + ".minisig"
    std::string sha256;          // of the PDF
};

// Renders the PDF and writes it to `output` and its detached minisign signature (trusted
// comment "sanitize-year-report year=Y from=… to=…", the UTC bounds) to `output.minisig`,
// both new files (Reason::output_exists; neither is ever overwritten), signed by the signer's
// key, which must be registered in the ledger and valid now (authorise_signer). A signature that
// cannot be written removes the PDF again: an unsigned report is not left behind.
[[nodiscard]] Result<SignedYearReport> write_signed_year_report(Signer& signer, YearReportPdfRequest request,
                                                                const std::string& output);

}  // namespace sanitize::jobs
