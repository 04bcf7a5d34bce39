#include "gui_settings.hpp"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace sanitize::gui {

namespace {

QString environment_or(const char* name, const QString& fallback) {
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

// The CLI's defaults, so that both front ends find the same ledger and key.
QString default_ledger() {
    return environment_or("SANITIZE_LEDGER",
                          QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/sanitize/ledger.db");
}

QString default_key() {
    return environment_or("SANITIZE_KEY",
                          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + "/sanitize/operator.key");
}

// The CLI's default for a user other than root (docs/resume.md); not a setting a person edits.
QString default_checkpoint_dir() {
    const QString state = environment_or("XDG_STATE_HOME", QDir::homePath() + "/.local/state");
    return environment_or("SANITIZE_CHECKPOINT_DIR", state + "/sanitize/checkpoints");
}

}  // namespace

GuiSettings GuiSettings::load() {
    QSettings stored("sanitize", "sanitize-gui");
    GuiSettings settings;
    settings.ledger = stored.value("ledger", default_ledger()).toString();
    settings.key_file = stored.value("key_file", default_key()).toString();
    settings.department = stored.value("department").toString();
    settings.language = stored.value("language").toString();
    settings.certificate_dir = stored.value("certificate_dir", QDir::homePath()).toString();
    settings.checkpoint_dir = default_checkpoint_dir();
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
