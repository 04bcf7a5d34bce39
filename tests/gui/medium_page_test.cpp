// The Purge and verify page driven through its real widgets: checks of images the test wrote
// (all zeros, one byte off at a known offset, sampled, a wrong sample size, Cancel), a purge of
// an image that offers no method (nothing sent, no certificate, the ledger as it was), a loop
// device filled by the test (as root), and screenshots of both tabs in both languages.
#include <filesystem>
#include <fstream>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include "device_table.hpp"
#include "gui_test_support.hpp"
#include "loop_device.hpp"
#include "main_window.hpp"
#include "medium_check_tab.hpp"
#include "medium_page.hpp"
#include "office_fixture.hpp"
#include "purge_tab.hpp"

namespace sanitize::test {
namespace {

constexpr std::uint64_t odd_offset = (std::uint64_t{5} << 20) + 12345;

// `size` bytes of `fill`, with `odd` written at `odd_offset` when given.
std::string medium_image(const GuiOffice& fixture, const std::string& name, std::uint64_t size, char fill,
                         std::optional<char> odd = std::nullopt) {
    const std::string path = fixture.office.dir.file(name);
    std::string bytes(size, fill);
    if (odd) bytes[odd_offset] = *odd;
    create_file(path, bytes);
    return path;
}

gui::MediumPage* medium_page(gui::MainWindow& window, const std::string& image) {
    window.show_page(gui::MainWindow::Page::medium);
    gui::MediumPage* page = window.medium_page();
    REQUIRE(page->add_image(QString::fromStdString(image)));
    REQUIRE(page->devices()->checked().size() == 1);
    return page;
}

// Runs the check as chosen on the tab; the tab's result.
const gui::MediumCheckResult& run_check(gui::MediumCheckTab* tab) {
    QSignalSpy finished(tab, &gui::MediumCheckTab::check_finished);
    tab->check_button()->click();
    REQUIRE(finished.wait(long_wait_ms));
    REQUIRE(tab->last_result());
    CHECK_FALSE(tab->cancel_button()->isEnabled());
    return *tab->last_result();
}

void choose_byte(gui::MediumCheckTab* tab, const QString& hex) {
    tab->expect_box()->setCurrentIndex(tab->expect_box()->findData("byte"));
    tab->byte_field()->setText(hex);
}

void choose_sample(gui::MediumCheckTab* tab, int percent) {
    tab->extent_box()->setCurrentIndex(tab->extent_box()->findData("sample"));
    tab->sample_box()->setValue(percent);
}

std::size_t files_in(const std::string& directory) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++count;
    return count;
}

// Purges `target` from the tab with `method`, the person confirming by typing its serial, else
// its kernel name, else an image's path (what the dialog asks for). `asked`, when given, is set
// once the person is asked to confirm or for the key's passphrase.
const gui::PurgeSessionResult& run_purge(gui::PurgeTab* tab, const std::string& target, const QString& method,
                                         bool* asked = nullptr) {
    Result<device::DeviceInfo> info = device::inspect(target);
    REQUIRE(info);
    auto confirm = typing(device::confirmation_token(*info));
    tab->set_confirmer([confirm, asked](const device::DeviceInfo& shown) {
        if (asked != nullptr) *asked = true;
        return confirm(shown);
    });
    auto passphrase = the_passphrase();
    tab->set_passphrase_source([passphrase, asked](const QString& key_file) {
        if (asked != nullptr) *asked = true;
        return passphrase(key_file);
    });
    tab->method_box()->setCurrentText(method);
    QSignalSpy finished(tab, &gui::PurgeTab::purge_finished);
    tab->purge_button()->click();
    // A purge refused up front has finished before click() returns.
    if (finished.isEmpty()) REQUIRE(finished.wait(long_wait_ms));
    CHECK(finished.at(0).at(0).toStringList().isEmpty());
    REQUIRE(tab->last_result());
    return *tab->last_result();
}

void save_screenshot(gui::MainWindow& window, const QString& name) {
    QDir().mkpath(SANITIZE_SCREENSHOT_DIR);
    QApplication::processEvents();
    CHECK(window.grab().save(QString(SANITIZE_SCREENSHOT_DIR) + "/" + name + ".png"));
}

}  // namespace

TEST_CASE("Verify medium: an all-zero image matches", "[gui][medium]") {
    GuiOffice fixture(1 << 20);
    const std::string image = medium_image(fixture, "zeros.img", 8 << 20, '\0');
    gui::MainWindow window(fixture.settings(false));
    gui::MediumCheckTab* tab = medium_page(window, image)->check_tab();
    const gui::MediumCheckResult& result = run_check(tab);
    INFO(tab->verdict_label()->text().toStdString());
    CHECK_FALSE(result.error);
    REQUIRE(result.report);
    CHECK(result.report->matches);
    CHECK(result.report->verification.bytes_verified == std::uint64_t{8} << 20);
    CHECK(result.report->verification.mismatches.empty());
    CHECK(tab->verdict_label()->text().startsWith("Matches: every byte read on " + QString::fromStdString(image) + " is 0x00."));
    CHECK(tab->verdict_label()->text().contains("100.0 % of the medium"));
}

TEST_CASE("Verify medium: one byte off is a mismatch at its offset", "[gui][medium]") {
    GuiOffice fixture(1 << 20);
    const std::string image = medium_image(fixture, "odd.img", 8 << 20, '\0', '\x5a');
    gui::MainWindow window(fixture.settings(false));
    gui::MediumCheckTab* tab = medium_page(window, image)->check_tab();
    const gui::MediumCheckResult& result = run_check(tab);
    const QString verdict = tab->verdict_label()->text();
    INFO(verdict.toStdString());
    REQUIRE(result.report);
    CHECK_FALSE(result.report->matches);
    REQUIRE(result.report->verification.mismatches.size() == 1);
    const device::ByteRange first = result.report->verification.mismatches.front();
    CHECK(first.offset <= odd_offset);
    CHECK(first.offset + first.length > odd_offset);
    CHECK(verdict.startsWith("Does not match: " + QString::fromStdString(image) + " does not hold only 0x00."));
    CHECK(verdict.contains(QString("Ranges that differ: 1, the first at byte offset %1 (0x%2)")
                               .arg(first.offset)
                               .arg(first.offset, 0, 16)));

    // The same medium against its odd byte: nothing else is 0x5a.
    choose_byte(tab, "5a");
    const gui::MediumCheckResult& again = run_check(tab);
    REQUIRE(again.report);
    CHECK_FALSE(again.report->matches);
    CHECK(tab->verdict_label()->text().contains("does not hold only 0x5a"));
}

TEST_CASE("Verify medium: a sampled check, and a sample too small refused in words", "[gui][medium]") {
    GuiOffice fixture(1 << 20);
    const std::string image = medium_image(fixture, "ones.img", 32 << 20, '\xff');
    gui::MainWindow window(fixture.settings(false));
    gui::MediumCheckTab* tab = medium_page(window, image)->check_tab();
    choose_byte(tab, "ff");
    choose_sample(tab, 20);
    const gui::MediumCheckResult& result = run_check(tab);
    INFO(tab->verdict_label()->text().toStdString());
    REQUIRE(result.report);
    CHECK(result.report->matches);
    CHECK(result.report->verification.mode == wipe::VerifyMode::sample);
    CHECK(result.report->verification.coverage_percent >= 20.0);
    CHECK(result.report->verification.coverage_percent < 100.0);
    CHECK(result.report->verification.sample_subsections >= 1000);
    CHECK(tab->verdict_label()->text().contains("is 0xff."));
    CHECK(tab->verdict_label()->text().contains(
        QString("Sampled in %1 subsections.").arg(result.report->verification.sample_subsections)));

    // Below NIST's 10 %: the library refuses, the tab says why, nothing runs.
    choose_sample(tab, 5);
    QSignalSpy finished(tab, &gui::MediumCheckTab::check_finished);
    tab->check_button()->click();
    CHECK(finished.isEmpty());
    CHECK(tab->check_button()->isEnabled());
    CHECK(tab->verdict_label()->text().contains("a sample is 10 to 100 percent of the medium, not \"5\""));
    choose_sample(tab, 20);
    choose_byte(tab, "zz");
    tab->check_button()->click();
    CHECK(tab->verdict_label()->text().contains("the expected content is zeros or one byte in two hexadecimal digits"));
}

TEST_CASE("Verify medium: Cancel mid-check gives no verdict", "[gui][medium]") {
    GuiOffice fixture(1 << 20);
    // Sparse: 4 GiB of zeros that take no room, long enough to read that Cancel lands midway.
    const std::string image = fixture.office.dir.file("large.img");
    create_file(image, "");
    std::filesystem::resize_file(image, std::uint64_t{4} << 30);
    gui::MainWindow window(fixture.settings(false));
    gui::MediumCheckTab* tab = medium_page(window, image)->check_tab();
    QObject::connect(tab, &gui::MediumCheckTab::progressed, tab, [tab] {
        if (tab->cancel_button()->isEnabled()) tab->cancel_button()->click();
    });
    const gui::MediumCheckResult& result = run_check(tab);
    INFO(tab->verdict_label()->text().toStdString());
    REQUIRE(result.report);
    CHECK_FALSE(result.report->matches);
    REQUIRE(result.report->error);
    CHECK(result.report->error->code == Errc::cancelled);
    CHECK(result.report->verification.bytes_verified < std::uint64_t{4} << 30);
    CHECK(tab->verdict_label()->text().startsWith("Cancelled: " + QString::fromStdString(image)));
    CHECK_FALSE(tab->verdict_label()->text().contains("Does not match"));
}

TEST_CASE("Purge: an image offers no method, said before anything is asked, nothing sent, no certificate, the ledger as it was", "[gui][medium]") {
    GuiOffice fixture(2 << 20);
    gui::MainWindow window(fixture.settings(true));
    gui::MediumPage* page = medium_page(window, fixture.image);
    page->show_tab(gui::MediumPage::Tab::purge);
    const std::string ledger_before = read_file(fixture.office.ledger);
    bool asked = false;
    const gui::PurgeSessionResult& result = run_purge(page->purge_tab(), fixture.image, "nvme-sanitize-crypto", &asked);
    const QString text = page->purge_tab()->result_label()->text();
    INFO(text.toStdString());
    CHECK_FALSE(asked);  // said before the confirmation and the passphrase
    CHECK_FALSE(result.error);
    REQUIRE(result.result);
    CHECK(result.result->report.outcome == purge::PurgeOutcome::unavailable);
    CHECK(result.result->report.commands_sent.empty());
    CHECK_FALSE(result.result->certificate);
    CHECK(text.contains(QString::fromStdString(fixture.image) +
                        ": nvme-sanitize-crypto is not available: a disk image has no drive firmware to ask. "
                        "Nothing was sent to the drive."));
    QTableWidget* methods = page->purge_tab()->methods_table();
    REQUIRE(methods->rowCount() == static_cast<int>(purge::all_purge_methods().size()));
    for (int row = 0; row < methods->rowCount(); ++row) {
        CHECK(methods->item(row, 1)->text() == "not available: a disk image has no drive firmware to ask");
    }
    CHECK(contains_marker(read_file(fixture.image)));
    CHECK(files_in(fixture.certificates) == 0);
    CHECK(read_file(fixture.office.ledger) == ledger_before);
    CHECK(page->purge_tab()->purge_button()->isEnabled());
}

TEST_CASE("Purge and verify: screenshots of both tabs in both languages", "[gui][medium][screenshots]") {
    GuiOffice fixture(2 << 20);
    const std::string odd = medium_image(fixture, "odd.img", 8 << 20, '\0', '\x5a');
    gui::MainWindow window(fixture.settings(false));
    window.resize(1100, 760);
    window.show();
    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        gui::MediumPage* page = medium_page(window, odd);
        gui::MediumCheckTab* check = page->check_tab();
        run_check(check);  // a full read: the odd byte's range is named
        save_screenshot(window, "medium-verify-" + language);
        page->show_tab(gui::MediumPage::Tab::purge);
        REQUIRE(page->add_image(QString::fromStdString(fixture.image)));
        run_purge(page->purge_tab(), fixture.image, "ata-sanitize-crypto");
        save_screenshot(window, "medium-purge-" + language);
        if (language == "ja") {
            const QString text = page->purge_tab()->result_label()->text() + check->verdict_label()->text();
            INFO(text.toStdString());
            CHECK(text.contains("利用できません"));
            CHECK_FALSE(text.contains("not available"));
            CHECK_FALSE(text.contains("Does not match"));
            CHECK(text.contains("不一致"));
            CHECK(text.contains("バイトオフセット"));
            CHECK(page->purge_tab()->methods_table()->item(0, 1)->text().startsWith("利用できません"));
        }
    }
}

TEST_CASE("Verify medium: a loop device the test filled", "[gui][medium][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    GuiOffice fixture(1 << 20);
    LoopDevice loop({.size_bytes = 16 << 20});
    write_and_sync(loop.path(), std::string(16 << 20, '\xa5'));
    gui::MainWindow window(fixture.settings(false));
    gui::MediumCheckTab* tab = medium_page(window, loop.path())->check_tab();
    choose_byte(tab, "a5");
    const gui::MediumCheckResult& result = run_check(tab);
    INFO(tab->verdict_label()->text().toStdString());
    REQUIRE(result.report);
    CHECK(result.report->matches);
    CHECK(result.report->device.path == loop.path());
    CHECK(result.report->verification.bytes_verified == std::uint64_t{16} << 20);

    // A loop device offers no purge either: the reason is the loop device's.
    gui::MediumPage* page = window.medium_page();
    page->show_tab(gui::MediumPage::Tab::purge);
    const gui::PurgeSessionResult& purged = run_purge(page->purge_tab(), loop.path(), "discard");
    REQUIRE(purged.result);
    CHECK(purged.result->report.outcome == purge::PurgeOutcome::unavailable);
    CHECK(page->purge_tab()->methods_table()->item(0, 1)->text() == "not available: a loop device has no drive firmware to ask");

    // Zeros at the start: the check says where they are.
    write_and_sync(loop.path(), std::string(4096, '\0'));
    const gui::MediumCheckResult& changed = run_check(tab);
    REQUIRE(changed.report);
    CHECK_FALSE(changed.report->matches);
    REQUIRE_FALSE(changed.report->verification.mismatches.empty());
    CHECK(changed.report->verification.mismatches.front().offset == 0);
}

}  // namespace sanitize::test
