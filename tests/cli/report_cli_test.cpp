// Transcripts of `sanitize report` per department: the CSV Excel reads (BOM, CRLF, Japanese
// headers and department names that round-trip), and the signed PDF whose text shows the figures
// (pdftotext) and whose detached signature verifies with stock minisign.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "incident_office.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

// Two departments with a carry-out each, the 総務部 one lost, and an auditor's note.
struct ReportOffice : IncidentOffice {
    ReportOffice() {
        ProcessResult asset = signed_run({"asset", "add", "--id", "PC-3", "--name", "見積書", "--department", "営業部, 東京",
                                          "--classification", "1"});
        INFO(asset.err);
        REQUIRE(asset.ok());
        const std::string folder = dir.file("folder");
        std::filesystem::create_directories(folder);
        create_file(folder + "/a.txt", "a\n");
        const long long lost = carry_out(folder, dir.file("one.tar.age"));
        carry_out(folder, dir.file("two.tar.age"), "PC-3", 1);
        ProcessResult incident = signed_run({"incident", "report", "--carry-out", std::to_string(lost)});
        INFO(incident.err);
        REQUIRE(incident.ok());
        ProcessResult note = run({"audit", "note", "年次監査 完了", "--key", auditor_key, "--passphrase-file", pass_file});
        INFO(note.err);
        REQUIRE(note.ok());
    }
    std::string year = std::to_string(current_japanese_year());
};

std::vector<std::string> split(const std::string& text, const std::string& separator) {
    std::vector<std::string> parts;
    std::size_t at = 0;
    for (std::size_t next; (next = text.find(separator, at)) != std::string::npos; at = next + separator.size()) {
        parts.push_back(text.substr(at, next - at));
    }
    parts.push_back(text.substr(at));
    return parts;
}

}  // namespace

TEST_CASE("report counts per department and for the whole organisation", "[cli][report]") {
    ReportOffice office;
    ProcessResult report = office.run({"report", "--year", office.year, "--json"});
    INFO(report.err);
    REQUIRE(report.ok());
    const json figures = json::parse(report.out);
    CHECK(figures["carry_outs"] == 2);
    CHECK(figures["incidents"] == 1);
    CHECK(figures["audit_notes"] == 1);
    CHECK(figures["departments"]["総務部"]["carry_outs"] == 1);
    CHECK(figures["departments"]["総務部"]["incidents"] == 1);
    CHECK(figures["departments"]["総務部"]["carry_outs_by_classification"] == json::array({0, 0, 1}));
    CHECK(figures["departments"]["営業部, 東京"]["carry_outs_by_classification"] == json::array({0, 1, 0}));
    CHECK(figures["departments"]["営業部, 東京"]["incidents"] == 0);

    ProcessResult text = office.run({"report", "--year", office.year, "--lang", "ja"});
    REQUIRE(text.ok());
    CHECK(contains(text.out, "部署別"));
    CHECK(contains(text.out, "営業部, 東京"));
}

TEST_CASE("report --format csv is what Excel reads: BOM, CRLF, Japanese headers and departments", "[cli][report]") {
    ReportOffice office;
    ProcessResult csv = office.run({"report", "--year", office.year, "--format", "csv"});
    INFO(csv.err);
    REQUIRE(csv.ok());
    REQUIRE(csv.out.starts_with("\xEF\xBB\xBF"));
    const std::vector<std::string> lines = split(csv.out.substr(3), "\r\n");
    REQUIRE(lines.size() == 5);  // header, two departments, the organisation, and the final CRLF
    CHECK(lines.back().empty());
    CHECK(lines[0] ==
          "部署,消去証明書,消去,消去完了,例外付き消去,消去失敗,消去中断,持ち出し,持ち出し(公開),持ち出し(社外秘),持ち出し(極秘),返却,"
          "パスワード通知,紛失事故,監査所見");
    // A department with a comma is quoted, and every line ends in CRLF only (no bare LF).
    CHECK(lines[1] == "\"営業部, 東京\",0,0,0,0,0,0,1,0,1,0,0,0,0,");
    CHECK(lines[2] == "総務部,0,0,0,0,0,0,1,0,0,1,0,0,1,");
    CHECK(lines[3] == "全体,0,0,0,0,0,0,2,0,1,1,0,0,1,1");
    CHECK(csv.out.find('\n') == csv.out.find("\r\n") + 1);

    // To a file: the same bytes; an existing file is never overwritten.
    const std::string file = office.dir.file("年次報告.csv");
    ProcessResult written = office.run({"report", "--year", office.year, "--format", "csv", "-o", file});
    INFO(written.err);
    REQUIRE(written.ok());
    CHECK(read_file(file) == csv.out);
    ProcessResult again = office.run({"report", "--year", office.year, "--format", "csv", "-o", file});
    CHECK(again.exit_code != 0);
    CHECK(read_file(file) == csv.out);
}

TEST_CASE("report --format pdf writes a bilingual PDF and a signature stock minisign verifies", "[cli][report]") {
    ReportOffice office;
    ProcessResult missing = office.run({"report", "--year", office.year, "--format", "pdf"});
    CHECK(missing.exit_code == 2);
    CHECK(contains(missing.err, "a PDF report needs -o FILE"));

    const std::string pdf = office.dir.file("report.pdf");
    ProcessResult written = office.signed_run({"report", "--year", office.year, "--format", "pdf", "-o", pdf});
    INFO(written.err);
    REQUIRE(written.ok());
    REQUIRE(std::filesystem::exists(pdf));
    REQUIRE(std::filesystem::exists(pdf + ".minisig"));
    CHECK(read_file(pdf).starts_with("%PDF-"));

    if (const auto pdftotext = find_program("pdftotext")) {
        ProcessResult text = run_process({*pdftotext, pdf, "-"});
        REQUIRE(text.ok());
        CHECK(contains(text.out, "情報セキュリティ年次報告"));
        CHECK(contains(text.out, "Yearly information-security report " + office.year));
        CHECK(contains(text.out, "株式会社サンプル"));
        CHECK(contains(text.out, "総務部"));
        CHECK(contains(text.out, "営業部, 東京"));
        CHECK(contains(text.out, "Lost-media incidents"));
        CHECK(contains(text.out, "山田 花子"));
    } else {
        WARN("PDF text not checked: pdftotext is not installed");
    }

    if (const auto minisign = find_program("minisign")) {
        ProcessResult stock = run_process({*minisign, "-Vm", pdf, "-p", office.operator_key + ".pub"});
        INFO(stock.out << stock.err);
        CHECK(stock.ok());
        CHECK(contains(stock.out, "sanitize-year-report year=" + office.year));
        // A changed PDF no longer verifies.
        const std::string changed = office.dir.file("changed.pdf");
        create_file(changed, read_file(pdf) + "\n");
        std::filesystem::copy_file(pdf + ".minisig", changed + ".minisig");
        CHECK_FALSE(run_process({*minisign, "-Vm", changed, "-p", office.operator_key + ".pub"}).ok());
    } else {
        WARN("minisign interop not checked: minisign is not installed");
    }

    // Neither file is ever overwritten.
    ProcessResult again = office.signed_run({"report", "--year", office.year, "--format", "pdf", "-o", pdf});
    CHECK(again.exit_code != 0);
}
