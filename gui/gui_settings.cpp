#include "gui_settings.hpp"

#include <unistd.h>

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <cstdlib>

#include "sanitize/jobs/paths.hpp"

namespace sanitize::gui {

namespace {

// The CLI's defaults (jobs/paths.hpp: the environment, then the XDG directories), so that both
// front ends find the same ledger, key and checkpoints.
jobs::Paths default_paths() { return jobs::default_paths(std::getenv, ::geteuid()); }

}  // namespace

GuiSettings GuiSettings::load() {
    QSettings stored("sanitize", "sanitize-gui");
    GuiSettings settings;
    const jobs::Paths defaults = default_paths();
    settings.ledger = stored.value("ledger", QString::fromStdString(defaults.ledger.value)).toString();
    settings.key_file = stored.value("key_file", QString::fromStdString(defaults.key_file.value)).toString();
    settings.department = stored.value("department").toString();
    settings.language = stored.value("language").toString();
    settings.certificate_dir = stored.value("certificate_dir", QDir::homePath()).toString();
    settings.checkpoint_dir = QString::fromStdString(defaults.checkpoint_dir.value);  // not a setting a person edits
    return settings;
}

void GuiSettings::save() const {
    QSettings stored("sanitize", "sanitize-gui");
    stored.setValue("ledger", ledger);
    stored.setValue("key_file", key_file);
    stored.setValue("department", department);
    stored.setValue("language", language);
    stored.setValue("certificate_dir", certificate_dir);
}

QString effective_language(const GuiSettings& settings) {
    if (settings.language == "ja" || settings.language == "en") return settings.language;
    return QLocale::system().language() == QLocale::Japanese ? QString("ja") : QString("en");
}

}  // namespace sanitize::gui
