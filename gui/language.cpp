#include "language.hpp"

#include <QCoreApplication>

namespace sanitize::gui {
namespace {

QString& active_language() {
    static QString code = "en";  // the GUI thread's: languages are chosen there only
    return code;
}

}  // namespace

QString Language::active() { return active_language(); }

bool Language::use(const QString& code) {
    if (translator_) QCoreApplication::removeTranslator(translator_.get());
    translator_.reset();
    current_ = code;
    active_language() = "en";
    if (code == "en") return true;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(":/i18n/sanitize_gui_" + code + ".qm")) return false;
    QCoreApplication::installTranslator(translator.get());
    translator_ = std::move(translator);
    active_language() = code;
    return true;
}

}  // namespace sanitize::gui
