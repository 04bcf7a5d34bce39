// The administrators' and auditors' pages, driven through their real widgets against a real
// ledger and real keys made by the real CLI: assets added, edited, imported and disposed of;
// keys registered, titled and revoked with the root key; a certificate countersigned from the
// Audit page. Screenshots of each in both languages (gui-screenshots/).
#include <filesystem>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>

#include "asset_dialog.hpp"
#include "assets_page.hpp"
#include "audit_page.hpp"
#include "disposal_dialog.hpp"
#include "gui_test_support.hpp"
#include "keys_page.hpp"
#include "main_window.hpp"
#include "office_fixture.hpp"
#include "sanitize/jobs/registry.hpp"

namespace sanitize::test {
namespace {

ledger::Ledger read_ledger(const GuiOffice& fixture) {
    Result<ledger::Ledger> opened = ledger::Ledger::open(fixture.office.ledger, {.read_only = true});
    REQUIRE(opened);
    return std::move(*opened);
}

std::size_t event_count(const GuiOffice& fixture) {
    ledger::Ledger ledger = read_ledger(fixture);
    ledger::EventQuery query;
    query.limit = 100000;
    Result<std::vector<ledger::Event>> events = ledger.events(query);
    REQUIRE(events);
    return events->size();
}

std::optional<ledger::Asset> asset_in_ledger(const GuiOffice& fixture, const std::string& id) {
    ledger::Ledger ledger = read_ledger(fixture);
    Result<std::optional<ledger::Asset>> found = ledger.find_asset(id);
    REQUIRE(found);
    return *found;
}

void save_screenshot(QWidget& widget, const QString& name, const QString& language) {
    QDir().mkpath(SANITIZE_SCREENSHOT_DIR);
    QApplication::processEvents();
    CHECK(widget.grab().save(QString(SANITIZE_SCREENSHOT_DIR) + "/" + name + "-" + language + ".png"));
}

// Counts the passphrases asked for, answering each with the fixture's.
gui::WipePage::PassphraseSource counting_passphrase(int& asked) {
    return [&asked](const QString&) {
        ++asked;
        QString text = passphrase;
        return std::optional<SecretBuffer>(gui::secret_from(text));
    };
}

// The fixture's image wiped by the CLI with the operator's key: the certificate's path.
std::string wiped_certificate(const GuiOffice& fixture) {
    ProcessResult wiped = fixture.office.signed_run(
        {"wipe", fixture.image, "--yes", "--method", "zero", "--cert-dir", fixture.certificates});
    INFO(wiped.err);
    REQUIRE(wiped.ok());
    for (const auto& entry : std::filesystem::directory_iterator(fixture.certificates)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("certificate-") && name.ends_with(".json")) return entry.path().string();
    }
    FAIL("no certificate in " << fixture.certificates);
    return {};
}

// An auditor's key, registered by the root key: its file.
std::string registered_auditor(const GuiOffice& fixture) {
    const std::string key = fixture.office.dir.file("home/keys/auditor.key");
    REQUIRE(fixture.office.make_key(key).ok());
    ProcessResult registered =
        fixture.office.signed_run({"key", "register", key + ".pub", "--name", "監査 次郎", "--role", "auditor", "--valid-from",
                                   "2020-01-01", "--key", fixture.office.root_key});
    INFO(registered.err);
    REQUIRE(registered.ok());
    return key;
}

bool wait_for(QSignalSpy& spy) {
    return !spy.isEmpty() || spy.wait(long_wait_ms);
}

void open_on_audit_page(gui::AuditPage* page, const std::string& certificate, bool expect_verified) {
    QSignalSpy audited(page, &gui::AuditPage::certificate_checked);
    page->add_certificates(QString::fromStdString(certificate));
    REQUIRE(wait_for(audited));
    REQUIRE(audited.back().at(0).toBool() == expect_verified);
}

QString row_text(QTableWidget* table, int row) {
    QStringList cells;
    for (int column = 0; column < table->columnCount(); ++column) {
        cells << (table->item(row, column) != nullptr ? table->item(row, column)->text() : QString());
    }
    return cells.join(" | ");
}

int row_of(QTableWidget* table, const QString& first_cell) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) != nullptr && table->item(row, 0)->text() == first_cell) return row;
    }
    return -1;
}

}  // namespace

TEST_CASE("GUI: the Audit page countersigns a certificate, which then shows verified", "[gui][admin]") {
    GuiOffice fixture(1 << 20);
    const std::string certificate = wiped_certificate(fixture);
    gui::GuiSettings settings = fixture.settings(true);
    settings.key_file = QString::fromStdString(registered_auditor(fixture));
    gui::MainWindow window(settings);
    window.show();
    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        gui::AuditPage* page = window.audit_page();
        int asked = 0;
        page->set_passphrase_source(counting_passphrase(asked));
        open_on_audit_page(page, certificate, true);
        const std::size_t before = event_count(fixture);
        if (language == "en") {
            CHECK(page->verdict_label()->text().contains("Not countersigned"));
            QSignalSpy countersigned(page, &gui::AuditPage::countersigned);
            QSignalSpy audited(page, &gui::AuditPage::certificate_checked);
            REQUIRE(page->countersign_button()->isEnabled());
            page->countersign_button()->click();
            REQUIRE(wait_for(countersigned));
            INFO(page->countersign_label()->text().toStdString());
            REQUIRE(countersigned.at(0).at(0).toBool());
            CHECK(asked == 1);
            CHECK(std::filesystem::exists(certificate + ".validator.minisig"));
            // The validation event and the stored countersignature.
            CHECK(event_count(fixture) == before + 2);
            REQUIRE(wait_for(audited));
            CHECK(audited.back().at(0).toBool());
            CHECK(page->verdict_label()->text().contains("Countersignature verified: 監査 次郎"));
            ledger::Ledger ledger = read_ledger(fixture);
            Result<std::vector<std::string>> stored = ledger.stored_certificates();
            REQUIRE(stored);
            REQUIRE(stored->size() == 1);
            Result<std::vector<ledger::StoredFile>> files = ledger.certificate_files(stored->front());
            REQUIRE(files);
            bool has_countersignature = false;
            for (const ledger::StoredFile& file : *files) has_countersignature |= file.name.ends_with(".validator.minisig");
            CHECK(has_countersignature);
        } else {
            CHECK(page->verdict_label()->text().contains("副署"));
            // A second countersignature: refused by the library's checks, before any passphrase.
            QSignalSpy countersigned(page, &gui::AuditPage::countersigned);
            page->countersign_button()->click();
            REQUIRE(wait_for(countersigned));
            CHECK_FALSE(countersigned.at(0).at(0).toBool());
            CHECK(asked == 0);
            CHECK(event_count(fixture) == before);
        }
        window.show_page(gui::MainWindow::Page::audit);
        save_screenshot(window, "audit-countersigned", language);
    }
}

TEST_CASE("GUI: countersigning a tampered certificate is refused and writes nothing", "[gui][admin]") {
    GuiOffice fixture(1 << 20);
    const std::string certificate = wiped_certificate(fixture);
    gui::GuiSettings settings = fixture.settings(true);
    settings.key_file = QString::fromStdString(registered_auditor(fixture));
    gui::MainWindow window(settings);
    gui::AuditPage* page = window.audit_page();
    int asked = 0;
    page->set_passphrase_source(counting_passphrase(asked));
    open_on_audit_page(page, certificate, true);
    const std::size_t before = event_count(fixture);

    // Changed after it was shown verified: the library checks the file again and refuses.
    write_and_sync(certificate, read_file(certificate) + " ");
    QSignalSpy countersigned(page, &gui::AuditPage::countersigned);
    page->countersign();
    REQUIRE(wait_for(countersigned));
    INFO(page->countersign_label()->text().toStdString());
    CHECK_FALSE(countersigned.at(0).at(0).toBool());
    CHECK(page->countersign_label()->text().contains("does not verify"));
    CHECK_FALSE(std::filesystem::exists(certificate + ".validator.minisig"));
    CHECK(event_count(fixture) == before);

    // Shown as not verified: refused before the passphrase is asked.
    open_on_audit_page(page, certificate, false);
    asked = 0;
    countersigned.clear();
    page->countersign();
    REQUIRE(wait_for(countersigned));
    CHECK_FALSE(countersigned.at(0).at(0).toBool());
    CHECK(asked == 0);
    CHECK(page->countersign_label()->text().contains("does not verify"));
    CHECK_FALSE(std::filesystem::exists(certificate + ".validator.minisig"));
    CHECK(event_count(fixture) == before);
}

TEST_CASE("GUI: the Keys page registers, titles and revokes keys with the root key only", "[gui][admin]") {
    GuiOffice fixture(1 << 20);
    const std::string new_key = fixture.office.dir.file("home/keys/bob.key");
    REQUIRE(fixture.office.make_key(new_key).ok());
    Result<keys::PublicKey> public_key = jobs::read_public_key_file(new_key + ".pub");
    REQUIRE(public_key);
    const QString id = QString::fromStdString(keys::key_id_hex(public_key->id));

    gui::MainWindow window(fixture.settings(true));
    window.show();
    window.show_page(gui::MainWindow::Page::keys);
    gui::KeysPage* page = window.keys_page();
    page->set_passphrase_source(the_passphrase());
    auto run = [&page](auto action) {
        QSignalSpy done(page, &gui::KeysPage::admin_done);
        QSignalSpy loaded(page, &gui::KeysPage::keys_loaded);
        (page->*action)();
        REQUIRE(wait_for(done));
        INFO(page->result_label()->text().toStdString());
        if (done.at(0).at(0).toBool()) REQUIRE(wait_for(loaded));
        return done.at(0).at(0).toBool();
    };
    page->public_key_field()->setText(QString::fromStdString(new_key + ".pub"));
    page->name_field()->setText("佐藤 一郎");
    page->role_box()->setCurrentIndex(page->role_box()->findData(static_cast<int>(ledger::Role::auditor)));
    page->valid_from_edit()->setDate(QDate(2024, 4, 1));

    // The operator's key is no root key: the ledger refuses it and nothing is written.
    const std::size_t before = event_count(fixture);
    page->root_key_field()->setText(QString::fromStdString(fixture.office.operator_key));
    CHECK_FALSE(run(&gui::KeysPage::register_key));
    CHECK(page->result_label()->text().contains("Refused"));
    CHECK(event_count(fixture) == before);

    page->root_key_field()->setText(QString::fromStdString(fixture.office.root_key));
    REQUIRE(run(&gui::KeysPage::register_key));
    int row = row_of(page->keys_table(), id);
    REQUIRE(row >= 0);
    INFO(row_text(page->keys_table(), row).toStdString());
    CHECK(page->keys_table()->item(row, 1)->text() == "佐藤 一郎");
    CHECK(page->keys_table()->item(row, 2)->text() == "auditor");
    CHECK(page->keys_table()->item(row, 4)->text() == "2024-04-01T00:00:00Z");
    CHECK(page->keys_table()->item(row, 6)->text() == "no");

    REQUIRE(page->select_key(id));
    page->title_box(jobs::ApproverTitle::security_officer)->setChecked(true);
    REQUIRE(run(&gui::KeysPage::set_selected_titles));
    row = row_of(page->keys_table(), id);
    CHECK(page->keys_table()->item(row, 3)->text() == "security officer");

    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        window.keys_page()->root_key_field()->setText(QString::fromStdString(fixture.office.root_key));
        QSignalSpy loaded(window.keys_page(), &gui::KeysPage::keys_loaded);
        window.keys_page()->load_keys();
        REQUIRE(wait_for(loaded));
        save_screenshot(window, "keys", language);
    }
    window.set_language("en");
    page = window.keys_page();
    page->set_passphrase_source(the_passphrase());
    page->root_key_field()->setText(QString::fromStdString(fixture.office.root_key));
    QSignalSpy loaded(page, &gui::KeysPage::keys_loaded);
    page->load_keys();
    REQUIRE(wait_for(loaded));
    REQUIRE(page->select_key(id));
    page->reason_field()->setText("退職");
    REQUIRE(run(&gui::KeysPage::revoke_selected));
    row = row_of(page->keys_table(), id);
    CHECK(page->keys_table()->item(row, 6)->text().startsWith("revoked (event"));
    ledger::Ledger ledger = read_ledger(fixture);
    Result<std::optional<ledger::KeyRecord>> record = ledger.find_key(public_key->id);
    REQUIRE(record);
    REQUIRE(record->has_value());
    CHECK((*record)->revoked_seq.has_value());
}

TEST_CASE("GUI: the Assets page adds, edits, imports and disposes of assets through the library", "[gui][admin]") {
    GuiOffice fixture(1 << 20);
    gui::MainWindow window(fixture.settings(true));
    window.show();
    window.show_page(gui::MainWindow::Page::assets);
    gui::AssetsPage* page = window.assets_page();
    page->set_passphrase_source(the_passphrase());
    auto changed = [&page](auto&& act) {
        QSignalSpy done(page, &gui::AssetsPage::changed);
        QSignalSpy loaded(page, &gui::AssetsPage::loaded);
        act();
        REQUIRE(wait_for(done));
        INFO(page->result_label()->text().toStdString());
        if (done.at(0).at(0).toBool()) REQUIRE(wait_for(loaded));
        return done.at(0).at(0).toBool();
    };

    // Added in the real form.
    page->set_asset_editor([](const std::optional<ledger::Asset>& existing) -> std::optional<ledger::Asset> {
        gui::AssetDialog dialog(existing, nullptr);
        dialog.id_field()->setText("PC-10");
        dialog.name_field()->setText("ノートPC 10");
        dialog.classification_box()->setCurrentIndex(dialog.classification_box()->findData(2));
        dialog.department_field()->setText("総務課");
        dialog.owner_field()->setText("山田 花子");
        dialog.location_field()->setText("本社 3F 書庫");
        dialog.retention_field()->setText("2020-03-31");
        dialog.status_field()->setText("使用中");
        dialog.accept();
        return dialog.asset();
    });
    REQUIRE(changed([&] { page->add_asset(); }));
    std::optional<ledger::Asset> added = asset_in_ledger(fixture, "PC-10");
    REQUIRE(added);
    CHECK(added->name == "ノートPC 10");
    CHECK(added->classification == 2);
    CHECK(added->department == "総務課");
    CHECK(added->retention == "2020-03-31");
    CHECK(row_of(page->assets_table(), "PC-10") >= 0);
    // Added twice: the library's refusal, in words.
    CHECK_FALSE(changed([&] { page->add_asset(); }));
    CHECK(page->result_label()->text().contains("in the ledger already"));

    // Edited: the form starts from the ledger's row and keeps the id.
    REQUIRE(page->select_asset("PC-10"));
    page->set_asset_editor([](const std::optional<ledger::Asset>& existing) -> std::optional<ledger::Asset> {
        REQUIRE(existing);
        gui::AssetDialog dialog(existing, nullptr);
        CHECK(dialog.id_field()->isReadOnly());
        CHECK(dialog.name_field()->text() == "ノートPC 10");
        dialog.owner_field()->setText("鈴木 次郎");
        dialog.retention_field()->setText("2099-12-31");
        dialog.accept();
        return dialog.asset();
    });
    REQUIRE(changed([&] { page->edit_selected(); }));
    std::optional<ledger::Asset> edited = asset_in_ledger(fixture, "PC-10");
    REQUIRE(edited);
    CHECK(edited->owner == "鈴木 次郎");
    CHECK(edited->retention == "2099-12-31");
    CHECK(edited->name == "ノートPC 10");

    // A CSV whose third row has no valid classification: nothing is imported, the row is named.
    const std::string bad_csv = fixture.office.dir.file("bad.csv");
    create_file(bad_csv, "資産ID,資産名,機密区分\r\nUSB-20,USBメモリ,1\r\nUSB-21,USBメモリ,9\r\n");
    const std::size_t before = event_count(fixture);
    CHECK_FALSE(changed([&] { page->import_csv(QString::fromStdString(bad_csv)); }));
    CHECK(page->result_label()->text().contains("row 3"));
    CHECK(event_count(fixture) == before);
    CHECK_FALSE(asset_in_ledger(fixture, "USB-20"));
    const std::string good_csv = fixture.office.dir.file("good.csv");
    create_file(good_csv, "資産ID,資産名,機密区分,保存期間\r\nUSB-20,USBメモリ,1,2021-01-31\r\nUSB-21,USBメモリ,0,\r\n");
    REQUIRE(changed([&] { page->import_csv(QString::fromStdString(good_csv)); }));
    CHECK(page->result_label()->text().contains("2 registered, 0 updated, 0 unchanged"));
    CHECK(asset_in_ledger(fixture, "USB-21"));

    // Past retention: USB-20 (2021) only; PC-10 is kept until 2099, USB-21 has no date.
    page->past_retention_box()->setChecked(true);
    CHECK(page->assets_table()->rowCount() == 1);
    CHECK(row_of(page->assets_table(), "USB-20") == 0);
    page->past_retention_box()->setChecked(false);
    CHECK(page->assets_table()->rowCount() == 3);

    // Disposal of USB-20 in the real form: refused without an approval, the ledger unchanged.
    const std::string photo = fixture.office.dir.file("crushed.jpg");
    create_file(photo, "a photo of the crushed stick\n");
    std::string approval;
    page->set_disposal_editor([&](const QString& asset_id) -> std::optional<jobs::DisposalRequest> {
        gui::DisposalDialog dialog(asset_id, nullptr);
        dialog.destroyed_button()->setChecked(true);
        dialog.method_field()->setText("破砕機で粉砕");
        dialog.witness_field()->setText("情報 責任者");
        dialog.photo_field()->setText(QString::fromStdString(photo));
        dialog.approval_field()->setText(QString::fromStdString(approval));
        dialog.accept();
        return dialog.request();
    });
    REQUIRE(page->select_asset("USB-20"));
    const std::size_t before_disposal = event_count(fixture);
    CHECK_FALSE(changed([&] { page->dispose_selected(); }));
    CHECK(page->result_label()->text().contains("security officer's granted approval"));
    CHECK(event_count(fixture) == before_disposal);
    CHECK(asset_in_ledger(fixture, "USB-20")->status != "destroyed");

    // With the security officer's granted disposal approval: destroyed.
    const std::string officer = fixture.office.add_approver("officer", "情報 責任者", "security_officer");
    ProcessResult asked =
        fixture.office.signed_run({"approval", "request", "--asset", "USB-20", "--disposal", "--until", "2099-12-31", "--json"});
    INFO(asked.err);
    REQUIRE(asked.ok());
    approval = std::to_string(nlohmann::json::parse(asked.out).at("approval").get<long long>());
    REQUIRE(fixture.office.signed_run({"approval", "grant", approval, "--key", officer}).ok());
    REQUIRE(page->select_asset("USB-20"));
    REQUIRE(changed([&] { page->dispose_selected(); }));
    CHECK(page->result_label()->text().contains("physically destroyed"));
    CHECK(asset_in_ledger(fixture, "USB-20")->status == "destroyed");
    CHECK(page->assets_table()->item(row_of(page->assets_table(), "USB-20"), 7)->text() == "physically destroyed");

    // Screenshots: the page and its two forms, in both languages.
    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        QSignalSpy loaded(window.assets_page(), &gui::AssetsPage::loaded);
        window.assets_page()->load_assets();
        REQUIRE(wait_for(loaded));
        window.assets_page()->select_asset("PC-10");
        save_screenshot(window, "assets", language);
        std::optional<ledger::Asset> shown = asset_in_ledger(fixture, "PC-10");
        gui::AssetDialog asset_form(shown, &window);
        asset_form.show();
        save_screenshot(asset_form, "asset-form", language);
        gui::DisposalDialog disposal_form("USB-21", &window);
        disposal_form.show();
        save_screenshot(disposal_form, "disposal-form", language);
    }
}

TEST_CASE("GUI: the Assets page exports the assets listed as CSV", "[gui][admin]") {
    GuiOffice fixture(1 << 20);
    REQUIRE(fixture.office.signed_run({"asset", "add", "--id", "DOC-1", "--name", "議事録", "--classification", "1"}).ok());
    gui::MainWindow window(fixture.settings(true));
    gui::AssetsPage* page = window.assets_page();
    QSignalSpy loaded(page, &gui::AssetsPage::loaded);
    page->load_assets();
    REQUIRE(wait_for(loaded));
    page->filter_field()->setText("議事");
    CHECK_FALSE(page->assets_table()->isRowHidden(0));
    page->filter_field()->setText("nothing like it");
    CHECK(page->assets_table()->isRowHidden(0));
    const std::string csv = fixture.office.dir.file("export.csv");
    REQUIRE(page->export_assets(QString::fromStdString(csv)));
    CHECK(read_file(csv).find("DOC-1") != std::string::npos);
    CHECK(read_file(csv).find("議事録") != std::string::npos);
}

}  // namespace sanitize::test
