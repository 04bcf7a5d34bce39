// The translator of the whole application: one at a time, switched at run time.
#pragma once

#include <memory>

#include <QString>
#include <QTranslator>

namespace sanitize::gui {

class Language {
public:
    // Installs the compiled translation for "ja" or "en" (English is the source language, so it
    // needs none); false when the translation is missing. Qt's own words in that language (the
    // Cancel and OK of standard buttons, the file dialog) come from Qt's translations
    // (qt6-translations-l10n), when installed.
    bool use(const QString& code);
    QString current() const { return current_; }
    // The language last chosen by any Language, for the few words the library names in both
    // languages (Words::classification); "en" before any.
    static QString active();

private:
    std::unique_ptr<QTranslator> translator_;
    std::unique_ptr<QTranslator> qt_translator_;
    QString current_ = "en";
};

}  // namespace sanitize::gui
