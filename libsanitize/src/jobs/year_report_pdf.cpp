// render_year_report_pdf: the yearly figures as an A4 form in the certificate's style (its
// canvas and form writer, its font), Japanese and English side by side as on a certificate:
// the organisation's figures first, then one section per department.
#include <cstdio>
#include <numeric>

#include "cert/pdf_canvas.hpp"
#include "cert/pdf_labels.hpp"
#include "cert/pdf_layout.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/jobs/year_report.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::jobs {
namespace {

using cert::detail::Field;
using cert::detail::FormStyle;
using cert::detail::FormWriter;
using cert::detail::PdfCanvas;

// The report's own labels. The certificate's table (cert/pdf_labels) names the wipe outcomes.
std::string both(std::string_view ja, std::string_view en) { return std::string(ja) + " / " + std::string(en); }

Field value_field(std::string label, std::string value, cert::detail::Face face = cert::detail::Face::text, bool wide = false) {
    return Field{std::move(label), std::move(value), face, wide};
}

std::string offset_text(int minutes) {
    const char sign = minutes < 0 ? '-' : '+';
    const int magnitude = minutes < 0 ? -minutes : minutes;
    char text[16];  // room for any int the compiler cannot rule out; offsets are checked before
    std::snprintf(text, sizeof text, "%c%02d:%02d", sign, magnitude / 60, magnitude % 60);
    return text;
}

std::vector<Field> count_fields(const ledger::FigureCounts& counts) {
    const cert::detail::Labels& labels = cert::detail::Labels::builtin();
    const std::int64_t wipes = std::accumulate(counts.wipes_by_outcome.begin(), counts.wipes_by_outcome.end(), std::int64_t{0},
                                               [](std::int64_t sum, const auto& entry) { return sum + entry.second; });
    std::vector<Field> fields{
        value_field(both("消去証明書", "Erasure certificates"), std::to_string(counts.certificates)),
        value_field(both("消去した媒体", "Media erased"), std::to_string(wipes)),
    };
    for (const auto& [outcome, count] : counts.wipes_by_outcome) {
        fields.push_back(value_field("  " + labels.both("outcome." + outcome), std::to_string(count)));
    }
    fields.push_back(value_field(both("持ち出し", "Carry-outs"), std::to_string(counts.carry_outs)));
    const std::array<std::string, 3> levels{both("0 公開", "0 public"), both("1 社外秘", "1 internal"),
                                            both("2 極秘", "2 strictly confidential")};
    for (std::size_t level = 0; level < levels.size(); ++level) {
        fields.push_back(value_field("  " + levels[level], std::to_string(counts.carry_outs_by_classification[level])));
    }
    fields.push_back(value_field(both("返却", "Returns"), std::to_string(counts.returns)));
    fields.push_back(value_field(both("添付ファイルのパスワード通知", "Attachment passwords disclosed"), std::to_string(counts.disclosures)));
    fields.push_back(value_field(both("媒体の紛失事故", "Lost-media incidents"), std::to_string(counts.incidents)));
    return fields;
}

}  // namespace

Result<std::string> render_year_report_pdf(const YearReportPdfRequest& request) {
    const ledger::YearFigures& figures = request.figures;
    Result<std::string> font = request.font_path.empty() ? cert::find_japanese_font() : Result<std::string>(request.font_path);
    if (!font) return font.error();
    Result<std::unique_ptr<PdfCanvas>> opened = PdfCanvas::open(*font);
    if (!opened) return opened.error();
    PdfCanvas& canvas = **opened;
    const std::string year = std::to_string(figures.year);
    canvas.set_title("Yearly information-security report " + year);
    FormWriter form(canvas, both("情報セキュリティ年次報告", "Yearly information-security report") + " " + year);
    constexpr float x = FormStyle::margin;
    const std::string title_ja = year + " 年 情報セキュリティ年次報告";
    canvas.text(x, form.y() - 18, title_ja, 18);
    canvas.text(x + canvas.width(title_ja, 18) + 10, form.y() - 18, "Yearly information-security report " + year, 12);
    canvas.text(x, form.y() - 30, both("台帳の記録から集計", "Counted from the signed events of the asset ledger"),
                FormStyle::label_size, cert::detail::label_gray);
    form.skip(40);
    form.section(both("報告の範囲", "Scope"));
    form.fields({
        value_field(both("組織", "Organisation"), request.organisation),
        value_field(both("対象期間", "Period"), year + " (UTC " + offset_text(request.utc_offset_minutes) + ")"),
        value_field(both("開始 (UTC)", "From (UTC)"), figures.time_from, cert::detail::Face::mono),
        value_field(both("終了 (UTC、含まない)", "To (UTC, exclusive)"), figures.time_to, cert::detail::Face::mono),
        value_field(both("署名者", "Signed by"), request.signer_name, cert::detail::Face::text, true),
    });
    form.section(both("組織全体", "Whole organisation"));
    std::vector<Field> whole = count_fields(figures);
    whole.push_back(value_field(both("監査所見", "Audit notes"), std::to_string(figures.audit_notes)));
    form.fields(whole);
    for (const auto& [department, counts] : figures.departments) {
        const std::string name = department.empty() ? both("部署なし", "No department") : department;
        form.section(both("部署", "Department") + ": " + name);
        form.fields(count_fields(counts));
    }
    form.skip(4);
    form.paragraph("この報告書には別ファイル（.minisig）の署名があります: minisign -Vm 報告書.pdf -p 署名者の公開鍵", 7.5f,
                   cert::detail::black);
    form.paragraph("This report is signed in a separate file (.minisig): minisign -Vm report.pdf -p signer.pub", 7.5f,
                   cert::detail::black);
    return canvas.save();
}

}  // namespace sanitize::jobs
