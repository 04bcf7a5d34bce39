#include "language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace sanitize::gui {
namespace {

QString& active_language() {
    static QString code = "en";  // the GUI thread's: languages are chosen there only
    return code;
}

}  // namespace

QString Language::active() { return active_language(); }

bool Language::use(const QString& code) {
    for (std::unique_ptr<QTranslator>* installed : {&translator_, &qt_translator_}) {
        if (*installed) QCoreApplication::removeTranslator(installed->get());
        installed->reset();
    }
    current_ = code;
    active_language() = "en";
    if (code == "en") return true;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(":/i18n/sanitize_gui_" + code + ".qm")) return false;
    QCoreApplication::installTranslator(translator.get());
    translator_ = std::move(translator);
    // Without Qt's own file the standard buttons stay English, and the rest is still translated.
    auto qt_translator = std::make_unique<QTranslator>();
    if (qt_translator->load("qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt_translator.get());
        qt_translator_ = std::move(qt_translator);
    }
    active_language() = code;
    return true;
}

}  // namespace sanitize::gui
