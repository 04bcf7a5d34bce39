// The Carry-out page's privileged helper: the command line it builds, the JSON Lines of the real
// `sanitize prepare --json --json-progress` read back (both passphrases on one stdin), and
// carry-outs to an image forced through the helper, with the built CLI started directly in
// place of pkexec and with a stand-in launcher that answers as pkexec does when nobody authorises.
#include <sys/stat.h>

#include <filesystem>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include "carry_out_page.hpp"
#include "device_table.hpp"
#include "gui_test_support.hpp"
#include "helper_test_support.hpp"
#include "main_window.hpp"
#include "office_fixture.hpp"
#include "privileged_prepare.hpp"

namespace sanitize::test {
namespace {

constexpr const char* archive_passphrase = "受け渡し用 Kq7#mPx2";

// The page filled in as a person would (gui_test_support.hpp), through `helper`.
gui::CarryOutPage* fill_page(gui::MainWindow& window, const GuiOffice& fixture, const gui::HelperSettings& helper) {
    gui::CarryOutPage* page = window.carry_out_page();
    page->set_helper(helper);
    page->set_confirmer([](const device::DeviceInfo&) { return true; });
    fill_carry_out(page, fixture, make_carry_out_folder(fixture), QString::fromUtf8(archive_passphrase));
    return page;
}

std::vector<gui::PrepareLine> parse_lines(const std::string& out) {
    std::vector<gui::PrepareLine> lines;
    for (const QByteArray& line : QByteArray::fromStdString(out).split('\n')) {
        if (!line.isEmpty()) lines.push_back(gui::parse_prepare_line(line));
    }
    return lines;
}

std::size_t carry_out_events(const CliOffice& office) {
    ProcessResult log = office.run({"ledger", "log", "--json"});
    REQUIRE(log.ok());
    std::size_t found = 0;
    for (const nlohmann::json& event : json_lines(log.out)) {
        if (event["type"] == "media.carry_out") ++found;
    }
    return found;
}

// A file of the stick image, read by mtools itself (not by this software).
std::optional<std::string> file_on_image(const std::string& image, const std::string& name) {
    const std::optional<std::string> mcopy = find_program("mcopy");
    if (!mcopy) return std::nullopt;
    ProcessOptions options;
    options.extra_env = {"MTOOLS_SKIP_CHECK=1", "LC_ALL=C.UTF-8"};
    ProcessResult copied = run_process({*mcopy, "-i", image, "::" + name, "-"}, options);
    INFO(copied.err);
    REQUIRE(copied.ok());
    return copied.out;
}

}  // namespace

TEST_CASE("Prepare helper argv: fixed program, one argument per option, no secret", "[gui][helper]") {
    gui::CarryOutRequest request;
    request.stick.path = "/dev/sdx";
    request.stick.kind = device::TargetKind::block_device;
    request.stick.serial = "SERIAL 42;rm -rf";
    request.folder = "/home/someone/持ち出し 資料";
    request.asset_id = "DOC-1";
    request.classification = 1;
    request.approval = {42};
    request.department = "情報システム課";
    request.ledger = "/srv/ledger.db";
    request.key_file = "/home/someone/operator.key";
    request.certificate_dir = "/home/someone/certs";

    SECTION("a passphrase for the receiver: both secrets on stdin") {
        const QStringList argv = gui::prepare_helper_argv(gui::HelperSettings{}, request, true, "ja");
        const QStringList expected{"pkexec", SANITIZE_HELPER_PATH, "--lang", "ja", "prepare", "--json", "--json-progress",
                                   "--stdin-cancels", "--yes", "--confirm",
                                   QString::fromStdString(device::confirmation_token(request.stick)), "--folder",
                                   "/home/someone/持ち出し 資料", "--passphrase-fd", "0", "--asset", "DOC-1",
                                   "--classification", "1", "--approval", "42",
                                   "--department", "情報システム課", "--ledger", "/srv/ledger.db", "--key",
                                   "/home/someone/operator.key", "--key-passphrase-fd", "0", "--cert-dir",
                                   "/home/someone/certs", "--", "/dev/sdx"};
        CHECK(argv == expected);
        for (const QString& argument : argv) CHECK_FALSE(argument.contains(archive_passphrase));
        for (const QString& argument : argv) CHECK_FALSE(argument.contains(passphrase));
    }
    SECTION("recipients: each its own argument, no archive passphrase, the stick last after --") {
        request.recipients = {"age1aaaa", "age1bbbb"};
        request.classification.reset();
        request.stick.kind = device::TargetKind::regular_file;
        request.stick.path = "-stick.img";
        const QStringList argv = gui::prepare_helper_argv(direct_helper(), request, false, "en");
        CHECK(argv.first() == SANITIZE_CLI_PATH);
        CHECK(argv.count("--recipient") == 2);
        CHECK(argv.indexOf("age1aaaa") == argv.indexOf("--recipient") + 1);
        CHECK_FALSE(argv.contains("--passphrase-fd"));
        CHECK_FALSE(argv.contains("--classification"));
        CHECK_FALSE(argv.contains("--confirm"));
        CHECK(argv.indexOf("--key-passphrase-fd") + 1 == argv.lastIndexOf("0"));
        CHECK(argv.mid(argv.indexOf("--")) == QStringList{"--", "-stick.img"});
    }
}

TEST_CASE("Prepare helper lines: the real CLI's JSON Lines read back, two passphrases on one stdin", "[gui][helper]") {
    GuiOffice fixture(64 << 20);
    const std::string folder = make_carry_out_folder(fixture);
    const std::string approval = approved_carry_out(fixture);
    ProcessResult prepared = fixture.office.run(
        {"prepare", "--json", "--json-progress", "--yes", "--folder", folder, "--passphrase-fd", "0", "--asset", "DOC-1",
         "--approval", approval,
         "--ledger", fixture.office.ledger, "--key", fixture.office.operator_key, "--key-passphrase-fd", "0", "--cert-dir",
         fixture.certificates, "--", fixture.image},
        "C", std::string(passphrase) + "\n" + archive_passphrase + "\n");
    INFO(prepared.out + prepared.err);
    // No --stdin-cancels here: run_process closes stdin after the two lines, which is Cancel.
    std::size_t started = 0;
    std::size_t progress_lines = 0;
    std::size_t byte_lines = 0;
    std::optional<gui::PreparedByHelper> result;
    for (const gui::PrepareLine& line : parse_lines(prepared.out)) {
        CHECK_FALSE(std::holds_alternative<std::monostate>(line));  // every line is one the GUI reads
        if (const auto* step = std::get_if<gui::PrepareStepLine>(&line)) started += step->started ? 1 : 0;
        if (std::holds_alternative<gui::HelperProgress>(line)) ++progress_lines;
        if (const auto* bytes = std::get_if<gui::PrepareBytesLine>(&line)) {
            ++byte_lines;
            CHECK(bytes->done <= bytes->total);
        }
        if (const auto* parsed = std::get_if<gui::PreparedByHelper>(&line)) result = *parsed;
    }
    REQUIRE(prepared.ok());
    REQUIRE(result);
    CHECK(progress_lines >= 1);
    CHECK(result->stick.wipe_report.device.path == fixture.image);
    CHECK(started == 7);
    CHECK(byte_lines >= 2);
    CHECK(result->stick.ok());
    CHECK(result->stick.wipe_report.outcome == wipe::Outcome::erased);
    CHECK(result->stick.archive_checked);
    REQUIRE(result->stick.files.size() == 2);
    CHECK(result->stick.files[0].name == "outgoing.tar.age");
    REQUIRE(result->stick.certificate);
    CHECK(std::filesystem::exists(result->stick.certificate->files.json));
    REQUIRE(result->stick.carry_out);
    CHECK(result->stick.carry_out->seq > 0);
    CHECK(std::holds_alternative<std::monostate>(gui::parse_prepare_line("not json")));
    CHECK(std::holds_alternative<std::monostate>(gui::parse_prepare_line(R"({"step": {"name": "dancing", "state": "started"}})")));
}

TEST_CASE("Prepare helper: stdin closed after the passphrases cancels the run (--stdin-cancels)", "[gui][helper]") {
    GuiOffice fixture(64 << 20);
    const std::string folder = make_carry_out_folder(fixture);
    // run_process closes stdin right after the two lines: the helper's Cancel, seen only once
    // both passphrases were read (a watcher started earlier would eat them).
    ProcessResult prepared = fixture.office.run(
        {"prepare", "--json", "--json-progress", "--stdin-cancels", "--yes", "--folder", folder, "--passphrase-fd", "0",
         "--classification", "0", "--ledger", fixture.office.ledger, "--key", fixture.office.operator_key,
         "--key-passphrase-fd", "0", "--cert-dir", fixture.certificates, "--", fixture.image},
        "C", std::string(passphrase) + "\n" + archive_passphrase + "\n");
    INFO(prepared.out + prepared.err);
    CHECK(prepared.exit_code == 130);
    std::optional<gui::PreparedByHelper> result;
    for (const gui::PrepareLine& line : parse_lines(prepared.out)) {
        if (const auto* parsed = std::get_if<gui::PreparedByHelper>(&line)) result = *parsed;
    }
    CHECK(carry_out_events(fixture.office) == 0);
    const gui::CarryOutResult shown = gui::prepare_helper_result({result, 130, false, QString::fromStdString(prepared.err), std::nullopt});
    if (result) {
        // Stopped once the stick was being wiped: the result line says what happened to it.
        CHECK_FALSE(result->stick.ok());
        CHECK_FALSE(result->stick.carry_out);
        CHECK_FALSE(result->failure_text.empty());
        CHECK(shown.helper_failure.empty());
        REQUIRE(shown.stick);
        CHECK(shown.failure_text == result->failure_text);
    } else {
        // Stopped before the stick was touched: no result line, the exit code and stderr say so.
        CHECK_FALSE(shown.stick);
        CHECK(QString::fromStdString(shown.helper_failure).contains("interrupted"));
        CHECK(QString::fromStdString(shown.helper_failure).contains("cancelled"));
    }
}

TEST_CASE("GUI: a carry-out forced through the helper puts an archive on the image that opens", "[gui][helper]") {
    GuiOffice fixture(64 << 20);  // FAT32 needs room for its tables and root directory
    gui::MainWindow window(fixture.settings(true));
    gui::CarryOutPage* page = fill_page(window, fixture, direct_helper());
    QSignalSpy progressed(page, &gui::CarryOutPage::progressed);
    QSignalSpy prepared(page, &gui::CarryOutPage::prepared);
    page->start();
    CHECK(page->cancel_button()->isEnabled());
    REQUIRE(prepared.wait(long_wait_ms));
    const QString shown = page->result_label()->text();
    INFO(shown.toStdString());
    CHECK(prepared.at(0).at(0).toBool());
    CHECK(progressed.count() > 0);
    CHECK(shown.contains("Wipe: erased"));
    CHECK(shown.contains("Certificate: " + QString::fromStdString(fixture.certificates)));
    CHECK(shown.contains("On the stick: outgoing.tar.age"));
    CHECK(shown.contains("On the stick: README-DECRYPT.txt"));
    CHECK(shown.contains("The archive was read back from the stick and is intact."));
    CHECK(shown.contains("Carry-out recorded in the ledger"));
    CHECK_FALSE(page->cancel_button()->isEnabled());
    CHECK(carry_out_events(fixture.office) == 1);
    CHECK_FALSE(contains_marker(read_file(fixture.image)));

    // Taken off the image by mtools and opened by `sanitize decrypt` with the receiver's passphrase.
    const std::optional<std::string> archive = file_on_image(fixture.image, "outgoing.tar.age");
    if (!archive) {
        WARN("mcopy is not installed: the archive was not taken off the image");
        return;
    }
    const std::string copy = fixture.office.dir.file("copy.tar.age");
    create_file(copy, *archive);
    const std::string out = fixture.office.dir.file("received");
    ProcessResult decrypted = fixture.office.run({"decrypt", copy, "-o", out, "--passphrase-fd", "0"}, "C",
                                                 std::string(archive_passphrase) + "\n");
    INFO(decrypted.err);
    REQUIRE(decrypted.ok());
    CHECK(read_file(out + "/outgoing/報告書.txt") == "quarterly figures\n");
}

TEST_CASE("GUI: Cancel through the prepare helper claims nothing prepared", "[gui][helper]") {
    GuiOffice fixture(64 << 20);
    gui::MainWindow window(fixture.settings(true));
    gui::CarryOutPage* page = fill_page(window, fixture, direct_helper());
    QObject::connect(page, &gui::CarryOutPage::progressed, page, [page] {
        if (page->cancel_button()->isEnabled()) page->cancel_button()->click();
    });
    QSignalSpy prepared(page, &gui::CarryOutPage::prepared);
    page->start();
    REQUIRE(prepared.wait(long_wait_ms));
    const QString shown = page->result_label()->text();
    INFO(shown.toStdString());
    CHECK_FALSE(prepared.at(0).at(0).toBool());
    CHECK(shown.contains("Failed while"));
    CHECK_FALSE(shown.contains("Carry-out recorded"));
    CHECK_FALSE(shown.contains("is intact"));
    CHECK(carry_out_events(fixture.office) == 0);
    CHECK_FALSE(page->cancel_button()->isEnabled());
}

TEST_CASE("GUI: a prepare launcher that is not authorised (exit 126) is named, and the image is untouched", "[gui][helper]") {
    GuiOffice fixture(64 << 20);
    const gui::HelperSettings helper = launcher_exiting(fixture, 126);
    gui::MainWindow window(fixture.settings(true));
    gui::CarryOutPage* page = fill_page(window, fixture, helper);
    const std::string before = read_file(fixture.image);
    QSignalSpy prepared(page, &gui::CarryOutPage::prepared);
    page->start();
    CHECK(page->step_label()->text().contains("authorisation"));
    REQUIRE(prepared.wait(long_wait_ms));
    const QString shown = page->result_label()->text();
    INFO(shown.toStdString());
    CHECK_FALSE(prepared.at(0).at(0).toBool());
    CHECK(shown.contains("Not authorised"));
    CHECK(shown.contains("Nothing was written to the stick"));
    CHECK_FALSE(shown.contains("erased"));
    CHECK_FALSE(shown.contains("On the stick"));
    CHECK_FALSE(page->cancel_button()->isEnabled());
    CHECK(read_file(fixture.image) == before);
    CHECK(carry_out_events(fixture.office) == 0);

    gui::PrepareOutcome refused;
    refused.exit_code = 3;
    refused.stderr_text = "sanitize: error: the folder does not fit\n";
    const gui::CarryOutResult result = gui::prepare_helper_result(refused);
    CHECK_FALSE(result.stick);
    CHECK(QString::fromStdString(result.helper_failure).contains("does not fit"));
    CHECK(QString::fromStdString(result.helper_failure).contains("refused the carry-out for safety"));
}

}  // namespace sanitize::test
