#include "language.hpp"

#include <QCoreApplication>

namespace sanitize::gui {

bool Language::use(const QString& code) {
    if (translator_) QCoreApplication::removeTranslator(translator_.get());
    translator_.reset();
    current_ = code;
    if (code == "en") return true;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(":/i18n/sanitize_gui_" + code + ".qm")) return false;
    QCoreApplication::installTranslator(translator.get());
    translator_ = std::move(translator);
    return true;
}

}  // namespace sanitize::gui
