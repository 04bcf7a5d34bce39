// Where the GUI's wipe and attachment once ran their own copy of the CLI's steps, and the copies
// had drifted: each drift, through the GUI session (the code the pages run on the worker
// thread), now that both front ends call the same job. And one image wiped through the CLI and
// through the GUI session gives the same certificate but for its id, times and rates.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "attachment_session.hpp"
#include "fake_media.hpp"
#include "gui_test_support.hpp"
#include "office_fixture.hpp"
#include "sanitize/attach.hpp"
#include "sanitize/cert.hpp"
#include "simulated_drive.hpp"
#include "wipe_session.hpp"

namespace sanitize::test {
namespace {

// The Wipe page's request for `targets` (inspected as the page lists them), zero with read-back.
gui::WipeRequest zero_request(const GuiOffice& fixture, const std::vector<std::string>& targets, bool with_ledger) {
    gui::WipeRequest request;
    for (const std::string& path : targets) {
        Result<device::DeviceInfo> info = device::inspect(path);
        REQUIRE(info);
        request.targets.push_back(*info);
    }
    request.options.method = wipe::parse_method("zero").value();
    request.options.verify = wipe::parse_verify("last").value();
    request.method_spec = "zero";
    request.verify_spec = "last";
    request.certificate.department = "情報システム課";
    if (with_ledger) {
        request.ledger = fixture.office.ledger;
        request.key_file = fixture.office.operator_key;
    }
    request.certificate_dir = fixture.certificates;
    return request;
}

SecretBuffer the_key_passphrase() {
    QString text = passphrase;
    return gui::secret_from(text);
}

cert::Certificate certificate_of(const gui::TargetResult& target) {
    REQUIRE(target.certified);
    Result<cert::Certificate> parsed = cert::parse_certificate(read_file(target.certified->files.json));
    REQUIRE(parsed);
    return *parsed;
}

void register_asset(const GuiOffice& fixture, const std::string& id) {
    ProcessResult added = fixture.office.signed_run({"asset", "add", "--id", id, "--name", "返却 PC " + id, "--classification", "1"});
    INFO(added.err);
    REQUIRE(added.ok());
}

}  // namespace

TEST_CASE("GUI session drift: two paths to one medium are refused, nothing written", "[gui][drift]") {
    GuiOffice fixture(1 << 20);
    const std::string link = fixture.office.dir.file("same-medium.img");
    REQUIRE(::symlink(fixture.image.c_str(), link.c_str()) == 0);
    const gui::WipeResult result =
        gui::run_wipe_session(zero_request(fixture, {fixture.image, link}, false), std::nullopt, {}, {});
    REQUIRE(result.error);
    CHECK(result.error->reason == Reason::same_medium);
    CHECK(result.error->code == Errc::invalid_argument);
    CHECK(result.targets.empty());
    CHECK(contains_marker(read_file(fixture.image)));
}

TEST_CASE("GUI session drift: each target's certificate names its own asset", "[gui][drift]") {
    GuiOffice fixture(1 << 20);
    const std::string second = fixture.office.dir.file("second.img");
    create_file(second, marker_text(1 << 20));
    register_asset(fixture, "PC-0001");
    register_asset(fixture, "PC-0002");
    gui::WipeRequest request = zero_request(fixture, {fixture.image, second}, true);
    request.assets = {"PC-0001", "PC-0002"};
    const gui::WipeResult result = gui::run_wipe_session(request, the_key_passphrase(), {}, {});
    INFO((result.error ? result.error->context : std::string()));
    REQUIRE_FALSE(result.error);
    REQUIRE(result.targets.size() == 2);
    CHECK(certificate_of(result.targets[0]).asset_id == "PC-0001");
    CHECK(certificate_of(result.targets[1]).asset_id == "PC-0002");
    CHECK(certificate_of(result.targets[1]).classification_before == 1);  // the asset's, from the ledger
    // The page's field says the same: one ID per ticked target, or none at all.
    CHECK(gui::assets_per_target("PC-0001, PC-0002", 2) == std::vector<std::string>{"PC-0001", "PC-0002"});
    CHECK_FALSE(gui::assets_per_target("PC-0001", 2));
    CHECK(gui::assets_per_target("  ", 2) == std::vector<std::string>{});
}

TEST_CASE("GUI session drift: the hidden areas are reset before the wipe and the certificate records it", "[gui][drift]") {
    GuiOffice fixture(1 << 20);
    MemoryDevice medium(std::uint64_t{1} << 20, "sata", "sdz");  // 2048 sectors, 48 of them hidden
    SimulatedDrive drive(medium, DriveScript{.hidden_sectors = 48});
    FakeMedia media;
    media.add(medium, &drive);
    gui::WipeRequest request;
    request.targets = {medium.info()};
    request.options.method = wipe::parse_method("zero").value();
    request.options.verify = wipe::parse_verify("last").value();
    request.hidden_areas = {.reset = true};
    request.ledger = fixture.office.ledger;
    request.key_file = fixture.office.operator_key;
    request.certificate_dir = fixture.certificates;
    request.media = &media;
    const gui::WipeResult result = gui::run_wipe_session(request, the_key_passphrase(), {}, {});
    INFO((result.error ? result.error->context : std::string()));
    REQUIRE_FALSE(result.error);
    REQUIRE(result.targets.size() == 1);
    const wipe::WipeReport& report = result.targets[0].report;
    CHECK(report.outcome == wipe::Outcome::erased);
    CHECK(drive.set_max_log == std::vector<std::uint64_t>{2047});  // applied: the native max restored
    REQUIRE(report.hidden_areas);
    CHECK(report.hidden_areas->reset);
    REQUIRE(report.hidden_areas->before_reset);
    CHECK(report.hidden_areas->before_reset->hpa.state == device::HiddenState::detected);
    CHECK(report.hidden_areas->hpa.state == device::HiddenState::none);
    const cert::Certificate certificate = certificate_of(result.targets[0]);
    REQUIRE(certificate.hidden_areas.reset);  // recorded: the certificate says what was restored
    CHECK(certificate.hidden_areas.reset->hpa_before == cert::HiddenAreaState::detected);
    CHECK(certificate.hidden_areas.hpa == cert::HiddenAreaState::none);
    const auto& bytes = medium.contents();
    CHECK(std::all_of(bytes.begin(), bytes.end(), [](std::byte b) { return b == std::byte{0}; }));
}

TEST_CASE("GUI session drift: the attachment is read back with the password before it is recorded", "[gui][drift]") {
    GuiOffice fixture(1 << 20);
    const std::string first = fixture.office.dir.file("見積書.txt");
    const std::string second = fixture.office.dir.file("仕様書.txt");
    create_file(first, "estimate: 1,000,000 JPY\n");
    create_file(second, "specification\n");
    gui::AttachmentRequest request;
    request.inputs = {first, second};
    request.output = fixture.office.dir.file("attachment.zip");
    request.recipient = "A社 佐藤様";
    request.ledger = fixture.office.ledger;
    request.key_file = fixture.office.operator_key;
    const SecretBuffer password = attach::generate_password();
    const gui::AttachmentResult result = gui::make_attachment(request, password, the_key_passphrase(), {});
    INFO((result.error ? result.error->context : std::string()));
    REQUIRE_FALSE(result.error);
    CHECK(result.checked_entries == 2);  // both entries opened again with the password
    CHECK(result.ledger_seq);
    // What was read back is what an auditor's `attach --check` reads.
    Result<attach::ArchiveCheck> again = attach::check_archive(request.output, password.bytes());
    REQUIRE(again);
    CHECK(again->entries == result.checked_entries);
}

TEST_CASE("one image wiped through the CLI and through the GUI session: the same certificate", "[gui][drift]") {
    GuiOffice fixture(2 << 20);
    register_asset(fixture, "USB-0001");
    // The same ledger twice: a copy taken before the CLI's wipe, for the GUI's, so that both
    // certificates anchor at the same head.
    const std::string gui_ledger = fixture.office.dir.file("data/ledger-copy.db");
    std::filesystem::copy_file(fixture.office.ledger, gui_ledger);
    ProcessResult cli = fixture.office.run({"wipe", "--yes", "--json", "--method", "zero", "--verify", "last", "--asset",
                                            "USB-0001", "--department", "情報システム課", "--cert-dir",
                                            fixture.certificates, "--passphrase-file", fixture.office.pass_file,
                                            "--no-pdf", fixture.image});
    INFO(cli.err);
    REQUIRE(cli.ok());
    const auto lines = json_lines(cli.out);
    REQUIRE(lines.size() == 2);
    Result<cert::Certificate> from_cli = cert::parse_certificate(read_file(lines[1]["certificate"]["json"].get<std::string>()));
    REQUIRE(from_cli);

    create_file(fixture.image, marker_text(2 << 20));
    gui::WipeRequest request = zero_request(fixture, {fixture.image}, true);
    request.ledger = gui_ledger;
    request.assets = {"USB-0001"};
    const gui::WipeResult result = gui::run_wipe_session(request, the_key_passphrase(), {}, {});
    REQUIRE_FALSE(result.error);
    REQUIRE(result.targets.size() == 1);
    cert::Certificate from_gui = certificate_of(result.targets[0]);

    // Field by field, but for the id, the times and the throughput.
    cert::Certificate expected = *from_cli;
    expected.certificate_id = from_gui.certificate_id;
    expected.issued_at = from_gui.issued_at;
    expected.timings = from_gui.timings;
    CHECK(from_gui.timings.passes.size() == from_cli->timings.passes.size());
    CHECK(from_gui.timings.resumed == from_cli->timings.resumed);
    CHECK(from_gui.medium == expected.medium);
    CHECK(from_gui.method == expected.method);
    CHECK(from_gui.verification == expected.verification);
    CHECK(from_gui.hidden_areas == expected.hidden_areas);
    CHECK(from_gui.ledger == expected.ledger);
    CHECK(from_gui == expected);
}

}  // namespace sanitize::test
