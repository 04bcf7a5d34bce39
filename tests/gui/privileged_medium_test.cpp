// The Purge and verify page's privileged helper: the command lines it builds, and checks and a
// purge of images forced through it, with the built CLI started directly in place of pkexec:
// the same verdicts and the same refusal as in process.
#include <filesystem>

#include <QLabel>
#include <QLineEdit>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include "device_table.hpp"
#include "gui_test_support.hpp"
#include "helper_test_support.hpp"
#include "main_window.hpp"
#include "medium_check_tab.hpp"
#include "medium_page.hpp"
#include "office_fixture.hpp"
#include "privileged_medium.hpp"
#include "purge_tab.hpp"

namespace sanitize::test {
namespace {

constexpr std::uint64_t odd_offset = (std::uint64_t{3} << 20) + 777;

gui::MediumPage* forced_page(gui::MainWindow& window, const std::string& image) {
    gui::MediumPage* page = window.medium_page();
    page->set_helper(direct_helper());
    REQUIRE(page->add_image(QString::fromStdString(image)));
    return page;
}

const gui::MediumCheckResult& run_check(gui::MediumCheckTab* tab) {
    QSignalSpy finished(tab, &gui::MediumCheckTab::check_finished);
    tab->start_check();
    REQUIRE(finished.wait(long_wait_ms));
    REQUIRE(tab->last_result());
    return *tab->last_result();
}

device::DeviceInfo stick() {
    device::DeviceInfo info;
    info.path = "/dev/sdx";
    info.kind = device::TargetKind::block_device;
    info.serial = "SERIAL 42;rm -rf";
    return info;
}

}  // namespace

TEST_CASE("Helper argv for verify-media and purge: one argument per option, no secret", "[gui][helper][medium]") {
    Result<gui::MediumCheckRequest> check = gui::medium_check_request(stick(), "byte:ff", "10");
    REQUIRE(check);
    CHECK(gui::verify_helper_argv(gui::HelperSettings{}, *check, "ja") ==
          QStringList{"pkexec", SANITIZE_HELPER_PATH, "--lang", "ja", "verify-media", "--json", "--json-progress",
                      "--stdin-cancels", "--expect", "byte:ff", "--sample", "10", "--", "/dev/sdx"});
    Result<gui::MediumCheckRequest> full = gui::medium_check_request(stick(), "zero", "");
    REQUIRE(full);
    CHECK_FALSE(gui::verify_helper_argv(gui::HelperSettings{}, *full, "en").contains("--sample"));

    gui::PurgeSessionRequest purge;
    purge.target = stick();
    purge.options.method = purge::PurgeMethod::nvme_sanitize_crypto;
    purge.verify_spec = "sample:10";
    CHECK(gui::purge_helper_argv(gui::HelperSettings{}, purge, "en") ==
          QStringList{"pkexec", SANITIZE_HELPER_PATH, "--lang", "en", "purge", "--json", "--yes", "--confirm",
                      QString::fromStdString(device::confirmation_token(stick())), "--method", "nvme-sanitize-crypto",
                      "--verify", "sample:10", "--no-ledger", "--", "/dev/sdx"});
    purge.ledger = "/srv/ledger.db";
    purge.key_file = "/home/a/operator.key";
    purge.certificate_dir = "/var/lib/sanitize/certificates";
    purge.asset = "PC-0001";
    purge.certificate.department = "情報システム課";
    purge.certificate.destination = cert::Destination::disposal;
    const QStringList argv = gui::purge_helper_argv(gui::HelperSettings{}, purge, "en");
    CHECK_FALSE(argv.contains("--no-ledger"));
    CHECK(argv.indexOf("--passphrase-fd") + 1 == argv.indexOf("0"));
    CHECK(argv.indexOf("--asset") + 1 == argv.indexOf("PC-0001"));
    CHECK(argv.indexOf("--destination") + 1 == argv.indexOf("disposal"));
    CHECK(argv.indexOf("--cert-dir") + 1 == argv.indexOf("/var/lib/sanitize/certificates"));
    CHECK(argv.mid(argv.indexOf("--")) == QStringList{"--", "/dev/sdx"});
    for (const QString& argument : argv) CHECK_FALSE(argument.contains(passphrase));
}

TEST_CASE("Verify medium through the helper gives the in-process verdicts", "[gui][helper][medium]") {
    GuiOffice fixture(1 << 20);
    const std::string zeros = fixture.office.dir.file("zeros.img");
    create_file(zeros, std::string(8 << 20, '\0'));
    std::string bytes(8 << 20, '\0');
    bytes[odd_offset] = '\x01';
    const std::string odd = fixture.office.dir.file("odd.img");
    create_file(odd, bytes);
    gui::MainWindow window(fixture.settings(false));
    gui::MediumPage* page = forced_page(window, zeros);
    gui::MediumCheckTab* tab = page->check_tab();
    QSignalSpy progressed(tab, &gui::MediumCheckTab::progressed);

    const gui::MediumCheckResult& matched = run_check(tab);
    INFO(tab->verdict_label()->text().toStdString());
    CHECK(matched.helper_failure.empty());
    REQUIRE(matched.report);
    CHECK(matched.report->matches);
    CHECK(matched.report->device.path == zeros);
    CHECK(progressed.count() > 0);  // the helper's progress lines reach the bar
    CHECK(tab->verdict_label()->text().startsWith("Matches: every byte read on " + QString::fromStdString(zeros)));

    // The odd image through the helper, then in process: the same verdict, word for word.
    REQUIRE(page->add_image(QString::fromStdString(odd)));
    const gui::MediumCheckResult& helper = run_check(tab);
    const QString helper_verdict = tab->verdict_label()->text();
    INFO(helper_verdict.toStdString());
    CHECK(helper.helper_failure.empty());  // exit 1 is the mismatch the report states
    REQUIRE(helper.report);
    CHECK_FALSE(helper.report->matches);
    REQUIRE(helper.report->verification.mismatches.size() == 1);
    page->set_helper(gui::HelperSettings{});  // not forced: the GUI may read the image itself
    const gui::MediumCheckResult& own = run_check(tab);
    REQUIRE(own.report);
    CHECK(own.report->verification.mismatches == helper.report->verification.mismatches);
    CHECK(tab->verdict_label()->text() == helper_verdict);
    CHECK(helper_verdict.contains(QString("the first at byte offset %1").arg(helper.report->verification.mismatches[0].offset)));
}

TEST_CASE("Helper: closing stdin stops verify-media (--stdin-cancels)", "[gui][helper][medium]") {
    GuiOffice fixture(1 << 20);
    const std::string image = fixture.office.dir.file("large.img");
    create_file(image, "");
    std::filesystem::resize_file(image, std::uint64_t{4} << 30);
    // run_process closes the child's stdin at once: the helper's Cancel before the first chunk.
    ProcessResult checked = fixture.office.run(
        {"verify-media", "--json", "--json-progress", "--stdin-cancels", "--expect", "zero", "--", image});
    INFO(checked.out + checked.err);
    CHECK(checked.exit_code == 130);
    gui::MediumHelperOutcome outcome;
    for (const QByteArray& line : QByteArray::fromStdString(checked.out).split('\n')) {
        if (!line.isEmpty()) gui::read_medium_line(line, outcome);
    }
    REQUIRE(outcome.check);
    REQUIRE(outcome.check->error);
    CHECK(outcome.check->error->code == Errc::cancelled);
}

TEST_CASE("Purge through the helper: an image offers nothing, as in process", "[gui][helper][medium]") {
    GuiOffice fixture(2 << 20);
    gui::MainWindow window(fixture.settings(true));
    gui::MediumPage* page = forced_page(window, fixture.image);
    gui::PurgeTab* tab = page->purge_tab();
    tab->set_confirmer(typing(fixture.image));
    tab->set_passphrase_source(the_passphrase());
    tab->method_box()->setCurrentText("ata-sanitize-block");
    const std::string ledger_before = read_file(fixture.office.ledger);
    QSignalSpy finished(tab, &gui::PurgeTab::purge_finished);
    tab->start_purge();
    REQUIRE(finished.wait(long_wait_ms));
    const QString text = tab->result_label()->text();
    INFO(text.toStdString());
    REQUIRE(tab->last_result());
    const gui::PurgeSessionResult& result = *tab->last_result();
    CHECK_FALSE(result.error);
    CHECK(result.helper_failure.empty());  // exit 3 is the refusal the document states
    REQUIRE(result.result);
    CHECK(result.result->report.outcome == purge::PurgeOutcome::unavailable);
    CHECK(result.result->report.detail == "disk_image");
    CHECK(result.result->methods.size() == purge::all_purge_methods().size());
    CHECK_FALSE(result.result->certificate);
    CHECK(finished.at(0).at(0).toStringList().isEmpty());
    CHECK(text.startsWith(QString::fromStdString(fixture.image) +
                          ": ata-sanitize-block is not available: a disk image has no drive firmware to ask."));
    REQUIRE(tab->methods_table()->rowCount() == static_cast<int>(purge::all_purge_methods().size()));
    CHECK(tab->methods_table()->item(0, 1)->text() == "not available: a disk image has no drive firmware to ask");
    CHECK(contains_marker(read_file(fixture.image)));
    CHECK(std::filesystem::is_empty(fixture.certificates));
    CHECK(read_file(fixture.office.ledger) == ledger_before);

    // A launcher that is not authorised: said in the purge's words, nothing sent.
    page->set_helper(launcher_exiting(fixture, 126));
    tab->start_purge();
    REQUIRE(finished.wait(long_wait_ms));
    CHECK(tab->result_label()->text().contains("Not authorised"));
    CHECK(tab->result_label()->text().contains("Nothing was erased."));
    CHECK(contains_marker(read_file(fixture.image)));
}

}  // namespace sanitize::test
