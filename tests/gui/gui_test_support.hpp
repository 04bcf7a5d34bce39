// What the GUI tests share: the one QApplication, the office fixture with an image file, and
// the answers a person would give to the confirmation and passphrase dialogs.
#pragma once

#include <sys/stat.h>

#include <cstdlib>

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>

#include "carry_out_page.hpp"
#include "confirm_dialog.hpp"
#include "device_table.hpp"
#include "gui_settings.hpp"
#include "office_fixture.hpp"
#include "passphrase_dialog.hpp"
#include "sanitize/device.hpp"
#include "wipe_page.hpp"

namespace sanitize::test {

inline QApplication& application() {
    static int argc = 1;
    static char name[] = "gui_tests";
    static char* argv[] = {name, nullptr};
    // Offscreen unless the run asks for a real display (e.g. xvfb-run with QT_QPA_PLATFORM=xcb).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never destroyed: at exit, after main, Qt's own globals are already gone and destroying
    // the application there crashes (its input devices outlive their registry).
    static QApplication* app = new QApplication(argc, argv);
    return *app;
}

constexpr int long_wait_ms = 10 * 60 * 1000;  // a bound on a hang, not a timing assertion

struct GuiOffice {
    CliOffice office;
    std::string image = office.dir.file("stick.img");
    std::string certificates = office.dir.file("certs");
    std::string checkpoints = office.dir.file("checkpoints");  // the GUI creates it on the first wipe
    // The CLI the tests start in pkexec's place inherits this process's environment; as root it
    // would keep an interrupted wipe's checkpoint in the machine's /var/lib/sanitize.
    std::string helper_checkpoints = office.dir.file("helper-checkpoints");

    explicit GuiOffice(std::uint64_t image_bytes) {
        application();
        ::setenv("SANITIZE_CHECKPOINT_DIR", helper_checkpoints.c_str(), 1);
        office.open_office();
        ::mkdir(certificates.c_str(), 0700);
        create_file(image, marker_text(image_bytes));
    }

    gui::GuiSettings settings(bool with_ledger) const {
        gui::GuiSettings settings;
        if (with_ledger) settings.ledger = QString::fromStdString(office.ledger);
        settings.key_file = QString::fromStdString(office.operator_key);
        settings.department = "情報システム課";
        settings.certificate_dir = QString::fromStdString(certificates);
        settings.checkpoint_dir = QString::fromStdString(checkpoints);
        settings.language = "en";
        return settings;
    }
};

// Types `typed` into the real confirmation dialog and presses Erase.
inline gui::WipePage::Confirmer typing(std::string typed) {
    return [typed](const device::DeviceInfo& info) {
        gui::ConfirmDialog dialog(info, nullptr);
        dialog.field()->setText(QString::fromStdString(typed));
        dialog.erase_button()->click();
        dialog.accept();  // also when the button is disabled: the dialog must refuse by itself
        return dialog.result() == QDialog::Accepted;
    };
}

inline gui::WipePage::PassphraseSource the_passphrase() {
    return [](const QString&) {
        QString text = passphrase;
        return std::optional<SecretBuffer>(gui::secret_from(text));
    };
}

// Drops `paths` as a file manager does (a URI list, and the paths as text) on the widget a real
// drop over `target` reaches: like Qt's window, the first one up from `target` that accepts
// drops. False when none does or it refuses the drag.
inline bool drop_files(QWidget* target, const QStringList& paths) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths) urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    mime.setText(paths.join("\n"));
    QWidget* widget = target;
    while (widget != nullptr && !(widget->acceptDrops() && widget->isEnabled())) {
        widget = widget->isWindow() ? nullptr : widget->parentWidget();
    }
    if (widget == nullptr) return false;
    const QPointF at = target->mapTo(widget, target->rect().center());
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted()) return false;
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    return true;
}

// A folder with a Japanese file name, as a person would carry it out.
inline std::string make_carry_out_folder(const GuiOffice& fixture) {
    const std::string folder = fixture.office.dir.file("outgoing");
    ::mkdir(folder.c_str(), 0700);
    create_file(folder + "/報告書.txt", "quarterly figures\n");
    return folder;
}

// A level-1 asset, DOC-1, and a carry-out approval of it that a department head granted: its id.
inline std::string approved_carry_out(const GuiOffice& fixture) {
    REQUIRE(fixture.office.signed_run({"asset", "add", "--id", "DOC-1", "--name", "議事録", "--classification", "1"}).ok());
    const std::string head = fixture.office.add_approver("head", "佐藤 部長", "department_head");
    return fixture.office.granted_approval("DOC-1", 1, head);
}

// The Carry-out page filled in as a person would: the folder, the receiver's passphrase, the
// level-1 asset DOC-1 with the approval a department head granted, the fixture's image ticked
// as the stick. The confirmer and the helper are the caller's.
inline void fill_carry_out(gui::CarryOutPage* page, const GuiOffice& fixture, const std::string& folder,
                           const QString& receiver_passphrase) {
    page->set_passphrase_source(the_passphrase());
    page->folder_field()->setText(QString::fromStdString(folder));
    page->passphrase_field()->setText(receiver_passphrase);
    page->classification_box()->setCurrentIndex(page->classification_box()->findData(1));
    page->asset_field()->setText("DOC-1");
    page->approval_field()->setText(QString::fromStdString(approved_carry_out(fixture)));
    Result<device::DeviceInfo> info = device::inspect(fixture.image);
    if (!info) throw std::runtime_error("inspect " + fixture.image);
    page->sticks()->add_target(*info);
}

}  // namespace sanitize::test
