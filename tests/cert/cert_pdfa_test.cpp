// The certificate PDF as a file for long keeping: PDF/A-3b with the signed JSON and its
// signature embedded. veraPDF is not in Debian, so what is checked is what Debian's tools can
// see: qpdf --check (structure, streams, cross-reference sections), pdfinfo -meta (the pdfaid
// XMP) and pdfinfo (Info agrees, not encrypted), pdffonts (every font embedded), pdfdetach (the
// embedded files, byte for byte), the stock minisign (the extracted pair verifies) and
// pdftotext (the Japanese text is still there); the file's own trailer and catalog are read for
// the document ID, the output intent and the embedded files' entries. Each tool that is missing
// makes its test warn and pass; CI installs them (tools/scripts/install-deps.sh).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>
#include <sstream>

#include "cert/pdf_archive.hpp"
#include "cert/pdf_canvas.hpp"
#include "cert_test_support.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A certificate issued without a ledger, signed by the operator: the files a wipe writes.
struct Signed {
    People people;
    cert::Certificate certificate = certificate_for(people.operator_key);
    std::string json = json_of(certificate);
    std::string signature = cert::sign_certificate(json, people.operator_key.secret_key, 7).value();
    std::string stem = "certificate-" + certificate.certificate_id + ".json";

    cert::PdfOptions embedding() const {
        cert::PdfOptions options;
        options.ledger_seq = 7;
        options.signed_json = json;
        options.signature = signature;
        return options;
    }
};

std::string rendered(const Signed& s, const cert::PdfOptions& options) {
    auto pdf = cert::render_pdf(s.certificate, options);
    if (!pdf) FAIL(pdf.error().context);
    return *pdf;
}

// The value of `key` in the last trailer of `pdf`, up to the end of its line or dictionary.
std::string last_trailer(const std::string& pdf) {
    const std::size_t at = pdf.rfind("trailer");
    REQUIRE(at != std::string::npos);
    return pdf.substr(at, pdf.find("startxref", at) - at);
}

}  // namespace

TEST_CASE("the certificate PDF is PDF/A-3b by what Debian's tools can check", "[cert][pdf][pdfa]") {
    const auto qpdf = find_program("qpdf");
    const auto pdfinfo = find_program("pdfinfo");
    const auto pdffonts = find_program("pdffonts");
    const auto pdftotext = find_program("pdftotext");
    if (!qpdf || !pdfinfo || !pdffonts || !pdftotext) {
        WARN("skipped: qpdf and poppler-utils (pdfinfo, pdffonts, pdftotext) not installed");
        return;
    }
    const Signed s;
    TempDir dir("sanitize-pdfa");
    const std::string path = dir.file("cert.pdf");
    const std::string pdf = rendered(s, s.embedding());
    write_file(path, pdf);

    const ProcessResult checked = run_process({*qpdf, "--check", path});
    INFO(checked.out << checked.err);
    CHECK(checked.exit_code == 0);  // 3 would be warnings: none are expected
    CHECK(contains(checked.out, "No syntax or stream encoding errors found"));

    const ProcessResult meta = run_process({*pdfinfo, "-meta", path});
    INFO(meta.out << meta.err);
    REQUIRE(meta.ok());
    CHECK(contains(meta.out, "<pdfaid:part>3</pdfaid:part>"));
    CHECK(contains(meta.out, "<pdfaid:conformance>B</pdfaid:conformance>"));
    CHECK(contains(meta.out, "Certificate of Data Erasure " + s.certificate.certificate_id));

    // The Info dictionary says what the XMP says; the file is not encrypted.
    const ProcessResult info = run_process({*pdfinfo, "-isodates", path});
    INFO(info.out);
    REQUIRE(info.ok());
    CHECK(contains(info.out, "Title:           Certificate of Data Erasure " + s.certificate.certificate_id));
    CHECK(contains(info.out, "Producer:        sanitize"));
    CHECK(contains(info.out, "Encrypted:       no"));
    CHECK(contains(info.out, "Metadata Stream: yes"));
    CHECK(contains(info.out, "PDF version:     1.7"));
    const std::string issued = nlohmann::json::parse(s.json)["issued_at"];  // "2026-…Z"
    const std::string xmp_issued = issued.substr(0, issued.size() - 1) + "+00:00";
    CHECK(contains(meta.out, "<xmp:CreateDate>" + xmp_issued + "</xmp:CreateDate>"));

    // Every font embedded: the Japanese text font and the monospaced one; no standard 14 font.
    const ProcessResult fonts = run_process({*pdffonts, path});
    INFO(fonts.out);
    REQUIRE(fonts.ok());
    std::istringstream rows(fonts.out);
    std::string row;
    int font_rows = 0;
    static const std::regex embedded_row(R"(\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)");
    while (std::getline(rows, row)) {
        std::smatch columns;
        if (!std::regex_search(row, columns, embedded_row)) continue;
        ++font_rows;
        CHECK(columns[1] == "yes");
    }
    CHECK(font_rows >= 1);
    CHECK_FALSE(contains(fonts.out, "Type 1"));  // no standard 14 font (Courier was one)

    // The trailer names the document; the catalog has the sRGB output intent.
    const std::string trailer = last_trailer(pdf);
    CHECK(std::regex_search(trailer, std::regex(R"(/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\])")));
    CHECK_FALSE(contains(pdf, "/Encrypt"));
    CHECK(contains(pdf, "/S /GTS_PDFA1"));
    CHECK(contains(pdf, "/OutputConditionIdentifier (sRGB IEC61966-2.1)"));
    CHECK(contains(pdf, "/DestOutputProfile"));
    CHECK_FALSE(contains(pdf, "/SMask"));  // nothing transparent
    CHECK_FALSE(contains(pdf, "/CA "));

    // The page is as before: the Japanese text is found.
    const ProcessResult text = run_process({*pdftotext, "-enc", "UTF-8", path, "-"});
    REQUIRE(text.ok());
    CHECK(text.err.empty());
    CHECK(contains(text.out, "データ消去証明書"));
    CHECK(contains(text.out, s.certificate.certificate_id));
}

TEST_CASE("the certificate PDF carries the signed JSON and its signature, byte for byte", "[cert][pdf][pdfa]") {
    const auto pdfdetach = find_program("pdfdetach");
    if (!pdfdetach) {
        WARN("skipped: pdfdetach (poppler-utils) not installed");
        return;
    }
    const Signed s;
    TempDir dir("sanitize-pdfa");
    const std::string path = dir.file("cert.pdf");
    const std::string pdf = rendered(s, s.embedding());
    write_file(path, pdf);

    const ProcessResult listed = run_process({*pdfdetach, "-list", path});
    INFO(listed.out << listed.err);
    REQUIRE(listed.ok());
    CHECK(contains(listed.out, "2 embedded files"));
    CHECK(contains(listed.out, "1: " + s.stem + "\n"));
    CHECK(contains(listed.out, "2: " + s.stem + ".minisig\n"));

    const std::string out = dir.file("extracted");
    std::filesystem::create_directory(out);
    const ProcessResult saved = run_process({*pdfdetach, "-saveall", "-o", out, path});
    INFO(saved.err);
    REQUIRE(saved.ok());
    CHECK(read_file(out + "/" + s.stem) == s.json);
    CHECK(read_file(out + "/" + s.stem + ".minisig") == s.signature);

    // PDF/A-3's entries for each: the catalog's /AF, the relationship, the MIME type, /Params.
    CHECK(std::regex_search(pdf, std::regex(R"(/AF \[ \d+ 0 R \d+ 0 R \])")));
    CHECK(contains(pdf, "/AFRelationship /Source"));
    CHECK(contains(pdf, "/Subtype /application#2Fjson /Params << /Size " + std::to_string(s.json.size()) + " /ModDate (D:"));
    CHECK(contains(pdf, "/Subtype /text#2Fplain /Params << /Size " + std::to_string(s.signature.size()) + " /ModDate (D:"));

    // The stock minisign verifies the extracted pair with the operator's public key alone.
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("minisign interop not checked: minisign is not installed");
        return;
    }
    write_file(dir.file("operator.pub"), keys::encode_public_key(s.people.operator_key.public_key));
    const ProcessResult verified = run_process({*minisign, "-Vm", out + "/" + s.stem, "-p", dir.file("operator.pub")});
    INFO(verified.out << verified.err);
    CHECK(verified.ok());
    CHECK(contains(verified.out, "sanitize-certificate id=" + s.certificate.certificate_id + " ledger_seq=7"));
    // And the library's own verifier, on what came out of the PDF.
    const auto report = cert::verify_certificate(read_file(out + "/" + s.stem), read_file(out + "/" + s.stem + ".minisig"),
                                                 s.people.operator_key.public_key);
    REQUIRE(report);
    CHECK(report->result(cert::Check::signature).status == cert::CheckStatus::passed);
}

TEST_CASE("a verified countersignature is embedded beside the operator's signature", "[cert][pdf][pdfa]") {
    const auto pdfdetach = find_program("pdfdetach");
    if (!pdfdetach) {
        WARN("skipped: pdfdetach (poppler-utils) not installed");
        return;
    }
    const Signed s;
    cert::PdfOptions options = s.embedding();
    options.countersignature = cert::countersign(s.json, s.people.validator_key.secret_key).value();
    TempDir dir("sanitize-pdfa");
    write_file(dir.file("cert.pdf"), rendered(s, options));
    const ProcessResult saved = run_process({*pdfdetach, "-saveall", "-o", dir.path(), dir.file("cert.pdf")});
    REQUIRE(saved.ok());
    CHECK(read_file(dir.file(s.stem + ".validator.minisig")) == options.countersignature);
    CHECK(read_file(dir.file(s.stem)) == s.json);
}

TEST_CASE("the same certificate renders to the same PDF, and without signed files to a PDF/A with none", "[cert][pdf][pdfa]") {
    const Signed s;
    const std::string first = rendered(s, s.embedding());
    CHECK(rendered(s, s.embedding()) == first);  // dated by the certificate, ID from the bytes

    const std::string bare = rendered(s, {});
    CHECK(bare != first);
    CHECK(contains(bare, "<pdfaid:part>3</pdfaid:part>"));
    CHECK_FALSE(contains(bare, "/EmbeddedFiles"));
    CHECK_FALSE(contains(bare, "/AF ["));
    CHECK(std::regex_search(last_trailer(bare), std::regex(R"(/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\])")));
    CHECK(std::regex_search(last_trailer(first), std::regex(R"(/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\])")));
    CHECK(last_trailer(bare) != last_trailer(first));
}

TEST_CASE("embedding refuses a JSON without its signature or of another certificate", "[cert][pdf][pdfa]") {
    const Signed s;
    cert::PdfOptions options = s.embedding();
    SECTION("the JSON alone") {
        options.signature.clear();
    }
    SECTION("the signature alone") {
        options.signed_json.clear();
    }
    SECTION("a countersignature without the certificate") {
        options.signed_json.clear();
        options.signature.clear();
        options.countersignature = "untrusted comment: x\n";
    }
    SECTION("another certificate's JSON") {
        const Signed other;
        options.signed_json = other.json;
    }
    SECTION("a SHA-256 that is not the embedded file's") {
        options.sha256_hex = std::string(64, 'a');
    }
    auto pdf = cert::render_pdf(s.certificate, options);
    REQUIRE_FALSE(pdf);
    CHECK(pdf.error().code == Errc::invalid_argument);
    // Nor is a file left behind.
    TempDir dir("sanitize-pdfa");
    CHECK_FALSE(cert::write_pdf(s.certificate, dir.file("cert.pdf"), options));
    CHECK_FALSE(std::filesystem::exists(dir.file("cert.pdf")));
}

// The writer as other long-kept PDFs use it (the station's summary, the yearly report): a
// canvas, a Japanese title, any attachments.
TEST_CASE("the PDF/A writer takes a Japanese title and refuses bad attachments", "[cert][pdf][pdfa]") {
    using namespace cert::detail;
    auto font = cert::find_japanese_font();
    if (!font) {
        WARN("skipped: no Japanese font installed");
        return;
    }
    const auto canvas_with = [&](std::vector<PdfAttachment> files) {
        auto canvas = PdfCanvas::open(*font);
        REQUIRE(canvas);
        (*canvas)->add_page();
        (*canvas)->text(60, 700, "年次報告", 12);
        (*canvas)->set_title("年次報告 2026");
        for (PdfAttachment& file : files) (*canvas)->attach(std::move(file));
        return std::move(*canvas);
    };
    const auto file = [](std::string name, std::string mime = "text/csv", std::string relationship = "Data") {
        return PdfAttachment{std::move(name), "a,b\n1,2\n", std::move(mime), "集計 (CSV)", std::move(relationship), {}};
    };

    auto good = canvas_with({file("報告.csv")})->save();
    REQUIRE(good);
    const auto pdfinfo = find_program("pdfinfo");
    const auto pdfdetach = find_program("pdfdetach");
    if (pdfinfo && pdfdetach) {
        TempDir dir("sanitize-pdfa");
        write_file(dir.file("report.pdf"), *good);
        const ProcessResult info = run_process({*pdfinfo, dir.file("report.pdf")});
        CHECK(contains(info.out, "Title:           年次報告 2026"));
        const ProcessResult meta = run_process({*pdfinfo, "-meta", dir.file("report.pdf")});
        CHECK(contains(meta.out, "<rdf:li xml:lang=\"x-default\">年次報告 2026</rdf:li>"));
        const ProcessResult listed = run_process({*pdfdetach, "-list", dir.file("report.pdf")});
        CHECK(contains(listed.out, "1: 報告.csv"));
        CHECK(contains(*good, "/AFRelationship /Data"));
        CHECK(contains(*good, "/Subtype /text#2Fcsv"));
    } else {
        WARN("pdfinfo and pdfdetach (poppler-utils) not installed: the title and attachment not read back");
    }

    // Already PDF/A: a second pass would give two sets of metadata, so it is refused.
    auto twice = as_pdf_a3(*good, ArchiveMetadata{"x", {}, {}});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == Errc::internal);

    for (auto bad : {std::vector{file("")}, std::vector{file("a/b.csv")}, std::vector{file("..")},
                     std::vector{file("a.csv"), file("a.csv")}, std::vector{file("a.csv", "csv")},
                     std::vector{file("a.csv", "text/")}, std::vector{file("a.csv", "text/csv", "Signature")}}) {
        auto saved = canvas_with(bad)->save();
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == Errc::invalid_argument);
    }
}
