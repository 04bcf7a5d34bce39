// The PDF for people: read back with pdftotext (Japanese and English labels, the serial, the
// outcome in both languages), rasterised with pdftoppm, and its QR code decoded with zbarimg.
// Each tool that is missing makes its test warn and pass; CI installs them.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <regex>
#include <stop_token>

#include "cert_test_support.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::test;

namespace {

// pdftotext's text of a rendered certificate, or nullopt when poppler-utils is missing.
std::optional<std::string> pdf_text(const cert::Certificate& certificate, const cert::PdfOptions& options = {}) {
    const auto pdftotext = find_program("pdftotext");
    if (!pdftotext) return std::nullopt;
    TempDir dir("sanitize-cert");
    auto written = cert::write_pdf(certificate, dir.file("cert.pdf"), options);
    if (!written) FAIL(written.error().context);
    const ProcessResult text = run_process({*pdftotext, "-enc", "UTF-8", dir.file("cert.pdf"), "-"});
    INFO(text.err);
    REQUIRE(text.ok());
    return text.out;
}

cert::Certificate with_outcome(const People& people, wipe::Outcome outcome) {
    sanitize::test::FaultPlan plan = plain_medium();
    std::stop_source stop;
    if (outcome == wipe::Outcome::erased_with_exceptions) plan.write_errors = {{8192, 1024}};
    if (outcome == wipe::Outcome::failed) plan.vanish_after_bytes = 128 * 1024;
    if (outcome == wipe::Outcome::aborted) stop.request_stop();
    sanitize::test::FaultDevice medium(plan);
    const wipe::WipeReport report = sanitize::test::wipe(medium, "zero", "last", false, {}, stop.get_token());
    REQUIRE(report.outcome == outcome);
    return cert::build_certificate(report, context_for(people.operator_key)).value();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the PDF's text layer has a Unicode map poppler reads without a warning", "[cert][pdf]") {
    // libharu named its UTF-8 encoding CMap as the font's ToUnicode: every certificate made
    // poppler warn "Invalid 'begincidrange' operator in ToUnicode CMap" (issue 20, item 4).
    const auto pdftotext = find_program("pdftotext");
    const auto pdffonts = find_program("pdffonts");
    if (!pdftotext || !pdffonts) {
        WARN("skipped: pdftotext and pdffonts (poppler-utils) not installed");
        return;
    }
    const People people;
    TempDir dir("sanitize-cert");
    REQUIRE(cert::write_pdf(certificate_for(people.operator_key), dir.file("cert.pdf"), {}));
    const ProcessResult text = run_process({*pdftotext, "-enc", "UTF-8", dir.file("cert.pdf"), "-"});
    REQUIRE(text.ok());
    CHECK(text.err.empty());
    CHECK(contains(text.out, "データ消去証明書"));
    const ProcessResult fonts = run_process({*pdffonts, dir.file("cert.pdf")});
    REQUIRE(fonts.ok());
    CHECK(fonts.err.empty());
    INFO(fonts.out);
    // The embedded Japanese font says it has a Unicode map ("uni yes").
    CHECK(std::regex_search(fonts.out, std::regex(R"(CID TrueType\s+Identity-H\s+yes\s+yes\s+yes)")));
}

TEST_CASE("the PDF carries Japanese and English labels, the serial and the outcome", "[cert][pdf]") {
    const People people;
    cert::Certificate certificate = certificate_for(people.operator_key);
    certificate.ledger = cert::LedgerReference{"00112233445566778899aabbccddeeff", 41, {}};
    cert::PdfOptions options;
    options.ledger_seq = 42;
    const auto text = pdf_text(certificate, options);
    if (!text) {
        WARN("skipped: pdftotext (poppler-utils) not installed");
        return;
    }
    INFO(*text);
    for (const char* expected : {"データ消去証明書",
                                 "Certificate of Data Erasure",
                                 "消去完了",
                                 "ERASED",
                                 "シリアル番号",
                                 "Serial number",
                                 "0123456789ABCDEF",
                                 "媒体と資産",
                                 "Medium and asset",
                                 "消去方法と検証",
                                 "Method and verification",
                                 "山田 太郎",
                                 "担当者",
                                 "staff",
                                 "極秘",
                                 "公開",
                                 "再利用",
                                 "reuse",
                                 "対象外",  // hidden areas: the in-memory test medium has no firmware
                                 "not applicable",
                                 "100.00 %",
                                 "ドライブの健康状態（SMART）",  // health: not applicable to the test medium
                                 "Health (SMART)",
                                 "disk_image",
                                 "USB-2024-017",
                                 "00112233445566778899aabbccddeeff",
                                 "minisign -Vm cert.json -p operator.pub"}) {
        CHECK(contains(*text, expected));
    }
    CHECK(contains(*text, certificate.certificate_id));
    CHECK(contains(*text, keys::key_id_hex(people.operator_key.public_key.id)));
    const std::string json = json_of(certificate);
    CHECK(contains(*text, cert::sha256_hex(bytes_of(json))));
    // No label key left untranslated.
    for (const char* key_prefix : {"field.", "outcome.", "section.", "common.", "exception."})
        CHECK_FALSE(contains(*text, key_prefix));
}

TEST_CASE("the PDF gives the drive's health as read: verdict and key attributes", "[cert][pdf]") {
    const People people;
    cert::Certificate certificate = certificate_for(people.operator_key);
    certificate.health = cert::HealthRecord{cert::HealthState::read, "", false, {{"reallocated_sectors", 8}, {"power_on_hours", 12345}}};
    auto text = pdf_text(certificate);
    if (!text) {
        WARN("skipped: pdftotext (poppler-utils) not installed");
        return;
    }
    INFO(*text);
    for (const char* expected : {"消去前のドライブの状態", "Drive health before erasure", "異常", "FAILED", "主要な属性",
                                 "Key attributes", "reallocated_sectors 8", "power_on_hours 12345"}) {
        CHECK(contains(*text, expected));
    }
    certificate.health = std::nullopt;  // older certificates: no section, nothing claimed
    text = pdf_text(certificate);
    CHECK_FALSE(contains(*text, "Health (SMART)"));
    CHECK_FALSE(contains(*text, "health."));  // no label key left untranslated
}

TEST_CASE("a firmware purge's PDF gives the command evidence", "[cert][pdf]") {
    const People people;
    cert::Certificate certificate = certificate_for(people.operator_key);
    CHECK_FALSE(contains(pdf_text(certificate).value_or(""), "Firmware command evidence"));  // overwrites: none
    certificate.method.technique = "firmware";
    certificate.firmware = cert::FirmwareRecord{true, true, true, 4, {"SANITIZE CRYPTO SCRAMBLE EXT", "SANITIZE STATUS EXT"},
                                                "changed_or_blank", ""};
    const auto text = pdf_text(certificate);
    if (!text) {
        WARN("skipped: pdftotext (poppler-utils) not installed");
        return;
    }
    INFO(*text);
    for (const char* expected : {"ドライブのコマンドによる消去の記録", "Firmware command evidence", "完了を確認",
                                 "Completion observed", "SANITIZE CRYPTO SCRAMBLE EXT", "changed_or_blank"}) {
        CHECK(contains(*text, expected));
    }
    CHECK_FALSE(contains(*text, "field."));
}

TEST_CASE("every outcome is spelled out in both languages, exceptions too", "[cert][pdf]") {
    const People people;
    struct Case {
        wipe::Outcome outcome;
        const char* ja;
        const char* en;
    };
    for (const Case& k :
         {Case{wipe::Outcome::erased, "消去完了", "ERASED"},
          Case{wipe::Outcome::erased_with_exceptions, "消去完了（例外あり）", "ERASED WITH EXCEPTIONS"},
          Case{wipe::Outcome::failed, "消去失敗", "FAILED"}, Case{wipe::Outcome::aborted, "消去中断", "ABORTED"}}) {
        INFO(k.en);
        const auto text = pdf_text(with_outcome(people, k.outcome));
        if (!text) {
            WARN("skipped: pdftotext (poppler-utils) not installed");
            return;
        }
        CHECK(contains(*text, k.ja));
        CHECK(contains(*text, k.en));
        if (k.outcome == wipe::Outcome::erased_with_exceptions) {
            CHECK(contains(*text, "書き込めなかったセクタあり"));
            CHECK(contains(*text, "sectors that could not be written"));
        }
        if (k.outcome == wipe::Outcome::failed) CHECK(contains(*text, "device_vanished"));
        if (k.outcome == wipe::Outcome::aborted) CHECK(contains(*text, "stopped by the operator"));
    }
}

TEST_CASE("a countersignature's validator and time appear on the page", "[cert][pdf]") {
    const People people;
    const cert::Certificate certificate = certificate_for(people.operator_key);
    cert::PdfOptions options;
    options.validation = cert::PdfValidation{validator_person(people.validator_key), certificate.issued_at};
    const auto text = pdf_text(certificate, options);
    if (!text) {
        WARN("skipped: pdftotext (poppler-utils) not installed");
        return;
    }
    CHECK(contains(*text, "佐藤 花子"));
    CHECK(contains(*text, keys::key_id_hex(people.validator_key.public_key.id)));
    CHECK_FALSE(contains(*text, "not countersigned"));
}

TEST_CASE("page 1 rasterises to an A4 image and its QR code holds the id and hash", "[cert][pdf]") {
    const auto pdftoppm = find_program("pdftoppm");
    if (!pdftoppm) {
        WARN("skipped: pdftoppm (poppler-utils) not installed");
        return;
    }
    const People people;
    const cert::Certificate certificate = certificate_for(people.operator_key);
    TempDir dir("sanitize-cert");
    REQUIRE(cert::write_pdf(certificate, dir.file("cert.pdf")));
    const ProcessResult rendered = run_process(
        {*pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", dir.file("cert.pdf"), dir.file("page")});
    INFO(rendered.err);
    REQUIRE(rendered.ok());
    const std::string png = read_file(dir.file("page.png"));
    REQUIRE(png.size() > 24);
    CHECK(png.substr(1, 3) == "PNG");
    const auto be32 = [&](std::size_t at) {
        return (std::uint32_t{static_cast<unsigned char>(png[at])} << 24) |
               (std::uint32_t{static_cast<unsigned char>(png[at + 1])} << 16) |
               (std::uint32_t{static_cast<unsigned char>(png[at + 2])} << 8) |
               std::uint32_t{static_cast<unsigned char>(png[at + 3])};
    };
    CHECK(be32(16) >= 661);  // 210 mm at 80 dpi, rounded up by pdftoppm
    CHECK(be32(16) <= 662);
    CHECK(be32(20) >= 935);  // 297 mm
    CHECK(be32(20) <= 936);

    const auto zbarimg = find_program("zbarimg");
    if (!zbarimg) {
        WARN("skipped: zbarimg (zbar-tools) not installed, QR code not decoded");
        return;
    }
    // 80 dpi makes QR modules of about 1.5 pixels; decode a sharper rendering.
    REQUIRE(run_process({*pdftoppm, "-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile", dir.file("cert.pdf"),
                         dir.file("sharp")})
                .ok());
    const ProcessResult decoded = run_process({*zbarimg, "--quiet", "--raw", dir.file("sharp.png")});
    INFO(decoded.err);
    REQUIRE(decoded.ok());
    const std::string sha = cert::sha256_hex(bytes_of(json_of(certificate)));
    CHECK(decoded.out == "sanitize-certificate id=" + certificate.certificate_id + " sha256=" + sha + "\n");
}

TEST_CASE("the PDF is made from a font of a Debian package, and says which one is missing", "[cert][pdf]") {
    CHECK_FALSE(cert::known_font_paths().empty());
    auto found = cert::find_japanese_font();
    if (!found) {
        CHECK(found.error().code == Errc::not_found);
        CHECK(found.error().context == "font: install fonts-ipafont-gothic");
        WARN("no Japanese font installed");
        return;
    }
    const People people;
    cert::PdfOptions options;
    options.font_path = "/nonexistent/font.ttf";
    auto failed = cert::render_pdf(certificate_for(people.operator_key), options);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == Errc::internal);
    options.font_path.clear();
    auto pdf = cert::render_pdf(certificate_for(people.operator_key), options);
    REQUIRE(pdf);
    CHECK(pdf->rfind("%PDF-", 0) == 0);
    CHECK(pdf->size() < 2'000'000);  // the font is embedded as a subset
}

TEST_CASE("the label files are complete in both languages", "[cert][pdf]") {
    const auto ja = nlohmann::json::parse(read_file(SANITIZE_CERTS_DIR "/templates/labels.ja.json"));
    const auto en = nlohmann::json::parse(read_file(SANITIZE_CERTS_DIR "/templates/labels.en.json"));
    REQUIRE(ja.is_object());
    REQUIRE(en.is_object());
    for (const auto& [key, value] : ja.items()) {
        INFO(key);
        CHECK(en.contains(key));
        CHECK_FALSE(value.get<std::string>().empty());
    }
    for (const auto& [key, value] : en.items()) {
        INFO(key);
        CHECK(ja.contains(key));
        CHECK_FALSE(value.get<std::string>().empty());
    }
}

TEST_CASE("a certificate that runs long flows onto a second page", "[cert][pdf]") {
    const People people;
    const auto pdfinfo = find_program("pdfinfo");
    if (!pdfinfo) {
        WARN("skipped: pdfinfo (poppler-utils) not installed");
        return;
    }
    sanitize::test::FaultDevice medium(plain_medium());
    const wipe::WipeReport report = sanitize::test::wipe(medium, "gutmann", "all", true);
    cert::CertificateContext context = context_for(people.operator_key);
    context.comments = std::string(40, 'x') + "\n" + std::string(1500, 'y');
    const cert::Certificate certificate = cert::build_certificate(report, context).value();
    TempDir dir("sanitize-cert");
    REQUIRE(cert::write_pdf(certificate, dir.file("long.pdf")));
    const ProcessResult info = run_process({*pdfinfo, dir.file("long.pdf")});
    REQUIRE(info.ok());
    CHECK(contains(info.out, "Pages:           2"));
}
