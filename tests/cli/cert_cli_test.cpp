// Transcripts of a wipe with a ledger and of `sanitize cert`: the certificate is written only
// when everything it needs was checked before the wipe, verifies with our verifier and with stock
// minisign, and any edit of it or of the ledger is named with exit code 4.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "loop_device.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

constexpr std::uint64_t image_size = std::uint64_t{8} << 20;

// Files named certificate-*.json in `dir` (not the signatures or PDFs).
std::vector<std::string> certificates_in(const std::string& dir) {
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("certificate-") && name.ends_with(".json")) found.push_back(entry.path().string());
    }
    return found;
}

// An office with an asset, and an image filled with markers to wipe.
struct WipeOffice : CliOffice {
    std::string image = dir.file("stick.img");
    std::string certs = dir.file("certs");
    WipeOffice() {
        open_office();
        ProcessResult asset = signed_run({"asset", "add", "--id", "USB-7", "--name", "USBメモリ", "--classification", "2"});
        INFO(asset.err);
        REQUIRE(asset.ok());
        create_file(image, marker_text(image_size));
        std::filesystem::create_directory(certs);
    }
    ProcessResult wipe(std::vector<std::string> extra = {}) const {
        std::vector<std::string> args{"wipe", image, "--yes", "--method", "zero", "--json", "--asset", "USB-7",
                                      "--cert-dir", certs, "--passphrase-file", pass_file};
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args);
    }
};

json certificate_line(const std::string& out) {
    for (const json& line : json_lines(out)) {
        if (line.contains("certificate")) return line["certificate"];
    }
    return nullptr;
}

}  // namespace

TEST_CASE("a wipe with a ledger writes a certificate that verifies, also with stock minisign", "[cli][cert]") {
    WipeOffice office;
    ProcessResult wiped = office.wipe();
    INFO(wiped.err);
    REQUIRE(wiped.ok());
    CHECK(read_file(office.image) == std::string(image_size, '\0'));

    const json line = certificate_line(wiped.out);
    REQUIRE(line.is_object());
    const std::string certificate = line["json"];
    CHECK(certificates_in(office.certs) == std::vector<std::string>{certificate});
    CHECK(std::filesystem::exists(certificate + ".minisig"));
    CHECK(std::filesystem::exists(line["pdf"].get<std::string>()));
    const json document = json::parse(read_file(certificate));
    CHECK(document["asset_id"] == "USB-7");
    CHECK(document["classification_before"] == 2);
    CHECK(document["outcome"] == "erased");
    CHECK(document["operator"]["name"] == "山田 花子");
    // An image has no drive firmware to ask: health not applicable, and why, with no verdict.
    CHECK(document["health"] ==
          json{{"state", "not_applicable"}, {"reason", "disk_image"}, {"passed", nullptr}, {"attributes", json::array()}});

    ProcessResult verified = office.run({"cert", "verify", certificate, "--json"});
    INFO(verified.out << verified.err);
    REQUIRE(verified.ok());
    const json report = json::parse(verified.out);
    CHECK(report["verified"] == true);
    CHECK(report["fully_verified"] == true);
    CHECK(report["ledger_seq"] == line["ledger_seq"]);
    for (const json& check : report["checks"]) CHECK(check["status"] == "passed");

    ProcessResult japanese = office.run({"cert", "verify", certificate}, "ja_JP.UTF-8");
    CHECK(japanese.ok());
    CHECK(contains(japanese.out, "検証成功"));

    // The erased medium's asset moved on: status erased, the certificate's classification after.
    ProcessResult assets = office.run({"asset", "list", "--json"});
    REQUIRE(assets.ok());
    const std::vector<json> rows = json_lines(assets.out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["status"] == "erased");
    CHECK(rows[0]["classification"] == document["classification_after"]);

    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("minisign interop not checked: minisign is not installed");
        return;
    }
    ProcessResult stock = run_process({*minisign, "-Vm", certificate, "-p", office.operator_key + ".pub"});
    INFO(stock.out << stock.err);
    CHECK(stock.ok());
    CHECK(contains(stock.out, "ledger_seq=" + std::to_string(line["ledger_seq"].get<long>())));
}

TEST_CASE("the wipe's PDF and cert pdf's carry the signed files byte for byte, as PDF/A-3", "[cli][cert][pdfa]") {
    const auto pdfdetach = find_program("pdfdetach");
    const auto pdfinfo = find_program("pdfinfo");
    if (!pdfdetach || !pdfinfo) {
        WARN("skipped: pdfdetach and pdfinfo (poppler-utils) not installed");
        return;
    }
    WipeOffice office;
    ProcessResult wiped = office.wipe();
    INFO(wiped.err);
    REQUIRE(wiped.ok());
    const json line = certificate_line(wiped.out);
    const std::string certificate = line["json"];
    const std::string pdf = line["pdf"];
    const std::string name = std::filesystem::path(certificate).filename().string();

    // The files inside the PDF are the files beside it.
    const auto extracted_from = [&](const std::string& file, const std::string& into) {
        std::filesystem::create_directory(into);
        ProcessResult saved = run_process({*pdfdetach, "-saveall", "-o", into, file});
        INFO(saved.err);
        REQUIRE(saved.ok());
        CHECK(read_file(into + "/" + name) == read_file(certificate));
        CHECK(read_file(into + "/" + name + ".minisig") == read_file(certificate + ".minisig"));
    };
    extracted_from(pdf, office.dir.file("from-wipe"));
    ProcessResult meta = run_process({*pdfinfo, "-meta", pdf});
    CHECK(contains(meta.out, "<pdfaid:part>3</pdfaid:part>"));

    // `cert verify` still verifies the JSON; `cert pdf` renders the same file from it.
    ProcessResult verified = office.run({"cert", "verify", certificate});
    INFO(verified.out);
    CHECK(verified.ok());
    const std::string again = office.dir.file("again.pdf");
    ProcessResult printed = office.run({"cert", "pdf", certificate, "-o", again});
    INFO(printed.err);
    REQUIRE(printed.ok());
    extracted_from(again, office.dir.file("from-cert-pdf"));
    CHECK(read_file(again) == read_file(pdf));

    // And the stock minisign verifies what came out of the PDF.
    const auto minisign = find_program("minisign");
    if (!minisign) {
        WARN("minisign interop not checked: minisign is not installed");
        return;
    }
    ProcessResult stock =
        run_process({*minisign, "-Vm", office.dir.file("from-wipe/" + name), "-p", office.operator_key + ".pub"});
    INFO(stock.out << stock.err);
    CHECK(stock.ok());
}

TEST_CASE("an edited certificate or ledger is not verified, with exit code 4", "[cli][cert]") {
    WipeOffice office;
    ProcessResult wiped = office.wipe();
    REQUIRE(wiped.ok());
    const std::string certificate = certificate_line(wiped.out)["json"];

    SECTION("one byte of the certificate changed") {
        std::string bytes = read_file(certificate);
        const auto at = bytes.find("\"erased\"");
        REQUIRE(at != std::string::npos);
        bytes.replace(at, 8, "\"failed\"");
        const std::string edited = office.dir.file("edited.json");
        create_file(edited, bytes);
        std::filesystem::copy_file(certificate + ".minisig", edited + ".minisig");
        ProcessResult verified = office.run({"cert", "verify", edited});
        CHECK(verified.exit_code == 4);
        CHECK(contains(verified.out, "NOT VERIFIED"));
        CHECK(contains(verified.out, "FAILED       signature over the file"));
    }
    SECTION("the certificate's ledger event edited") {
        tamper(office.ledger, "DROP TRIGGER events_no_update; UPDATE events SET payload = replace(payload, 'erased', 'failed') WHERE type = 'wipe.certificate'");
        ProcessResult verified = office.run({"cert", "verify", certificate, "--json"});
        CHECK(verified.exit_code == 4);
        const json report = json::parse(verified.out);
        CHECK(report["verified"] == false);
        bool chain_failed = false;
        for (const json& check : report["checks"]) {
            if (check["check"] == "ledger_chain") chain_failed = check["status"] == "failed";
        }
        CHECK(chain_failed);
    }
    SECTION("signature only, without the ledger, needs the public key") {
        // A missing option (exit 2), not an integrity failure; the hint names the option.
        ProcessResult no_key = office.run({"cert", "verify", certificate, "--no-ledger"});
        CHECK(no_key.exit_code == 2);
        CHECK(contains(no_key.err, "sanitize: error: --no-ledger needs --operator-key"));
        CHECK(contains(no_key.err, "sanitize: hint: add --operator-key OPERATOR.key.pub"));
        CHECK_FALSE(contains(no_key.err, "--ledger "));
        ProcessResult no_key_ja = office.run({"cert", "verify", certificate, "--no-ledger"}, "ja_JP.UTF-8");
        CHECK(no_key_ja.exit_code == 2);
        CHECK(contains(no_key_ja.err, "--no-ledger には --operator-key が必要です"));
        ProcessResult with_key =
            office.run({"cert", "verify", certificate, "--no-ledger", "--operator-key", office.operator_key + ".pub"});
        CHECK(with_key.ok());
        CHECK(contains(with_key.out, "signature valid; ledger checks not run"));
    }
}

TEST_CASE("nothing is wiped when the certificate could not be issued", "[cli][cert]") {
    WipeOffice office;
    const std::string before = read_file(office.image);

    SECTION("wrong passphrase") {
        ProcessResult wiped = office.run({"wipe", office.image, "--yes", "--cert-dir", office.certs, "--passphrase-file",
                                          office.wrong_pass_file});
        CHECK(wiped.exit_code == 1);
        CHECK(contains(wiped.err, "wrong passphrase"));
    }
    SECTION("a key the ledger does not know") {
        const std::string stranger = office.dir.file("stranger.key");
        REQUIRE(office.make_key(stranger).ok());
        ProcessResult wiped = office.wipe({"--key", stranger});
        CHECK(wiped.exit_code == 3);
        CHECK(contains(wiped.err, "not registered in the ledger"));
    }
    SECTION("an asset the ledger does not know") {
        ProcessResult wiped = office.run({"wipe", office.image, "--yes", "--asset", "USB-404", "--cert-dir", office.certs,
                                          "--passphrase-file", office.pass_file});
        CHECK(wiped.exit_code == 2);
        CHECK(contains(wiped.err, "asset USB-404"));
    }
    SECTION("a revoked key") {
        ProcessResult revoked = office.run({"key", "revoke", office.operator_key + ".pub", "--reason", "lost", "--key",
                                            office.root_key, "--passphrase-file", office.pass_file});
        INFO(revoked.err);
        REQUIRE(revoked.ok());
        ProcessResult wiped = office.wipe();
        CHECK(wiped.exit_code == 3);
        CHECK(contains(wiped.err, "revoked"));
    }
    CHECK((read_file(office.image) == before));
    CHECK(certificates_in(office.certs).empty());
}

TEST_CASE("without a ledger the wipe runs and says it has no certificate", "[cli][cert]") {
    TempDir dir{"sanitize-cert-cli"};
    const std::string image = dir.file("plain.img");
    create_file(image, marker_text(image_size));
    // No ledger named anywhere, and none at the default place under an empty home.
    ProcessOptions options;
    options.extra_env = cli_environment();
    for (const std::string& variable : {"HOME=" + dir.path(), std::string("XDG_DATA_HOME="), std::string("SANITIZE_LEDGER=")}) {
        options.extra_env.push_back(variable);
    }
    options.working_directory = dir.path();
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), SANITIZE_CLI_PATH);
        return run_process(args, options);
    };
    ProcessResult wiped = run({"wipe", image, "--yes", "--method", "zero"});
    INFO(wiped.err);
    REQUIRE(wiped.ok());
    CHECK(contains(wiped.err, "sanitize: hint: no ledger: this wipe gets no certificate"));
    CHECK(certificates_in(dir.path()).empty());
    ProcessResult quiet = run({"wipe", image, "--yes", "--method", "zero", "--no-ledger"});
    REQUIRE(quiet.ok());
    CHECK_FALSE(contains(quiet.err, "no ledger"));
}

TEST_CASE("a second person countersigns, the operator cannot, the PDF names both", "[cli][cert]") {
    WipeOffice office;
    ProcessResult wiped = office.wipe();
    REQUIRE(wiped.ok());
    const std::string certificate = certificate_line(wiped.out)["json"];

    ProcessResult self = office.run({"cert", "countersign", certificate, "--passphrase-file", office.pass_file});
    CHECK(self.exit_code == 3);
    CHECK_FALSE(std::filesystem::exists(certificate + ".validator.minisig"));

    const std::string auditor = office.dir.file("auditor.key");
    REQUIRE(office.make_key(auditor).ok());
    REQUIRE(office.run({"key", "register", auditor + ".pub", "--name", "監査 次郎", "--role", "auditor", "--valid-from",
                        "2020-01-01", "--key", office.root_key, "--passphrase-file", office.pass_file})
                .ok());
    ProcessResult countersigned =
        office.run({"cert", "countersign", certificate, "--key", auditor, "--passphrase-file", office.pass_file});
    INFO(countersigned.err);
    REQUIRE(countersigned.ok());
    REQUIRE(std::filesystem::exists(certificate + ".validator.minisig"));
    // A second countersignature is an existing output: refused before the key is unlocked.
    ProcessResult again =
        office.run({"cert", "countersign", certificate, "--key", auditor, "--passphrase-file", office.pass_file});
    CHECK(again.exit_code == 3);
    CHECK(contains(again.err, certificate + ".validator.minisig already exists"));

    ProcessResult verified = office.run({"cert", "verify", certificate});
    INFO(verified.out << verified.err);
    CHECK(verified.ok());
    CHECK(contains(verified.out, "countersigned by 監査 次郎 (auditor"));

    const std::string pdf = office.dir.file("paper.pdf");
    ProcessResult printed = office.run({"cert", "pdf", certificate, "-o", pdf});
    INFO(printed.err);
    REQUIRE(printed.ok());
    const auto pdftotext = find_program("pdftotext");
    if (!pdftotext) {
        WARN("PDF text not checked: pdftotext is not installed");
        return;
    }
    ProcessResult text = run_process({*pdftotext, pdf, "-"});
    CHECK(contains(text.out, "監査 次郎"));
    CHECK(contains(text.out, "山田 花子"));
    CHECK(contains(text.out, "USB-7"));
}

TEST_CASE("cert verify --media re-reads a loop device against its certificate", "[cli][cert][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    WipeOffice office;
    LoopDevice loop({.size_bytes = image_size});
    write_and_sync(loop.path(), marker_text(image_size));
    ProcessResult wiped = office.run({"wipe", loop.path(), "--yes", "--confirm", loop.kernel_name(), "--method", "zero",
                                      "--json", "--cert-dir", office.certs, "--passphrase-file", office.pass_file});
    INFO(wiped.err);
    REQUIRE(wiped.ok());
    const std::string certificate = certificate_line(wiped.out)["json"];
    // Health: not applicable for a loop device, in the report and the certificate alike.
    bool reported = false;
    for (const json& line : json_lines(wiped.out)) {
        if (line.value("schema", "") != "sanitize.wipe-report/1") continue;
        reported = true;
        CHECK(line["smart"]["state"] == "not_applicable");
        CHECK(line["smart"]["reason"] == "loop_device");
        CHECK(line["smart"]["passed"] == nullptr);
    }
    CHECK(reported);
    const json document = json::parse(read_file(certificate));
    CHECK(document["health"] ==
          json{{"state", "not_applicable"}, {"reason", "loop_device"}, {"passed", nullptr}, {"attributes", json::array()}});
    ProcessResult verified = office.run({"cert", "verify", certificate});
    INFO(verified.out << verified.err);
    CHECK(verified.ok());
    if (const auto minisign = find_program("minisign")) {
        const ProcessResult stock = run_process({*minisign, "-Vm", certificate, "-p", office.operator_key + ".pub"});
        INFO(stock.out << stock.err);
        CHECK(stock.ok());
    } else {
        WARN("minisign interop not checked: minisign is not installed");
    }
    const auto pdftotext = find_program("pdftotext");
    if (pdftotext) {
        const ProcessResult text = run_process({*pdftotext, "-enc", "UTF-8", certificate_line(wiped.out)["pdf"], "-"});
        CHECK(contains(text.out, "Health (SMART)"));
        CHECK(contains(text.out, "対象外"));
        CHECK(contains(text.out, "loop_device"));
    }
    // The text report says the same in words.
    write_and_sync(loop.path(), marker_text(image_size));
    ProcessResult text_report = office.run({"wipe", loop.path(), "--yes", "--confirm", loop.kernel_name(), "--method",
                                            "zero", "--cert-dir", office.certs, "--passphrase-file", office.pass_file});
    INFO(text_report.out << text_report.err);
    REQUIRE(text_report.ok());
    const std::string said = text_report.out + text_report.err;
    CHECK(contains(said, "health (SMART):"));
    CHECK(contains(said, "not applicable: a loop device has no drive firmware to ask"));

    ProcessResult matches = office.run({"cert", "verify", certificate, "--media", loop.path(), "--sample", "100"});
    INFO(matches.out << matches.err);
    CHECK(matches.ok());
    CHECK(contains(matches.out, "holds only 0x00 where read (100.00 %)"));

    write_and_sync(loop.path(), std::string(4096, 'x'));  // data written after the certificate
    ProcessResult differs = office.run({"cert", "verify", certificate, "--media", loop.path(), "--sample", "100"});
    CHECK(differs.exit_code == 4);
    CHECK(contains(differs.out, "does not hold only 0x00"));

    ProcessResult random_method = office.run({"wipe", office.image, "--yes", "--json", "--cert-dir", office.certs,
                                              "--passphrase-file", office.pass_file});
    REQUIRE(random_method.ok());
    ProcessResult not_comparable =
        office.run({"cert", "verify", certificate_line(random_method.out)["json"], "--media", office.image});
    CHECK(not_comparable.ok());  // nothing failed; the medium simply cannot be compared
    CHECK(contains(not_comparable.out, "cannot be compared"));
}

TEST_CASE("cert get gives back the certificate's files byte for byte from the ledger", "[cli][cert][ledger]") {
    WipeOffice office;
    ProcessResult wiped = office.wipe();
    INFO(wiped.err);
    REQUIRE(wiped.ok());
    const json line = certificate_line(wiped.out);
    const std::string certificate = line["json"];
    const std::string id = json::parse(read_file(certificate))["certificate_id"];
    // The workstation's copies are gone: the ledger still has them.
    const std::string fetched = office.dir.file("fetched");
    ProcessResult got = office.run({"cert", "get", id, "-o", fetched});
    INFO(got.err);
    REQUIRE(got.ok());
    CHECK(contains(got.out, "3 files of certificate " + id));
    for (const std::string& path : {certificate, certificate + ".minisig", line["pdf"].get<std::string>()}) {
        const std::string name = std::filesystem::path(path).filename().string();
        INFO(name);
        CHECK(read_file(fetched + "/" + name) == read_file(path));
    }
    ProcessResult verified = office.run({"cert", "verify", fetched + "/certificate-" + id + ".json"});
    INFO(verified.err);
    CHECK(verified.ok());
    ProcessResult again = office.run({"cert", "get", id, "-o", fetched});
    CHECK(again.exit_code == 3);  // nothing overwritten
    CHECK(office.run({"cert", "get", "00000000-0000-4000-8000-000000000000", "-o", fetched}).exit_code == 2);
    CHECK(office.run({"ledger", "verify"}).ok());
}

TEST_CASE("cert pdf onto an existing file is refused before any work, exit 3, and the file is kept", "[cli][cert][misuse]") {
    WipeOffice office;
    ProcessResult wiped = office.wipe();
    INFO(wiped.err);
    REQUIRE(wiped.ok());
    const std::string certificate = certificate_line(wiped.out)["json"];
    const std::string existing = office.dir.file("既存.pdf");
    create_file(existing, "keep me\n");

    ProcessResult en = office.run({"cert", "pdf", certificate, "-o", existing});
    CHECK(en.exit_code == 3);
    CHECK(contains(en.err, "sanitize: error: " + existing + " already exists"));
    CHECK_FALSE(contains(en.err, "changed by someone else"));
    ProcessResult ja = office.run({"cert", "pdf", certificate, "-o", existing}, "ja_JP.UTF-8");
    CHECK(ja.exit_code == 3);
    CHECK(contains(ja.err, existing + " は既に存在します"));
    CHECK_FALSE(contains(ja.err, "他から変更されました"));
    CHECK(read_file(existing) == "keep me\n");
}
