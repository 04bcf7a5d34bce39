// The Wipe page's privileged helper: the command line it builds, the JSON Lines of the real
// `sanitize wipe --json --json-progress` read back, and wipes of an image forced through the
// helper, with the built CLI started directly in place of pkexec (pkexec cannot authenticate
// in CI) and with a stand-in launcher that answers as pkexec does when nobody authorises.
#include <sys/stat.h>

#include <filesystem>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include "audit_page.hpp"
#include "confirm_dialog.hpp"
#include "device_table.hpp"
#include "main_window.hpp"
#include "gui_test_support.hpp"
#include "helper_test_support.hpp"
#include "office_fixture.hpp"
#include "passphrase_dialog.hpp"
#include "privileged_wipe.hpp"
#include "wipe_page.hpp"

namespace sanitize::test {
namespace {

void prepare_wipe(gui::WipePage* page, const GuiOffice& fixture, const gui::HelperSettings& helper) {
    page->set_helper(helper);
    page->set_confirmer([](const device::DeviceInfo&) { return true; });
    page->set_passphrase_source([](const QString&) {
        QString text = passphrase;
        return std::optional<SecretBuffer>(gui::secret_from(text));
    });
    REQUIRE(page->add_image(QString::fromStdString(fixture.image)));
    REQUIRE(page->devices()->checked().size() == 1);
}

std::vector<gui::HelperLine> parse_lines(const std::string& out) {
    std::vector<gui::HelperLine> lines;
    for (const QByteArray& line : QByteArray::fromStdString(out).split('\n')) {
        if (!line.isEmpty()) lines.push_back(gui::parse_helper_line(line));
    }
    return lines;
}

gui::WipeRequest image_request(const std::string& image) {
    gui::WipeRequest request;
    Result<device::DeviceInfo> info = device::inspect(image);
    REQUIRE(info);
    request.targets.push_back(*info);
    request.method_spec = "zero";
    request.verify_spec = "last";
    return request;
}

}  // namespace

TEST_CASE("Helper argv: fixed program, one argument per option, no secret", "[gui][helper]") {
    GuiOffice fixture(1 << 20);
    gui::WipeRequest request = image_request(fixture.image);
    device::DeviceInfo stick;
    stick.path = "/dev/sdx";
    stick.kind = device::TargetKind::block_device;
    stick.serial = "SERIAL 42;rm -rf";
    request.targets.push_back(stick);

    SECTION("without a ledger") {
        const QStringList argv = gui::helper_argv(gui::HelperSettings{}, request, "ja");
        const QStringList expected{"pkexec", SANITIZE_HELPER_PATH, "--lang", "ja", "wipe", "--json", "--json-progress",
                                   "--stdin-cancels", "--yes", "--confirm", QString::fromStdString(device::confirmation_token(stick)),
                                   "--method", "zero", "--verify", "last", "--no-ledger", "--",
                                   QString::fromStdString(fixture.image), "/dev/sdx"};
        CHECK(argv == expected);
        CHECK(QString(SANITIZE_HELPER_PATH).startsWith('/'));
    }
    SECTION("with a ledger: paths given, the passphrase on stdin only") {
        request.ledger = fixture.office.ledger;
        request.key_file = fixture.office.operator_key;
        request.certificate_dir = fixture.certificates;
        request.assets = {"PC-0001", ""};  // the first target is an asset, the second is none
        request.certificate.department = "情報システム課";
        request.certificate.destination = cert::Destination::disposal;
        const QStringList argv = gui::helper_argv(direct_helper(), request, "en");
        CHECK(argv.first() == SANITIZE_CLI_PATH);
        CHECK_FALSE(argv.contains("--no-ledger"));
        CHECK(argv.indexOf("--ledger") + 1 == argv.indexOf(QString::fromStdString(fixture.office.ledger)));
        CHECK(argv.indexOf("--passphrase-fd") + 1 == argv.indexOf("0"));
        CHECK(argv.indexOf("--destination") + 1 == argv.indexOf("disposal"));
        CHECK(argv.count("--asset") == 2);  // one per target: the first target's asset, none for the second
        CHECK(argv.contains("PC-0001"));
        CHECK(argv.contains("情報システム課"));
        CHECK(argv.mid(argv.indexOf("--")).size() == 3);
        for (const QString& argument : argv) CHECK_FALSE(argument.contains(passphrase));
    }
    SECTION("a resumed wipe names no method: the checkpoint holds it, and the CLI refuses one") {
        request.resume = true;
        const QStringList argv = gui::helper_argv(gui::HelperSettings{}, request, "ja");
        CHECK(argv.contains("--resume"));
        CHECK_FALSE(argv.contains("--method"));
        CHECK_FALSE(argv.contains("--verify"));
        CHECK_FALSE(argv.contains("--blank"));
    }
}

TEST_CASE("Helper lines: the real CLI's JSON Lines read back", "[gui][helper]") {
    GuiOffice fixture(8 << 20);
    ProcessResult wiped = fixture.office.run({"wipe", "--json", "--json-progress", "--yes", "--method", "zero",
                                              "--ledger", fixture.office.ledger, "--key", fixture.office.operator_key,
                                              "--passphrase-file", fixture.office.pass_file, "--cert-dir",
                                              fixture.certificates, "--", fixture.image});
    INFO(wiped.out + wiped.err);
    REQUIRE(wiped.ok());
    std::size_t progress_lines = 0;
    std::optional<wipe::WipeReport> report;
    std::optional<gui::HelperCertificate> certificate;
    bool saw_verifying = false;
    for (const gui::HelperLine& line : parse_lines(wiped.out)) {
        CHECK_FALSE(std::holds_alternative<std::monostate>(line));  // every line is one the GUI reads
        if (const auto* progress = std::get_if<gui::HelperProgress>(&line)) {
            ++progress_lines;
            CHECK(progress->target == 0);
            CHECK(progress->progress.pass_count >= 1);
            CHECK(progress->progress.phase_bytes_done <= progress->progress.phase_bytes_total);
            saw_verifying = saw_verifying || progress->progress.phase == wipe::Phase::verifying;
        }
        if (const auto* parsed = std::get_if<wipe::WipeReport>(&line)) report = *parsed;
        if (const auto* parsed = std::get_if<gui::HelperCertificate>(&line)) certificate = *parsed;
    }
    CHECK(progress_lines >= 2);
    CHECK(saw_verifying);
    REQUIRE(report);
    CHECK(report->device.path == fixture.image);
    CHECK(report->outcome == wipe::Outcome::erased);
    CHECK(report->bytes_written == std::uint64_t{8} << 20);
    REQUIRE(certificate);
    CHECK(certificate->target == fixture.image);
    CHECK(std::filesystem::exists(certificate->json));
    CHECK_FALSE(certificate->certificate_id.empty());
    CHECK(std::holds_alternative<std::monostate>(gui::parse_helper_line("not json")));
    CHECK(std::holds_alternative<std::monostate>(gui::parse_helper_line(R"({"progress": {"target": 0, "phase": "dancing"}})")));
}

TEST_CASE("GUI: a wipe forced through the helper ends with a certificate the Audit page verifies", "[gui][helper]") {
    GuiOffice fixture(8 << 20);
    gui::MainWindow window(fixture.settings(true));
    gui::WipePage* page = window.wipe_page();
    prepare_wipe(page, fixture, direct_helper());
    QSignalSpy progressed(page, &gui::WipePage::progressed);
    QSignalSpy finished(page, &gui::WipePage::wipe_finished);
    QSignalSpy audited(window.audit_page(), &gui::AuditPage::certificate_checked);
    page->start_wipe();
    REQUIRE(finished.wait(long_wait_ms));
    INFO(page->result_label()->text().toStdString());
    CHECK(progressed.count() > 0);
    REQUIRE(page->last_results().size() == 1);
    CHECK(page->last_results()[0].report.outcome == wipe::Outcome::erased);
    CHECK(page->result_label()->text().contains("erased"));
    const QStringList certificates = finished.at(0).at(0).toStringList();
    REQUIRE(certificates.size() == 1);
    CHECK(page->result_label()->text().contains("Certificate: " + certificates[0]));
    REQUIRE((!audited.isEmpty() || audited.wait(long_wait_ms)));
    CHECK(audited.at(0).at(0).toBool());
    CHECK(window.audit_page()->verdict_label()->text().contains("VERIFIED"));
    CHECK_FALSE(window.audit_page()->verdict_label()->text().contains("NOT VERIFIED"));
    CHECK_FALSE(contains_marker(read_file(fixture.image)));
}

TEST_CASE("GUI: Cancel through the helper gives the outcome aborted", "[gui][helper]") {
    GuiOffice fixture(64 << 20);
    gui::MainWindow window(fixture.settings(false));
    gui::WipePage* page = window.wipe_page();
    prepare_wipe(page, fixture, direct_helper());
    page->method_box()->setCurrentText("gutmann");  // 35 passes: far from done at the first progress
    QObject::connect(page, &gui::WipePage::progressed, page, [page] {
        if (page->cancel_button()->isEnabled()) page->cancel_button()->click();
    });
    QSignalSpy finished(page, &gui::WipePage::wipe_finished);
    page->start_wipe();
    REQUIRE(finished.wait(long_wait_ms));
    INFO(page->result_label()->text().toStdString());
    REQUIRE(page->last_results().size() == 1);
    CHECK(page->last_results()[0].report.outcome == wipe::Outcome::aborted);
    CHECK(page->result_label()->text().contains("aborted"));
    CHECK(page->result_label()->text().contains("interrupted"));
}

TEST_CASE("Helper: closing stdin stops the CLI as SIGTERM does (--stdin-cancels)", "[gui][helper]") {
    GuiOffice fixture(64 << 20);
    // run_process closes the child's stdin at once: the helper's Cancel before the first chunk.
    ProcessResult wiped = fixture.office.run({"wipe", "--json", "--json-progress", "--stdin-cancels", "--yes",
                                              "--no-ledger", "--method", "gutmann", "--", fixture.image});
    INFO(wiped.out + wiped.err);
    CHECK(wiped.exit_code == 130);
    std::optional<wipe::WipeReport> report;
    for (const gui::HelperLine& line : parse_lines(wiped.out)) {
        if (const auto* parsed = std::get_if<wipe::WipeReport>(&line)) report = *parsed;
    }
    REQUIRE(report);
    CHECK(report->outcome == wipe::Outcome::aborted);
}

TEST_CASE("GUI: a launcher that is not authorised (exit 126) is named, and nothing is erased", "[gui][helper]") {
    GuiOffice fixture(1 << 20);
    const gui::HelperSettings helper = launcher_exiting(fixture, 126);
    gui::MainWindow window(fixture.settings(true));
    gui::WipePage* page = window.wipe_page();
    prepare_wipe(page, fixture, helper);
    QSignalSpy finished(page, &gui::WipePage::wipe_finished);
    page->start_wipe();
    REQUIRE(finished.wait(long_wait_ms));
    INFO(page->result_label()->text().toStdString());
    CHECK(finished.at(0).at(0).toStringList().isEmpty());
    CHECK(page->last_results().empty());
    CHECK(page->result_label()->text().contains("Not authorised"));
    CHECK_FALSE(page->cancel_button()->isEnabled());
    CHECK(contains_marker(read_file(fixture.image)));

    gui::HelperOutcome missing;
    missing.exit_code = 127;
    CHECK(gui::helper_failure_text(missing).contains("pkexec is missing"));
    gui::HelperOutcome refused;
    refused.exit_code = 3;
    refused.stderr_text = "sanitize: error: /dev/sdx is mounted\n";
    CHECK(gui::helper_failure_text(refused).contains("refused the wipe for safety"));
    CHECK(gui::helper_failure_text(refused).contains("is mounted"));
}

}  // namespace sanitize::test
