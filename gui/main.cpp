// sanitize-gui: answers --version and --help, refuses to run as root (raw devices go through the
// privileged helper), picks the language and shows the window.
#include <unistd.h>

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include "sanitize/secret.hpp"  // disable_core_dumps

#include "application_style.hpp"
#include "gui_settings.hpp"
#include "language.hpp"
#include "main_window.hpp"
#include "sanitize/version.hpp"

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

// "0.1.0 (commit 1a2b3c4d5e6f)": what --version prints after the application's name.
QString version_text() {
    const sanitize::BuildInfo build = sanitize::build_info();
    const QString version = QString::fromUtf8(build.version.data(), static_cast<qsizetype>(build.version.size()));
    if (build.commit.empty()) return QObject::tr("%1 (commit unknown: built without git)").arg(version);
    const QString commit = QString::fromUtf8(build.commit.data(), static_cast<qsizetype>(build.commit.size()));
    return QObject::tr("%1 (commit %2)").arg(version, commit);
}

// --version and --help print and exit; Qt's own options (-platform …) were taken by QApplication.
void answer_command_line(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Verified wiping of storage media, carry-out folders, "
                                                 "password-protected attachments and the asset ledger"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption allow_root(QString::fromLatin1(allow_root_switch).mid(2));
    allow_root.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(allow_root);
    parser.process(app);
}

}  // namespace

int main(int argc, char** argv) {
    // Before Qt exists: passphrases will sit in its widgets and in QProcess buffers.
    sanitize::disable_core_dumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName("sanitize-gui");
    QApplication::setOrganizationName("sanitize");
    QApplication::setApplicationVersion(version_text());
    // The menu entry and the window belong together (gui/data/jp.sanitize.gui.desktop).
    QGuiApplication::setDesktopFileName("jp.sanitize.gui");
    sanitize::gui::install_application_style();
    answer_command_line(app);
    if (!allowed_to_run(argc, argv)) {
        // The refusal in the person's language: the window, which installs it otherwise, is
        // never made.
        sanitize::gui::Language language;
        language.use(sanitize::gui::effective_language(sanitize::gui::GuiSettings::load()));
        // Exit code 3: refused for safety, as the CLI's (docs/exit-codes.md).
        const QString text = QObject::tr("sanitize-gui does not run as root. Start it as yourself; wiping a device "
                                         "you cannot open goes through the privileged helper (pkexec sanitize-helper).");
        std::fprintf(stderr, "sanitize-gui: error: %s\n", text.toLocal8Bit().constData());
        if (QGuiApplication::platformName() != "offscreen") QMessageBox::critical(nullptr, "sanitize-gui", text);
        return 3;
    }
    sanitize::gui::MainWindow window(sanitize::gui::GuiSettings::load());
    window.show();
    return QApplication::exec();
}
