// What a careless or unlucky person meets in the GUI (issue 20, items 3 and 16): the certificate
// view with the drive's health and hidden areas, a confirmation without empty parts and with
// the page's verb, the checks made before a passphrase is asked, the row of a helper that did
// not start, and the Attachment page's Japanese group title. Real widgets on the offscreen
// platform, a real ledger and key, the built CLI in pkexec's place; both languages.
#include <sys/stat.h>

#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QGroupBox>
#include <QStyle>
#include <QStyleOptionGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>

#include "attachment_page.hpp"
#include "audit_page.hpp"
#include "certificate_view.hpp"
#include "confirm_dialog.hpp"
#include "device_table.hpp"
#include "error_text.hpp"
#include "gui_test_support.hpp"
#include "helper_test_support.hpp"
#include "language.hpp"
#include "main_window.hpp"
#include "office_fixture.hpp"
#include "wipe_page.hpp"

namespace sanitize::test {
namespace {

// The GUI's translator for one test, English again afterwards.
struct InLanguage {
    gui::Language language;
    explicit InLanguage(const QString& code) { REQUIRE(language.use(code)); }
    ~InLanguage() { language.use("en"); }
};

// Counts the questions put to the person: a check that can be made without them must come first.
struct Questions {
    int confirmations = 0;
    int passphrases = 0;

    void attach(gui::WipePage* page) {
        page->set_confirmer([this](const device::DeviceInfo&) {
            ++confirmations;
            return true;
        });
        page->set_passphrase_source([this](const QString&) {
            ++passphrases;
            QString text = passphrase;
            return std::optional<SecretBuffer>(gui::secret_from(text));
        });
    }
};

// Wipes the fixture's image in process from the Wipe page; the certificate JSON it issued.
std::string wipe_image_to_certificate(gui::MainWindow& window, const GuiOffice& fixture) {
    gui::WipePage* page = window.wipe_page();
    page->set_confirmer(typing(fixture.image));
    page->set_passphrase_source(the_passphrase());
    REQUIRE(page->add_image(QString::fromStdString(fixture.image)));
    QSignalSpy finished(page, &gui::WipePage::wipe_finished);
    QSignalSpy audited(window.audit_page(), &gui::AuditPage::certificate_checked);
    page->start_wipe();
    REQUIRE(finished.wait(long_wait_ms));
    INFO(page->result_label()->text().toStdString());
    const QStringList certificates = finished.at(0).at(0).toStringList();
    REQUIRE(certificates.size() == 1);
    REQUIRE((!audited.isEmpty() || audited.wait(long_wait_ms)));
    return certificates[0].toStdString();
}

cert::Certificate parsed(const std::string& json_file) {
    Result<cert::Certificate> certificate = cert::parse_certificate(read_file(json_file));
    REQUIRE(certificate);
    return *certificate;
}

QString shown(const cert::Certificate& certificate) {
    gui::CertificateView view;
    view.show_certificate(certificate);
    return view.toPlainText();
}

void save_screenshot(QWidget& widget, const QString& name) {
    QDir().mkpath(SANITIZE_SCREENSHOT_DIR);
    QApplication::processEvents();
    CHECK(widget.grab().save(QString(SANITIZE_SCREENSHOT_DIR) + "/" + name + ".png"));
}

}  // namespace

TEST_CASE("GUI misuse: the certificate view shows the hidden areas and the drive's health", "[gui][misuse]") {
    GuiOffice fixture(1 << 20);
    gui::MainWindow window(fixture.settings(true));
    const cert::Certificate certificate = parsed(wipe_image_to_certificate(window, fixture));
    // An image has no firmware: the certificate says so, and so does the view the Audit page shows.
    CHECK(certificate.hidden_areas.hpa == cert::HiddenAreaState::not_applicable);
    REQUIRE(certificate.health);
    CHECK(certificate.health->state == cert::HealthState::not_applicable);
    const QString audit_text = window.audit_page()->certificate_view()->toPlainText();
    INFO(audit_text.toStdString());
    CHECK(audit_text.contains("Hidden areas (HPA/DCO/AMA)"));
    CHECK(audit_text.contains("Drive health before the wipe (SMART)"));
    CHECK(audit_text.contains("not applicable: a disk image has no drive firmware to ask"));

    // What a drive gives: a DCO found and restored, a health log read with a failed verdict.
    cert::Certificate drive = certificate;
    drive.hidden_areas = {cert::HiddenAreaState::none, cert::HiddenAreaState::none, cert::HiddenAreaState::none,
                          cert::HiddenAreaReset{cert::HiddenAreaState::none, cert::HiddenAreaState::detected,
                                                cert::HiddenAreaState::none, {"DEVICE CONFIGURATION RESTORE"}}};
    drive.health = cert::HealthRecord{cert::HealthState::read, "", false, {{"reallocated_sectors", 12}, {"power_on_hours", 3021}}};
    const QString english = shown(drive);
    INFO(english.toStdString());
    CHECK(english.contains("restored to the native size before the wipe; found before: HPA none, DCO detected, AMA none"));
    CHECK(english.contains("FAILED"));
    CHECK(english.contains("reallocated_sectors 12, power_on_hours 3021"));
    drive.health = cert::HealthRecord{cert::HealthState::unavailable, "smart_disabled", std::nullopt, {}};
    CHECK(shown(drive).contains("not available: SMART is switched off on the drive"));
    // A certificate made before the health read was recorded: no row, not a guess.
    drive.health.reset();
    CHECK_FALSE(shown(drive).contains("Drive health"));

    InLanguage japanese("ja");
    const QString japanese_text = shown(certificate);
    INFO(japanese_text.toStdString());
    CHECK(japanese_text.contains("隠し領域（HPA/DCO/AMA）"));
    CHECK(japanese_text.contains("対象外"));
    CHECK(japanese_text.contains("消去前のドライブの状態（SMART）"));
    CHECK(japanese_text.contains("ディスクイメージには問い合わせるファームウェアがありません"));
    CHECK_FALSE(japanese_text.contains("not applicable"));
}

TEST_CASE("GUI misuse: the confirmation has no empty parts and says the page's verb", "[gui][misuse]") {
    GuiOffice fixture(1 << 20);
    Result<device::DeviceInfo> image = device::inspect(fixture.image);
    REQUIRE(image);
    REQUIRE(image->model.empty());  // an image file has no model: the case of the report
    for (const QString language : {"en", "ja"}) {
        gui::Language translator;
        REQUIRE(translator.use(language));
        gui::GuiSettings settings = fixture.settings(false);
        settings.language = language;
        gui::WipePage page(settings);
        gui::ConfirmDialog dialog(*image, nullptr);
        const QString warning = dialog.warning_label()->text();
        INFO(warning.toStdString());
        CHECK_FALSE(warning.contains("(,"));
        CHECK_FALSE(warning.contains("（、"));
        CHECK_FALSE(warning.contains("()"));
        CHECK(warning.contains(gui::Words::size(image->size_bytes)));
        // One verb: the page's button without its ellipsis.
        QString page_verb = page.wipe_button()->text();
        page_verb.remove(QChar(u'…'));
        CHECK(dialog.erase_button()->text() == page_verb);

        device::DeviceInfo stick = *image;
        stick.model = "Flash Disk";
        const QString with_model = gui::ConfirmDialog::warning_text(stick);
        CHECK(with_model.contains("Flash Disk"));
        CHECK(with_model.contains(gui::Words::size(image->size_bytes)));
        dialog.show();
        save_screenshot(dialog, "confirm-" + language);
        translator.use("en");
    }
}

TEST_CASE("GUI misuse: a missing key file or pkexec is said before anything is asked", "[gui][misuse]") {
    GuiOffice fixture(1 << 20);
    gui::GuiSettings settings = fixture.settings(true);
    SECTION("the key file does not exist") {
        settings.key_file = QString::fromStdString(fixture.office.dir.file("home/keys/nobody.key"));
        gui::WipePage page(settings);
        Questions asked;
        asked.attach(&page);
        REQUIRE(page.add_image(QString::fromStdString(fixture.image)));
        page.start_wipe();
        const QString text = page.result_label()->text();
        INFO(text.toStdString());
        CHECK(text.contains("nobody.key does not exist"));
        CHECK(asked.confirmations == 0);
        CHECK(asked.passphrases == 0);
        CHECK(page.wipe_button()->isEnabled());
    }
    SECTION("pkexec is missing, and the key file too: the launcher is said first") {
        settings.key_file = QString::fromStdString(fixture.office.dir.file("home/keys/nobody.key"));
        gui::WipePage page(settings);
        gui::HelperSettings helper = direct_helper();
        helper.launcher = QStringList{"sanitize-test-no-such-pkexec"};
        page.set_helper(helper);
        Questions asked;
        asked.attach(&page);
        REQUIRE(page.add_image(QString::fromStdString(fixture.image)));
        page.start_wipe();
        const QString text = page.result_label()->text();
        INFO(text.toStdString());
        CHECK(text.contains("sanitize-test-no-such-pkexec is not installed"));
        CHECK(asked.passphrases == 0);
        CHECK(asked.confirmations == 0);
        CHECK(page.last_results().empty());
    }
    SECTION("the ledger file does not exist") {
        settings.ledger = QString::fromStdString(fixture.office.dir.file("data/elsewhere.db"));
        gui::WipePage page(settings);
        Questions asked;
        asked.attach(&page);
        REQUIRE(page.add_image(QString::fromStdString(fixture.image)));
        page.start_wipe();
        INFO(page.result_label()->text().toStdString());
        CHECK(page.result_label()->text().contains("elsewhere.db does not exist"));
        CHECK(asked.passphrases == 0);
    }
    SECTION("Japanese, on the Carry-out page") {
        InLanguage japanese("ja");
        settings.key_file = QString::fromStdString(fixture.office.dir.file("home/keys/nobody.key"));
        settings.language = "ja";
        gui::CarryOutPage page(settings);
        int passphrases = 0;
        page.set_confirmer([](const device::DeviceInfo&) { return true; });
        fill_carry_out(&page, fixture, make_carry_out_folder(fixture), "Rx8#tLq2-Vn5!kW7");
        page.set_passphrase_source([&passphrases](const QString&) {
            ++passphrases;
            return std::optional<SecretBuffer>();
        });
        page.start();
        const QString text = page.result_label()->text();
        INFO(text.toStdString());
        CHECK(text.contains("nobody.key"));
        CHECK(text.contains("存在しません"));
        CHECK(passphrases == 0);
    }
    CHECK(contains_marker(read_file(fixture.image)));
}

TEST_CASE("GUI misuse: a helper that did not start leaves no empty row", "[gui][misuse][helper]") {
    GuiOffice fixture(1 << 20);
    const gui::HelperSettings not_started = launcher_exiting(fixture, 127);
    for (const QString language : {"en", "ja"}) {
        gui::Language translator;
        REQUIRE(translator.use(language));
        gui::GuiSettings settings = fixture.settings(true);
        settings.language = language;
        gui::WipePage page(settings);
        page.set_helper(not_started);
        page.set_confirmer([](const device::DeviceInfo&) { return true; });
        page.set_passphrase_source(the_passphrase());
        REQUIRE(page.add_image(QString::fromStdString(fixture.image)));
        QSignalSpy finished(&page, &gui::WipePage::wipe_finished);
        page.start_wipe();
        REQUIRE(finished.wait(long_wait_ms));
        QTableWidget* rows = page.progress_table();
        REQUIRE(rows->rowCount() == 1);
        // No bar left at 0 %: the reason stands in its place, and the outcome is said.
        CHECK(rows->cellWidget(0, 1) == nullptr);
        REQUIRE(rows->item(0, 1) != nullptr);
        const QString why = rows->item(0, 1)->text();
        const QString outcome = rows->item(0, 4)->text();
        INFO(why.toStdString() + " | " + outcome.toStdString());
        CHECK_FALSE(outcome.isEmpty());
        if (language == "en") {
            CHECK(why.contains("pkexec is missing"));
            CHECK(outcome == "not erased");
        } else {
            CHECK(why.contains("pkexec"));
            CHECK(why.contains("起動できませんでした"));
            CHECK(outcome == "未消去");
        }
        page.resize(900, 600);
        page.show();
        save_screenshot(page, "helper-not-started-" + language);
        translator.use("en");
    }
    CHECK(contains_marker(read_file(fixture.image)));
}

TEST_CASE("GUI misuse: every group box title is drawn whole, in Japanese too", "[gui][misuse]") {
    GuiOffice fixture(1 << 20);
    gui::MainWindow window(fixture.settings(true));
    window.resize(1000, 700);
    window.show();
    for (const QString language : {"en", "ja"}) {
        window.set_language(language);
        window.show_page(gui::MainWindow::Page::attachment);
        // The pages of the previous language are deleted later: gone before the boxes are listed.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
        const QList<QGroupBox*> boxes = window.findChildren<QGroupBox*>();
        REQUIRE_FALSE(boxes.isEmpty());
        for (QGroupBox* box : boxes) {
            const QString title = box->title();
            INFO(language.toStdString() + ": " + title.toStdString());
            // Brackets of one kind: both full-width in Japanese, both ASCII in English.
            CHECK(title.count(u'（') == title.count(u'）'));
            CHECK(title.count(u'(') == title.count(u')'));
            CHECK_FALSE((language == "ja" && title.contains(u'(')));
            // The style clips the title to its label rectangle: the whole advance must fit.
            QStyleOptionGroupBox option;
            option.initFrom(box);
            option.text = title;
            option.textAlignment = box->alignment();
            option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
            const QRect label = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
            CHECK(label.width() >= QFontMetrics(box->font()).horizontalAdvance(title));
        }
        if (language == "ja") {
            bool found = false;
            for (QGroupBox* box : window.attachment_page()->findChildren<QGroupBox*>()) {
                found = found || box->title() == "ファイル（ここにドロップ）";
            }
            CHECK(found);
        }
        save_screenshot(window, "attachment-titles-" + language);
    }
}

}  // namespace sanitize::test
