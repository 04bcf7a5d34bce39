// The ledger records the GUI keeps with the CLI (issue 18, item 6): the approver's inbox, the
// carry-outs still out, overdue and returned, and the yearly report with its CSV and signed PDF.
// Real widgets on the offscreen platform, a real SQLite ledger, real keys made by the real CLI,
// real events; what the pages record is read back through the library.
#include <chrono>
#include <cstring>
#include <filesystem>
#include <span>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include "approvals_page.hpp"
#include "carry_out_page.hpp"
#include "carry_outs_view.hpp"
#include "error_text.hpp"
#include "gui_test_support.hpp"
#include "main_window.hpp"
#include "office_fixture.hpp"
#include "report_page.hpp"
#include "sanitize/jobs/approvals.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "sanitize/jobs/records.hpp"
#include "sanitize/jobs/signer.hpp"
#include "sanitize/jobs/year_report.hpp"
#include "sanitize/keys.hpp"

namespace sanitize::test {
namespace {

std::span<const unsigned char> passphrase_bytes() {
    return {reinterpret_cast<const unsigned char*>(passphrase), std::strlen(passphrase)};
}

std::chrono::sys_seconds now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

ledger::Ledger open_read(const GuiOffice& fixture) {
    Result<ledger::Ledger> opened = jobs::open_ledger(fixture.office.ledger, {.read_only = true});
    REQUIRE(opened);
    return std::move(*opened);
}

std::size_t event_count(const GuiOffice& fixture) {
    ledger::Ledger ledger = open_read(fixture);
    Result<std::vector<ledger::Event>> events = ledger.events();
    REQUIRE(events);
    return events->size();
}

jobs::ApprovalStatus approval(const GuiOffice& fixture, const std::string& id) {
    ledger::Ledger ledger = open_read(fixture);
    Result<jobs::ApprovalStatus> found = jobs::find_approval(ledger, std::stoll(id));
    REQUIRE(found);
    return *found;
}

// The key id of the key registered under `name`.
std::string key_id_of(const GuiOffice& fixture, const std::string& name) {
    ledger::Ledger ledger = open_read(fixture);
    Result<std::vector<ledger::KeyRecord>> keys = ledger.registered_keys();
    REQUIRE(keys);
    for (const ledger::KeyRecord& key : *keys) {
        if (key.name == name) return keys::key_id_hex(key.public_key.id);
    }
    FAIL("no key registered as " << name);
    return {};
}

void add_asset(const GuiOffice& fixture, const std::string& id, int level, const std::string& department) {
    ProcessResult added = fixture.office.signed_run({"asset", "add", "--id", id, "--name", "議事録", "--classification",
                                                     std::to_string(level), "--department", department});
    INFO(added.err);
    REQUIRE(added.ok());
}

// A carry-out of a level-0 asset recorded through the library with the operator's key, due on
// `due` (a day jobs::check_due_date accepts when the carry-out is asked for): its seq.
std::int64_t carry_out(const GuiOffice& fixture, const std::string& asset, const std::string& serial, const std::string& due) {
    REQUIRE(jobs::check_due_date(due));
    Result<jobs::Signer> signer = jobs::open_signer(fixture.office.ledger, fixture.office.operator_key, passphrase_bytes());
    REQUIRE(signer);
    jobs::CarryOutRecord record{.asset_id = asset, .classification = 0, .archive_name = "報告書.tar.age",
                                .archive_sha256 = std::string(64, 'c'), .medium_serial = serial, .due = due};
    Result<ledger::Event> event = jobs::record_carry_out(signer->ledger, signer->key, record);
    INFO((event ? std::string() : event.error().context));
    REQUIRE(event);
    return event->seq;
}

QStringList column(const QTableWidget* table, int index) {
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) cells << table->item(row, index)->text();
    return cells;
}

void save_screenshot(QWidget& window, const QString& name, const QString& language) {
    QDir().mkpath(SANITIZE_SCREENSHOT_DIR);
    QApplication::processEvents();
    CHECK(window.grab().save(QString(SANITIZE_SCREENSHOT_DIR) + "/" + name + "-" + language + ".png"));
}

void load_approvals(gui::ApprovalsPage* page) {
    QSignalSpy loaded(page, &gui::ApprovalsPage::loaded);
    page->load();
    REQUIRE(loaded.wait(long_wait_ms));
}

void load_carry_outs(gui::CarryOutsView* view) {
    QSignalSpy loaded(view, &gui::CarryOutsView::loaded);
    view->load();
    REQUIRE(loaded.wait(long_wait_ms));
}

// Clicks Grant or Deny on the page and waits for the ledger's answer.
bool decide(gui::ApprovalsPage* page, bool grant) {
    QSignalSpy decided(page, &gui::ApprovalsPage::decided);
    (grant ? page->grant_button() : page->deny_button())->click();
    REQUIRE(decided.wait(long_wait_ms));
    return decided.at(0).at(0).toBool();
}

}  // namespace

TEST_CASE("GUI records: a department head grants a pending request from the approvals inbox", "[gui][records]") {
    GuiOffice fixture(1 << 20);
    add_asset(fixture, "DOC-1", 1, "総務部");
    const std::string head = fixture.office.add_approver("head", "佐藤 部長", "department_head");
    const std::string id = fixture.office.requested_approval("DOC-1", 1);
    const std::string decided_earlier = fixture.office.granted_approval("DOC-1", 1, head);
    gui::GuiSettings settings = fixture.settings(true);
    settings.key_file = QString::fromStdString(head);  // the approver's own key
    gui::MainWindow window(settings);
    gui::ApprovalsPage* page = window.approvals_page();
    page->set_passphrase_source(the_passphrase());
    load_approvals(page);

    // Pending only, by default: the request just asked for, not the one granted already.
    CHECK(page->pending_only_box()->isChecked());
    QTableWidget* table = page->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QString::fromStdString(id));
    CHECK(table->item(0, 2)->text().contains("山田 花子"));
    CHECK(table->item(0, 3)->text() == "carry-out");
    CHECK(table->item(0, 4)->text() == "DOC-1");
    CHECK(table->item(0, 5)->text() == gui::Words::classification(1));
    CHECK(table->item(0, 6)->text() == "取引先での監査");
    CHECK(table->item(0, 8)->text() == "2099-12-31");
    CHECK(table->item(0, 9)->text() == "pending");
    CHECK_FALSE(page->grant_button()->isEnabled());  // nothing chosen yet

    REQUIRE(page->select(std::stoll(id)));
    CHECK(page->grant_button()->isEnabled());
    page->remarks_field()->setText("監査のため許可");
    QSignalSpy reloaded(page, &gui::ApprovalsPage::loaded);
    CHECK(decide(page, true));
    INFO(page->result_label()->text().toStdString());
    CHECK(page->result_label()->text().contains("granted"));

    // The ledger says so, signed by the department head's key.
    const jobs::ApprovalStatus status = approval(fixture, id);
    CHECK(status.state == jobs::ApprovalState::granted);
    CHECK(status.decided_by == key_id_of(fixture, "佐藤 部長"));
    CHECK(status.remarks == "監査のため許可");

    // Nothing is pending any more; the whole list shows the decision and who made it.
    REQUIRE(reloaded.wait(long_wait_ms));
    CHECK(table->rowCount() == 0);
    page->pending_only_box()->setChecked(false);
    REQUIRE(table->rowCount() == 2);
    CHECK(column(table, 0) == QStringList{QString::fromStdString(id), QString::fromStdString(decided_earlier)});
    CHECK(column(table, 9) == QStringList{"granted", "granted"});
    CHECK(table->item(0, 10)->text().contains("佐藤 部長"));

    // Deciding it again is the library's refusal, in words.
    const std::size_t before = event_count(fixture);
    REQUIRE(page->select(std::stoll(id)));
    CHECK_FALSE(decide(page, false));
    CHECK(page->result_label()->text().contains("approval " + QString::fromStdString(id) + " was granted already"));
    CHECK(event_count(fixture) == before);

    // The inbox in both languages, with a request waiting.
    fixture.office.requested_approval("DOC-1", 1, "2099-06-30");
    window.show_page(gui::MainWindow::Page::approvals);
    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        load_approvals(window.approvals_page());
        CHECK(window.approvals_page()->table()->rowCount() == 1);
        window.approvals_page()->select(window.approvals_page()->table()->item(0, 0)->text().toLongLong());
        if (language == "ja") CHECK(window.approvals_page()->table()->item(0, 9)->text() == "承認待ち");
        save_screenshot(window, "approvals", language);
    }
    window.set_language("en");
}

TEST_CASE("GUI records: a key without the approver's title is refused and nothing is appended", "[gui][records]") {
    GuiOffice fixture(1 << 20);
    add_asset(fixture, "DOC-1", 1, "総務部");
    const std::string id = fixture.office.requested_approval("DOC-1", 1);
    gui::MainWindow window(fixture.settings(true));  // the operator's key: staff, no title
    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        gui::ApprovalsPage* page = window.approvals_page();
        page->set_passphrase_source(the_passphrase());
        load_approvals(page);
        REQUIRE(page->select(std::stoll(id)));
        const std::size_t before = event_count(fixture);
        CHECK_FALSE(decide(page, true));
        const QString shown = page->result_label()->text();
        INFO(shown.toStdString());
        if (language == "en") {
            CHECK(shown.contains("may not decide this approval: that takes the department head or representative director"));
        } else {
            CHECK(shown.contains("この承認を判断できません"));
            CHECK(shown.contains("部門長"));
            CHECK_FALSE(shown.contains("department_head"));
        }
        CHECK(event_count(fixture) == before);
        CHECK(approval(fixture, id).state == jobs::ApprovalState::pending);
    }
    window.set_language("en");
}

TEST_CASE("GUI records: a carry-out is still out, turns overdue after its due day, and is returned", "[gui][records]") {
    GuiOffice fixture(1 << 20);
    add_asset(fixture, "DOC-0", 0, "総務部");
    const std::string today = jobs::office_date(now());
    const std::int64_t seq = carry_out(fixture, "DOC-0", "USB-A1", today);  // due today: not overdue yet
    gui::MainWindow window(fixture.settings(true));
    window.show_page(gui::MainWindow::Page::carry_out);
    gui::CarryOutsView* view = window.carry_out_page()->carry_outs_view();
    view->set_passphrase_source(the_passphrase());
    {
        QSignalSpy loaded(view, &gui::CarryOutsView::loaded);
        window.carry_out_page()->show_tab(gui::CarryOutPage::Tab::carried_out);  // reads the ledger
        REQUIRE(loaded.wait(long_wait_ms));
    }
    QTableWidget* table = view->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QString::number(seq));
    CHECK(table->item(0, 3)->text() == "USB-A1");
    CHECK(table->item(0, 5)->text() == QString::fromStdString(today));
    CHECK(table->item(0, 6)->text() == "still out");
    view->set_filter(gui::CarryOutsView::Filter::overdue);
    CHECK(table->rowCount() == 0);

    // Two days later (the page's clock moved), the due day is past.
    view->set_clock([] { return now() + std::chrono::days{2}; });
    load_carry_outs(view);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 6)->text() == "overdue");
    CHECK(table->item(0, 6)->foreground().color() == QColor("#b00020"));
    view->set_filter(gui::CarryOutsView::Filter::still_out);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 6)->text() == "overdue");
    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        gui::CarryOutsView* shown = window.carry_out_page()->carry_outs_view();
        shown->set_clock([] { return now() + std::chrono::days{2}; });
        QSignalSpy loaded(shown, &gui::CarryOutsView::loaded);
        window.carry_out_page()->show_tab(gui::CarryOutPage::Tab::carried_out);
        REQUIRE(loaded.wait(long_wait_ms));
        REQUIRE(shown->table()->rowCount() == 1);
        if (language == "ja") CHECK(shown->table()->item(0, 6)->text() == "返却期限超過");
        save_screenshot(window, "carry-outs", language);
    }
    window.set_language("en");
    view = window.carry_out_page()->carry_outs_view();
    table = view->table();
    view->set_passphrase_source(the_passphrase());
    load_carry_outs(view);

    // Returned: recorded with the asset and the medium's serial, gone from "still out".
    REQUIRE(view->select(seq));
    REQUIRE(view->returned_button()->isEnabled());
    view->remarks_field()->setText("総務部で受領");
    QSignalSpy reloaded(view, &gui::CarryOutsView::loaded);
    QSignalSpy returned(view, &gui::CarryOutsView::returned);
    view->returned_button()->click();
    REQUIRE(returned.wait(long_wait_ms));
    INFO(view->result_label()->text().toStdString());
    CHECK(returned.at(0).at(0).toBool());
    REQUIRE(reloaded.wait(long_wait_ms));
    CHECK(table->rowCount() == 0);
    ledger::Ledger ledger = open_read(fixture);
    Result<std::vector<jobs::CarryOutStatus>> all = jobs::list_carry_outs(ledger);
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK_FALSE(all->front().open());
    view->set_filter(gui::CarryOutsView::Filter::all);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 6)->text() == QString("returned (event %1)").arg(all->front().returned_seq));
    CHECK_FALSE(view->returned_button()->isEnabled());
}

TEST_CASE("GUI records: the yearly report's table, its CSV and its signed PDF", "[gui][records]") {
    GuiOffice fixture(1 << 20);
    add_asset(fixture, "DOC-0", 0, "総務部");
    add_asset(fixture, "DOC-2", 0, "営業部, 東京");
    const std::string due = jobs::office_date(now() + std::chrono::days{7});
    carry_out(fixture, "DOC-0", "USB-A1", due);
    carry_out(fixture, "DOC-2", "USB-B2", due);
    carry_out(fixture, "DOC-2", "USB-B3", "");
    {
        Result<jobs::Signer> signer = jobs::open_signer(fixture.office.ledger, fixture.office.operator_key, passphrase_bytes());
        REQUIRE(signer);
        REQUIRE(jobs::record_return(signer->ledger, signer->key, {.asset_id = "DOC-2", .medium_serial = "USB-B2"}));
    }
    gui::MainWindow window(fixture.settings(true));
    window.show_page(gui::MainWindow::Page::report);
    gui::ReportPage* page = window.report_page();
    page->set_passphrase_source(the_passphrase());
    const int year = current_japanese_year();
    CHECK(page->year_box()->value() == year);  // this year, by default
    QSignalSpy loaded(page, &gui::ReportPage::figures_loaded);
    page->load();
    REQUIRE(loaded.wait(long_wait_ms));
    REQUIRE(loaded.at(0).at(0).toBool());

    ledger::Ledger ledger = open_read(fixture);
    Result<ledger::YearFigures> figures = ledger.year_figures({.year = year});
    REQUIRE(figures);
    CHECK(figures->carry_outs == 3);
    CHECK(figures->returns == 1);
    // One row per department, then the organisation; the CSV's fifteen columns.
    QTableWidget* table = page->table();
    REQUIRE(table->columnCount() == 15);
    REQUIRE(table->rowCount() == static_cast<int>(figures->departments.size()) + 1);
    const auto cell = [&](int row, int at) { return table->item(row, at)->text().toLongLong(); };
    int row = 0;
    for (const auto& [department, counts] : figures->departments) {
        INFO(department);
        CHECK(table->item(row, 0)->text() == QString::fromStdString(department));
        CHECK(cell(row, 1) == counts.certificates);
        CHECK(cell(row, 7) == counts.carry_outs);
        CHECK(cell(row, 8) == counts.carry_outs_by_classification[0]);
        CHECK(cell(row, 11) == counts.returns);
        CHECK(cell(row, 12) == counts.disclosures);
        CHECK(cell(row, 13) == counts.incidents);
        CHECK(table->item(row, 14)->text().isEmpty());
        ++row;
    }
    CHECK(table->item(row, 0)->text() == "Total");
    CHECK(cell(row, 1) == figures->certificates);
    CHECK(cell(row, 2) == 0);  // no wipes this year
    CHECK(cell(row, 7) == figures->carry_outs);
    for (int level = 0; level < 3; ++level) {
        CHECK(cell(row, 8 + level) == figures->carry_outs_by_classification[static_cast<std::size_t>(level)]);
    }
    CHECK(cell(row, 11) == figures->returns);
    CHECK(cell(row, 12) == figures->disclosures);
    CHECK(cell(row, 13) == figures->incidents);
    CHECK(cell(row, 14) == figures->audit_notes);
    CHECK(page->period_label()->text().contains(QString::fromStdString(figures->time_from)));

    // The CSV: the library's bytes with the byte order mark Excel needs, never over a file.
    const std::string csv = fixture.office.dir.file("年次報告.csv");
    REQUIRE(page->export_csv(QString::fromStdString(csv)));
    const std::string written = read_file(csv);
    CHECK(written.starts_with("\xEF\xBB\xBF"));
    CHECK(written == jobs::year_report_csv(*figures));
    CHECK_FALSE(page->export_csv(QString::fromStdString(csv)));
    CHECK(page->result_label()->text().contains("already exists and is never overwritten"));
    CHECK(read_file(csv) == written);

    // The signed PDF and its signature, which verifies with the operator's public key.
    const std::string pdf = fixture.office.dir.file("report.pdf");
    QSignalSpy signed_report(page, &gui::ReportPage::pdf_written);
    page->export_pdf(QString::fromStdString(pdf));
    REQUIRE(signed_report.wait(long_wait_ms));
    INFO(page->result_label()->text().toStdString());
    REQUIRE(signed_report.at(0).at(0).toBool());
    const std::string bytes = read_file(pdf);
    CHECK(bytes.starts_with("%PDF-"));
    Result<keys::PublicKey> public_key = keys::decode_public_key(read_file(fixture.office.operator_key + ".pub"));
    REQUIRE(public_key);
    Result<keys::VerifiedFile> verified =
        keys::verify_file(*public_key, std::as_bytes(std::span<const char>(bytes.data(), bytes.size())), read_file(pdf + ".minisig"));
    REQUIRE(verified);
    CHECK(verified->trusted_comment.starts_with("sanitize-year-report year=" + std::to_string(year)));
    if (const auto minisign = find_program("minisign")) {
        ProcessResult stock = run_process({*minisign, "-Vm", pdf, "-p", fixture.office.operator_key + ".pub"});
        INFO(stock.out << stock.err);
        CHECK(stock.ok());
    } else {
        WARN("minisign interop not checked: minisign is not installed");
    }
    // Neither file is written again.
    QSignalSpy again(page, &gui::ReportPage::pdf_written);
    page->export_pdf(QString::fromStdString(pdf));
    REQUIRE(again.wait(long_wait_ms));
    CHECK_FALSE(again.at(0).at(0).toBool());
    CHECK(page->result_label()->text().contains("already exists"));
    CHECK(read_file(pdf) == bytes);

    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        QSignalSpy shown(window.report_page(), &gui::ReportPage::figures_loaded);
        window.report_page()->load();
        REQUIRE(shown.wait(long_wait_ms));
        if (language == "ja") CHECK(window.report_page()->table()->item(row, 0)->text() == "全体");
        save_screenshot(window, "report", language);
    }
    window.set_language("en");
}

}  // namespace sanitize::test
