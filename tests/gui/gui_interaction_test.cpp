// The GUI's drag and drop, parallel targets, hot-plug and the Audit page's event list, driven
// through the real widgets (offscreen) against real ledgers, images and loop devices.
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QComboBox>
#include <QDateEdit>

#include <filesystem>
#include <set>

#include "attachment_page.hpp"
#include "audit_page.hpp"
#include "carry_out_page.hpp"
#include "device_table.hpp"
#include "events_view.hpp"
#include "gui_test_support.hpp"
#include "loop_device.hpp"
#include "main_window.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::test {
namespace {

// A bound on a hang, not a timing assertion: the condition is polled while events run.
bool qt_eventually(const std::function<bool()>& condition) { return QTest::qWaitFor(condition, long_wait_ms); }

// The Wipe page's progress rows: its table that is not the device list.
QTableWidget* progress_table(gui::WipePage* page) {
    for (QTableWidget* table : page->findChildren<QTableWidget*>()) {
        if (qobject_cast<gui::DeviceTable*>(table) == nullptr) return table;
    }
    return nullptr;
}

bool lists_device(const gui::DeviceTable* table, const std::string& path) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) != nullptr && table->item(row, 0)->text().toStdString() == path) return true;
    }
    return false;
}

// Types each target's own name (an image's path) into its confirmation dialog.
gui::WipePage::Confirmer typing_each_name() {
    return [](const device::DeviceInfo& info) { return typing(info.path)(info); };
}

}  // namespace

TEST_CASE("GUI: folders and files dropped on the pages are taken", "[gui][dnd]") {
    GuiOffice fixture(1 << 20);
    const std::string folder = fixture.office.dir.file("outgoing");
    ::mkdir(folder.c_str(), 0700);
    create_file(fixture.office.dir.file("a.txt"), "a\n");
    create_file(fixture.office.dir.file("b.txt"), "b\n");
    gui::MainWindow window(fixture.settings(true));
    window.show();

    // On the folder field itself, over a folder typed earlier: the drop replaces it.
    gui::CarryOutPage* carry_out = window.carry_out_page();
    window.show_page(gui::MainWindow::Page::carry_out);
    carry_out->folder_field()->setText("/somewhere/else");
    REQUIRE(drop_files(carry_out->folder_field(), {QString::fromStdString(folder)}));
    CHECK(carry_out->folder_field()->text().toStdString() == folder);

    // On the attachment's file list: both files listed.
    window.show_page(gui::MainWindow::Page::attachment);
    auto* files = window.attachment_page()->findChild<QListWidget*>();
    REQUIRE(files != nullptr);
    const int before = files->count();
    const QStringList dropped = {QString::fromStdString(fixture.office.dir.file("a.txt")),
                                 QString::fromStdString(fixture.office.dir.file("b.txt"))};
    REQUIRE(drop_files(files, dropped));
    REQUIRE(files->count() == before + 2);
    QStringList listed;
    for (int row = 0; row < files->count(); ++row) listed << files->item(row)->text();
    for (const QString& path : dropped) CHECK(listed.join("\n").contains(QFileInfo(path).fileName()));
}

TEST_CASE("GUI: two images are wiped in one run, each with its row and a verified certificate", "[gui][parallel]") {
    GuiOffice fixture(4 << 20);
    const std::string second = fixture.office.dir.file("second.img");
    create_file(second, marker_text(4 << 20));
    gui::MainWindow window(fixture.settings(true));
    window.show();
    gui::WipePage* page = window.wipe_page();
    page->set_confirmer(typing_each_name());
    page->set_passphrase_source(the_passphrase());
    REQUIRE(page->add_image(QString::fromStdString(fixture.image)));
    REQUIRE(page->add_image(QString::fromStdString(second)));
    REQUIRE(page->devices()->checked().size() == 2);

    QSignalSpy finished(page, &gui::WipePage::wipe_finished);
    page->start_wipe();
    REQUIRE(finished.wait(long_wait_ms));
    INFO(page->result_label()->text().toStdString());
    REQUIRE(page->last_results().size() == 2);
    for (const gui::TargetResult& result : page->last_results()) CHECK(result.report.outcome == wipe::Outcome::erased);
    QTableWidget* rows = progress_table(page);
    REQUIRE(rows != nullptr);
    CHECK(rows->rowCount() == 2);
    CHECK_FALSE(contains_marker(read_file(fixture.image)));
    CHECK_FALSE(contains_marker(read_file(second)));

    // Each certificate, opened on the Audit page, is verified against the ledger.
    const QStringList certificates = finished.at(0).at(0).toStringList();
    REQUIRE(certificates.size() == 2);
    CHECK(certificates[0] != certificates[1]);
    gui::AuditPage* audit = window.audit_page();
    for (const QString& certificate : certificates) {
        QSignalSpy audited(audit, &gui::AuditPage::certificate_checked);
        audit->open_certificate(certificate);
        REQUIRE(audited.wait(long_wait_ms));
        CHECK(audited.at(0).at(0).toBool());
    }

    // Their folder dropped on a fresh Audit page: both listed, the first checked and verified.
    gui::GuiSettings settings = fixture.settings(true);
    gui::AuditPage dropped_on(settings);
    dropped_on.show();
    QSignalSpy audited(&dropped_on, &gui::AuditPage::certificate_checked);
    REQUIRE(drop_files(dropped_on.certificate_list(), {QString::fromStdString(fixture.certificates)}));
    CHECK(dropped_on.certificate_list()->count() == 2);
    REQUIRE(audited.wait(long_wait_ms));
    CHECK(audited.at(0).at(0).toBool());

    // The workstation's files gone, the Audit page finds both certificates in the ledger, and
    // one chosen there is fetched and verified.
    std::filesystem::remove_all(fixture.certificates);
    gui::AuditPage from_ledger(settings);
    from_ledger.show();
    QSignalSpy fetched(&from_ledger, &gui::AuditPage::certificate_checked);
    from_ledger.list_stored_certificates();
    REQUIRE(QTest::qWaitFor([&] { return from_ledger.certificate_list()->count() == 2; }, long_wait_ms));
    CHECK(from_ledger.certificate_list()->item(0)->text().startsWith("ledger:"));
    from_ledger.certificate_list()->setCurrentRow(1);
    REQUIRE(fetched.wait(long_wait_ms));
    CHECK(fetched.at(0).at(0).toBool());
}

TEST_CASE("GUI: the Wipe page lists a loop device while it is attached", "[gui][hotplug][root]") {
    if (auto reason = LoopDevice::unavailable_reason()) {
        WARN("skipped: " << *reason);
        return;
    }
    GuiOffice fixture(1 << 20);
    gui::MainWindow window(fixture.settings(false));
    window.show();
    window.show_page(gui::MainWindow::Page::wipe);
    const gui::DeviceTable* table = window.wipe_page()->devices();
    LoopDevice loop({.size_bytes = 8 << 20});
    const std::string path = loop.path();
    CHECK(qt_eventually([&] { return lists_device(table, path); }));
    loop.detach();
    CHECK(qt_eventually([&] { return !lists_device(table, path); }));
}

TEST_CASE("GUI: the Events view filters a filled ledger, loads it by pages and exports the filter", "[gui][events]") {
    application();
    TempDir dir("gui-events");
    const std::string location = dir.file("ledger.db");
    const keys::KeyPair root = keys::generate_key_pair();
    const keys::KeyPair staff = keys::generate_key_pair();
    {
        auto ledger = ledger::Ledger::init({.location = location, .organisation = "株式会社テスト",
                                            .root_public_key = root.public_key, .time = "2025-04-01T00:00:00Z"},
                                           root.secret_key);
        REQUIRE(ledger);
        REQUIRE(ledger->register_key(root.secret_key,
                                     {.public_key = staff.public_key, .name = "山田 太郎", .role = ledger::Role::staff,
                                      .valid_from = "2025-04-01T00:00:00Z", .valid_until = "2028-04-01T00:00:00Z"},
                                     {.time = "2025-04-01T00:00:00Z"}));
        // 1200 certificates in May, every tenth failed, and two returns in June.
        std::vector<ledger::Draft> drafts;
        for (int i = 0; i < 1200; ++i) {
            const QString id = QString("PC-%1").arg(i, 4, 10, QChar('0'));
            drafts.push_back({ledger::EventType::wipe_certificate,
                              QString(R"({"asset_id":"%1","outcome":"%2"})").arg(id, i % 10 == 0 ? "failed" : "erased").toStdString()});
        }
        REQUIRE(ledger->append_all(staff.secret_key, drafts, {.time = "2025-05-10T03:00:00Z"}));
        for (const char* text : {R"({"asset_id":"PC-0001","remarks":"棚卸し 第1回"})", R"({"asset_id":"PC-0002","remarks":"棚卸し 第2回"})"}) {
            REQUIRE(ledger->append(staff.secret_key, {ledger::EventType::media_return, text}, {.time = "2025-06-15T03:00:00Z"}));
        }
    }
    gui::GuiSettings settings;
    settings.ledger = QString::fromStdString(location);
    settings.language = "en";
    gui::EventsView view(settings);
    view.resize(1000, 600);
    view.show();
    QSignalSpy loaded(&view, &gui::EventsView::loaded);

    // Everything: one page at first, more as the table asks for it.
    view.apply_filter();
    REQUIRE(loaded.wait(long_wait_ms));
    CHECK(view.model()->rowCount() == 500);
    CHECK_FALSE(view.model()->complete());
    while (!view.model()->complete()) {
        const auto count = loaded.count();
        if (view.model()->canFetchMore({})) view.model()->fetchMore({});  // else the table already asked
        REQUIRE(qt_eventually([&] { return loaded.count() > count; }));
    }
    CHECK(view.model()->rowCount() == 2 + 1200 + 2);

    // Type and asset: PC-0100 .. PC-0199.
    view.type_box()->setCurrentIndex(view.type_box()->findData("wipe.certificate"));
    view.asset_field()->setText("PC-01");
    loaded.clear();
    view.apply_filter();
    REQUIRE(qt_eventually([&] { return !loaded.isEmpty() && view.model()->complete(); }));
    CHECK(view.model()->rowCount() == 100);
    // Free text on top: the failed ones among them.
    view.text_field()->setText("failed");
    loaded.clear();
    view.apply_filter();
    REQUIRE(qt_eventually([&] { return !loaded.isEmpty() && view.model()->complete(); }));
    CHECK(view.model()->rowCount() == 10);
    std::set<std::string> shown;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        shown.insert(view.model()->index(row, 3).data().toString().toStdString());
        CHECK(view.model()->index(row, 6).data().toString().contains("failed"));
        CHECK(view.model()->index(row, 4).data().toString() == "山田 太郎");
    }
    CHECK(shown.contains("PC-0100"));
    CHECK(shown.contains("PC-0190"));

    // The CSV holds exactly the rows the filter shows.
    const QString csv_path = QString::fromStdString(dir.file("events.csv"));
    QSignalSpy exported(&view, &gui::EventsView::exported);
    view.export_csv(csv_path);
    REQUIRE(exported.wait(long_wait_ms));
    CHECK(exported.at(0).at(0).toBool());
    CHECK(exported.at(0).at(1).toInt() == 10);
    const std::string csv = read_file(csv_path.toStdString());
    CHECK(csv.starts_with("\xEF\xBB\xBF"));
    std::set<std::string> in_csv;
    std::size_t records = 0;
    for (std::size_t at = csv.find("\r\n") + 2; at < csv.size();) {
        const std::size_t end = csv.find("\r\n", at);
        const std::string line = csv.substr(at, end - at);
        ++records;
        const std::size_t asset = line.find("PC-");
        if (asset != std::string::npos) in_csv.insert(line.substr(asset, 7));
        at = end + 2;
    }
    CHECK(records == 10);
    CHECK(in_csv == shown);

    // Dates (local days): June holds only the two returns.
    view.type_box()->setCurrentIndex(0);
    view.asset_field()->clear();
    view.text_field()->clear();
    view.from_edit()->setDate(QDate(2025, 6, 1));
    view.to_edit()->setDate(QDate(2025, 6, 30));
    loaded.clear();
    view.apply_filter();
    REQUIRE(qt_eventually([&] { return !loaded.isEmpty() && view.model()->complete(); }));
    CHECK(view.model()->rowCount() == 2);
    view.text_field()->setText("棚卸し 第2回");
    loaded.clear();
    view.apply_filter();
    REQUIRE(qt_eventually([&] { return !loaded.isEmpty() && view.model()->complete(); }));
    CHECK(view.model()->rowCount() == 1);
}

}  // namespace sanitize::test
