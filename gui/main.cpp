// sanitize-gui: refuses to run as root (raw devices go through the privileged helper), picks
// the language and shows the window.
#include <unistd.h>

#include <cstdio>

#include <QApplication>
#include <QMessageBox>

#include "sanitize/secret.hpp"  // disable_core_dumps

#include "main_window.hpp"

namespace {

// Only tests and CI, which run as root, may pass this.
constexpr const char* allow_root_switch = "--allow-root-for-tests";

bool allowed_to_run(int argc, char** argv) {
    if (::geteuid() != 0) return true;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == allow_root_switch) return true;
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    // Before Qt exists: passphrases will sit in its widgets and in QProcess buffers.
    sanitize::disable_core_dumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName("sanitize-gui");
    QApplication::setOrganizationName("sanitize");
    if (!allowed_to_run(argc, argv)) {
        // Exit code 3: refused for safety, as the CLI's (docs/exit-codes.md).
        const QString text = QObject::tr("sanitize-gui does not run as root. Start it as yourself; wiping a device "
                                         "you cannot open goes through the privileged helper (pkexec sanitize).");
        std::fprintf(stderr, "sanitize-gui: error: %s\n", text.toLocal8Bit().constData());
        if (QGuiApplication::platformName() != "offscreen") QMessageBox::critical(nullptr, "sanitize-gui", text);
        return 3;
    }
    sanitize::gui::MainWindow window(sanitize::gui::GuiSettings::load());
    window.show();
    return QApplication::exec();
}
