// The GUI driven through its real widgets on the offscreen platform, against a real ledger and
// real keys made by the real CLI (the office fixture of the CLI tests).
#include <sys/stat.h>

#include <filesystem>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QComboBox>
#include <QRegularExpression>
#include <QTableWidget>

#include "assets_page.hpp"
#include "attachment_page.hpp"
#include "audit_page.hpp"
#include "carry_out_page.hpp"
#include "confirm_dialog.hpp"
#include "device_table.hpp"
#include "events_view.hpp"
#include "gui_test_support.hpp"
#include "main_window.hpp"
#include "office_fixture.hpp"
#include "passphrase_dialog.hpp"
#include "wipe_page.hpp"

namespace sanitize::test {
namespace {

void prepare_wipe(gui::MainWindow& window, const GuiOffice& fixture, const std::string& typed) {
    gui::WipePage* page = window.wipe_page();
    page->set_confirmer(typing(typed));
    page->set_passphrase_source(the_passphrase());
    REQUIRE(page->add_image(QString::fromStdString(fixture.image)));
    REQUIRE(page->devices()->checked().size() == 1);
}

// Wipes the fixture's image from the Wipe page; returns the certificate the page issued, after
// the Audit page (which opens every new certificate) has checked it.
QString wipe_to_certificate(gui::MainWindow& window, const GuiOffice& fixture, bool& audit_verdict) {
    prepare_wipe(window, fixture, fixture.image);
    QSignalSpy finished(window.wipe_page(), &gui::WipePage::wipe_finished);
    QSignalSpy audited(window.audit_page(), &gui::AuditPage::certificate_checked);
    window.wipe_page()->start_wipe();
    REQUIRE(finished.wait(long_wait_ms));
    INFO(window.wipe_page()->result_label()->text().toStdString());
    REQUIRE(window.wipe_page()->last_results().size() == 1);
    CHECK(window.wipe_page()->last_results()[0].report.outcome == wipe::Outcome::erased);
    const QStringList certificates = finished.at(0).at(0).toStringList();
    REQUIRE(certificates.size() == 1);
    REQUIRE((!audited.isEmpty() || audited.wait(long_wait_ms)));
    audit_verdict = audited.at(0).at(0).toBool();
    return certificates[0];
}

void save_screenshots(gui::MainWindow& window, const QString& language) {
    QDir().mkpath(SANITIZE_SCREENSHOT_DIR);
    const std::pair<gui::MainWindow::Page, QString> pages[] = {{gui::MainWindow::Page::wipe, "wipe"},
                                                               {gui::MainWindow::Page::carry_out, "carry-out"},
                                                               {gui::MainWindow::Page::attachment, "attachment"},
                                                               {gui::MainWindow::Page::audit, "audit"},
                                                               {gui::MainWindow::Page::settings, "settings"}};
    const auto save = [&](const QString& name) {
        QApplication::processEvents();
        const QString path = QString(SANITIZE_SCREENSHOT_DIR) + "/" + name + "-" + language + ".png";
        CHECK(window.grab().save(path));
    };
    for (const auto& [page, name] : pages) {
        window.show_page(page);
        save(name);
    }
    // The Audit page's Events tab, with every event of the ledger listed.
    window.show_page(gui::MainWindow::Page::audit);
    window.audit_page()->show_tab(gui::AuditPage::Tab::events);
    gui::EventsView* events = window.audit_page()->events_view();
    QSignalSpy loaded(events, &gui::EventsView::loaded);
    events->apply_filter();
    REQUIRE(loaded.wait(long_wait_ms));
    CHECK(events->model()->rowCount() > 0);
    save("audit-events");
    window.audit_page()->show_tab(gui::AuditPage::Tab::certificate);
}

}  // namespace

TEST_CASE("GUI: an image wiped from the Wipe page gets a certificate the Audit page verifies", "[gui]") {
    GuiOffice fixture(8 << 20);
    gui::MainWindow window(fixture.settings(true));
    window.show();
    bool verified = false;
    const QString certificate = wipe_to_certificate(window, fixture, verified);
    CHECK(verified);
    CHECK(window.audit_page()->verdict_label()->text().contains("VERIFIED"));
    CHECK_FALSE(window.audit_page()->verdict_label()->text().contains("NOT VERIFIED"));
    CHECK_FALSE(contains_marker(read_file(fixture.image)));

    QSignalSpy ledger_checked(window.audit_page(), &gui::AuditPage::ledger_checked);
    QSignalSpy ledger_progressed(window.audit_page(), &gui::AuditPage::ledger_progressed);
    window.audit_page()->verify_ledger();
    REQUIRE(ledger_checked.wait(long_wait_ms));
    CHECK(ledger_checked.at(0).at(0).toBool());
    // The bar ends full, on the counts of the library's progress callback.
    REQUIRE_FALSE(ledger_progressed.isEmpty());
    const qint64 total = ledger_progressed.back().at(1).toLongLong();
    CHECK(total >= 3);  // the genesis, the operator's key, the certificate
    CHECK(ledger_progressed.back().at(0).toLongLong() == total);
    CHECK(window.audit_page()->ledger_progress()->value() == window.audit_page()->ledger_progress()->maximum());
    CHECK(window.audit_page()->ledger_progress()->maximum() == total);

    // Every page in both languages, with a certificate on the Audit page.
    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        CHECK(window.windowTitle().contains(language == "ja" ? "媒体" : "media"));
        REQUIRE(window.wipe_page()->add_image(QString::fromStdString(fixture.image)));
        QSignalSpy audited(window.audit_page(), &gui::AuditPage::certificate_checked);
        window.audit_page()->add_certificates(certificate);
        REQUIRE(audited.wait(long_wait_ms));
        CHECK(audited.at(0).at(0).toBool());
        if (language == "ja") {
            // The checks' notes are words of the person's language too (issue 20, item 15).
            QTableWidget* checks = window.audit_page()->checks_table();
            const QRegularExpression english("\\b(key|seq|events|revoked|not|ledger|operator|in|id)\\b");
            bool revocation_in_japanese = false;
            for (int row = 0; row < checks->rowCount(); ++row) {
                const QString note = checks->item(row, 2) != nullptr ? checks->item(row, 2)->text() : QString();
                INFO(note.toStdString());
                CHECK_FALSE(note.contains(english));
                revocation_in_japanese = revocation_in_japanese || note == QString("失効していません");
            }
            CHECK(revocation_in_japanese);
        }
        QSignalSpy assets_loaded(window.assets_page(), &gui::AssetsPage::loaded);
        window.assets_page()->load_assets();
        REQUIRE(assets_loaded.wait(long_wait_ms));
        window.attachment_page()->add_files({QString::fromStdString(fixture.office.dir.file("見積書.txt"))});
        window.attachment_page()->generate_password();
        save_screenshots(window, language);
    }
}

TEST_CASE("GUI: a tampered certificate is shown as not verified", "[gui]") {
    GuiOffice fixture(4 << 20);
    gui::MainWindow window(fixture.settings(true));
    bool verified = false;
    const QString certificate = wipe_to_certificate(window, fixture, verified);
    REQUIRE(verified);
    // One byte more at the end: the signature and the SHA-256 no longer match.
    std::string bytes = read_file(certificate.toStdString());
    write_and_sync(certificate.toStdString(), bytes + " ");
    QSignalSpy audited(window.audit_page(), &gui::AuditPage::certificate_checked);
    window.audit_page()->open_certificate(certificate);
    REQUIRE(audited.wait(long_wait_ms));
    CHECK_FALSE(audited.at(0).at(0).toBool());
    CHECK(window.audit_page()->verdict_label()->text().contains("NOT VERIFIED"));
    CHECK(window.audit_page()->checks_table()->rowCount() > 0);
}

TEST_CASE("GUI: the confirmation refuses a wrong serial and nothing is erased", "[gui]") {
    GuiOffice fixture(1 << 20);
    Result<device::DeviceInfo> info = device::inspect(fixture.image);
    REQUIRE(info);
    gui::ConfirmDialog dialog(*info, nullptr);
    dialog.field()->setText("WRONG-SERIAL");
    CHECK_FALSE(dialog.erase_button()->isEnabled());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    dialog.field()->setText(QString::fromStdString(fixture.image));
    CHECK(dialog.erase_button()->isEnabled());

    gui::MainWindow window(fixture.settings(false));
    prepare_wipe(window, fixture, "WRONG-SERIAL");
    window.wipe_page()->start_wipe();
    CHECK(window.wipe_page()->result_label()->text().contains("Not confirmed"));
    CHECK(window.wipe_page()->last_results().empty());
    CHECK(contains_marker(read_file(fixture.image)));
}

TEST_CASE("GUI: Cancel during a wipe gives the outcome aborted", "[gui]") {
    GuiOffice fixture(64 << 20);
    gui::MainWindow window(fixture.settings(false));
    prepare_wipe(window, fixture, fixture.image);
    gui::WipePage* page = window.wipe_page();
    page->method_box()->setCurrentText("gutmann");  // 35 passes: far from done at the first progress
    QObject::connect(page, &gui::WipePage::progressed, page, [page] { page->cancel_button()->click(); });
    QSignalSpy finished(page, &gui::WipePage::wipe_finished);
    page->start_wipe();
    REQUIRE(finished.wait(long_wait_ms));
    REQUIRE(page->last_results().size() == 1);
    CHECK(page->last_results()[0].report.outcome == wipe::Outcome::aborted);
    CHECK(page->result_label()->text().contains("aborted"));
}

TEST_CASE("GUI: a cancelled wipe is continued with the resume box and its certificate records it", "[gui]") {
    GuiOffice fixture(64 << 20);
    gui::MainWindow window(fixture.settings(true));
    prepare_wipe(window, fixture, fixture.image);
    gui::WipePage* page = window.wipe_page();
    page->method_box()->setCurrentText("nist-clear");  // 0x55 then 0xAA: the end state is known
    auto cancel_once = QObject::connect(page, &gui::WipePage::progressed, page, [page] { page->cancel_button()->click(); });
    QSignalSpy finished(page, &gui::WipePage::wipe_finished);
    page->start_wipe();
    REQUIRE(finished.wait(long_wait_ms));
    QObject::disconnect(cancel_once);
    // The results arrive before the worker thread is joined; the page takes the next wipe after.
    auto idle = [page] { return QTest::qWaitFor([page] { return page->wipe_button()->isEnabled(); }, long_wait_ms); };
    REQUIRE(idle());
    REQUIRE(page->last_results().size() == 1);
    REQUIRE(page->last_results()[0].report.outcome == wipe::Outcome::aborted);
    CHECK(page->last_results()[0].report.checkpoint_kept);

    // A new wipe of a medium with an interrupted one is refused, and says how to go on.
    finished.clear();
    page->start_wipe();
    REQUIRE((!finished.isEmpty() || finished.wait(long_wait_ms)));
    CHECK(page->last_results().empty());
    CHECK(page->result_label()->text().contains("can be continued"));
    REQUIRE(idle());

    finished.clear();
    page->resume_box()->setChecked(true);
    QSignalSpy audited(window.audit_page(), &gui::AuditPage::certificate_checked);
    page->start_wipe();
    REQUIRE(finished.wait(long_wait_ms));
    INFO(page->result_label()->text().toStdString());
    REQUIRE(page->last_results().size() == 1);
    const wipe::WipeReport& report = page->last_results()[0].report;
    CHECK(report.outcome == wipe::Outcome::erased);
    CHECK(report.interruptions.size() == 1);
    CHECK_FALSE(report.checkpoint_kept);
    REQUIRE(page->last_results()[0].certified);
    const std::string certificate = read_file(page->last_results()[0].certified->files.json);
    CHECK(certificate.find("\"resumed\": true") != std::string::npos);
    CHECK(certificate.find("\"interruptions\"") != std::string::npos);
    REQUIRE((!audited.isEmpty() || audited.wait(long_wait_ms)));
    CHECK(audited.back().at(0).toBool());
    // Read independently of the library: every byte holds the last pass's 0xAA.
    const std::string bytes = read_file(fixture.image);
    CHECK(bytes.size() == std::size_t{64} << 20);
    CHECK(bytes.find_first_not_of('\xAA') == std::string::npos);
    CHECK(std::filesystem::is_empty(fixture.checkpoints));
}

TEST_CASE("GUI: the Carry-out page prepares a stick image and shows what is on it", "[gui]") {
    GuiOffice fixture(64 << 20);  // FAT32 needs room for its tables and root directory
    const std::string folder = make_carry_out_folder(fixture);
    gui::MainWindow window(fixture.settings(true));
    gui::CarryOutPage* page = window.carry_out_page();
    page->set_confirmer(typing(fixture.image));
    fill_carry_out(page, fixture, folder, "Rcv9#tQm4$wLx7");
    QSignalSpy prepared(page, &gui::CarryOutPage::prepared);
    page->start();
    REQUIRE(prepared.wait(long_wait_ms));
    INFO(page->result_label()->text().toStdString());
    CHECK(prepared.at(0).at(0).toBool());
    CHECK(page->result_label()->text().contains("On the stick"));
    CHECK(page->result_label()->text().contains("Carry-out recorded"));
    CHECK_FALSE(contains_marker(read_file(fixture.image)));
}

TEST_CASE("GUI: the Carry-out page refuses a weak passphrase with the reason and leaves the stick alone", "[gui]") {
    GuiOffice fixture(64 << 20);
    const std::string folder = make_carry_out_folder(fixture);
    gui::MainWindow window(fixture.settings(true));
    gui::CarryOutPage* page = window.carry_out_page();
    page->set_confirmer(typing(fixture.image));
    fill_carry_out(page, fixture, folder, "receiver passphrase");
    QSignalSpy prepared(page, &gui::CarryOutPage::prepared);
    page->start();
    REQUIRE(prepared.wait(long_wait_ms));
    const QString text = page->result_label()->text();
    INFO(text.toStdString());
    CHECK_FALSE(prepared.at(0).at(0).toBool());
    CHECK(text.contains("Nothing was touched"));
    CHECK(text.contains("password refused: the policy asks for upper and lower case letters, digits and symbols"));
    CHECK_FALSE(text.contains("receiver passphrase"));
    CHECK(contains_marker(read_file(fixture.image)));
}

TEST_CASE("GUI: an attachment with a generated password is checked and recorded", "[gui]") {
    GuiOffice fixture(1 << 20);
    const std::string input = fixture.office.dir.file("見積書.txt");
    const std::string archive = fixture.office.dir.file("attachment.zip");
    create_file(input, "estimate: 1,000,000 JPY\n");
    gui::MainWindow window(fixture.settings(true));
    gui::AttachmentPage* page = window.attachment_page();
    page->set_passphrase_source(the_passphrase());
    page->add_files({QString::fromStdString(input)});
    page->set_output(QString::fromStdString(archive));
    page->generate_password();
    const QString password = page->password_label()->text();
    CHECK(static_cast<std::size_t>(password.size()) == attach::generated_password_length);
    CHECK(password.count('-') == 4);  // five groups of four, to be read aloud
    QSignalSpy created(page, &gui::AttachmentPage::created);
    page->create();
    REQUIRE(created.wait(long_wait_ms));
    INFO(page->result_label()->text().toStdString());
    CHECK(created.at(0).at(0).toBool());
    CHECK(page->result_label()->text().contains("Disclosure recorded"));
    // The stock 7-Zip opens it with the password shown.
    if (std::optional<std::string> seven = find_program("7z")) {
        ProcessResult tested = run_process({*seven, "t", "-p" + password.toStdString(), archive});
        INFO(tested.out + tested.err);
        CHECK(tested.ok());
    }
}

}  // namespace sanitize::test
